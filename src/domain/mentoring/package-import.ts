import type { MentorStore, PackagePayload } from '@/schemas/mentoring';
import { isInFuture } from '@/domain/mentoring/clock';
import { addPackage, packageTime, unitKey, type MergeOutcome } from './mentor-store';
import { packageKind } from './package';
import { openSealedFile } from './sealed-file';
import { cleanUnitName, nameWarnings } from './unit-name';
import { packageChanges } from './review-state';
import { MAX_RELEASE_LINES, releaseFitsPackage } from './release-lines';

export interface ReadFile {
  name: string;
  text: string;
  /** Size in bytes when the file was too large to be read (its text is then empty). */
  tooLarge?: number;
}

/** A package that is not kept until the mentor confirms it: it would replace a unit's current one, or its name looks like another unit's. */
export interface PendingPackage {
  /** File name. */
  name: string;
  payload: PackagePayload;
  reason: 'ganti' | 'mirip';
  /** Unit name of the package it would replace, or of the units it looks like. */
  against: string;
  /** What changes, or what is odd about the name; one sentence each. */
  details: string[];
}

export interface PackageImport {
  store: MentorStore;
  accepted: { name: string; unit: string; outcome: Exclude<MergeOutcome, 'sudah-ada'> }[];
  rejected: { name: string; reason: string }[];
  pending: PendingPackage[];
}

/**
 * Reads many package files; each is judged on its own, so one bad file never loses the good ones. A package dated in
 * the future is refused; one that would replace a unit's current package, or whose unit name looks like another
 * unit's, waits in `pending` for the mentor's confirmation (confirmPending).
 */
/** What became of one file: kept (the new store), refused (why), or waiting for the mentor's decision. */
export type PackageVerdict =
  | { kind: 'accepted'; store: MentorStore; unit: string; outcome: Exclude<MergeOutcome, 'sudah-ada'> }
  | { kind: 'rejected'; reason: string }
  | { kind: 'pending'; pending: PendingPackage };

/**
 * Judges one file against the store as it is now. A package dated in the future is refused; one that would replace a
 * unit's current package, or whose unit name looks like another unit's, waits for the mentor (confirmPending).
 * `known` is the store's unit names, passed in so a long import does not list them again for every file.
 */
export async function judgePackage(file: ReadFile, store: MentorStore, now: Date, known = store.units.map((u) => u.current.unit.name)): Promise<PackageVerdict> {
  const receivedAt = now.toISOString();
  if (file.tooLarge !== undefined) return { kind: 'rejected', reason: `Berkas terlalu besar (${Math.round(file.tooLarge / 1024)} KB) untuk sebuah paket pendampingan; berkas tidak dibaca.` };
  const opened = await openSealedFile(file.text, packageKind);
  if (!opened.ok) return { kind: 'rejected', reason: opened.reason };
  if (!opened.payload.contents.releases.every(releaseFitsPackage)) {
    return { kind: 'rejected', reason: `Isi paket pendampingan tidak valid: setiap bagian siaran pers paling banyak ${MAX_RELEASE_LINES} baris.` };
  }
  const name = cleanUnitName(opened.payload.unit.name);
  const payload: PackagePayload = { ...opened.payload, unit: { ...opened.payload.unit, name } };
  if (!unitKey(name)) return { kind: 'rejected', reason: 'Nama unit dalam paket kosong atau hanya berisi tanda baca.' };
  if (isInFuture(payload.createdAt, now)) {
    return { kind: 'rejected', reason: `Tanggal pembuatan paket (${payload.createdAt.slice(0, 10)}) ada di masa depan. Periksa jam perangkat unit, lalu minta unit membuat paket lagi.` };
  }
  const existing = store.units.find((u) => u.key === unitKey(name));
  const duplicate = existing && (existing.current.id === payload.id || existing.history.some((h) => h.payload.id === payload.id));
  if (duplicate) return { kind: 'rejected', reason: 'Paket ini sudah diimpor sebelumnya (berkas yang sama atau salinannya); rekap tidak berubah.' };
  if (existing && packageTime(payload, receivedAt) > packageTime(existing.current, existing.receivedAt)) {
    return { kind: 'pending', pending: { name: file.name, payload, reason: 'ganti', against: existing.current.unit.name, details: packageChanges(existing.current, payload) } };
  }
  if (!existing) {
    const warnings = nameWarnings(name, known);
    if (warnings.length > 0) {
      return { kind: 'pending', pending: { name: file.name, payload, reason: 'mirip', against: known.filter((k) => warnings.some((w) => w.includes(`“${k}”`))).join(', '), details: warnings } };
    }
  }
  const added = addPackage(store, payload, receivedAt);
  return { kind: 'accepted', store: added.store, unit: name, outcome: added.outcome as Exclude<MergeOutcome, 'sudah-ada'> };
}

/** Reads many package files; each is judged on its own, so one bad file never loses the good ones. */
export async function importPackages(files: readonly ReadFile[], store: MentorStore, now: Date): Promise<PackageImport> {
  const result: PackageImport = { store, accepted: [], rejected: [], pending: [] };
  for (const file of files) {
    const verdict = await judgePackage(file, result.store, now);
    if (verdict.kind === 'rejected') result.rejected.push({ name: file.name, reason: verdict.reason });
    else if (verdict.kind === 'pending') result.pending.push(verdict.pending);
    else {
      result.store = verdict.store;
      result.accepted.push({ name: file.name, unit: verdict.unit, outcome: verdict.outcome });
    }
  }
  return result;
}

/** Keeps a package the mentor confirmed after seeing what it changes (whether storage takes it is the caller's to check). */
export function confirmPending(store: MentorStore, pending: PendingPackage, now: Date): { ok: true; store: MentorStore; outcome: MergeOutcome } {
  return { ok: true, ...addPackage(store, pending.payload, now.toISOString()) };
}
