/**
 * Early warning: which register entries need attention now, and why, in words an officer can check. Pure functions of
 * the register, the time and the unit's top risks (from its risk map), so each rule's boundary is tested exactly.
 * These are training-model rules, not official criteria.
 */
import type { IssueEntry, IssueStatus } from '@/schemas/monitoring';

export type WarningRuleId = 'tingkat-tinggi' | 'negatif-jangkauan-tinggi' | 'risiko-utama' | 'topik-berulang' | 'waktu-cek-lewat';

export interface Warning {
  rule: WarningRuleId;
  /** The reason, in plain Indonesian, for this entry. */
  reason: string;
}

/** What every rule may look at besides the entry. */
export interface WarningContext {
  /** The time now (ISO). */
  now: string;
  /** The whole register (for the topic rule). */
  entries: readonly IssueEntry[];
  /** The unit's top risks from its risk map: crisis type id → name. */
  topRisks: ReadonlyMap<string, string>;
}

/** The rules as the page explains them, in the order they are checked. */
export const WARNING_RULES: readonly { id: WarningRuleId; explanation: string }[] = [
  {
    id: 'tingkat-tinggi',
    explanation:
      'Tingkatnya dinilai 2 (Waspada) atau lebih. Jangan menunggu ringkasan pagi: pada model latihan, Kepala UPT diberi tahu dalam 30 menit untuk tingkat 2 dan dalam 10 menit untuk tingkat 3 dan 4.',
  },
  { id: 'negatif-jangkauan-tinggi', explanation: 'Nadanya negatif dan jangkauannya tinggi (sudah viral atau diangkat media).' },
  { id: 'risiko-utama', explanation: 'Jenis krisisnya termasuk tiga risiko teratas di peta risiko unit Anda.' },
  { id: 'topik-berulang', explanation: 'Tiga catatan atau lebih tentang topik yang sama muncul dalam 48 jam.' },
  { id: 'waktu-cek-lewat', explanation: 'Waktu cek ulang yang Anda tetapkan sudah lewat.' },
];

/** How many of the risk map's highest risks count as the unit's top risks. */
export const TOP_RISK_COUNT = 3;
/** Three entries on one topic within this window raise a warning. */
export const TOPIC_WINDOW_MS = 48 * 60 * 60 * 1000;
export const TOPIC_MIN_ENTRIES = 3;

/** Entries still being worked on. A closed or escalated entry is never flagged: someone already acted on it. */
export const OPEN_STATUSES: readonly IssueStatus[] = ['baru', 'dipantau', 'ditangani'];
export function isOpen(entry: Pick<IssueEntry, 'status'>): boolean {
  return OPEN_STATUSES.includes(entry.status);
}

/** The level model's own clock applies from level 2: such an issue is reported now, not in tomorrow's summary. */
export const URGENT_LEVEL = 2;

export function highLevel(entry: IssueEntry): Warning | null {
  return entry.level !== undefined && entry.level >= URGENT_LEVEL
    ? {
        rule: 'tingkat-tinggi',
        reason: `Dinilai tingkat ${entry.level}: laporkan kepada Kepala UPT sekarang, lalu bawa ke ruang krisis (model latihan).`,
      }
    : null;
}

export function negativeHighReach(entry: IssueEntry): Warning | null {
  return entry.sentiment === 'negatif' && entry.reach === 'tinggi'
    ? { rule: 'negatif-jangkauan-tinggi', reason: 'Nada negatif dengan jangkauan tinggi.' }
    : null;
}

export function aboutTopRisk(entry: IssueEntry, topRisks: ReadonlyMap<string, string>): Warning | null {
  const name = entry.crisisTypeId ? topRisks.get(entry.crisisTypeId) : undefined;
  return name ? { rule: 'risiko-utama', reason: `Menyangkut “${name}”, salah satu risiko teratas di peta risiko unit.` } : null;
}

/**
 * Three entries of the entry's topic whose times lie within 48 hours of each other (exactly 48 hours still counts),
 * the entry itself among them or not: the whole topic is heating up.
 */
export function repeatedTopic(entry: IssueEntry, entries: readonly IssueEntry[]): Warning | null {
  const times = entries
    .filter((other) => other.topicId === entry.topicId)
    .map((other) => Date.parse(other.seenAt))
    .sort((a, b) => a - b);
  for (let i = 0; i + TOPIC_MIN_ENTRIES - 1 < times.length; i++) {
    if (times[i + TOPIC_MIN_ENTRIES - 1]! - times[i]! <= TOPIC_WINDOW_MS) {
      return { rule: 'topik-berulang', reason: `Topik ini tercatat ${times.length} kali; ${TOPIC_MIN_ENTRIES} di antaranya dalam 48 jam.` };
    }
  }
  return null;
}

/** The check-again time has passed: strictly after it (at the very minute it is still on time). */
export function checkAgainPassed(entry: IssueEntry, now: string): Warning | null {
  return entry.checkAgainAt && Date.parse(now) > Date.parse(entry.checkAgainAt)
    ? { rule: 'waktu-cek-lewat', reason: 'Waktu cek ulang sudah lewat.' }
    : null;
}

/** Every warning for one entry; none for an entry that is closed or escalated. */
export function warningsFor(entry: IssueEntry, context: WarningContext): Warning[] {
  if (!isOpen(entry)) return [];
  return [
    highLevel(entry),
    negativeHighReach(entry),
    aboutTopRisk(entry, context.topRisks),
    repeatedTopic(entry, context.entries),
    checkAgainPassed(entry, context.now),
  ].filter((warning): warning is Warning => warning !== null);
}

/** Warnings for every entry of the register, by entry id (flagged entries only). */
export function registerWarnings(context: WarningContext): Map<string, Warning[]> {
  const flagged = new Map<string, Warning[]>();
  for (const entry of context.entries) {
    const warnings = warningsFor(entry, context);
    if (warnings.length) flagged.set(entry.id, warnings);
  }
  return flagged;
}
