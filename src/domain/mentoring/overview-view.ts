/**
 * Which rows of the overview are drawn: a search by unit name, filters by unit type and review state, and pages of
 * ROWS_PER_PAGE. A region of hundreds of units stays quick to sort and to read: only one page is in the document.
 */
import type { OverviewRow } from './overview';
import { NO_REGION, regionKey, unitKey } from './mentor-store';

export const ROWS_PER_PAGE = 50;

export interface RowFilter {
  /** Part of the unit's name; case, spaces and punctuation ignored (as unit names are matched everywhere). */
  query: string;
  /** A unit type, or '' for all. */
  type: string;
  /** A Kantor Wilayah (its unitKey; NO_REGION for packages without one), or '' for all. */
  region?: string;
  /** A review state that at least one deliverable is in, or '' for all. */
  state: string;
}

/** The regions the rows name, for the filter: one per key, with the spelling first met, sorted by name. */
export function regionChoices(rows: readonly Pick<OverviewRow, 'region'>[]): { value: string; label: string }[] {
  const choices = new Map<string, string>();
  for (const row of rows) {
    const key = regionKey(row.region);
    if (!choices.has(key)) choices.set(key, key === NO_REGION ? 'Belum diisi' : row.region.trim());
  }
  return [...choices]
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => (a.value === NO_REGION ? 1 : b.value === NO_REGION ? -1 : a.label.localeCompare(b.label, 'id')));
}

export function filterRows(rows: readonly OverviewRow[], filter: RowFilter): OverviewRow[] {
  const query = unitKey(filter.query);
  return rows.filter(
    (row) =>
      (!query || row.key.includes(query)) && // row.key is unitKey(name)
      (!filter.type || row.type === filter.type) &&
      (!filter.region || regionKey(row.region) === filter.region) &&
      (!filter.state || Object.values(row.statuses).some((state) => state === filter.state)),
  );
}

/** The page to show (kept within range when rows disappear), and the rows it holds: [from, to). */
export function pageOf(total: number, wanted: number, size = ROWS_PER_PAGE): { index: number; count: number; from: number; to: number } {
  const count = Math.max(1, Math.ceil(total / size));
  const index = Math.min(Math.max(0, wanted), count - 1);
  return { index, count, from: index * size, to: Math.min(total, (index + 1) * size) };
}
