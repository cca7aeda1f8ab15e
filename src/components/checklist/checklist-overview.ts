/** <checklist-overview>: on the index, shows how far each checklist is ticked in this browser. */
import { persistentDocument } from '@/state/persistent-document';
import { checklistsDocument } from '@/state/documents/checklists';
import { checklistProgress, entryOf, isEntryEmpty } from '@/domain/checklist/checklist-state';
import { SiteElement, defineElement } from '@/components/shared/site-element';

class ChecklistOverviewElement extends SiteElement {
  protected start(): void {
    const checklists = persistentDocument(checklistsDocument);
    this.watch(checklists.$data, (state) => {
      for (const line of this.querySelectorAll<HTMLElement>('[data-progress-for]')) {
        const entry = entryOf(state, line.dataset.progressFor ?? '');
        const { done, total } = checklistProgress((line.dataset.itemIds ?? '').split(' '), entry);
        line.textContent = isEntryEmpty(entry)
          ? `${total} butir, belum diisi di peramban ini.`
          : `${done} dari ${total} butir dicentang di peramban ini.`;
      }
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'checklist-overview': ChecklistOverviewElement;
  }
}

defineElement('checklist-overview', ChecklistOverviewElement);
