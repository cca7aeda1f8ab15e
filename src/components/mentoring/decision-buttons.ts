/**
 * The two buttons under a file held for the person's decision (the mentor's packages, the national view's summaries):
 * accept, with the words of the choice, and "Tolak"; a screen reader hears the file's name with each.
 */
import { h } from '@/components/shared/dom';

export function decisionButtons(
  className: string,
  file: string,
  accept: { label: string; variant: 'primary' | 'danger'; data: Record<string, string> },
  refuseData: Record<string, string>,
): HTMLElement {
  return h(
    'p',
    { class: className },
    h(
      'button',
      { type: 'button', class: 'sk-button', 'data-variant': accept.variant, ...accept.data },
      accept.label,
      h('span', { class: 'sr-only' }, ` (${file})`),
    ),
    h('button', { type: 'button', class: 'sk-button', ...refuseData }, 'Tolak', h('span', { class: 'sr-only' }, ` ${file}`)),
  );
}
