/**
 * The grand strategy's month report: per aim, what was published (outputs) and the numbers read off the platforms,
 * and whether the month kept a balance between the three aims. The balance rule is a training rule of thumb: an aim
 * with no output at all, or one aim holding more than two thirds of the outputs, is pointed out.
 */
import { AIMS, AIM_NAMES, type Aim, type NarrativeEntry } from '@/schemas/monitoring';
import { dayKey } from './calendar';

export interface AimTotals {
  aim: Aim;
  outputs: number;
  /** Share of the month's outputs, 0–100, rounded. */
  share: number;
  views: number;
  reactions: number;
  shares: number;
  mediaPickups: number;
}

export interface NarrativeMonthReport {
  month: string;
  entries: NarrativeEntry[];
  aims: AimTotals[];
  total: number;
  /** Plain-language notes on the balance; empty when the month is balanced (or has no outputs). */
  balanceNotes: string[];
}

/** More than this share of the outputs on one aim is pointed out. */
export const DOMINANT_SHARE = 2 / 3;

export function narrativeMonthReport(entries: readonly NarrativeEntry[], month: string, timeZone?: string): NarrativeMonthReport {
  const inMonth = entries
    .filter((e) => dayKey(e.publishedAt, timeZone).startsWith(`${month}-`))
    .sort((a, b) => a.publishedAt.localeCompare(b.publishedAt));
  const total = inMonth.length;
  const aims = AIMS.map((aim): AimTotals => {
    const own = inMonth.filter((e) => e.aim === aim);
    const sum = (field: 'views' | 'reactions' | 'shares' | 'mediaPickups') => own.reduce((n, e) => n + (e[field] ?? 0), 0);
    return {
      aim,
      outputs: own.length,
      share: total ? Math.round((own.length / total) * 100) : 0,
      views: sum('views'),
      reactions: sum('reactions'),
      shares: sum('shares'),
      mediaPickups: sum('mediaPickups'),
    };
  });
  return { month, entries: inMonth, aims, total, balanceNotes: balanceNotes(aims, total) };
}

export function balanceNotes(aims: readonly Pick<AimTotals, 'aim' | 'outputs'>[], total: number): string[] {
  if (total === 0) return [];
  const notes = aims.filter((a) => a.outputs === 0).map((a) => `Belum ada keluaran untuk tujuan “${AIM_NAMES[a.aim]}” bulan ini.`);
  const dominant = aims.find((a) => a.outputs / total > DOMINANT_SHARE);
  if (dominant)
    notes.push(`Lebih dari dua pertiga keluaran bulan ini melayani “${AIM_NAMES[dominant.aim]}”. Seimbangkan dengan dua tujuan lainnya.`);
  return notes;
}
