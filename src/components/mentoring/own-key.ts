// This browser's signing key for the mentoring pages: made on the first file it signs, kept in its own document
// (so Data saya backs it up), and shown as a fingerprint the sender can read to the receiver.
import type { PersistentDocument } from '@/state/persistent-document';
import type { OwnSigningKey, SigningKeyPair } from '@/schemas/signing';

/**
 * The key to sign with, made and stored on first use. Undefined when it cannot be stored (storage full or blocked):
 * a key that is not kept would change with every file and set off the receiver's "kunci lain" warning each time.
 */
export async function signingKey(doc: PersistentDocument<OwnSigningKey>): Promise<SigningKeyPair | undefined> {
  const existing = doc.$data.get().key;
  if (existing) return existing;
  const { generateSigningKey } = await import('@/domain/mentoring/signing');
  const key = await generateSigningKey(new Date());
  doc.set({ key });
  return doc.$status.get().state === 'not-saved' ? undefined : key;
}

/** Writes the fingerprint of this browser's key into the page's [data-own-key] line, once there is a key. */
export async function showOwnKey(root: HTMLElement, own: OwnSigningKey): Promise<void> {
  const line = root.querySelector('[data-own-key]');
  if (!line || !own.key) return;
  const { keyFingerprint } = await import('@/domain/mentoring/signing');
  const text = `Sidik kunci peramban ini: ${await keyFingerprint(own.key.publicKey)} (dibuat ${own.key.createdAt.slice(0, 10)}). Bacakan sidik ini bila ${root.localName === 'mentoring-package' ? 'pendamping' : 'unit atau pengelola rekap nasional'} ingin mencocokkannya.`;
  if (line.textContent !== text) line.textContent = text;
}

/** How a file just written was signed, for the status line after its download. */
export const signedPhrase = (key: SigningKeyPair | undefined) =>
  key ? 'ditandatangani dengan kunci peramban ini' : 'tanpa tanda tangan (kunci tidak dapat disimpan di peramban ini)';
