/**
 * What the register tells the unit head: the daily summary in the module's WhatsApp format ("Pemantauan Selasa,
 * 08.30. Satu temuan baru: …"), and the numbers of the weekly report and the month view.
 */
import { ISSUE_MEDIUM_NAMES, SENTIMENTS, type IssueEntry, type Sentiment } from '@/schemas/monitoring';
import { addDays, clockTime, dayKey, dayName, longDay, monthDays, weekStart } from './calendar';
import { isOpen, type Warning } from './rules';

const NUMBER_WORDS = ['Tidak ada', 'Satu', 'Dua', 'Tiga', 'Empat', 'Lima', 'Enam', 'Tujuh', 'Delapan', 'Sembilan', 'Sepuluh'];
/** "Satu", "Dua" … "Sepuluh", then digits, as the module's example writes small counts. */
export function countWord(count: number): string {
  return NUMBER_WORDS[count] ?? String(count);
}

/** A finding counts as new in the daily summary when it was seen in the 24 hours before the summary. */
export const NEW_WINDOW_MS = 24 * 60 * 60 * 1000;

const REACH_WORDS = { rendah: 'jangkauan rendah', sedang: 'jangkauan sedang', tinggi: 'jangkauan tinggi' } as const;

function withFullStop(text: string): string {
  const trimmed = text.trim();
  return /[.!?…”"]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function describe(entry: IssueEntry, crisisTypeNames: ReadonlyMap<string, string>): string {
  const where = entry.sourceName.trim()
    ? `${ISSUE_MEDIUM_NAMES[entry.medium]} “${entry.sourceName.trim()}”`
    : ISSUE_MEDIUM_NAMES[entry.medium];
  const parts = [`${where}: ${withFullStop(entry.summary)}`, `Nada ${entry.sentiment}, ${REACH_WORDS[entry.reach]}.`];
  const type = crisisTypeNames.get(entry.crisisTypeId);
  if (type) parts.push(`Jenis: ${type}.`);
  if (entry.level) parts.push(`Tingkat ${entry.level}.`);
  if (entry.action.trim()) parts.push(`Tindakan: ${withFullStop(entry.action)}`);
  return parts.join(' ');
}

export interface DailySummaryInput {
  entries: readonly IssueEntry[];
  now: string;
  warnings: ReadonlyMap<string, Warning[]>;
  crisisTypeNames: ReadonlyMap<string, string>;
  timeZone?: string;
}

/** The daily report to the unit head, sent even when nothing new was found (module Pencegahan Isu, step 5). */
export function dailySummary({ entries, now, warnings, crisisTypeNames, timeZone }: DailySummaryInput): string {
  const nowTime = Date.parse(now);
  const isNew = (entry: IssueEntry) => nowTime - Date.parse(entry.seenAt) < NEW_WINDOW_MS && Date.parse(entry.seenAt) <= nowTime;
  const found = entries.filter(isNew).sort((a, b) => a.seenAt.localeCompare(b.seenAt));
  const lines = [`Pemantauan ${dayName(dayKey(now, timeZone))}, ${clockTime(now, timeZone)}.`];
  if (found.length === 0) lines[0] += ' Tidak ada temuan baru.';
  else if (found.length === 1) lines[0] += ` Satu temuan baru: ${describe(found[0]!, crisisTypeNames)}`;
  else {
    lines[0] += ` ${countWord(found.length)} temuan baru:`;
    found.forEach((entry, index) => lines.push(`${index + 1}. ${describe(entry, crisisTypeNames)}`));
  }
  const older = entries.filter((entry) => isOpen(entry) && !isNew(entry));
  if (older.length) lines.push(`Isu lama yang masih dipantau atau ditangani: ${older.length}.`);
  const flagged = entries.filter((entry) => warnings.has(entry.id)).sort((a, b) => a.number - b.number);
  if (flagged.length) {
    lines.push('Perlu perhatian Bapak/Ibu:');
    for (const entry of flagged) {
      lines.push(
        `- No. ${entry.number}: ${warnings
          .get(entry.id)!
          .map((w) => w.reason.replace(/\.$/, ''))
          .join('; ')}.`,
      );
    }
  }
  return lines.join('\n');
}

export interface PeriodBucket {
  label: string;
  count: number;
}

export interface PeriodReport {
  /** First and last day of the period ("YYYY-MM-DD"). */
  from: string;
  to: string;
  /** Entries first seen in the period, oldest first. */
  newEntries: IssueEntry[];
  /** Entries escalated in the period. */
  escalations: IssueEntry[];
  /** New entries by sentiment, every sentiment listed. */
  bySentiment: Record<Sentiment, number>;
  /** New entries by crisis type id, most first; '' (no type chosen) last. */
  byCrisisType: { crisisTypeId: string; count: number }[];
  /** New entries per day (week) or per week of the month: the trend chart and its table. */
  trend: PeriodBucket[];
  /** Entries still open today that have an action or an owner: who does what next. */
  openActions: IssueEntry[];
}

function report(
  entries: readonly IssueEntry[],
  days: readonly string[],
  buckets: { label: string; days: readonly string[] }[],
  timeZone?: string,
): PeriodReport {
  const inPeriod = new Set(days);
  const newEntries = entries.filter((e) => inPeriod.has(dayKey(e.seenAt, timeZone))).sort((a, b) => a.seenAt.localeCompare(b.seenAt));
  const bySentiment = Object.fromEntries(SENTIMENTS.map((s) => [s, 0])) as Record<Sentiment, number>;
  const types = new Map<string, number>();
  for (const entry of newEntries) {
    bySentiment[entry.sentiment] += 1;
    types.set(entry.crisisTypeId, (types.get(entry.crisisTypeId) ?? 0) + 1);
  }
  const seenDay = new Map(newEntries.map((e) => [e.id, dayKey(e.seenAt, timeZone)]));
  return {
    from: days[0]!,
    to: days.at(-1)!,
    newEntries,
    escalations: entries.filter((e) => e.escalatedAt && inPeriod.has(dayKey(e.escalatedAt, timeZone))),
    bySentiment,
    byCrisisType: [...types]
      .map(([crisisTypeId, count]) => ({ crisisTypeId, count }))
      .sort(
        (a, b) => Number(!a.crisisTypeId) - Number(!b.crisisTypeId) || b.count - a.count || a.crisisTypeId.localeCompare(b.crisisTypeId),
      ),
    trend: buckets.map((bucket) => ({
      label: bucket.label,
      count: newEntries.filter((e) => bucket.days.includes(seenDay.get(e.id)!)).length,
    })),
    openActions: entries.filter((e) => isOpen(e) && (e.action.trim() || e.owner.trim())).sort((a, b) => a.number - b.number),
  };
}

/** The week (Monday to Sunday) that holds `day`, counted per day. */
export function weekReport(entries: readonly IssueEntry[], day: string, timeZone?: string): PeriodReport {
  const monday = weekStart(day);
  const days = Array.from({ length: 7 }, (_, i) => addDays(monday, i));
  return report(
    entries,
    days,
    days.map((d) => ({ label: `${dayName(d).slice(0, 3)} ${longDay(d, false).split(' ')[0]}`, days: [d] })),
    timeZone,
  );
}

/** A month ("YYYY-MM"), counted per week: days 1–7, 8–14, 15–21, 22–28 and the rest. */
export function monthReport(entries: readonly IssueEntry[], month: string, timeZone?: string): PeriodReport {
  const days = monthDays(month);
  const buckets = [];
  for (let start = 0; start < days.length; start += 7) {
    const part = days.slice(start, start + 7);
    buckets.push({ label: `${Number(part[0]!.slice(8))}–${Number(part.at(-1)!.slice(8))}`, days: part });
  }
  return report(entries, days, buckets, timeZone);
}

/** How many entries of each crisis type were first seen in the `days` days up to `now` (for the risk map). */
export function recentCountsByType(entries: readonly IssueEntry[], now: string, days = 90): Map<string, number> {
  const since = Date.parse(now) - days * 24 * 60 * 60 * 1000;
  const counts = new Map<string, number>();
  for (const entry of entries) {
    const seen = Date.parse(entry.seenAt);
    if (entry.crisisTypeId && seen > since && seen <= Date.parse(now))
      counts.set(entry.crisisTypeId, (counts.get(entry.crisisTypeId) ?? 0) + 1);
  }
  return counts;
}
