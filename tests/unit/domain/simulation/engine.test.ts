import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  applyAction,
  arrivedInjects,
  changeSpeed,
  isHeldForWriting,
  runMinutes,
  writingHoldMinute,
  currentStep,
  isRunCompatible,
  isRunEnded,
  isTaskOpen,
  nextEventMinute,
  pauseRun,
  possibleActions,
  resumeRun,
  skipToNextEvent,
  startRun,
  type PlayerAction,
} from '@/domain/simulation/engine';
import { clockMinutes } from '@/domain/simulation/clock';
import { scoreRun } from '@/domain/simulation/scoring';
import { DIMENSIONS } from '@/schemas/dimension';
import type { SimulationRun } from '@/schemas/simulation-run';
import { shippedScenarios, smallScenario } from './fixture';

const MINUTE = 60_000;
const scenario = smallScenario();

function act(run: SimulationRun, action: PlayerAction, now: number): SimulationRun {
  const result = applyAction(scenario, run, action, now);
  if (!result.ok) throw new Error(result.reason);
  return result.run;
}

describe('a run', () => {
  it('starts at the first step with its first injects, the clock running', () => {
    const run = startRun(scenario, 'uji', 10, 0);
    expect(run.visits).toEqual([{ stepId: 'awal', enteredAt: 0 }]);
    expect(arrivedInjects(scenario, run, 0).map((a) => a.inject.id)).toEqual(['i1']);
    expect(isTaskOpen(scenario, run, 0)).toBe(true);
    expect(run.startedAt).toBe('1970-01-01T00:00:00.000Z');
  });

  it('delivers a step’s later injects while its task is open', () => {
    const run = startRun(scenario, 'uji', 10, 0);
    expect(nextEventMinute(scenario, run, 0)).toBe(5);
    expect(arrivedInjects(scenario, run, clockMinutes(run.clock, 0.5 * MINUTE)).map((a) => a.inject.id)).toEqual(['i1', 'i2']);
  });

  it('waits for the next step’s minute after a quick decision, and can skip the wait', () => {
    let run = act(startRun(scenario, 'uji', 1, 0), { kind: 'keputusan', optionId: 'baik' }, 2 * MINUTE);
    expect(run.visits.at(-1)).toEqual({ stepId: 'tulis', enteredAt: 20 });
    expect(isTaskOpen(scenario, run, 3 * MINUTE)).toBe(false);
    expect(applyAction(scenario, run, { kind: 'tulisan', text: 'x' }, 3 * MINUTE)).toEqual({
      ok: false,
      reason: 'Tugas langkah ini belum dimulai. Tunggu kejadian berikutnya.',
    });
    // The first step's delayed inject still comes at its minute, before the next step begins.
    expect(arrivedInjects(scenario, run, 3).map((a) => a.inject.id)).toEqual(['i1']);
    expect(nextEventMinute(scenario, run, 3 * MINUTE)).toBe(20);
    run = skipToNextEvent(scenario, run, 3 * MINUTE);
    expect(clockMinutes(run.clock, 3 * MINUTE)).toBe(20);
    expect(isTaskOpen(scenario, run, 3 * MINUTE)).toBe(true);
    expect(arrivedInjects(scenario, run, 20).map((a) => a.inject.id)).toEqual(['i1', 'i2', 'i3']);
  });

  it('delivers a step’s pending injects after an early decision, before the next task opens', () => {
    // Decided at minute 1; the video (due at 5) has not come yet and the next step starts at once (it is due at 0).
    const story = { ...scenario, steps: scenario.steps.map((step) => (step.id === 'tulis' ? { ...step, at: 0 } : step)) };
    const result = applyAction(story, startRun(story, 'uji', 1, 0), { kind: 'keputusan', optionId: 'baik' }, MINUTE);
    if (!result.ok) throw new Error(result.reason);
    const arrived = arrivedInjects(story, result.run, 1);
    expect(arrived.map((a) => [a.inject.id, a.minute])).toEqual([
      ['i1', 0],
      ['i2', 1],
      ['i3', 1],
    ]);
    expect(isTaskOpen(story, result.run, MINUTE)).toBe(true);
  });

  it('stops the clock during a writing task once the step’s messages are in, and counts on from there', () => {
    let run = act(startRun(scenario, 'uji', 10, 0), { kind: 'keputusan', optionId: 'baik' }, 0);
    run = skipToNextEvent(scenario, run, 0); // the writing step begins at minute 20; its only inject comes at once
    expect(writingHoldMinute(scenario, run)).toBe(20);
    expect(runMinutes(scenario, run, 10 * MINUTE)).toBe(20); // ten real minutes of writing at ×10: still minute 20
    expect(isHeldForWriting(scenario, run, 10 * MINUTE)).toBe(true);
    expect(nextEventMinute(scenario, run, 10 * MINUTE)).toBeUndefined();
    run = act(run, { kind: 'tulisan', text: 'Kami prihatin.' }, 10 * MINUTE);
    expect(run.actions.at(-1)).toMatchObject({ kind: 'tulisan', minute: 20 });
    expect(scoreRun(scenario, run).tasks.at(-1)?.timing).toBe('tepat-waktu');
  });

  it('keeps taking answers while paused, and changes speed from now on without losing the time passed', () => {
    let run = pauseRun(scenario, startRun(scenario, 'uji', 10, 0), 0.3 * MINUTE); // minute 3
    expect(isTaskOpen(scenario, run, MINUTE)).toBe(true);
    run = changeSpeed(scenario, resumeRun(scenario, run, MINUTE), 1, MINUTE);
    expect(runMinutes(scenario, run, 3 * MINUTE)).toBeCloseTo(5);
    expect(run.clock.speed).toBe(1);
    const paused = pauseRun(scenario, run, 3 * MINUTE);
    expect(applyAction(scenario, paused, { kind: 'keputusan', optionId: 'baik' }, 9 * MINUTE).ok).toBe(true);
  });

  it('leaves timing out of the scores of a run without speed scoring', () => {
    const run = act(startRun(scenario, 'uji', 1, 0, { untimed: true }), { kind: 'keputusan', optionId: 'buruk' }, 60 * MINUTE);
    expect(run.untimed).toBe(true);
    const score = scoreRun(scenario, run);
    expect(score.tasks[0]!.tallies.kecepatan).toEqual({ points: 1, possible: 1 }); // the option's own point, no timing
  });

  it('keeps a facilitated session’s show-of-hands tally with the decision, only for real options', () => {
    const run = act(
      startRun(scenario, 'uji', 1, 0),
      { kind: 'keputusan', optionId: 'baik', tally: { baik: 12, buruk: 5, palsu: 3 } },
      MINUTE,
    );
    expect(run.actions[0]).toMatchObject({ optionId: 'baik', tally: { baik: 12, buruk: 5 } });
  });

  it('begins the next step at once after a late decision', () => {
    const run = act(startRun(scenario, 'uji', 1, 0), { kind: 'keputusan', optionId: 'baik' }, 30 * MINUTE);
    expect(run.visits.at(-1)).toEqual({ stepId: 'tulis', enteredAt: 30 });
  });

  it('branches on the chosen option and stops the clock at an end', () => {
    const run = act(startRun(scenario, 'uji', 1, 0), { kind: 'keputusan', optionId: 'buruk' }, 2 * MINUTE);
    expect(currentStep(scenario, run).id).toBe('akhir-buruk');
    expect(isRunEnded(scenario, run)).toBe(true);
    expect(run.clock.runningSince).toBeNull();
    expect(run.endedAt).toBe(new Date(2 * MINUTE).toISOString());
    expect(nextEventMinute(scenario, run, 9 * MINUTE)).toBeUndefined();
    expect(possibleActions(scenario, run)).toEqual([]);
  });

  it('shows all of an end’s injects at once and jumps the clock to the end’s minute', () => {
    let run = act(startRun(scenario, 'uji', 1, 0), { kind: 'keputusan', optionId: 'baik' }, MINUTE);
    run = skipToNextEvent(scenario, run, MINUTE);
    run = act(run, { kind: 'tulisan', text: 'Kami prihatin atas kejadian ini.' }, 2 * MINUTE);
    expect(currentStep(scenario, run).id).toBe('akhir-baik');
    expect(run.clock.minutes).toBe(40);
    expect(arrivedInjects(scenario, run, 40).map((a) => a.inject.id)).toContain('i4');
  });

  it.each<[string, PlayerAction, string]>([
    ['an unknown option', { kind: 'keputusan', optionId: 'tidak-ada' }, 'Pilih salah satu opsi yang tersedia.'],
    ['a text where a decision is asked', { kind: 'tulisan', text: 'x' }, 'Langkah ini meminta keputusan, bukan tulisan.'],
  ])('refuses %s', (_name, action, reason) => {
    expect(applyAction(scenario, startRun(scenario, 'uji', 1, 0), action, 0)).toEqual({ ok: false, reason });
  });

  it('refuses a decision where a text is asked, an over-long text, and anything after the end', () => {
    const atWriting = skipToNextEvent(scenario, act(startRun(scenario, 'uji', 1, 0), { kind: 'keputusan', optionId: 'baik' }, 0), 0);
    expect(applyAction(scenario, atWriting, { kind: 'keputusan', optionId: 'baik' }, 0)).toMatchObject({
      ok: false,
      reason: 'Langkah ini meminta tulisan, bukan keputusan.',
    });
    expect(applyAction(scenario, atWriting, { kind: 'tulisan', text: 'x'.repeat(8001) }, 0)).toMatchObject({ ok: false });
    const ended = act(startRun(scenario, 'uji', 1, 0), { kind: 'keputusan', optionId: 'buruk' }, 0);
    expect(applyAction(scenario, ended, { kind: 'keputusan', optionId: 'baik' }, 0)).toEqual({
      ok: false,
      reason: 'Simulasi sudah selesai.',
    });
  });

  it('pauses and resumes; an ended run stays stopped', () => {
    const paused = pauseRun(scenario, startRun(scenario, 'uji', 10, 0), MINUTE);
    expect(clockMinutes(paused.clock, 60 * MINUTE)).toBe(10);
    expect(clockMinutes(resumeRun(scenario, paused, 60 * MINUTE).clock, 61 * MINUTE)).toBe(20);
    const ended = act(startRun(scenario, 'uji', 1, 0), { kind: 'keputusan', optionId: 'buruk' }, 0);
    expect(resumeRun(scenario, ended, MINUTE)).toBe(ended);
  });
});

describe('isRunCompatible', () => {
  it('accepts a run of the same story and refuses one whose steps or options have gone', () => {
    const run = act(startRun(scenario, 'uji', 1, 0), { kind: 'keputusan', optionId: 'baik' }, 0);
    expect(isRunCompatible(scenario, run)).toBe(true);
    expect(isRunCompatible(scenario, { ...run, visits: [...run.visits, { stepId: 'hilang', enteredAt: 1 }] })).toBe(false);
    expect(isRunCompatible(scenario, { ...run, actions: [{ kind: 'keputusan', stepId: 'awal', optionId: 'hilang', minute: 0 }] })).toBe(
      false,
    );
    expect(isRunCompatible(scenario, { ...run, actions: [{ kind: 'tulisan', stepId: 'awal', text: '', minute: 0 }] })).toBe(false);
  });

  it('drops the draft once the text is sent', () => {
    const atWriting = skipToNextEvent(scenario, act(startRun(scenario, 'uji', 1, 0), { kind: 'keputusan', optionId: 'baik' }, 0), 0);
    const sent = act({ ...atWriting, draft: 'Kami prihatin' }, { kind: 'tulisan', text: 'Kami prihatin.' }, 0);
    expect(sent.draft).toBeUndefined();
  });
});

describe('property: any sequence of valid actions', () => {
  const scenarios: [string, ReturnType<typeof smallScenario>][] = [['uji', scenario], ...shippedScenarios()];
  const texts = ['', 'Kami prihatin.', 'Diduga lima orang kabur lewat pagar belakang, atas nama perkara pencurian.', 'x '.repeat(300)];

  for (const [id, story] of scenarios) {
    it(`always reaches an end of “${id}” with scores that are never negative or undefined`, () => {
      fc.assert(
        fc.property(
          fc.array(fc.record({ pick: fc.nat(), wait: fc.integer({ min: 0, max: 90 * MINUTE }), skip: fc.boolean(), pause: fc.boolean() }), {
            maxLength: 60,
          }),
          fc.constantFrom(1, 10),
          (moves, speed) => {
            let now = 0;
            let run = startRun(story, id, speed, now);
            // Keep acting while the story lasts; the moves decide which action, how long to wait, and pauses.
            for (let i = 0; i < story.steps.length + 1 && !isRunEnded(story, run); i++) {
              const move = moves[i % Math.max(1, moves.length)] ?? { pick: 0, wait: 0, skip: true, pause: false };
              now += move.wait;
              if (move.pause) run = resumeRun(story, pauseRun(story, run, now), now + MINUTE);
              if (move.skip || !isTaskOpen(story, run, now)) run = skipToNextEvent(story, run, now);
              if (!isTaskOpen(story, run, now)) run = skipToNextEvent(story, run, now);
              const actions = possibleActions(story, run, texts);
              const result = applyAction(story, run, actions[move.pick % actions.length]!, now);
              expect(result.ok).toBe(true);
              if (result.ok) run = result.run;
            }
            expect(isRunEnded(story, run)).toBe(true);
            const score = scoreRun(story, run);
            for (const dimension of DIMENSIONS) {
              const tally = score.dimensions[dimension];
              expect(Number.isFinite(tally.points)).toBe(true);
              expect(Number.isFinite(tally.possible)).toBe(true);
              expect(tally.points).toBeGreaterThanOrEqual(0);
              expect(tally.points).toBeLessThanOrEqual(tally.possible);
            }
          },
        ),
        { numRuns: 150 },
      );
    });
  }
});
