// The signing side of the mentoring pages, loaded just after the page starts (it is not needed to draw the page): the
// key documents, this browser's key and the row's "who signed it" state. See src/domain/mentoring/signing.ts.
import { persistentDocument } from '@/state/persistent-document';
import { ownSigningKeyDocument, pinnedKeysDocument } from '@/state/documents/signing';
import { feedbackKeyCheck, pinCountText, recordMentorKey, type Signer } from '@/domain/mentoring/signing';
import type { PinnedKeys } from '@/schemas/signing';
import type { PersistentDocument } from '@/state/persistent-document';

export { packageSignerState } from '@/domain/mentoring/signing';
export { showOwnKey, signedPhrase, signingKey } from './own-key';

/** This browser's key and the keys it trusts, as live documents. */
export function signingDocuments() {
  return { ownKey: persistentDocument(ownSigningKeyDocument), pins: persistentDocument(pinnedKeysDocument) };
}

/**
 * The unit's check of a feedback file's signer (trust on first use): the mentor's key is pinned on the first signed
 * feedback; a file signed by another key, or by none after it, is kept only when the unit says so after the warning.
 * Returns the warning when the unit declined (nothing is pinned then), undefined when the file may be kept.
 */
export function acceptFeedbackSigner(
  pins: PersistentDocument<PinnedKeys>,
  signer: Signer | undefined,
  now: Date,
  ask: (text: string) => boolean,
): string | undefined {
  const { decision, warning, question } = feedbackKeyCheck(pins.$data.get().mentor, signer);
  if (warning && !ask(`${warning}\n\n${question}`)) return warning;
  pins.update((kept) => recordMentorKey(kept, signer, now, decision === 'kunci-lain'));
  return undefined;
}

/** The overview's line under the signing note: how many units' keys are pinned here, and the cap. */
export function showPinCount(root: HTMLElement, pins: PinnedKeys): void {
  const line = root.querySelector<HTMLElement>('[data-pin-count]');
  if (!line) return;
  const text = pinCountText(pins);
  if (line.textContent !== text) line.textContent = text;
  line.hidden = false;
}
