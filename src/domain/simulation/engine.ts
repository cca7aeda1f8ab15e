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

export type PlayerAction = { kind: 'keputusan'; optionId: string; tally?: Record<string, number> } | { kind: 'tulisan'; text: string };
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

export interface RunOptions {
  /** A run without speed scoring: timing is neither scored nor shown as a deadline. */
  untimed?: boolean;
}

export function startRun(scenario: Scenario, scenarioId: string, speed: number, now: number, options: RunOptions = {}): SimulationRun {
  const first = scenario.steps[0]!;
  return {
    scenarioId,
    startedAt: new Date(now).toISOString(),
    clock: startClock(speed, now),
    visits: [{ stepId: first.id, enteredAt: first.at }],
    actions: [],
    ...(options.untimed ? { untimed: true } : {}),
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
  if (!step) throw new Error(`Langkah “${currentVisit(run).stepId}” tidak ada dalam skenario.`);
  return step;
}

export function isRunEnded(scenario: Scenario, run: SimulationRun): boolean {
  return currentStep(scenario, run).task.kind === 'akhir';
}

/**
 * The simulated minute the run has reached. During a writing task the clock stops once the step's messages have
 * all arrived: writing 40–150 words on a phone must not race a clock running ten times faster than the writer.
 */
export function runMinutes(scenario: Scenario, run: SimulationRun, now: number): number {
  const minutes = clockMinutes(run.clock, now);
  const hold = writingHoldMinute(scenario, run);
  return hold === undefined ? minutes : Math.min(minutes, Math.max(hold, run.clock.minutes));
}

/** The minute at which the clock stops for the current writing task (its last message has arrived), if any. */
export function writingHoldMinute(scenario: Scenario, run: SimulationRun): number | undefined {
  const step = currentStep(scenario, run);
  if (step.task.kind !== 'tulisan') return undefined;
  return currentVisit(run).enteredAt + Math.max(0, ...step.injects.map((inject) => inject.after ?? 0));
}

/** True while the clock stands still for a writing task (it resumes when the text is sent). */
export function isHeldForWriting(scenario: Scenario, run: SimulationRun, now: number): boolean {
  const hold = writingHoldMinute(scenario, run);
  return hold !== undefined && clockMinutes(run.clock, now) >= hold;
}

/** True while the participant can act on the current step's task. */
export function isTaskOpen(scenario: Scenario, run: SimulationRun, now: number): boolean {
  return !isRunEnded(scenario, run) && runMinutes(scenario, run, now) >= currentVisit(run).enteredAt;
}

/** When an inject of a visited step arrives: the step's start plus its delay (an end's injects come at once). */
function arrivalMinute(step: ScenarioStep, enteredAt: number, inject: Inject): number {
  return step.task.kind === 'akhir' ? enteredAt : enteredAt + (inject.after ?? 0);
}

/**
 * The injects that have arrived by simulated minute `minute`, oldest first. A participant who acts before all of a
 * step's messages have come still receives them, at the latest when the next step begins: a later option may refer
 * to them, and a fast player must not miss the event the scenario is built around.
 */
export function arrivedInjects(scenario: Scenario, run: SimulationRun, minute: number): ArrivedInject[] {
  const arrived: ArrivedInject[] = [];
  run.visits.forEach((visit, index) => {
    const step = findStep(scenario, visit.stepId);
    if (!step) return;
    const nextVisit = run.visits[index + 1];
    for (const inject of step.injects) {
      const scheduled = arrivalMinute(step, visit.enteredAt, inject);
      const at = nextVisit ? Math.min(scheduled, nextVisit.enteredAt) : scheduled;
      if (step.task.kind === 'akhir' || at <= minute) arrived.push({ inject, stepId: step.id, minute: at });
    }
  });
  return arrived.sort((a, b) => a.minute - b.minute);
}

/** The next simulated minute at which something happens (a step begins or an inject arrives), if any. */
export function nextEventMinute(scenario: Scenario, run: SimulationRun, now: number): number | undefined {
  if (isRunEnded(scenario, run)) return undefined;
  const minute = runMinutes(scenario, run, now);
  const visit = currentVisit(run);
  const step = currentStep(scenario, run);
  const upcoming = [visit.enteredAt, ...step.injects.map((inject) => arrivalMinute(step, visit.enteredAt, inject))].filter(
    (m) => m > minute,
  );
  return upcoming.length > 0 ? Math.min(...upcoming) : undefined;
}

/** Jumps the clock to the next event: "skip the wait" for a participant, "release the next inject" for a trainer. */
export function skipToNextEvent(scenario: Scenario, run: SimulationRun, now: number): SimulationRun {
  const next = nextEventMinute(scenario, run, now);
  return next === undefined ? run : { ...run, clock: advanceClockTo(settledClock(scenario, run, now), next, now) };
}

/** The clock restated at the run's minute: time that passed while it stood still for writing is not counted. */
function settledClock(scenario: Scenario, run: SimulationRun, now: number) {
  const minutes = runMinutes(scenario, run, now);
  return { ...run.clock, minutes, runningSince: run.clock.runningSince === null ? null : now };
}

export function pauseRun(scenario: Scenario, run: SimulationRun, now: number): SimulationRun {
  return { ...run, clock: pauseClock(settledClock(scenario, run, now), now) };
}

/** The same time, restated from `now` (saved regularly, so a reload knows how far the run had come). */
export function rebaseRun(scenario: Scenario, run: SimulationRun, now: number): SimulationRun {
  return { ...run, clock: settledClock(scenario, run, now) };
}

/** Changes the clock's speed during a run, from now on; the time already passed stays. */
export function changeSpeed(scenario: Scenario, run: SimulationRun, speed: number, now: number): SimulationRun {
  return { ...run, clock: { ...settledClock(scenario, run, now), speed } };
}

export function resumeRun(scenario: Scenario, run: SimulationRun, now: number): SimulationRun {
  return isRunEnded(scenario, run) ? run : { ...run, clock: resumeClock(run.clock, now) };
}

/** The step a decision option leads to. */
export function optionTarget(step: ScenarioStep, option: DecisionOption): string | undefined {
  return step.task.kind === 'keputusan' ? (option.next ?? step.task.next) : undefined;
}

/** Records the participant's decision or text and moves the story on. Refuses what the current step does not allow. */
export function applyAction(scenario: Scenario, run: SimulationRun, action: PlayerAction, now: number): ActionResult {
  if (isRunEnded(scenario, run)) return { ok: false, reason: 'Simulasi sudah selesai.' };
  if (!isTaskOpen(scenario, run, now)) return { ok: false, reason: 'Tugas langkah ini belum dimulai. Tunggu kejadian berikutnya.' };
  const step = currentStep(scenario, run);
  const minute = runMinutes(scenario, run, now);
  const clock = settledClock(scenario, run, now);
  let recorded: RunAction;
  let target: string | undefined;
  if (action.kind === 'keputusan') {
    if (step.task.kind !== 'keputusan') return { ok: false, reason: 'Langkah ini meminta tulisan, bukan keputusan.' };
    const option = step.task.options.find((o) => o.id === action.optionId);
    if (!option) return { ok: false, reason: 'Pilih salah satu opsi yang tersedia.' };
    const tally =
      action.tally &&
      Object.fromEntries(
        Object.entries(action.tally).filter(
          ([id, count]) =>
            step.task.kind === 'keputusan' && step.task.options.some((o) => o.id === id) && Number.isInteger(count) && count >= 0,
        ),
      );
    recorded = {
      kind: 'keputusan',
      stepId: step.id,
      optionId: option.id,
      minute,
      ...(tally && Object.keys(tally).length > 0 ? { tally } : {}),
    };
    target = optionTarget(step, option);
  } else {
    if (step.task.kind !== 'tulisan') return { ok: false, reason: 'Langkah ini meminta keputusan, bukan tulisan.' };
    if (action.text.length > MAX_TEXT_LENGTH)
      return { ok: false, reason: `Tulisan terlalu panjang (maksimal ${MAX_TEXT_LENGTH} karakter). Persingkat, lalu kirim lagi.` };
    recorded = { kind: 'tulisan', stepId: step.id, text: action.text, minute };
    target = step.task.next;
  }
  const next = target === undefined ? undefined : findStep(scenario, target);
  if (!next) return { ok: false, reason: `Langkah berikutnya “${target ?? '?'}” tidak ada dalam skenario.` };
  const enteredAt = Math.max(next.at, minute);
  const { draft: _sent, ...rest } = run;
  const moved: SimulationRun = {
    ...rest,
    clock,
    actions: [...run.actions, recorded],
    visits: [...run.visits, { stepId: next.id, enteredAt }],
  };
  if (next.task.kind !== 'akhir') return { ok: true, run: moved };
  // The story has ended: the clock stops at the end's minute.
  return {
    ok: true,
    run: { ...moved, endedAt: new Date(now).toISOString(), clock: pauseClock(advanceClockTo(clock, enteredAt, now), now) },
  };
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
