/**
 * What the debrief shows: the participant's timeline next to the recommended one, and what each decision led to.
 * The recommended timeline follows the recommended option of every decision and acts exactly at each deadline.
 */
import type { DecisionOption, Scenario } from '@/schemas/scenario';
import type { SimulationRun } from '@/schemas/simulation-run';
import { actionAt, findStep, optionTarget } from './engine';

export interface RecommendedEntry {
  stepId: string;
  /** Minute the step begins on the recommended path. */
  enteredAt: number;
  /** Minute by which its task is done (undefined for the end). */
  actBy?: number;
  /** The recommended choice, for decisions. */
  choice?: string;
}

export function recommendedPath(scenario: Scenario): RecommendedEntry[] {
  const path: RecommendedEntry[] = [];
  let step = scenario.steps[0];
  let enteredAt = step?.at ?? 0;
  const seen = new Set<string>();
  while (step && !seen.has(step.id)) {
    seen.add(step.id);
    const task = step.task;
    if (task.kind === 'akhir') {
      path.push({ stepId: step.id, enteredAt });
      break;
    }
    const actBy = enteredAt + task.dueWithin;
    let nextId: string | undefined;
    if (task.kind === 'keputusan') {
      const option = task.options.find((o) => o.recommended) ?? task.options[0]!;
      path.push({ stepId: step.id, enteredAt, actBy, choice: option.label });
      nextId = optionTarget(step, option);
    } else {
      path.push({ stepId: step.id, enteredAt, actBy });
      nextId = task.next;
    }
    step = nextId === undefined ? undefined : findStep(scenario, nextId);
    enteredAt = Math.max(step?.at ?? 0, actBy);
  }
  return path;
}

export interface TimelineRow {
  stepId: string;
  title: string;
  recommended?: RecommendedEntry;
  participant?: { enteredAt: number; actedAt?: number; choice?: string };
}

/** Steps of both timelines, in the order they happen (by the earlier of the two start minutes). */
export function compareTimelines(scenario: Scenario, run: SimulationRun): TimelineRow[] {
  const recommended = new Map(recommendedPath(scenario).map((entry) => [entry.stepId, entry]));
  const rows = new Map<string, TimelineRow>();
  for (const visit of run.visits) {
    const step = findStep(scenario, visit.stepId);
    if (!step) continue;
    const action = actionAt(run, visit.stepId);
    const choice =
      action?.kind === 'keputusan' && step.task.kind === 'keputusan'
        ? step.task.options.find((o) => o.id === action.optionId)?.label
        : undefined;
    rows.set(step.id, {
      stepId: step.id,
      title: step.title,
      participant: { enteredAt: visit.enteredAt, ...(action ? { actedAt: action.minute } : {}), ...(choice ? { choice } : {}) },
    });
  }
  for (const [stepId, entry] of recommended) {
    const step = findStep(scenario, stepId);
    if (!step) continue;
    rows.set(stepId, { ...(rows.get(stepId) ?? { stepId, title: step.title }), recommended: entry });
  }
  const order = (row: TimelineRow) => Math.min(row.participant?.enteredAt ?? Infinity, row.recommended?.enteredAt ?? Infinity);
  const position = (row: TimelineRow) => scenario.steps.findIndex((s) => s.id === row.stepId);
  return [...rows.values()].sort((a, b) => order(a) - order(b) || position(a) - position(b));
}

export interface DecisionReview {
  stepId: string;
  prompt: string;
  chosen: DecisionOption;
  recommended: DecisionOption;
  /** Title of the step the choice led to. */
  ledTo: string;
}

export function reviewDecisions(scenario: Scenario, run: SimulationRun): DecisionReview[] {
  return run.actions.flatMap((action) => {
    if (action.kind !== 'keputusan') return [];
    const step = findStep(scenario, action.stepId);
    if (!step || step.task.kind !== 'keputusan') return [];
    const chosen = step.task.options.find((o) => o.id === action.optionId);
    const recommended = step.task.options.find((o) => o.recommended) ?? step.task.options[0]!;
    if (!chosen) return [];
    const target = optionTarget(step, chosen);
    const ledTo = (target && findStep(scenario, target)?.title) ?? '';
    return [{ stepId: step.id, prompt: step.task.prompt, chosen, recommended, ledTo }];
  });
}

/** "menit ke-7" style, rounded down: what a participant saw on the clock. */
export function formatMinute(minute: number | undefined): string {
  return minute === undefined || !Number.isFinite(minute) ? '—' : `menit ${Math.floor(minute)}`;
}
