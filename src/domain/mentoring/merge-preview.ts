/** What Data saya's "Gabungkan" would change in the mentor's overview: loaded only for an import preview. */
import { DELIVERABLES, type MentorStore } from '@/schemas/mentoring';
import { mergeMentorStores } from './mentor-store';

const REVIEW_WORDS = { belum: 'belum ditinjau', 'perlu-perbaikan': 'perlu perbaikan', diterima: 'diterima' } as const;
const DELIVERABLE_WORDS = { asesmen: 'asesmen', rencana: 'rencana', 'siaran-pers': 'siaran pers' } as const;

/** What "Gabungkan" would change, one line each: packages added or made current, verdicts taken or kept. */
export function describeMentorMerge(current: MentorStore, incoming: MentorStore, now = new Date()): string[] {
  const merged = mergeMentorStores(current, incoming, now);
  const lines: string[] = [];
  for (const unit of merged.units) {
    const before = current.units.find((u) => u.key === unit.key);
    const name = unit.current.unit.name;
    if (!before) {
      lines.push(`Unit baru: ${name} (${1 + unit.history.length} paket).`);
      continue;
    }
    if (before.current.id !== unit.current.id)
      lines.push(
        `${name}: paket dari berkas (dibuat ${unit.current.createdAt.slice(0, 10)}) menjadi paket terbaru; status tinjauan Anda ditandai untuk paket lama.`,
      );
    const added = unit.history.length + 1 - (before.history.length + 1);
    if (added > 0 && before.current.id === unit.current.id) lines.push(`${name}: ${added} paket lama ditambahkan ke riwayat.`);
    const theirs = incoming.units.find((u) => u.key === unit.key);
    for (const d of DELIVERABLES) {
      const ours = before.reviews[d];
      const file = theirs?.reviews[d];
      if (!file || (file.status === ours.status && file.comment === ours.comment)) continue;
      lines.push(
        unit.reviews[d] === ours
          ? `${name}, ${DELIVERABLE_WORDS[d]}: status Anda “${REVIEW_WORDS[ours.status]}” tetap (berkas berisi “${REVIEW_WORDS[file.status]}”; pilih “Ganti semua” untuk memakai isi berkas).`
          : `${name}, ${DELIVERABLE_WORDS[d]}: status “${REVIEW_WORDS[file.status]}” dari berkas diambil (di peramban ini belum ditinjau).`,
      );
    }
  }
  return lines;
}
