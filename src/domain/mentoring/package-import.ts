import type { MentorStore, PackagePayload } from '@/schemas/mentoring';
import { isInFuture } from '@/domain/mentoring/clock';
import { addPackage, packageTime, unitKey, type MergeOutcome } from './mentor-store';
import { packageKind } from './package';
import { openSealedFile } from './sealed-file';
import { cleanUnitName, nameWarnings } from './unit-name';
import { packageChanges } from './review-state';
import { MAX_RELEASE_LINES, releaseFitsPackage } from './release-lines';
import { EMPTY_PINNED_KEYS, keyWarning, needsConfirmation, pinDecision, pinnedUnitKey, recordUnitPackage, type PinDecision, type Signer } from './signing';
import type { PinnedKeys } from '@/schemas/signing';

export interface ReadFile {
  name: string;
  text: string;
  /** Size in bytes when the file was too large to be read (its text is then empty). */
  tooLarge?: number;
}

/**
 * How much of the browser's storage the mentor's overview may take, in characters of its stored JSON: about half of
 * what browsers give a site (5 M characters), so the unit's own exercises and a backup copy still fit.
 */
export const MAX_MENTOR_STORE_CHARS = 2_500_000;

/** A package that is not kept until the mentor confirms it: it would replace a unit's current one, or its name looks like another unit's. */
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

/** Characters the store takes once saved (its JSON), to refuse a package before storage is full rather than after. */
export const storedSize = (store: MentorStore) => JSON.stringify(store).length;

const TOO_FULL =
  'Rekap di peramban ini sudah hampir memenuhi batas penyimpanan, jadi paket ini tidak disimpan. Hapus unit yang tidak lagi didampingi, lalu impor lagi.';

/** Adds a package when the store still fits; otherwise says why not. */
export function addIfItFits(store: MentorStore, payload: PackagePayload, receivedAt: string): { ok: true; store: MentorStore; outcome: MergeOutcome } | { ok: false; reason: string } {
  const added = addPackage(store, payload, receivedAt);
  if (added.outcome !== 'sudah-ada' && storedSize(added.store) > MAX_MENTOR_STORE_CHARS) return { ok: false, reason: TOO_FULL };
  return { ok: true, ...added };
}

/**
 * Reads many package files; each is judged on its own, so one bad file never loses the good ones. A package dated in
 * the future is refused; one that would replace a unit's current package, or whose unit name looks like another
 * unit's, waits in `pending` for the mentor's confirmation (confirmPending).
 */
export async function importPackages(files: readonly ReadFile[], store: MentorStore, now: Date, pins: PinnedKeys = EMPTY_PINNED_KEYS): Promise<PackageImport> {
  const result: PackageImport = { store, accepted: [], rejected: [], pending: [], pins };
  const receivedAt = now.toISOString();
  for (const file of files) {
    if (file.tooLarge !== undefined) {
      result.rejected.push({ name: file.name, reason: `Berkas terlalu besar (${Math.round(file.tooLarge / 1024)} KB) untuk sebuah paket pendampingan; berkas tidak dibaca.` });
      continue;
    }
    const opened = await openSealedFile(file.text, packageKind);
    if (!opened.ok) {
      result.rejected.push({ name: file.name, reason: opened.reason });
      continue;
    }
    if (!opened.payload.contents.releases.every(releaseFitsPackage)) {
      result.rejected.push({ name: file.name, reason: `Isi paket pendampingan tidak valid: setiap bagian siaran pers paling banyak ${MAX_RELEASE_LINES} baris.` });
      continue;
    }
    const name = cleanUnitName(opened.payload.unit.name);
    const payload: PackagePayload = { ...opened.payload, unit: { ...opened.payload.unit, name } };
    if (!unitKey(name)) {
      result.rejected.push({ name: file.name, reason: 'Nama unit dalam paket kosong atau hanya berisi tanda baca.' });
      continue;
    }
    if (isInFuture(payload.createdAt, now)) {
      result.rejected.push({ name: file.name, reason: `Tanggal pembuatan paket (${payload.createdAt.slice(0, 10)}) ada di masa depan. Periksa jam perangkat unit, lalu minta unit membuat paket lagi.` });
      continue;
    }
    const existing = result.store.units.find((u) => u.key === unitKey(name));
    const { signer } = opened;
    const pinned = pinnedUnitKey(result.pins, unitKey(name));
    const keyDecision = pinDecision(pinned, signer);
    const duplicate = existing && (existing.current.id === payload.id || existing.history.some((h) => h.payload.id === payload.id));
    if (duplicate) {
      result.rejected.push({ name: file.name, reason: 'Paket ini sudah diimpor sebelumnya (berkas yang sama atau salinannya); rekap tidak berubah.' });
      continue;
    }
    // Another key (or none after signed packages) never becomes current, nor enters the history, without the mentor.
    if (pinned && needsConfirmation(keyDecision)) {
      const against = existing?.current.unit.name ?? name;
      const details = [keyWarning(keyDecision as 'kunci-lain' | 'tanpa-tanda-tangan', against, pinned, signer), ...(existing ? packageChanges(existing.current, payload) : [])];
      result.pending.push({ name: file.name, payload, reason: 'kunci', against, details, signer, keyDecision });
      continue;
    }
    if (existing && packageTime(payload, receivedAt) > packageTime(existing.current, existing.receivedAt)) {
      result.pending.push({ name: file.name, payload, reason: 'ganti', against: existing.current.unit.name, details: packageChanges(existing.current, payload), signer, keyDecision });
      continue;
    }
    if (!existing) {
      const known = result.store.units.map((u) => u.current.unit.name);
      const warnings = nameWarnings(name, known);
      if (warnings.length > 0) {
        result.pending.push({ name: file.name, payload, reason: 'mirip', against: known.filter((k) => warnings.some((w) => w.includes(`“${k}”`))).join(', '), details: warnings, signer, keyDecision });
        continue;
      }
    }
    const added = addIfItFits(result.store, payload, receivedAt);
    if (!added.ok) {
      result.rejected.push({ name: file.name, reason: added.reason });
      continue;
    }
    result.store = added.store;
    result.pins = recordUnitPackage(result.pins, unitKey(name), payload.id, signer, now);
    result.accepted.push({ name: file.name, unit: name, outcome: added.outcome as Exclude<MergeOutcome, 'sudah-ada'> });
  }
  return result;
}

/**
 * Keeps a package the mentor confirmed after seeing what it changes. A package signed by another key than the pinned
 * one is confirmed as "trust the new key" (the unit changed device without its backup): the new key is pinned.
 */
export function confirmPending(store: MentorStore, pending: PendingPackage, now: Date, pins: PinnedKeys = EMPTY_PINNED_KEYS) {
  const added = addIfItFits(store, pending.payload, now.toISOString());
  if (!added.ok) return added;
  return { ...added, pins: recordUnitPackage(pins, unitKey(pending.payload.unit.name), pending.payload.id, pending.signer, now, pending.keyDecision === 'kunci-lain') };
}
