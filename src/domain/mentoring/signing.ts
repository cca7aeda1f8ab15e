/**
 * Who sent a file: each browser holds an ECDSA P-256 key pair (WebCrypto; Ed25519 is not in every browser the site
 * supports, P-256 is), signs the packages or feedback it writes, and puts its public key in the file. The receiver pins
 * the first key it sees for a sender and flags a later file signed by another key or by none (trust on first use, as
 * SSH does).
 *
 * What a valid signature proves: the file was written by the browser that holds the key, and nothing in its payload
 * changed since (a recomputed checksum does not help a forger). What it does not prove: who sits at that browser, that
 * the first file came from the real unit (compare the key's fingerprint by phone once), or that the content is true.
 *
 * Which bytes are signed: "siaga-krisis\n<kind>\n<formatVersion>\n" followed by the payload's canonical JSON, in
 * UTF-8; a feedback signature therefore cannot be moved onto a package, nor a signature onto another format version.
 */
import { APP_ID } from '@/domain/transfer/export-file';
import {
  fileSignatureSchema,
  SIGNATURE_ALGORITHM,
  type FileSignature,
  type PinnedKey,
  type PinnedKeys,
  type SigningKeyPair,
  MAX_PINNED_UNITS,
  MAX_SIGNED_PACKAGES,
} from '@/schemas/signing';
import { canonicalJson } from './canonical-json';
import { z } from '@/schemas/zod';

export { SIGNATURE_ALGORITHM };
const ECDSA = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN = { name: 'ECDSA', hash: 'SHA-256' } as const;

export const EMPTY_PINNED_KEYS: PinnedKeys = { units: [], packages: [] };

export function signedBytes(kind: string, formatVersion: number, payload: unknown): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`${APP_ID}\n${kind}\n${formatVersion}\n${canonicalJson(payload)}`);
}

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** A new key pair for this browser; the private half is extractable so that Data saya can back it up. */
export async function generateSigningKey(now: Date): Promise<SigningKeyPair> {
  const pair = await crypto.subtle.generateKey(ECDSA, true, ['sign', 'verify']);
  const jwk = await crypto.subtle.exportKey('jwk', pair.privateKey);
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  return {
    publicKey: toBase64Url(raw),
    privateKey: { kty: 'EC', crv: 'P-256', x: jwk.x!, y: jwk.y!, d: jwk.d! },
    createdAt: now.toISOString(),
  };
}

/** "AB12 CD34 EF56 7890": short enough to read aloud and compare with the sender. */
export async function keyFingerprint(publicKey: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', fromBase64Url(publicKey)));
  const hex = [...digest.slice(0, 8)]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
  return hex.match(/.{4}/g)!.join(' ');
}

export async function signPayload(key: SigningKeyPair, kind: string, formatVersion: number, payload: unknown): Promise<FileSignature> {
  const privateKey = await crypto.subtle.importKey('jwk', { ...key.privateKey, ext: true }, ECDSA, false, ['sign']);
  const signature = new Uint8Array(await crypto.subtle.sign(SIGN, privateKey, signedBytes(kind, formatVersion, payload)));
  return { algorithm: SIGNATURE_ALGORITHM, publicKey: key.publicKey, value: toBase64Url(signature) };
}

/** A sealed file with its signature added (the checksum stays: it still tells an accident from a forgery). */
export async function signFile<F extends { kind: string; formatVersion: number; payload: unknown }>(
  file: F,
  key: SigningKeyPair,
): Promise<F & { signature: FileSignature }> {
  return { ...file, signature: await signPayload(key, file.kind, file.formatVersion, file.payload) };
}

export interface Signer {
  publicKey: string;
  fingerprint: string;
}

export type SignatureCheck = { state: 'tanpa-tanda-tangan' } | { state: 'sah'; signer: Signer } | { state: 'tidak-sah' };

/**
 * Checks the signature of a file as read (the raw payload, before any schema drops a field). A signature that is
 * present but malformed, made with a key that is not a P-256 point, or not matching the payload is "tidak-sah".
 */
export async function verifyFileSignature(file: {
  kind: string;
  formatVersion: number;
  payload: unknown;
  signature?: unknown;
}): Promise<SignatureCheck> {
  if (file.signature === undefined) return { state: 'tanpa-tanda-tangan' };
  const parsed = z.safeParse(fileSignatureSchema, file.signature);
  if (!parsed.success) return { state: 'tidak-sah' };
  try {
    const publicKey = await crypto.subtle.importKey('raw', fromBase64Url(parsed.data.publicKey), ECDSA, false, ['verify']);
    const valid = await crypto.subtle.verify(
      SIGN,
      publicKey,
      fromBase64Url(parsed.data.value),
      signedBytes(file.kind, file.formatVersion, file.payload),
    );
    return valid
      ? { state: 'sah', signer: { publicKey: parsed.data.publicKey, fingerprint: await keyFingerprint(parsed.data.publicKey) } }
      : { state: 'tidak-sah' };
  } catch {
    return { state: 'tidak-sah' };
  }
}

/**
 * What to do with a file, given the key pinned for its sender (if any) and who signed it:
 * - 'pertama': nothing pinned, signed: accept and pin this key;
 * - 'cocok': signed by the pinned key;
 * - 'belum-bertanda': nothing pinned, unsigned (a file from before signing): accept, marked "tanpa tanda tangan";
 * - 'kunci-lain': signed by another key than the pinned one: hold it and warn;
 * - 'tanpa-tanda-tangan': a key is pinned but the file is unsigned: hold it and warn.
 */
export type PinDecision = 'pertama' | 'cocok' | 'belum-bertanda' | 'kunci-lain' | 'tanpa-tanda-tangan';

export function pinDecision(pinned: PinnedKey | undefined, signer: Signer | undefined): PinDecision {
  if (!pinned) return signer ? 'pertama' : 'belum-bertanda';
  if (!signer) return 'tanpa-tanda-tangan';
  return signer.publicKey === pinned.publicKey ? 'cocok' : 'kunci-lain';
}

/** True when the file must wait for the person's decision rather than be kept. */
export const needsConfirmation = (decision: PinDecision) => decision === 'kunci-lain' || decision === 'tanpa-tanda-tangan';

export const pinnedUnitKey = (pins: PinnedKeys, unitKey: string) => pins.units.find((u) => u.unitKey === unitKey);

/**
 * Whether a unit's package can be kept without forgetting any pin: true unless it would pin a new unit's key (signed,
 * nothing pinned for the unit yet) while MAX_PINNED_UNITS keys are pinned. No pin is ever dropped to make room: a
 * forgotten pin would silently reopen first-use trust for its unit, so that a forged package would be taken as its first.
 */
export function pinRoom(pins: PinnedKeys, unitKey: string, signer: Signer | undefined): boolean {
  return !signer || pins.units.length < MAX_PINNED_UNITS || pinnedUnitKey(pins, unitKey) !== undefined;
}

/** Why a package whose key cannot be pinned (pinRoom) is not kept, and what the mentor can do; for the import's list. */
export function pinRoomRefusal(unit: string): string {
  return `Paket ${unit} tidak disimpan: peramban ini sudah menyimpan kunci tanda tangan ${MAX_PINNED_UNITS.toLocaleString('id-ID')} unit, batasnya. Kunci unit lain tidak dilupakan untuk memberi tempat, agar paket palsu atas nama unit itu tidak diterima sebagai paket pertama. Hapus dari rekap unit yang tidak lagi Anda dampingi (kuncinya ikut dihapus), lalu impor berkas ini lagi.`;
}

/** "Kunci tanda tangan tersimpan: 12 unit (batas 2.000)": the overview's count of pinned unit keys, with the cap. */
export function pinCountText(pins: PinnedKeys): string {
  const n = (value: number) => value.toLocaleString('id-ID');
  const full =
    pins.units.length >= MAX_PINNED_UNITS
      ? ' Batas tercapai: paket bertanda tangan dari unit baru tidak diterima sampai Anda menghapus unit yang tidak lagi didampingi.'
      : '';
  return `Kunci tanda tangan unit yang tersimpan di peramban ini: ${n(pins.units.length)} unit (batas ${n(MAX_PINNED_UNITS)}). Kunci yang tersimpan tidak pernah dilupakan diam-diam; kunci sebuah unit hanya dihapus bila Anda menghapus unit itu dari rekap.${full}`;
}

/**
 * Records a unit's package as kept: which key signed it, and the unit's pin. The pin is set on the first signed package
 * and replaced only when the mentor accepted a package signed by a new key (`trustNewKey`). Never forgets another
 * unit's pin: the caller checks pinRoom first, and a new pin beyond MAX_PINNED_UNITS throws rather than drop one.
 */
export function recordUnitPackage(
  pins: PinnedKeys,
  unitKey: string,
  packageId: string,
  signer: Signer | undefined,
  now: Date,
  trustNewKey = false,
): PinnedKeys {
  const pinned = pinnedUnitKey(pins, unitKey);
  const packages = [...pins.packages.filter((p) => p.id !== packageId), { id: packageId, fingerprint: signer?.fingerprint ?? '' }].slice(
    -MAX_SIGNED_PACKAGES,
  );
  if (!signer || (pinned && !trustNewKey)) return { ...pins, packages };
  if (!pinRoom(pins, unitKey, signer)) throw new RangeError(`No room to pin the key of ${unitKey}: ${MAX_PINNED_UNITS} units pinned.`);
  const pin = { unitKey, publicKey: signer.publicKey, fingerprint: signer.fingerprint, pinnedAt: now.toISOString() };
  return { ...pins, packages, units: [...pins.units.filter((u) => u.unitKey !== unitKey), pin] };
}

/** The mentor removed a unit from the overview (and was told its key goes too): its pin is forgotten. */
export function forgetUnitKey(pins: PinnedKeys, unitKey: string): PinnedKeys {
  return pinnedUnitKey(pins, unitKey) ? { ...pins, units: pins.units.filter((u) => u.unitKey !== unitKey) } : pins;
}

/** The unit's side: pins the mentor's key on the first signed feedback, or replaces it when the unit chose to trust a new one. */
export function recordMentorKey(pins: PinnedKeys, signer: Signer | undefined, now: Date, trustNewKey = false): PinnedKeys {
  if (!signer || (pins.mentor && !trustNewKey)) return pins;
  return { ...pins, mentor: { publicKey: signer.publicKey, fingerprint: signer.fingerprint, pinnedAt: now.toISOString() } };
}

/** How a kept package is shown in the overview: signed by the unit's pinned key, by another, or not at all. */
export type PackageSignerState =
  | { state: 'tanpa-tanda-tangan' }
  | { state: 'tidak-tercatat' }
  | { state: 'kunci-tersemat'; fingerprint: string }
  | { state: 'kunci-lain'; fingerprint: string };

/**
 * A package absent from the record (kept before signing existed, or among the oldest once the record is full) is "not
 * recorded", never "unsigned": the mentor must not read a signed package as one that came without a signature.
 */
export function packageSignerState(pins: PinnedKeys, unitKey: string, packageId: string): PackageSignerState {
  const recorded = pins.packages.find((p) => p.id === packageId);
  if (!recorded) return { state: 'tidak-tercatat' };
  const fingerprint = recorded.fingerprint;
  if (!fingerprint) return { state: 'tanpa-tanda-tangan' };
  return pinnedUnitKey(pins, unitKey)?.fingerprint === fingerprint
    ? { state: 'kunci-tersemat', fingerprint }
    : { state: 'kunci-lain', fingerprint };
}

/** One Indonesian sentence per decision that holds a file back, for the mentor (packages) or the unit (feedback). */
export function keyWarning(
  decision: 'kunci-lain' | 'tanpa-tanda-tangan',
  sender: string,
  pinned: PinnedKey,
  signer: Signer | undefined,
): string {
  const since = pinned.pinnedAt.slice(0, 10);
  return decision === 'kunci-lain'
    ? `PERINGATAN: berkas ini ditandatangani kunci ${signer?.fingerprint ?? ''}, bukan kunci ${pinned.fingerprint} yang dipakai ${sender} sejak ${since}. Bisa jadi berkas palsu, atau ${sender} berganti perangkat tanpa memulihkan cadangan Data saya. Tanyakan langsung (misalnya lewat telepon) sebelum menerimanya.`
    : `PERINGATAN: berkas ini tidak bertanda tangan, padahal berkas dari ${sender} sejak ${since} selalu ditandatangani kunci ${pinned.fingerprint}. Bisa jadi berkas palsu atau dibuat dengan versi lama situs. Tanyakan langsung sebelum menerimanya.`;
}

/**
 * The unit's check of a feedback file's signer against the mentor key it pinned: a warning and the question to ask
 * when the file is signed by another key or by none after signed ones; nothing to ask otherwise.
 */
export function feedbackKeyCheck(
  pinned: PinnedKey | undefined,
  signer: Signer | undefined,
): { decision: PinDecision; warning?: string; question?: string } {
  const decision = pinDecision(pinned, signer);
  if (!pinned || !needsConfirmation(decision)) return { decision };
  return {
    decision,
    warning: keyWarning(decision as 'kunci-lain' | 'tanpa-tanda-tangan', 'pendamping Anda', pinned, signer),
    question:
      decision === 'kunci-lain'
        ? 'Simpan umpan balik ini dan percayai kunci baru pendamping?'
        : 'Tetap simpan umpan balik tanpa tanda tangan ini?',
  };
}
