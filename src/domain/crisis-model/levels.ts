/**
 * The crisis-level model, read from the 'crisis-levels' collection (src/content/crisis-levels/tingkat-krisis.yaml):
 * labels, and the deadlines each level sets, in minutes after the unit first learns of the event. A training model,
 * not an official rule. Pure functions, so the triage, the plan builder and the tools built on them (crisis room,
 * issue register) compute the same times. Components pass the entries in (as build data for the browser).
 */
import type { CrisisLevelEntry, ReportParty } from '@/schemas/crisis-level';

export type { CrisisLevelEntry, ReportParty } from '@/schemas/crisis-level';

/** The names of the parties a report goes to: full at first use on a page, short afterwards. */
export const REPORT_PARTY_NAMES: Record<ReportParty, { full: string; short: string }> = {
  'kepala-upt': { full: 'Kepala UPT', short: 'Kepala UPT' },
  kanwil: { full: 'Kantor Wilayah Direktorat Jenderal Pemasyarakatan', short: 'Kanwil Ditjenpas' },
  ditjenpas: { full: 'Direktorat Jenderal Pemasyarakatan (Ditjenpas)', short: 'Ditjenpas' },
};

/** "Tingkat 3: Siaga". */
export function levelLabel(level: Pick<CrisisLevelEntry, 'level' | 'name'>): string {
  return `Tingkat ${level.level}: ${level.name}`;
}

/** The level with this number; throws when the model has none (a stored record from a different model). */
export function findLevel(levels: readonly CrisisLevelEntry[], level: number): CrisisLevelEntry {
  const found = levels.find((entry) => entry.level === level);
  if (!found) throw new RangeError(`Tingkat ${level} tidak ada dalam model tingkat krisis.`);
  return found;
}

/** The levels lowest first. */
export function sortLevels(levels: readonly CrisisLevelEntry[]): CrisisLevelEntry[] {
  return [...levels].sort((a, b) => a.level - b.level);
}

/** "dalam 10 menit", "dalam 1 jam", "dalam 1 jam 30 menit"; without minutes, the routine report. */
export function formatWithin(minutes: number | undefined): string {
  if (minutes === undefined) return 'dalam laporan harian';
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `dalam ${rest} menit`;
  return rest === 0 ? `dalam ${hours} jam` : `dalam ${hours} jam ${rest} menit`;
}

export type DeadlineId = ReportParty | 'pernyataan-awal' | 'kabar-berikutnya';

export interface Deadline {
  id: DeadlineId;
  /** What is due, e.g. "Lapor ke Kanwil Ditjenpas". */
  label: string;
  /** Who does it. */
  by: string;
  /** Minutes after the first report; undefined: routine (daily report) or "when there is news". */
  minutes: number | undefined;
  note?: string;
}

/**
 * Everything a level puts on the clock, soonest first: the reports up the chain, the holding statement, and
 * (for the levels that set one) the interval to the next update, counted from the holding statement.
 */
export function levelDeadlines(level: CrisisLevelEntry): Deadline[] {
  const deadlines: Deadline[] = level.reports.map((step) => ({
    id: step.party,
    label: `Lapor ke ${REPORT_PARTY_NAMES[step.party].short}`,
    by: step.by,
    minutes: step.withinMinutes,
    ...(step.note ? { note: step.note } : {}),
  }));
  if (level.holdingStatementWithinMinutes !== undefined) {
    deadlines.push({
      id: 'pernyataan-awal',
      label: 'Pernyataan awal siap dan disetujui',
      by: 'Koordinator humas, disetujui Kepala UPT',
      minutes: level.holdingStatementWithinMinutes,
    });
  }
  if (level.nextUpdateWithinMinutes !== undefined && level.holdingStatementWithinMinutes !== undefined) {
    deadlines.push({
      id: 'kabar-berikutnya',
      label: 'Kabar berikutnya',
      by: updatesGivenBy(level.level),
      minutes: level.holdingStatementWithinMinutes + level.nextUpdateWithinMinutes,
      note: `lalu setiap ${formatWithin(level.nextUpdateWithinMinutes).replace('dalam ', '')}`,
    });
  }
  return deadlines.sort((a, b) => (a.minutes ?? Infinity) - (b.minutes ?? Infinity));
}

/**
 * Who answers the media and gives the updates (the model's "speaks"): at level 1 the humas coordinator, at level 4 the
 * unit head after the holding statement, otherwise the spokesperson.
 */
export function updatesGivenBy(level: number | undefined): string {
  return level === 4 ? 'Kepala UPT' : level === 1 ? 'Koordinator humas' : 'Juru bicara';
}

/** The minutes within which a party is told at a level, or undefined when it is not told (or only routinely). */
export function reportMinutes(level: CrisisLevelEntry, party: ReportParty): number | undefined {
  return level.reports.find((step) => step.party === party)?.withinMinutes;
}

/** The moment a deadline falls, from the moment the unit learned of the event. */
export function dueAt(start: Date, minutes: number): Date {
  return new Date(start.getTime() + minutes * 60_000);
}

/** One line saying who is told and how fast, e.g. "Kepala UPT dalam 10 menit; Kanwil Ditjenpas dalam 30 menit (oleh Kepala UPT, sebelum pernyataan resmi)". */
export function reportSummary(level: CrisisLevelEntry): string {
  return level.reports
    .map((step) => {
      const details = [
        step.party === 'kepala-upt' ? '' : `oleh ${step.by}`,
        step.note && step.withinMinutes !== undefined ? step.note : '',
      ].filter(Boolean);
      const when = step.withinMinutes === undefined ? (step.note ?? formatWithin(undefined)) : formatWithin(step.withinMinutes);
      return `${REPORT_PARTY_NAMES[step.party].short} ${when}${details.length ? ` (${details.join(', ')})` : ''}`;
    })
    .join('; ');
}

/**
 * The first-hour checklist's two report items ("lapor-kepala-upt", "lapor-kanwil") worded for a level: the checklist's
 * file states level 3's times, and the crisis room shows the times of the incident's level. Undefined for other items.
 */
export function firstHourReportItem(itemId: string, level: CrisisLevelEntry): string | undefined {
  const within = (party: ReportParty) => {
    const step = level.reports.find((candidate) => candidate.party === party);
    if (!step) return undefined;
    return step.withinMinutes === undefined ? (step.note ?? formatWithin(undefined)) : formatWithin(step.withinMinutes);
  };
  const head = within('kepala-upt');
  const kanwil = within('kanwil');
  if (itemId === 'lapor-kepala-upt' && head)
    return `Beri laporan singkat kepada Kepala UPT ${head}${level.reports[0]?.withinMinutes === undefined ? '' : ' pertama'}.`;
  if (itemId === 'lapor-kanwil' && kanwil) return `Pastikan Kepala UPT sudah melapor ke Kanwil Ditjenpas ${kanwil}.`;
  return undefined;
}

/**
 * Problems that would make the model teach two things at once: numbers not 1…n, an id that does not match its
 * number, a report that goes up the chain faster than the step below it, or a higher level that is slower (or tells
 * fewer parties) than a lower one. Empty when the model is coherent.
 */
export function findLevelModelProblems(levels: readonly CrisisLevelEntry[]): string[] {
  const problems: string[] = [];
  const sorted = sortLevels(levels);
  sorted.forEach((entry, index) => {
    if (entry.level !== index + 1)
      problems.push(`Tingkat harus bernomor 1 sampai ${sorted.length} tanpa lompatan (ditemukan ${entry.level}).`);
    if (entry.id !== `tingkat-${entry.level}`) problems.push(`Id “${entry.id}” tidak sesuai dengan nomor ${entry.level}.`);
    const parties = entry.reports.map((step) => step.party);
    if (parties.join() !== ['kepala-upt', 'kanwil', 'ditjenpas'].slice(0, parties.length).join()) {
      problems.push(`Tingkat ${entry.level}: laporan harus naik berurutan dari Kepala UPT ke Kanwil Ditjenpas lalu Ditjenpas.`);
    }
    let previous = 0;
    for (const step of entry.reports) {
      if (step.withinMinutes === undefined) continue;
      if (step.withinMinutes < previous)
        problems.push(`Tingkat ${entry.level}: ${step.party} diberi tahu lebih cepat daripada pihak di bawahnya.`);
      previous = step.withinMinutes;
    }
    const lower = sorted[index - 1];
    if (!lower) return;
    for (const step of lower.reports) {
      const here = entry.reports.find((candidate) => candidate.party === step.party);
      if (!here) problems.push(`Tingkat ${entry.level} tidak memberi tahu ${step.party}, padahal tingkat ${lower.level} memberi tahu.`);
      else if (step.withinMinutes !== undefined && (here.withinMinutes === undefined || here.withinMinutes > step.withinMinutes)) {
        problems.push(`Tingkat ${entry.level} memberi tahu ${step.party} lebih lambat daripada tingkat ${lower.level}.`);
      }
    }
  });
  return problems;
}

/** A level as a row of the plan's escalation section (section 8), filled from the model. */
export interface PlanEscalationLevel {
  level: string;
  criteria: string;
  response: string;
  reportTo: string;
}

export function planEscalationLevels(levels: readonly CrisisLevelEntry[]): PlanEscalationLevel[] {
  return sortLevels(levels).map((entry) => ({
    level: levelLabel(entry),
    criteria: entry.criteria,
    response: `${entry.lead} ${entry.holdingStatement}`,
    reportTo: reportSummary(entry),
  }));
}
