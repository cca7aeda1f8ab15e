// Its own module, not part of dom.ts: pages that only need this (Data saya, the plan builder) then do not load h() and svg().
/**
 * Writes a live region's (or any status line's) text only when it differs from what is there: replacing the text with
 * the same words makes screen readers say them again, on every keystroke of a field that saves as the user types.
 */
export function setText(element: Element | null | undefined, text: string): void {
  if (element && element.textContent !== text) element.textContent = text;
}
