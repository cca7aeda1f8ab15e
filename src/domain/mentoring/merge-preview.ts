/** What Data saya's "Gabungkan" would change in the mentor's overview: loaded only for an import preview. */
import { DELIVERABLES, type MentorStore } from '@/schemas/mentoring';
import { mergeMentorStores } from './mentor-store';
import { DELIVERABLE_SHORT_LABELS } from './review-state';

const REVIEW_WORDS = { belum: 'belum ditinjau', 'perlu-perbaikan': 'perlu perbaikan', diterima: 'diterima' } as const;
/** What "Gabungkan" would change, counted: the summary line above the list. */
export interface MergeCounts {
  newUnits: number;
  /** Packages of the new units. */
  newUnitPackages: number;
  /** Known units whose current package would be one from the file. */
  madeCurrent: number;
  /** Older packages from the file added to known units' history. */
  addedToHistory: number;
  /** Verdicts taken from the file (this browser's were untouched). */
  reviewsTaken: number;
  /** The mentor's verdicts that stay although the file says otherwise. */
  reviewsKept: number;
}

const n = (value: number) => value.toLocaleString('id-ID');

/** The counts as one sentence; it ends by saying that nothing already here is lost. */
export function mergeSummary(counts: MergeCounts): string {
  return `Ringkasan: ${n(counts.newUnits)} unit baru (${n(counts.newUnitPackages)} paket), ${n(counts.madeCurrent)} paket dari berkas menjadi paket terbaru, ${n(counts.addedToHistory)} paket lama ditambahkan ke riwayat, ${n(counts.reviewsTaken)} status tinjauan diambil dari berkas, ${n(counts.reviewsKept)} status Anda tetap. Unit dan paket yang sudah ada di peramban ini tetap ada.`;
}

/** What "Gabungkan" would change, counted and one line each: packages added or made current, verdicts taken or kept. */
export function describeMentorMerge(
  current: MentorStore,
  incoming: MentorStore,
  now = new Date(),
): { counts: MergeCounts; lines: string[] } {
  const merged = mergeMentorStores(current, incoming, now);
  const lines: string[] = [];
  const counts: MergeCounts = { newUnits: 0, newUnitPackages: 0, madeCurrent: 0, addedToHistory: 0, reviewsTaken: 0, reviewsKept: 0 };
  for (const unit of merged.units) {
    const before = current.units.find((u) => u.key === unit.key);
    const name = unit.current.unit.name;
    if (!before) {
      lines.push(`Unit baru: ${name} (${1 + unit.history.length} paket).`);
      counts.newUnits++;
      counts.newUnitPackages += 1 + unit.history.length;
      continue;
    }
    const changedCurrent = before.current.id !== unit.current.id;
    if (changedCurrent) {
      counts.madeCurrent++;
      lines.push(
        `${name}: paket dari berkas (dibuat ${unit.current.createdAt.slice(0, 10)}) menjadi paket terbaru; status tinjauan Anda ditandai untuk paket lama.`,
      );
    }
    // A package from the file made current pushes the one here into the history: that one is not new.
    const added = unit.history.length - before.history.length - (changedCurrent ? 1 : 0);
    counts.addedToHistory += Math.max(0, added);
    if (added > 0) lines.push(`${name}: ${added} paket lama ditambahkan ke riwayat.`);
    const theirs = incoming.units.find((u) => u.key === unit.key);
    for (const d of DELIVERABLES) {
      const ours = before.reviews[d];
      const file = theirs?.reviews[d];
      if (!file || (file.status === ours.status && file.comment === ours.comment)) continue;
      if (unit.reviews[d] === ours) counts.reviewsKept++;
      else counts.reviewsTaken++;
      lines.push(
        unit.reviews[d] === ours
          ? `${name}, ${DELIVERABLE_SHORT_LABELS[d]}: status Anda “${REVIEW_WORDS[ours.status]}” tetap (berkas berisi “${REVIEW_WORDS[file.status]}”; pilih “Ganti semua” untuk memakai isi berkas).`
          : `${name}, ${DELIVERABLE_SHORT_LABELS[d]}: status “${REVIEW_WORDS[file.status]}” dari berkas diambil (di peramban ini belum ditinjau).`,
      );
    }
  }
  return { counts, lines };
}
