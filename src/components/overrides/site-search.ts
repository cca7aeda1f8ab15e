/**
 * <site-search>: Starlight's search dialog (src/components/overrides/Search.astro), whose Pagefind interface is built
 * only when the reader is about to search. Starlight builds it on every page's first idle moment, which on a phone is
 * the largest piece of work after the page's own. Here the script is fetched when a finger or pointer reaches the
 * search button or it gets focus, and the interface is built when the dialog first opens; offline before it was ever
 * fetched, the next opening tries again. Opening, closing and Ctrl/⌘ K behave as in Starlight.
 */
import { pagefindUserConfig } from 'virtual:starlight/pagefind-config';

const loadPagefindUi = () => import('@pagefind/default-ui');

class SiteSearchElement extends HTMLElement {
  #built: Promise<boolean> | undefined;

  connectedCallback(): void {
    const openButton = this.querySelector<HTMLButtonElement>('button[data-open-modal]');
    const closeButton = this.querySelector<HTMLButtonElement>('button[data-close-modal]');
    const dialog = this.querySelector('dialog');
    const frame = this.querySelector('.dialog-frame');
    if (!openButton || !closeButton || !dialog || !frame) return;

    // A link followed, or a click outside the dialog's frame, closes it.
    const closeOnClick = (event: MouseEvent) => {
      const target = event.target as Node | null;
      if ((target && 'href' in target) || (target && document.body.contains(target) && !frame.contains(target))) dialog.close();
    };
    const open = (event?: Event) => {
      dialog.showModal();
      document.body.toggleAttribute('data-search-modal-open', true);
      this.querySelector('input')?.focus();
      event?.stopPropagation();
      window.addEventListener('click', closeOnClick);
      void this.#build(dialog);
    };
    openButton.addEventListener('click', open);
    for (const type of ['pointerenter', 'touchstart', 'focus']) {
      openButton.addEventListener(type, () => void loadPagefindUi().catch(() => undefined), { once: true, passive: true });
    }
    openButton.disabled = false;
    closeButton.addEventListener('click', () => dialog.close());
    dialog.addEventListener('close', () => {
      document.body.toggleAttribute('data-search-modal-open', false);
      window.removeEventListener('click', closeOnClick);
    });
    window.addEventListener('keydown', (event) => {
      if ((event.metaKey || event.ctrlKey) && event.key === 'k') {
        if (dialog.open) dialog.close();
        else open();
        event.preventDefault();
      }
    });
  }

  /** Builds Pagefind's interface once; resolves to whether it is built. */
  #build(dialog: HTMLDialogElement): Promise<boolean> {
    this.#built ??= loadPagefindUi().then(
      ({ PagefindUI }) => {
        let translations = {};
        try {
          translations = JSON.parse(this.dataset.translations ?? '{}') as object;
        } catch {
          // Pagefind's English strings, then.
        }
        new PagefindUI({
          ...pagefindUserConfig,
          element: '#starlight__search',
          baseUrl: import.meta.env.BASE_URL,
          bundlePath: `${import.meta.env.BASE_URL.replace(/\/$/, '')}/pagefind/`,
          showImages: false,
          translations,
          showSubResults: true,
        });
        // The field did not exist when the dialog opened: give it the focus now.
        if (dialog.open) this.querySelector<HTMLInputElement>('input')?.focus();
        return true;
      },
      () => {
        this.#built = undefined; // offline before it was ever fetched: try again on the next opening
        return false;
      },
    );
    return this.#built;
  }
}

customElements.define('site-search', SiteSearchElement);
