/**
 * <storage-notices>: shows, for every document open on this page, anything the user must know about its storage.
 * Usually there is nothing to say, so the messages and their drawing (storage-notice-view.ts) load only when a
 * document's storage is not in order.
 */
import { $openDocuments, type DocumentStatus, type PersistentDocument } from '@/state/persistent-document';
import { SiteElement, defineElement } from '@/components/shared/site-element';

let view: Promise<typeof import('./storage-notice-view')> | undefined;
const loadView = () => (view ??= import('./storage-notice-view'));

class StorageNoticesElement extends SiteElement {
  protected start(): void {
    // A reconnected element starts over: its notices' subscriptions ended with the last connection.
    this.querySelector('[data-notices]')?.replaceChildren();
    this.watch($openDocuments, (docs) => this.#watch(docs));
  }

  #watch(docs: readonly PersistentDocument<unknown>[]): void {
    for (const doc of docs) {
      if (this.querySelector(`[data-doc="${CSS.escape(doc.definition.key)}"]`)) continue;
      const notice = document.createElement('div');
      notice.dataset.doc = doc.definition.key;
      notice.hidden = true;
      this.querySelector('[data-notices]')?.append(notice);
      this.watch(doc.$status, (status) => this.#show(notice, doc, status));
    }
  }

  #show(notice: HTMLElement, doc: PersistentDocument<unknown>, status: DocumentStatus): void {
    if (status.state === 'saved') {
      notice.replaceChildren();
      notice.hidden = true;
      return;
    }
    const problem = { ...status, state: status.state };
    void loadView().then(({ renderNotice }) => {
      if (doc.$status.get() === status) renderNotice(this, notice, doc, problem); // skip a status already replaced
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'storage-notices': StorageNoticesElement;
  }
}

defineElement('storage-notices', StorageNoticesElement);
