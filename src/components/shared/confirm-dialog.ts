/**
 * Asking the user through a native <dialog> (ConfirmDialog.astro writes one): the words of the question are set, the
 * dialog opens modally, and the answer is the value of the button that closed it. Escape and "Batal" answer 'cancel'.
 */
import { setText } from './set-text';

export type DialogAnswer = 'ok' | 'alt' | 'cancel';

export interface DialogWords {
  title?: string;
  text?: string;
  ok?: string;
  /** The label of the second way to agree; an empty string hides that button. Left out, the button stays as it is. */
  alt?: string;
}

export function ask(dialog: HTMLDialogElement, words: DialogWords = {}): Promise<DialogAnswer> {
  if (words.title !== undefined) setText(dialog.querySelector('[data-confirm-title]'), words.title);
  if (words.text !== undefined) setText(dialog.querySelector('[data-confirm-text]'), words.text);
  if (words.ok !== undefined) setText(dialog.querySelector('[data-confirm-ok]'), words.ok);
  const alt = dialog.querySelector<HTMLButtonElement>('[data-confirm-alt]');
  if (alt && words.alt !== undefined) {
    alt.hidden = !words.alt;
    setText(alt, words.alt);
  }
  dialog.returnValue = '';
  dialog.showModal();
  return new Promise((resolve) => {
    dialog.addEventListener(
      'close',
      () => resolve(dialog.returnValue === 'ok' || dialog.returnValue === 'alt' ? dialog.returnValue : 'cancel'),
      { once: true },
    );
  });
}

/** True only when the user pressed the button that agrees. */
export async function confirmed(dialog: HTMLDialogElement, words: DialogWords = {}): Promise<boolean> {
  return (await ask(dialog, words)) === 'ok';
}
