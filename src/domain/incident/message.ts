/** The message prepared for the people to tell (kept apart from the report, which loads only when printing). */
import type { CrisisLevelEntry } from '@/domain/crisis-model/levels';
import { findLevel, levelLabel } from '@/domain/crisis-model/levels';
import { confirmedFacts, type IncidentView } from './state';

export const DRILL_MARK = 'LATIHAN';

/**
 * The message prepared for a person to tell: the confirmed facts only (never the unconfirmed or not-to-publish ones),
 * the level and who writes. A drill says LATIHAN first, so a forwarded message is never taken for a real one.
 */
export function preparedMessage(
  view: IncidentView,
  levels: readonly CrisisLevelEntry[],
  drill: boolean,
  time: (iso: string) => string,
): string {
  const facts = confirmedFacts(view);
  return [
    drill ? `[${DRILL_MARK}: bukan kejadian nyata]` : '',
    `Laporan kejadian${view.unit ? ` ${view.unit}` : ''}: ${view.what || '—'}.`,
    view.reportedAt ? `Pertama diketahui ${time(view.reportedAt)}.` : '',
    // "model latihan" here would read as "a drill" to a superior: say it is humas's estimate, not a formal decision.
    view.level === undefined
      ? ''
      : `Perkiraan tingkat: ${levelLabel(findLevel(levels, view.level))} (perkiraan humas, belum penetapan resmi).`,
    facts.length ? `Yang sudah pasti:\n${facts.map((f) => `- ${f}`).join('\n')}` : 'Belum ada fakta yang pasti; kabar berikutnya menyusul.',
    view.reportedBy ? `Pelapor: ${view.reportedBy}.` : '',
  ]
    .filter(Boolean)
    .join('\n');
}
