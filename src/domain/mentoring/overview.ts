/**
 * The regional overview: one row per unit from its current package, the region's averages, sorting, and the units
 * of the region's list that have not sent anything yet. Scores are the unit's own (computed on its side).
 */
import type { MentoredUnit, MentorStore, PackageMonitoring } from '@/schemas/mentoring';
import { reviewState, type ReviewState } from './review-state';
import type { ReleaseAttempt } from '@/schemas/press-release-work';
import { overallPercent, sectionPercent } from '@/domain/plan/percent';
import { parseUnitList, unitKey } from './mentor-store';

/** A press release's rubric score in percent. */
export const releasePercent = (attempt: Pick<ReleaseAttempt, 'points' | 'max'>) =>
  attempt.max === 0 ? 0 : Math.round((attempt.points / attempt.max) * 100);

/**
 * A record's own value for `key`, never one inherited from Object.prototype: ids come from files, and an id such as
 * "constructor" must read as "no value", not as a function.
 */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Top risks shown per unit. */
export const TOP_RISKS = 3;

export interface OverviewRow {
  key: string;
  name: string;
  type: string;
  /** The unit's Kantor Wilayah as its package says ('' when the package has none). */
  region: string;
  receivedAt: string;
  createdAt: string;
  /** Readiness per dimension id (0–100); absent dimension = not assessed. */
  dimensions: Record<string, number>;
  overall: number | null;
  topRisks: { name: string; score: number }[];
  /** Plan completeness per section (percent), in section order; empty when no plan was sent. */
  planSections: { id: string; title: string; percent: number }[];
  plan: number | null;
  /** Best score among the releases sent (percent), null when none was sent. */
  release: number | null;
  releases: number;
  /** Per deliverable: not sent, not reviewed, the verdict, or a verdict given on an older package. */
  statuses: Record<'asesmen' | 'rencana' | 'siaran-pers', ReviewState>;
  /** Older packages kept. */
  history: number;
  /** The issue register's and narrative record's numbers, when the unit sent them. */
  monitoring: PackageMonitoring | null;
}

export interface DimensionColumn {
  id: string;
  name: string;
}

export function overviewRow(unit: MentoredUnit): OverviewRow {
  const { assessment, risks, plan, releases } = unit.current.contents;
  return {
    key: unit.key,
    name: unit.current.unit.name,
    type: unit.current.unit.type,
    region: unit.current.unit.region ?? '',
    receivedAt: unit.receivedAt,
    createdAt: unit.current.createdAt,
    dimensions: Object.fromEntries((assessment?.dimensions ?? []).map((d) => [d.id, d.score])),
    overall: assessment ? assessment.overall : null,
    topRisks: (risks ?? []).slice(0, TOP_RISKS).map((r) => ({ name: r.name, score: r.score })),
    planSections: (plan?.sections ?? []).map((s) => ({ id: s.id, title: s.title, percent: sectionPercent(s) })),
    plan: plan ? overallPercent(plan.sections) : null,
    release: releases.length === 0 ? null : Math.max(...releases.map(releasePercent)),
    releases: releases.length,
    statuses: {
      asesmen: reviewState(unit, 'asesmen'),
      rencana: reviewState(unit, 'rencana'),
      'siaran-pers': reviewState(unit, 'siaran-pers'),
    },
    history: unit.history.length,
    monitoring: unit.current.contents.monitoring ?? null,
  };
}

/** One overview cell: open issues, escalations and the balance of aims. */
export function monitoringCell(m: PackageMonitoring | null): string {
  if (!m) return '—';
  return `${m.openIssues} isu terbuka, ${m.escalations} eskalasi; publikasi: pemahaman ${m.aims.pemahaman}, keterlibatan ${m.aims.keterlibatan}, kebijakan ${m.aims['dukungan-kebijakan']}`;
}

/** The region's totals of the monitoring numbers, over the units that sent them. */
export function regionMonitoringTotals(rows: readonly OverviewRow[]): (PackageMonitoring & { units: number }) | null {
  const sent = rows.flatMap((r) => (r.monitoring ? [r.monitoring] : []));
  if (sent.length === 0) return null;
  const sum = (pick: (m: PackageMonitoring) => number) => sent.reduce((n, m) => n + pick(m), 0);
  return {
    units: sent.length,
    days: Math.max(...sent.map((m) => m.days)),
    openIssues: sum((m) => m.openIssues),
    newIssues: sum((m) => m.newIssues),
    escalations: sum((m) => m.escalations),
    aims: {
      pemahaman: sum((m) => m.aims.pemahaman),
      keterlibatan: sum((m) => m.aims.keterlibatan),
      'dukungan-kebijakan': sum((m) => m.aims['dukungan-kebijakan']),
    },
  };
}

/** Every dimension any unit was assessed on, in the order first met (units share a questionnaire, so this is its order). */
export function dimensionColumns(units: readonly MentoredUnit[]): DimensionColumn[] {
  const columns = new Map<string, string>();
  for (const unit of units)
    for (const d of unit.current.contents.assessment?.dimensions ?? []) if (!columns.has(d.id)) columns.set(d.id, d.name);
  return [...columns].map(([id, name]) => ({ id, name }));
}

/** Plan sections any unit sent, in the order first met. */
export function sectionColumns(rows: readonly OverviewRow[]): { id: string; title: string }[] {
  const columns = new Map<string, string>();
  for (const row of rows) for (const s of row.planSections) if (!columns.has(s.id)) columns.set(s.id, s.title);
  return [...columns].map(([id, title]) => ({ id, title }));
}

const mean = (values: readonly number[]) => (values.length === 0 ? null : Math.round(values.reduce((a, b) => a + b, 0) / values.length));

export interface RegionAverages {
  units: number;
  /** Per dimension id, over the units assessed on it. */
  dimensions: Record<string, number | null>;
  overall: number | null;
  /** Per plan section id, over the units that sent a plan. */
  planSections: Record<string, number | null>;
  plan: number | null;
  release: number | null;
}

/** Averages over the units that sent each part (a unit that sent no plan does not count as 0%); rounded. */
export function regionAverages(rows: readonly OverviewRow[], dimensions: readonly DimensionColumn[]): RegionAverages {
  const numbers = (pick: (row: OverviewRow) => number | null | undefined) =>
    rows.map(pick).filter((v): v is number => typeof v === 'number');
  return {
    units: rows.length,
    dimensions: Object.fromEntries(dimensions.map((d) => [d.id, mean(numbers((r) => ownValue(r.dimensions, d.id)))])),
    overall: mean(numbers((r) => r.overall)),
    planSections: Object.fromEntries(
      sectionColumns(rows).map((s) => [s.id, mean(numbers((r) => r.planSections.find((p) => p.id === s.id)?.percent))]),
    ),
    plan: mean(numbers((r) => r.plan)),
    release: mean(numbers((r) => r.release)),
  };
}

/** Columns the overview sorts by: unit name, type, date received, overall, one dimension ("dimensi:<id>"), plan, release. */
export type SortColumn = 'unit' | 'jenis' | 'kanwil' | 'diterima' | 'keseluruhan' | 'rencana' | 'siaran-pers' | `dimensi:${string}`;
export type SortDirection = 'ascending' | 'descending';

function sortValue(row: OverviewRow, column: SortColumn): string | number | null {
  switch (column) {
    case 'unit':
      return row.name.toLocaleLowerCase('id');
    case 'jenis':
      return row.type || null;
    case 'kanwil':
      return row.region || null;
    case 'diterima':
      return row.receivedAt;
    case 'keseluruhan':
      return row.overall;
    case 'rencana':
      return row.plan;
    case 'siaran-pers':
      return row.release;
    default:
      return ownValue(row.dimensions, column.slice('dimensi:'.length)) ?? null;
  }
}

/** One collator for every comparison: localeCompare builds one per call, which is slow over hundreds of rows. */
const collator = new Intl.Collator('id');

/** A sorted copy. Units without a value (not assessed, no plan) come last in both directions; ties keep name order. */
export function sortRows(rows: readonly OverviewRow[], column: SortColumn, direction: SortDirection): OverviewRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const byName = (a: OverviewRow, b: OverviewRow) => collator.compare(a.name, b.name);
  return [...rows].sort((a, b) => {
    const x = sortValue(a, column);
    const y = sortValue(b, column);
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return order === 0 ? byName(a, b) : sign * order;
  });
}

/** Units of the region's list that have not sent a package, in the list's order. */
export function missingUnits(store: MentorStore): string[] {
  const sent = new Set(store.units.map((u) => u.key));
  return parseUnitList(store.regionUnits).filter((name) => !sent.has(unitKey(name)));
}
