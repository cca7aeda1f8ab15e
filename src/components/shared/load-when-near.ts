/**
 * Starts an exercise's code only when the reader gets near it. A module page embeds a checklist, a drill or a knowledge
 * check far below its text; starting them while the text loads would block a slow phone's main thread for work the
 * reader may never scroll to. `load` runs once, at the first sign that the reader is using the page (scrolling, a key,
 * a touch or a click anywhere), when one of the elements comes within a screen of the viewport, or before printing.
 * On an exercise's own page the element is in view, so its code starts at once.
 */
export function loadWhenNear(selector: string, load: () => Promise<unknown>): void {
  const elements = [...document.querySelectorAll(selector)];
  if (elements.length === 0) return;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    observer?.disconnect();
    void load();
  };
  const observer =
    'IntersectionObserver' in window
      ? new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && start(), { rootMargin: '100% 0px' })
      : undefined;
  if (!observer) return start();
  for (const element of elements) observer.observe(element);
  for (const event of ['scroll', 'keydown', 'pointerdown', 'touchstart', 'beforeprint']) {
    window.addEventListener(event, start, { once: true, passive: true });
  }
}
