/**
 * <template-recent>: on the library page, the documents this browser has written from any template, most recently
 * changed first, each a link that reopens it. Shows nothing when there are none.
 */
import { persistentDocument } from '@/state/persistent-document';
import { templatesDocument } from '@/state/documents/templates';
import { h } from '@/components/shared/dom';
import { formatDateTime } from '@/components/shared/download';

const store = persistentDocument(templatesDocument);

class TemplateRecentElement extends HTMLElement {
  #unsubscribe: (() => void) | null = null;

  connectedCallback(): void {
    this.#unsubscribe ??= store.$data.subscribe(() => this.render());
  }

  disconnectedCallback(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = null;
  }

  render(): void {
    const documents = [...store.$data.get().documents].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    this.hidden = documents.length === 0;
    this.querySelector('[data-count]')!.textContent = String(documents.length);
    this.querySelector('ul')!.replaceChildren(
      ...documents.slice(0, 50).map((doc) =>
        h('li', {}, h('a', { href: `/templat/${doc.templateId}/?dokumen=${encodeURIComponent(doc.id)}` }, doc.title), ` — diubah ${formatDateTime(doc.updatedAt)}`),
      ),
    );
  }
}

if (!customElements.get('template-recent')) customElements.define('template-recent', TemplateRecentElement);
