// Its own module, like set-text.ts: pages that only write notices do not load h() and svg().
export type NoticeTone = '' | 'ok' | 'bad';

/**
 * Writes one notice (a `.sk-notice` paragraph, toned) into a message box, or empties the box for ''. The same words
 * in the same tone are left alone: rewriting a live region makes screen readers say it again.
 */
export function writeNotice(box: Element, tone: NoticeTone, text: string): void {
  const current = box.firstElementChild as HTMLElement | null;
  if (text && box.childElementCount === 1 && current?.textContent === text && (current.dataset.tone ?? '') === tone) return;
  if (!text) {
    if (box.childNodes.length) box.replaceChildren();
    return;
  }
  const p = document.createElement('p');
  p.className = 'sk-notice';
  if (tone) p.dataset.tone = tone;
  p.textContent = text;
  box.replaceChildren(p);
}
