/**
 * The simulation engine: a run is plain data (see schemas/simulation-run), and every change is a pure
 * function of the scenario, the run and the current time. The story waits for the participant: a step's
 * injects arrive while its task is open, and the next step begins once the task is done (or at its own
 * minute, if that is later).
 */
import type { DecisionOption, Inject, Scenario, ScenarioStep } from '@/schemas/scenario';
import type { RunAction, SimulationRun } from '@/schemas/simulation-run';
import { advanceClockTo, clockMinutes, pauseClock, resumeClock, startClock } from './clock';

/** Longest text a writing task accepts (the stored run's limit). */
export const MAX_TEXT_LENGTH = 8000;

export type PlayerAction = { kind: 'keputusan'; optionId: string } | { kind: 'tulisan'; text: string };
export type ActionResult = { ok: true; run: SimulationRun } | { ok: false; reason: string };

export interface ArrivedInject {
  inject: Inject;
  stepId: string;
  /** Simulated minute of arrival. */
  minute: number;
}

export function findStep(scenario: Scenario, stepId: string): ScenarioStep | undefined {
  return scenario.steps.find((step) => step.id === stepId);
}

export function startRun(scenario: Scenario, scenarioId: string, speed: number, now: number): SimulationRun {
  const first = scenario.steps[0]!;
  return {
    scenarioId,
    startedAt: new Date(now).toISOString(),
    clock: startClock(speed, now),
    visits: [{ stepId: first.id, enteredAt: first.at }],
    actions: [],
  };
}

/** False when a stored run no longer fits its scenario (the YAML changed since): it cannot be resumed or scored. */
export function isRunCompatible(scenario: Scenario, run: SimulationRun): boolean {
  return (
    run.visits.every((visit) => findStep(scenario, visit.stepId)) &&
    run.actions.every((action) => {
      const task = findStep(scenario, action.stepId)?.task;
      if (action.kind === 'tulisan') return task?.kind === 'tulisan';
      return task?.kind === 'keputusan' && task.options.some((o) => o.id === action.optionId);
    })
  );
}

export function currentVisit(run: SimulationRun) {
  return run.visits[run.visits.length - 1]!;
}

export function currentStep(scenario: Scenario, run: SimulationRun): ScenarioStep {
  const step = findStep(scenario, currentVisit(run).stepId);
  if (!step) throw new Error(`Langkah «${currentVisit(run).stepId}» tidak ada dalam skenario.`);
  return step;
}

export function isRunEnded(scenario: Scenario, run: SimulationRun): boolean {
  return currentStep(scenario, run).task.kind === 'akhir';
}

/** True while the participant can act on the current step's task. */
export function isTaskOpen(scenario: Scenario, run: SimulationRun, now: number): boolean {
  return !isRunEnded(scenario, run) && clockMinutes(run.clock, now) >= currentVisit(run).enteredAt;
}

/** When an inject of a visited step arrives: the step's start plus its delay (an end's injects come at once). */
function arrivalMinute(step: ScenarioStep, enteredAt: number, inject: Inject): number {
  return step.task.kind === 'akhir' ? enteredAt : enteredAt + (inject.after ?? 0);
}

/**
 * The injects that have arrived by simulated minute `minute`, oldest first. An inject of a step the participant
 * has already left arrives only if it came before they acted: a reminder that was never needed never comes.
 */
export function arrivedInjects(scenario: Scenario, run: SimulationRun, minute: number): ArrivedInject[] {
  const arrived: ArrivedInject[] = [];
  run.visits.forEach((visit, index) => {
    const step = findStep(scenario, visit.stepId);
    if (!step) return;
    const leftAt = index < run.visits.length - 1 ? run.actions.find((a) => a.stepId === visit.stepId)?.minute ?? minute : minute;
    const until = step.task.kind === 'akhir' ? Infinity : Math.min(minute, leftAt);
    for (const inject of step.injects) {
      const at = arrivalMinute(step, visit.enteredAt, inject);
      if (at <= until) arrived.push({ inject, stepId: step.id, minute: at });
    }
  });
  return arrived.sort((a, b) => a.minute - b.minute);
}

/** The next simulated minute at which something happens (a step begins or an inject arrives), if any. */
export function nextEventMinute(scenario: Scenario, run: SimulationRun, now: number): number | undefined {
  if (isRunEnded(scenario, run)) return undefined;
  const minute = clockMinutes(run.clock, now);
  const visit = currentVisit(run);
  const step = currentStep(scenario, run);
  const upcoming = [visit.enteredAt, ...step.injects.map((inject) => arrivalMinute(step, visit.enteredAt, inject))].filter((m) => m > minute);
  return upcoming.length > 0 ? Math.min(...upcoming) : undefined;
}

/** Jumps the clock to the next event: "skip the wait" for a participant, "release the next inject" for a trainer. */
export function skipToNextEvent(scenario: Scenario, run: SimulationRun, now: number): SimulationRun {
  const next = nextEventMinute(scenario, run, now);
  return next === undefined ? run : { ...run, clock: advanceClockTo(run.clock, next, now) };
}

export function pauseRun(run: SimulationRun, now: number): SimulationRun {
  return { ...run, clock: pauseClock(run.clock, now) };
}

export function resumeRun(scenario: Scenario, run: SimulationRun, now: number): SimulationRun {
  return isRunEnded(scenario, run) ? run : { ...run, clock: resumeClock(run.clock, now) };
}

/** The step a decision option leads to. */
export function optionTarget(step: ScenarioStep, option: DecisionOption): string | undefined {
  return step.task.kind === 'keputusan' ? option.next ?? step.task.next : undefined;
}

/** Records the participant's decision or text and moves the story on. Refuses what the current step does not allow. */
export function applyAction(scenario: Scenario, run: SimulationRun, action: PlayerAction, now: number): ActionResult {
  if (isRunEnded(scenario, run)) return { ok: false, reason: 'Simulasi sudah selesai.' };
  if (!isTaskOpen(scenario, run, now)) return { ok: false, reason: 'Tugas langkah ini belum dimulai. Tunggu kejadian berikutnya.' };
  const step = currentStep(scenario, run);
  const minute = clockMinutes(run.clock, now);
  let recorded: RunAction;
  let target: string | undefined;
  if (action.kind === 'keputusan') {
    if (step.task.kind !== 'keputusan') return { ok: false, reason: 'Langkah ini meminta tulisan, bukan keputusan.' };
    const option = step.task.options.find((o) => o.id === action.optionId);
    if (!option) return { ok: false, reason: 'Pilih salah satu opsi yang tersedia.' };
    recorded = { kind: 'keputusan', stepId: step.id, optionId: option.id, minute };
    target = optionTarget(step, option);
  } else {
    if (step.task.kind !== 'tulisan') return { ok: false, reason: 'Langkah ini meminta keputusan, bukan tulisan.' };
    if (action.text.length > MAX_TEXT_LENGTH) return { ok: false, reason: `Tulisan terlalu panjang (maksimal ${MAX_TEXT_LENGTH} karakter). Persingkat, lalu kirim lagi.` };
    recorded = { kind: 'tulisan', stepId: step.id, text: action.text, minute };
    target = step.task.next;
  }
  const next = target === undefined ? undefined : findStep(scenario, target);
  if (!next) return { ok: false, reason: `Langkah berikutnya «${target ?? '?'}» tidak ada dalam skenario.` };
  const enteredAt = Math.max(next.at, minute);
  const { draft: _sent, ...rest } = run;
  const moved: SimulationRun = { ...rest, actions: [...run.actions, recorded], visits: [...run.visits, { stepId: next.id, enteredAt }] };
  if (next.task.kind !== 'akhir') return { ok: true, run: moved };
  // The story has ended: the clock stops at the end's minute.
  return { ok: true, run: { ...moved, endedAt: new Date(now).toISOString(), clock: pauseClock(advanceClockTo(run.clock, enteredAt, now), now) } };
}

/** Every action the current step allows (texts are represented by the given samples). Used by property tests and tools. */
export function possibleActions(scenario: Scenario, run: SimulationRun, sampleTexts: readonly string[] = ['']): PlayerAction[] {
  if (isRunEnded(scenario, run)) return [];
  const task = currentStep(scenario, run).task;
  if (task.kind === 'keputusan') return task.options.map((o) => ({ kind: 'keputusan', optionId: o.id }));
  if (task.kind === 'tulisan') return sampleTexts.map((text) => ({ kind: 'tulisan', text }));
  return [];
}

/** The participant's action at a step, if any. */
export function actionAt(run: SimulationRun, stepId: string): RunAction | undefined {
  return run.actions.find((a) => a.stepId === stepId);
}
