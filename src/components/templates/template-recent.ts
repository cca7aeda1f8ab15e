/**
 * <template-recent>: on the library page, the documents this browser has written from any template, most recently
 * changed first, each a link that reopens it. Shows nothing when there are none.
 */
import { persistentDocument } from '@/state/persistent-document';
import { templatesDocument } from '@/state/documents/templates';
import { h } from '@/components/shared/dom';
import { formatDateTime } from '@/components/shared/download';
import { SiteElement, defineElement } from '@/components/shared/site-element';
import { sitePath } from '@/components/shared/site-path';

const store = persistentDocument(templatesDocument);

class TemplateRecentElement extends SiteElement {
  protected start(): void {
    this.watch(store.$data, () => this.render());
  }

  render(): void {
    const documents = [...store.$data.get().documents].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    this.hidden = documents.length === 0;
    this.find('[data-count]').textContent = String(documents.length);
    this.find('ul').replaceChildren(
      ...documents
        .slice(0, 50)
        .map((doc) =>
          h(
            'li',
            {},
            h('a', { href: sitePath(`/templat/${doc.templateId}/?dokumen=${encodeURIComponent(doc.id)}`) }, doc.title),
            ` — diubah ${formatDateTime(doc.updatedAt)}`,
          ),
        ),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'template-recent': TemplateRecentElement;
  }
}

defineElement('template-recent', TemplateRecentElement);
