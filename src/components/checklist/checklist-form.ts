/**
 * <checklist-form>: makes a rendered checklist live. Ticks, notes and the session fields are kept in the
 * "siaga-krisis:daftar-periksa" document under this checklist's id; several checklists on one page share it.
 */
import '@/components/shared/storage-notices'; // fills this exercise's <storage-notices>
import { persistentDocument } from '@/state/persistent-document';
import { checklistsDocument } from '@/state/documents/checklists';
import { profileDocument } from '@/state/documents/profile';
import {
  checklistProgress,
  entryOf,
  resetChecklist,
  setItemChecked,
  setItemNote,
  setSessionField,
} from '@/domain/checklist/checklist-state';
import { formatCalendarDate } from '@/domain/checklist/format-date';
import type { ChecklistEntry, ChecklistSession } from '@/schemas/checklist-state';
import { setText } from '@/components/shared/set-text';
import { setPrintUnit } from '@/components/shared/print-stamp';
import { SiteElement, defineElement } from '@/components/shared/site-element';
import { confirmed } from '@/components/shared/confirm-dialog';

const checklists = persistentDocument(checklistsDocument);
const profile = persistentDocument(profileDocument);
const today = new Intl.DateTimeFormat('id-ID', { dateStyle: 'long' });

class ChecklistFormElement extends SiteElement {
  #id = '';
  #itemIds: string[] = [];

  protected start(signal: AbortSignal): void {
    this.#id = this.dataset.checklistId ?? '';
    this.#itemIds = [...this.querySelectorAll<HTMLElement>('[data-item-id]')].map((item) => item.dataset.itemId ?? '');
    for (const control of this.querySelectorAll<HTMLInputElement | HTMLButtonElement>('input, button[data-action]'))
      control.disabled = false;

    this.addEventListener(
      'change',
      (event) => {
        const box = event.target as HTMLInputElement;
        if (box.dataset.item) this.tickItem(box.dataset.item, box.checked);
      },
      { signal },
    );
    this.addEventListener(
      'input',
      (event) => {
        const field = event.target as HTMLInputElement;
        if (field.dataset.note) this.writeNote(field.dataset.note, field.value);
        else if (field.dataset.session) this.writeSession(field.dataset.session as keyof ChecklistSession, field.value);
      },
      { signal },
    );
    this.querySelector('[data-action="print"]')?.addEventListener('click', () => window.print(), { signal });
    this.querySelector('[data-action="reset"]')?.addEventListener('click', () => void this.resetAfterConfirming(), { signal });

    const printedOn = this.querySelector('[data-printed-on]');
    if (printedOn) printedOn.textContent = today.format(new Date());
    this.watch(profile.$data, (data) => {
      const unit = this.querySelector('[data-profile-unit]');
      if (unit) unit.textContent = data.unitName;
      // A checklist printed on its own (its page, the booklet) names the unit and the date in every sheet's margin
      // (print.css); a module that embeds one stays a page to read.
      if (this.dataset.variant !== 'embed') setPrintUnit(data.unitName);
    });
    this.watch(checklists.$data, (state) => this.#render(entryOf(state, this.#id)));
  }

  tickItem(itemId: string, checked: boolean): void {
    checklists.update((state) => setItemChecked(state, this.#id, itemId, checked, new Date()));
  }

  writeNote(itemId: string, note: string): void {
    checklists.update((state) => setItemNote(state, this.#id, itemId, note, new Date()));
  }

  writeSession(field: keyof ChecklistSession, value: string): void {
    checklists.update((state) => setSessionField(state, this.#id, field, value, new Date()));
  }

  async resetAfterConfirming(): Promise<void> {
    const dialog = this.querySelector<HTMLDialogElement>('dialog[data-confirm]');
    if (!dialog || !(await confirmed(dialog))) return;
    checklists.update((state) => resetChecklist(state, this.#id));
    this.#say('Daftar periksa dikosongkan: semua centang, catatan dan isian sesi dihapus.');
  }

  #render(entry: ChecklistEntry): void {
    const checked = new Set(entry.checked);
    for (const item of this.querySelectorAll<HTMLElement>('[data-item-id]'))
      item.toggleAttribute('data-checked', checked.has(item.dataset.itemId ?? ''));
    for (const box of this.querySelectorAll<HTMLInputElement>('input[data-item]')) box.checked = checked.has(box.dataset.item ?? '');
    for (const field of this.querySelectorAll<HTMLInputElement>('input[data-note]')) {
      this.#show(field, entry.notes[field.dataset.note ?? ''] ?? '');
    }
    for (const line of this.querySelectorAll<HTMLElement>('[data-note-print]')) {
      line.textContent = entry.notes[line.dataset.notePrint ?? ''] ?? '';
    }
    for (const field of this.querySelectorAll<HTMLInputElement>('input[data-session]')) {
      this.#show(field, entry.session[field.dataset.session as keyof ChecklistSession]);
    }
    for (const line of this.querySelectorAll<HTMLElement>('[data-session-print]')) {
      const key = line.dataset.sessionPrint as keyof ChecklistSession;
      line.textContent = key === 'date' ? formatCalendarDate(entry.session.date) : entry.session[key];
    }
    const { done, total, percent } = checklistProgress(this.#itemIds, entry);
    const bar = this.querySelector('progress');
    if (bar) bar.value = done;
    setText(
      this.querySelector('[data-progress]'),
      done === total ? `Semua ${total} butir sudah dicentang.` : `${done} dari ${total} butir dicentang (${percent}%).`,
    );
  }

  /** Never rewrites the field the user is typing in: that would move the cursor. */
  #show(field: HTMLInputElement, value: string): void {
    if (field !== document.activeElement && field.value !== value) field.value = value;
  }

  #say(text: string): void {
    setText(this.querySelector('[data-message]'), text);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'checklist-form': ChecklistFormElement;
  }
}

defineElement('checklist-form', ChecklistFormElement);
