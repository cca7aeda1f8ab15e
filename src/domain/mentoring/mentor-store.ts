/**
 * The mentor's side: packages from many units kept together, one entry per unit. Packages of the same unit are matched
 * by the unit's name (case, spaces and punctuation ignored): the newest package (by when the unit made it) is the
 * current one; older ones are kept in the unit's history, newest first, up to MAX_HISTORY.
 */
import { DELIVERABLES } from '@/schemas/deliverables';
import type { MentoredUnit, MentorStore, PackagePayload, Review, Reviews } from '@/schemas/mentoring';

export const MAX_HISTORY = 10;

export const EMPTY_MENTOR_STORE: MentorStore = { mentor: '', regionUnits: '', units: [] };

/** "Lapas Kelas IIA  Telaga-Bening" and "lapas kelas iia telaga bening" are the same unit; invisible characters count for nothing. */
export function unitKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\p{M}\p{Cf}]/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The filter value for units whose package names no Kantor Wilayah (older packages, or left empty). */
export const NO_REGION = '-';

/** Regions are typed freely: "Kanwil Nusa  Harapan" and "kanwil nusa harapan" are the same office. */
export const regionKey = (region: string) => unitKey(region) || NO_REGION;

/**
 * When a package counts as made, for ordering: the unit's own date, but never later than when the mentor received it
 * (a date in the future, forged or from a wrong clock, cannot outrank packages that arrive later).
 */
export function packageTime(payload: PackagePayload, receivedAt: string): number {
  return Math.min(Date.parse(payload.createdAt), Date.parse(receivedAt));
}

/** Reviews written before verdicts carried their package get the package they were written on. */
export function pinReviews(reviews: Reviews, packageId: string): Reviews {
  return Object.fromEntries(
    DELIVERABLES.map((d) => [d, reviews[d].packageId || reviews[d].status === 'belum' ? reviews[d] : { ...reviews[d], packageId }]),
  ) as Reviews;
}

export function emptyReviews(): Reviews {
  const none = { status: 'belum', comment: '' } as const;
  return { asesmen: none, rencana: none, 'siaran-pers': none };
}

export type MergeOutcome = 'baru' | 'lebih-baru' | 'lebih-lama' | 'sudah-ada';

/** Adds one received package; pure. "sudah-ada" when a package with the same id is already kept (nothing changes). */
export function addPackage(store: MentorStore, payload: PackagePayload, receivedAt: string): { store: MentorStore; outcome: MergeOutcome } {
  const key = unitKey(payload.unit.name);
  const index = store.units.findIndex((u) => u.key === key);
  const existing = store.units[index];
  if (!existing) {
    const unit: MentoredUnit = { key, current: payload, receivedAt, history: [], reviews: emptyReviews() };
    return { store: { ...store, units: [...store.units, unit] }, outcome: 'baru' };
  }
  if (existing.current.id === payload.id || existing.history.some((h) => h.payload.id === payload.id))
    return { store, outcome: 'sudah-ada' };
  const newer = packageTime(payload, receivedAt) > packageTime(existing.current, existing.receivedAt);
  const older = newer ? { payload: existing.current, receivedAt: existing.receivedAt } : { payload, receivedAt };
  const history = [...existing.history, older]
    .sort((a, b) => packageTime(b.payload, b.receivedAt) - packageTime(a.payload, a.receivedAt))
    .slice(0, MAX_HISTORY);
  // Verdicts stay with the package they were given on: once another package is current they show as stale.
  const reviews = newer ? pinReviews(existing.reviews, existing.current.id) : existing.reviews;
  const unit: MentoredUnit = newer ? { ...existing, current: payload, receivedAt, history, reviews } : { ...existing, history };
  const units = store.units.map((u, i) => (i === index ? unit : u));
  return { store: { ...store, units }, outcome: newer ? 'lebih-baru' : 'lebih-lama' };
}

/** A verdict the mentor has set (a status chosen or a comment written), as opposed to an untouched one. */
export const touched = (review: Review) => review.updatedAt !== undefined || review.status !== 'belum' || review.comment.trim() !== '';

/**
 * Two mentor stores combined (import with "Gabungkan" on Data saya): every package of both is kept by the same rules
 * (a received time is never later than now); the region's lists are joined. The mentor's own verdicts stay: a verdict
 * from the file is taken only where this browser's is untouched ("Ganti semua" replaces everything instead).
 */
export function mergeMentorStores(current: MentorStore, incoming: MentorStore, now = new Date()): MentorStore {
  const notLater = (iso: string) => (Date.parse(iso) > now.getTime() ? now.toISOString() : iso);
  let store: MentorStore = {
    mentor: current.mentor || incoming.mentor,
    ...(current.region || incoming.region ? { region: current.region || incoming.region } : {}),
    regionUnits: parseUnitList(`${current.regionUnits}\n${incoming.regionUnits}`).join('\n'),
    units: current.units,
  };
  for (const theirs of incoming.units) {
    for (const { payload, receivedAt } of [{ payload: theirs.current, receivedAt: theirs.receivedAt }, ...theirs.history])
      store = addPackage(store, payload, notLater(receivedAt)).store;
    const kept = (ours: Reviews) =>
      Object.fromEntries(DELIVERABLES.map((d) => [d, touched(ours[d]) ? ours[d] : theirs.reviews[d]])) as Reviews;
    const known = current.units.some((u) => u.key === theirs.key);
    store = {
      ...store,
      units: store.units.map((ours) =>
        ours.key === theirs.key ? { ...ours, reviews: known ? kept(ours.reviews) : theirs.reviews } : ours,
      ),
    };
  }
  return store;
}

/** The region's units from typed or pasted text: one per line (or separated by semicolons), numbering and bullets removed, each once. */
export function parseUnitList(text: string): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const raw of text.split(/[\n;]+/)) {
    const name = raw.replace(/^\s*(?:\d+[.)]|[-*•])\s*/, '').trim();
    const key = unitKey(name);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    names.push(name);
  }
  return names;
}

export function summarizeMentorStore(store: MentorStore): string {
  return `${store.units.length} unit mengirim paket; daftar wilayah ${parseUnitList(store.regionUnits).length} unit`;
}

export function isMentorStoreEmpty(store: MentorStore): boolean {
  return !store.units.length && !store.regionUnits.trim() && !store.mentor.trim();
}
