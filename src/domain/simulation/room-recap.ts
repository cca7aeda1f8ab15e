/**
 * The recap of a facilitated session: for every decision the room took, how many chose each option (a show of
 * hands), the option the room went with and the recommended one; and the room's path of steps against the
 * recommended path. The projected recap hides what is recommended until the trainer reveals it.
 */
import type { Scenario } from '@/schemas/scenario';
import type { SimulationRun } from '@/schemas/simulation-run';
import { findStep } from './engine';
import { recommendedPath } from './debrief';

/** The room's most common choice in a tally; ties and an empty tally give undefined (the trainer decides). */
export function tallyLeader(tally: Readonly<Record<string, number>>): string | undefined {
  const entries = Object.entries(tally).filter(([, count]) => count > 0);
  if (entries.length === 0) return undefined;
  const top = Math.max(...entries.map(([, count]) => count));
  const leaders = entries.filter(([, count]) => count === top);
  return leaders.length === 1 ? leaders[0]![0] : undefined;
}

export interface RecapDecision {
  stepId: string;
  title: string;
  prompt: string;
  /** Every option in the data's order, with its count (0 when nobody raised a hand, or no tally was taken). */
  options: { id: string; label: string; count: number; recommended: boolean }[];
  /** People counted at this decision. */
  total: number;
  /** The option the room went with. */
  chosenId: string;
  /** True when the room went with the recommended option. */
  followedRecommended: boolean;
}

export interface RoomRecap {
  decisions: RecapDecision[];
  /** Step titles of the path the room took, and of the recommended path. */
  roomPath: { stepId: string; title: string }[];
  recommendedPath: { stepId: string; title: string }[];
  /** How many decisions followed the recommended option. */
  followed: number;
}

export function roomRecap(scenario: Scenario, run: SimulationRun): RoomRecap {
  const decisions: RecapDecision[] = [];
  for (const action of run.actions) {
    const step = findStep(scenario, action.stepId);
    if (action.kind !== 'keputusan' || step?.task.kind !== 'keputusan') continue;
    const options = step.task.options.map((option) => ({
      id: option.id,
      label: option.label,
      count: action.tally?.[option.id] ?? 0,
      recommended: option.recommended === true,
    }));
    const followedRecommended = options.some((option) => option.recommended && option.id === action.optionId);
    decisions.push({
      stepId: step.id,
      title: step.title,
      prompt: step.task.prompt,
      options,
      total: options.reduce((sum, option) => sum + option.count, 0),
      chosenId: action.optionId,
      followedRecommended,
    });
  }
  const titled = (stepId: string) => ({ stepId, title: findStep(scenario, stepId)?.title ?? stepId });
  return {
    decisions,
    roomPath: run.visits.map((visit) => titled(visit.stepId)),
    recommendedPath: recommendedPath(scenario).map((entry) => titled(entry.stepId)),
    followed: decisions.filter((decision) => decision.followedRecommended).length,
  };
}
