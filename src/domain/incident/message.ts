/** The message prepared for the people to tell (kept apart from the report, which loads only when printing). */
import type { CrisisLevelEntry } from '@/domain/crisis-model/levels';
import { findLevel } from '@/domain/crisis-model/levels';
import { confirmedFacts, dataLeakNoticeDue, type IncidentView } from './state';

export const DRILL_MARK = 'LATIHAN';

/**
 * The internal report for a person to tell (the unit head, the Kanwil): marked internal so a forwarded copy says what it
 * is; the confirmed facts, then the unconfirmed ones labelled as such (a superior must hear of a possible death), and
 * only the number of facts not to publish (those go by phone). A drill says LATIHAN first, so a forwarded message is
 * never taken for a real one. A data leak names its legal deadline.
 */
export function preparedMessage(
  view: IncidentView,
  levels: readonly CrisisLevelEntry[],
  drill: boolean,
  time: (iso: string) => string,
): string {
  const facts = confirmedFacts(view);
  const unconfirmed = view.facts.filter((f) => f.status === 'belum-pasti').map((f) => f.text);
  const notToPublish = view.facts.filter((f) => f.status === 'jangan-dipublikasikan').length;
  const level = view.level === undefined ? undefined : findLevel(levels, view.level);
  const leakNoticeDue = dataLeakNoticeDue(view);
  return [
    drill ? `[${DRILL_MARK}: bukan kejadian nyata]` : '',
    `LAPORAN INTERNAL (bukan untuk publik)${view.unit ? ` — ${view.unit}` : ''}: ${view.what || '—'}.`,
    view.reportedAt ? `Pertama diketahui ${time(view.reportedAt)}.` : '',
    // "model latihan" here would read as "a drill" to a superior: say it is humas's estimate, not a formal decision.
    level ? `Tingkat krisis ${level.level} (${level.name}): perkiraan humas, belum ditetapkan resmi.` : '',
    leakNoticeDue
      ? `Kebocoran data pribadi: UU No. 27 Tahun 2022, Pasal 46, meminta pemberitahuan tertulis kepada orang yang datanya bocor dan kepada lembaga paling lambat 3 × 24 jam. Tenggat yang kami hitung: ${time(leakNoticeDue)}, dari jam unit pertama kali tahu; kirim secepatnya.`
      : '',
    facts.length ? `Yang sudah pasti:\n${facts.map((f) => `- ${f}`).join('\n')}` : 'Belum ada fakta yang pasti; kabar berikutnya menyusul.',
    unconfirmed.length ? `Masih diperiksa (belum pasti):\n${unconfirmed.map((f) => `- ${f}`).join('\n')}` : '',
    notToPublish ? `Ada ${notToPublish} fakta lain yang tidak untuk dipublikasikan; saya sampaikan lewat telepon.` : '',
    view.reportedBy ? `Pelapor: ${view.reportedBy}.` : '',
  ]
    .filter(Boolean)
    .join('\n');
}
