/**
 * Scores of a run per dimension. Each task adds what the participant earned and what the best answer would
 * have earned, so a score is always "points of possible" (never negative, never more than possible), and
 * two participants on different branches are compared by percentage.
 */
import type { Scenario } from '@/schemas/scenario';
import { DIMENSIONS, type Dimension } from '@/schemas/dimension';
import type { SimulationRun } from '@/schemas/simulation-run';
import { findStep } from './engine';
import { scoreWithRubric, type WritingAssessment, type WritingScorer } from './writing';

export const DIMENSION_LABELS: Record<Dimension, string> = {
  kecepatan: 'Kecepatan',
  akurasi: 'Akurasi',
  empati: 'Empati',
  koordinasi: 'Koordinasi dan persetujuan',
  hukum: 'Kepatuhan hukum',
};

/** Timing points per task: on time, late, very late. */
export const TIMING_POINTS = 2;

export interface Tally {
  points: number;
  possible: number;
}
export type DimensionTotals = Record<Dimension, Tally>;

export type Timing = 'tepat-waktu' | 'terlambat' | 'sangat-terlambat';

export interface TaskScore {
  stepId: string;
  kind: 'keputusan' | 'tulisan';
  /** Simulated minutes between the step's start and the action. */
  took: number;
  dueWithin: number;
  timing: Timing;
  /** What this task added per dimension (timing included). */
  tallies: DimensionTotals;
  /** For writing tasks: the assessment of the text. */
  writing?: WritingAssessment;
}

export interface RunScore {
  dimensions: DimensionTotals;
  tasks: TaskScore[];
}

export function emptyTotals(): DimensionTotals {
  return Object.fromEntries(DIMENSIONS.map((d) => [d, { points: 0, possible: 0 }])) as DimensionTotals;
}

/** On time within dueWithin, late within twice that, very late after. */
export function timingOf(took: number, dueWithin: number): Timing {
  if (took <= dueWithin) return 'tepat-waktu';
  if (took <= dueWithin * 2) return 'terlambat';
  return 'sangat-terlambat';
}

export function timingPoints(timing: Timing): number {
  return timing === 'tepat-waktu' ? TIMING_POINTS : timing === 'terlambat' ? 1 : 0;
}

/** Percentage of possible points, or null when the dimension was not assessed on this path. */
export function percentOf(tally: Tally): number | null {
  return tally.possible === 0 ? null : Math.round((Math.min(tally.points, tally.possible) / tally.possible) * 100);
}

function add(totals: DimensionTotals, dimension: Dimension, points: number, possible: number): void {
  // Defensive: a scorer plugged in later must not be able to push a score below zero or above its possible.
  const safePossible = Number.isFinite(possible) ? Math.max(0, possible) : 0;
  const safePoints = Number.isFinite(points) ? Math.min(Math.max(0, points), safePossible) : 0;
  totals[dimension].points += safePoints;
  totals[dimension].possible += safePossible;
}

export function scoreRun(scenario: Scenario, run: SimulationRun, scoreWriting: WritingScorer = scoreWithRubric): RunScore {
  const dimensions = emptyTotals();
  const tasks: TaskScore[] = [];
  for (const action of run.actions) {
    const step = findStep(scenario, action.stepId);
    const visit = run.visits.find((v) => v.stepId === action.stepId);
    if (!step || !visit || step.task.kind === 'akhir') continue;
    const took = Math.max(0, action.minute - visit.enteredAt);
    const timing = timingOf(took, step.task.dueWithin);
    const tallies = emptyTotals();
    // A run chosen without speed scoring leaves timing out entirely (neither points nor possible points).
    if (!run.untimed) add(tallies, 'kecepatan', timingPoints(timing), TIMING_POINTS);
    let writing: WritingAssessment | undefined;
    if (step.task.kind === 'keputusan' && action.kind === 'keputusan') {
      const chosen = step.task.options.find((o) => o.id === action.optionId);
      for (const dimension of DIMENSIONS) {
        const best = Math.max(...step.task.options.map((o) => o.scores[dimension] ?? 0));
        add(tallies, dimension, chosen?.scores[dimension] ?? 0, best);
      }
    } else if (step.task.kind === 'tulisan' && action.kind === 'tulisan') {
      writing = scoreWriting(step.task, action.text);
      for (const criterion of writing.criteria) add(tallies, criterion.dimension, criterion.earned, criterion.points);
    }
    for (const dimension of DIMENSIONS) add(dimensions, dimension, tallies[dimension].points, tallies[dimension].possible);
    tasks.push({
      stepId: step.id,
      kind: step.task.kind,
      took,
      dueWithin: step.task.dueWithin,
      timing,
      tallies,
      ...(writing ? { writing } : {}),
    });
  }
  return { dimensions, tasks };
}
