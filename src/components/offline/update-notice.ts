const whenIdle = (task: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(task, { timeout: 5000 }) : task());

/** <update-notice>: registers /sw.js and offers "Muat ulang" when a new version is waiting. */
class UpdateNoticeElement extends HTMLElement {
  connectedCallback(): void {
    if (!('serviceWorker' in navigator)) return;
    this.querySelector('button')?.addEventListener('click', () => this.useNewVersion());
    // The first install downloads the whole site for offline use (several megabytes). Started once this page has
    // loaded and gone quiet, so it does not compete with the page the reader opened (on a phone it slowed start-up
    // more than anything else on the page).
    const registerWhenQuiet = () => window.setTimeout(() => whenIdle(() => this.register()), 2000);
    if (document.readyState === 'complete') registerWhenQuiet();
    else window.addEventListener('load', registerWhenQuiet, { once: true });
  }

  register(): void {
    void navigator.serviceWorker
      // The worker sits at the site's base path (always ending in "/": src/schemas/site-config.ts), which becomes its
      // scope. Written out rather than through sitePath(): this script runs on every page, and content pages have 1 KB
      // of JavaScript of their own, which importing the shared site-path chunk pushed over.
      .register(`${import.meta.env.BASE_URL}sw.js`)
      .then((registration) => {
        if (registration.waiting && navigator.serviceWorker.controller) this.hidden = false;
        registration.addEventListener('updatefound', () => {
          const worker = registration.installing;
          worker?.addEventListener('statechange', () => {
            // "installed" with a controller means an older version runs this page: offer the new one.
            if (worker.state === 'installed' && navigator.serviceWorker.controller) this.hidden = false;
          });
        });
      })
      .catch(() => {
        // No offline support (e.g. a private window that refuses service workers); the site works online.
      });
  }

  async useNewVersion(): Promise<void> {
    const registration = await navigator.serviceWorker.getRegistration();
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
    if (registration?.waiting) registration.waiting.postMessage({ type: 'SKIP_WAITING' });
    else window.location.reload();
  }
}

if (!customElements.get('update-notice')) customElements.define('update-notice', UpdateNoticeElement);
