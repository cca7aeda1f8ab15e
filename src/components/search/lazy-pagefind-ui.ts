/**
 * Stands in for `@pagefind/default-ui` (see the alias in astro.config.mjs). Starlight's search builds the Pagefind
 * interface (about 90 KB of script and a few hundred elements) as soon as every page goes idle, which on a phone is
 * the largest single piece of work after the page's own. This builds it only when the reader is about to search:
 * the script is fetched when a finger or pointer reaches the search button or it gets focus, and the interface is
 * built when the search dialog opens. If Starlight stops importing Pagefind this way, search still works, only eager.
 */
type PagefindOptions = Record<string, unknown> & { element?: string };
type PagefindUiClass = new (options: PagefindOptions) => unknown;

// Not a dependency of ours: the copy Starlight installs, by its file path (the package has no "exports" map).
const loadPagefindUi = () => import('@pagefind/default-ui/npm_dist/mjs/ui-core.mjs') as Promise<{ PagefindUI: PagefindUiClass }>;

export class PagefindUI {
  #built: Promise<void> | undefined;

  constructor(options: PagefindOptions) {
    const dialog = document.querySelector(options.element ?? '[data-pagefind-ui]')?.closest('dialog');
    if (!dialog) {
      void this.#build(options, null);
      return;
    }
    const button = document.querySelector('button[data-open-modal]');
    for (const type of ['pointerenter', 'touchstart', 'focus']) {
      button?.addEventListener(type, () => void loadPagefindUi(), { once: true, passive: true });
    }
    const buildIfOpen = () => {
      if (dialog.open) void this.#build(options, dialog).then((built) => built && observer.disconnect());
    };
    // A dialog has no "opened" event in every browser; its `open` attribute changes in all of them.
    const observer = new MutationObserver(buildIfOpen);
    observer.observe(dialog, { attributes: true, attributeFilter: ['open'] });
    // This runs when the page first goes idle: the reader may have opened the dialog already.
    buildIfOpen();
  }

  /** Resolves to whether the interface is built. */
  #build(options: PagefindOptions, dialog: HTMLDialogElement | null): Promise<boolean> {
    this.#built ??= loadPagefindUi().then(({ PagefindUI: Pagefind }) => {
      new Pagefind(options);
      // Starlight focuses the search field when the dialog opens; on first use the field did not exist yet.
      if (dialog?.open) dialog.querySelector<HTMLInputElement>('input')?.focus();
    });
    return this.#built.then(
      () => true,
      () => {
        // Offline before the search was ever cached: try again the next time the dialog opens.
        this.#built = undefined;
        return false;
      },
    );
  }
}
