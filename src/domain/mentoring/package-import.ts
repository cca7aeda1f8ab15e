import type { MentorStore, PackagePayload } from '@/schemas/mentoring';
import type { PinnedKeys } from '@/schemas/signing';
import { isInFuture } from '@/domain/mentoring/clock';
import { addPackage, packageTime, unitKey, type MergeOutcome } from './mentor-store';
import { packageKind } from './package';
import { openSealedFile } from './sealed-file';
import { cleanUnitName, nameWarnings } from './unit-name';
import { packageChanges } from './review-state';
import { MAX_RELEASE_LINES, releaseFitsPackage } from './release-lines';
import {
  EMPTY_PINNED_KEYS,
  keyWarning,
  needsConfirmation,
  pinDecision,
  pinnedUnitKey,
  pinRoom,
  pinRoomRefusal,
  recordUnitPackage,
  type PinDecision,
  type Signer,
} from './signing';

export interface ReadFile {
  name: string;
  text: string;
  /** Size in bytes when the file was too large to be read (its text is then empty). */
  tooLarge?: number;
}

/**
 * A package that is not kept until the mentor confirms it: it would replace a unit's current one, its name looks like
 * another unit's, or it is signed by another key than the unit's pinned one.
 */
export interface PendingPackage {
  /** File name. */
  name: string;
  payload: PackagePayload;
  /** 'kunci': signed by another key than the unit's pinned one, or unsigned after signed ones (signing.ts). */
  reason: 'ganti' | 'mirip' | 'kunci';
  /** Unit name of the package it would replace, or of the units it looks like. */
  against: string;
  /** What changes, or what is odd about the name; one sentence each. */
  details: string[];
  /** The key that signed it (none when unsigned) and how it compares with the unit's pinned key. */
  signer?: Signer;
  keyDecision: PinDecision;
}

export interface PackageImport {
  store: MentorStore;
  accepted: { name: string; unit: string; outcome: Exclude<MergeOutcome, 'sudah-ada'> }[];
  rejected: { name: string; reason: string }[];
  pending: PendingPackage[];
  /** The pinned keys with the accepted packages' signers recorded. */
  pins: PinnedKeys;
}

/** What became of one file: kept (the new store and pins), refused (why), or waiting for the mentor's decision. */
export type PackageVerdict =
  | { kind: 'accepted'; store: MentorStore; pins: PinnedKeys; unit: string; outcome: Exclude<MergeOutcome, 'sudah-ada'> }
  | { kind: 'rejected'; reason: string }
  | { kind: 'pending'; pending: PendingPackage };

/**
 * Judges one file against the store as it is now. A package dated in the future is refused; one signed by another key
 * than the unit's pinned one (or unsigned after signed ones), one that would replace a unit's current package, or one
 * whose unit name looks like another unit's waits for the mentor (confirmPending). `known` is the store's unit names,
 * passed in so a long import does not list them again for every file.
 */
export async function judgePackage(
  file: ReadFile,
  store: MentorStore,
  now: Date,
  known = store.units.map((u) => u.current.unit.name),
  pins: PinnedKeys = EMPTY_PINNED_KEYS,
): Promise<PackageVerdict> {
  const receivedAt = now.toISOString();
  if (file.tooLarge !== undefined)
    return {
      kind: 'rejected',
      reason: `Berkas terlalu besar (${Math.round(file.tooLarge / 1024)} KB) untuk sebuah paket pendampingan; berkas tidak dibaca.`,
    };
  const opened = await openSealedFile(file.text, packageKind);
  if (!opened.ok) return { kind: 'rejected', reason: opened.reason };
  if (!opened.payload.contents.releases.every(releaseFitsPackage)) {
    return {
      kind: 'rejected',
      reason: `Isi paket pendampingan tidak valid: setiap bagian siaran pers paling banyak ${MAX_RELEASE_LINES} baris.`,
    };
  }
  const name = cleanUnitName(opened.payload.unit.name);
  const payload: PackagePayload = { ...opened.payload, unit: { ...opened.payload.unit, name } };
  if (!unitKey(name)) return { kind: 'rejected', reason: 'Nama unit dalam paket kosong atau hanya berisi tanda baca.' };
  if (isInFuture(payload.createdAt, now)) {
    return {
      kind: 'rejected',
      reason: `Tanggal pembuatan paket (${payload.createdAt.slice(0, 10)}) ada di masa depan. Periksa jam perangkat unit, lalu minta unit membuat paket lagi.`,
    };
  }
  const existing = store.units.find((u) => u.key === unitKey(name));
  const duplicate = existing && (existing.current.id === payload.id || existing.history.some((h) => h.payload.id === payload.id));
  if (duplicate)
    return { kind: 'rejected', reason: 'Paket ini sudah diimpor sebelumnya (berkas yang sama atau salinannya); rekap tidak berubah.' };
  const { signer } = opened;
  const pinned = pinnedUnitKey(pins, unitKey(name));
  const keyDecision = pinDecision(pinned, signer);
  // Another key (or none after signed packages) never becomes current, nor enters the history, without the mentor.
  if (pinned && needsConfirmation(keyDecision)) {
    const against = existing?.current.unit.name ?? name;
    const details = [
      keyWarning(keyDecision as 'kunci-lain' | 'tanpa-tanda-tangan', against, pinned, signer),
      ...(existing ? packageChanges(existing.current, payload) : []),
    ];
    return { kind: 'pending', pending: { name: file.name, payload, reason: 'kunci', against, details, signer, keyDecision } };
  }
  // A new unit's key when the pins are full: refused rather than kept unpinned or kept by forgetting another unit's pin.
  if (!pinRoom(pins, unitKey(name), signer)) return { kind: 'rejected', reason: pinRoomRefusal(existing?.current.unit.name ?? name) };
  if (existing && packageTime(payload, receivedAt) > packageTime(existing.current, existing.receivedAt)) {
    return {
      kind: 'pending',
      pending: {
        name: file.name,
        payload,
        reason: 'ganti',
        against: existing.current.unit.name,
        details: packageChanges(existing.current, payload),
        signer,
        keyDecision,
      },
    };
  }
  if (!existing) {
    const warnings = nameWarnings(name, known);
    if (warnings.length > 0) {
      const against = known.filter((k) => warnings.some((w) => w.includes(`“${k}”`))).join(', ');
      return { kind: 'pending', pending: { name: file.name, payload, reason: 'mirip', against, details: warnings, signer, keyDecision } };
    }
  }
  const added = addPackage(store, payload, receivedAt);
  return {
    kind: 'accepted',
    store: added.store,
    pins: recordUnitPackage(pins, unitKey(name), payload.id, signer, now),
    unit: name,
    outcome: added.outcome as Exclude<MergeOutcome, 'sudah-ada'>,
  };
}

/** Reads many package files; each is judged on its own, so one bad file never loses the good ones. */
export async function importPackages(
  files: readonly ReadFile[],
  store: MentorStore,
  now: Date,
  pins: PinnedKeys = EMPTY_PINNED_KEYS,
): Promise<PackageImport> {
  const result: PackageImport = { store, accepted: [], rejected: [], pending: [], pins };
  for (const file of files) {
    const verdict = await judgePackage(file, result.store, now, undefined, result.pins);
    if (verdict.kind === 'rejected') result.rejected.push({ name: file.name, reason: verdict.reason });
    else if (verdict.kind === 'pending') result.pending.push(verdict.pending);
    else {
      result.store = verdict.store;
      result.pins = verdict.pins;
      result.accepted.push({ name: file.name, unit: verdict.unit, outcome: verdict.outcome });
    }
  }
  return result;
}

/**
 * Keeps a package the mentor confirmed after seeing what it changes (whether storage takes it is the caller's to
 * check). A package signed by another key than the pinned one is confirmed as "trust the new key" (the unit changed
 * device without its backup): the new key is pinned. Refused (nothing changes) when it would pin a new unit's key and
 * the pins are full (pinRoom): the pins may have filled up since the package was judged.
 */
export function confirmPending(
  store: MentorStore,
  pending: PendingPackage,
  now: Date,
  pins: PinnedKeys = EMPTY_PINNED_KEYS,
): { ok: true; store: MentorStore; outcome: MergeOutcome; pins: PinnedKeys } | { ok: false; reason: string } {
  const key = unitKey(pending.payload.unit.name);
  if (!pinRoom(pins, key, pending.signer)) return { ok: false, reason: pinRoomRefusal(pending.payload.unit.name) };
  const added = addPackage(store, pending.payload, now.toISOString());
  return {
    ok: true,
    ...added,
    pins: recordUnitPackage(pins, key, pending.payload.id, pending.signer, now, pending.keyDecision === 'kunci-lain'),
  };
}
