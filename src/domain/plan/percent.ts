/**
 * Percentages of a plan's completeness checks, apart from the checks themselves so that pages showing
 * completeness already computed (the mentoring overview) do not load every rule.
 */
interface Counted {
  /** Checks passed. */
  done: number;
  /** Checks in all. */
  total: number;
}

/** Whole-plan percentage: the share of all checks passed, rounded down so 100 means truly complete. */
export function overallPercent(sections: readonly Counted[]): number {
  const done = sections.reduce((sum, s) => sum + s.done, 0);
  const total = sections.reduce((sum, s) => sum + s.total, 0);
  return total === 0 ? 0 : Math.floor((done / total) * 100);
}

export function sectionPercent(section: Counted): number {
  return section.total === 0 ? 0 : Math.floor((section.done / section.total) * 100);
}
