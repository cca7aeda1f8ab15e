import { describe, expect, it } from 'vitest';
import { applyAction, skipToNextEvent, startRun } from '@/domain/simulation/engine';
import { percentOf, scoreRun, timingOf, timingPoints } from '@/domain/simulation/scoring';
import { containsKeyword, countWords, normalizeForMatching, scoreWithRubric, type WritingScorer } from '@/domain/simulation/writing';
import type { SimulationRun } from '@/schemas/simulation-run';
import { smallScenario } from './fixture';

const MINUTE = 60_000;
const scenario = smallScenario();
const writingTask = (() => {
  const task = scenario.steps[1]!.task;
  if (task.kind !== 'tulisan') throw new Error('fixture');
  return task;
})();

function play(option: string, decideAt: number, text?: string, writeAfter = 0): SimulationRun {
  let result = applyAction(scenario, startRun(scenario, 'uji', 1, 0), { kind: 'keputusan', optionId: option }, decideAt * MINUTE);
  if (!result.ok) throw new Error(result.reason);
  if (text === undefined) return result.run;
  const now = decideAt * MINUTE;
  const waiting = skipToNextEvent(scenario, result.run, now);
  result = applyAction(scenario, waiting, { kind: 'tulisan', text }, now + writeAfter * MINUTE);
  if (!result.ok) throw new Error(result.reason);
  return result.run;
}

describe('timing', () => {
  it.each([
    [0, 10, 'tepat-waktu', 2],
    [10, 10, 'tepat-waktu', 2],
    [10.01, 10, 'terlambat', 1],
    [20, 10, 'terlambat', 1],
    [20.5, 10, 'sangat-terlambat', 0],
  ] as const)('%d minutes for a task due within %d is %s (%d points)', (took, due, timing, points) => {
    expect(timingOf(took, due)).toBe(timing);
    expect(timingPoints(timing)).toBe(points);
  });
});

describe('scoreRun', () => {
  it('adds each decision’s points against the best option per dimension, plus timing for speed', () => {
    const score = scoreRun(scenario, play('baik', 3));
    expect(score.dimensions).toEqual({
      kecepatan: { points: 2, possible: 3 }, // timing 2/2, option 0/1
      akurasi: { points: 3, possible: 3 },
      empati: { points: 2, possible: 2 },
      koordinasi: { points: 0, possible: 0 },
      hukum: { points: 0, possible: 0 },
    });
    expect(score.tasks[0]).toMatchObject({ stepId: 'awal', took: 3, timing: 'tepat-waktu' });
  });

  it('scores a late, worse choice lower', () => {
    const score = scoreRun(scenario, play('buruk', 25));
    expect(score.dimensions.kecepatan).toEqual({ points: 1, possible: 3 });
    expect(score.dimensions.akurasi).toEqual({ points: 0, possible: 3 });
  });

  it('scores a writing task with the rubric', () => {
    const score = scoreRun(scenario, play('baik', 1, 'Kami sangat prihatin atas kejadian malam ini.', 2));
    expect(score.tasks[1]?.writing?.criteria.map((c) => [c.id, c.met])).toEqual([
      ['peduli', true],
      ['spekulasi', true],
    ]);
    expect(score.dimensions.empati).toEqual({ points: 4, possible: 4 });
    expect(score.dimensions.kecepatan).toEqual({ points: 4, possible: 5 });
  });

  it('uses the writing scorer it is given, and clamps whatever it returns', () => {
    const wild: WritingScorer = () => ({
      words: 1,
      notes: [],
      criteria: [
        { id: 'x', label: 'x', dimension: 'hukum', points: 2, earned: 9, met: true },
        { id: 'y', label: 'y', dimension: 'hukum', points: 2, earned: -3, met: false },
        { id: 'z', label: 'z', dimension: 'hukum', points: Number.NaN, earned: Number.NaN, met: false },
      ],
    });
    const score = scoreRun(scenario, play('baik', 1, 'apa saja'), wild);
    expect(score.dimensions.hukum).toEqual({ points: 2, possible: 4 });
  });

  it.each([
    [{ points: 0, possible: 0 }, null],
    [{ points: 0, possible: 4 }, 0],
    [{ points: 3, possible: 4 }, 75],
    [{ points: 2, possible: 3 }, 67],
    [{ points: 5, possible: 4 }, 100],
  ])('percentOf(%o) is %s', (tally, percent) => expect(percentOf(tally)).toBe(percent));
});

describe('writing rubric', () => {
  it('normalises case and punctuation and matches at the start of a word', () => {
    const text = normalizeForMatching('Kami PRIHATIN, sungguh-sungguh.');
    expect(containsKeyword(text, 'prihatin')).toBe(true);
    expect(containsKeyword(text, 'sungguh sungguh')).toBe(true);
    expect(containsKeyword(text, 'hatin')).toBe(false);
    expect(containsKeyword(text, '  ')).toBe(false);
  });

  it.each([
    ['', 0],
    ['  satu  ', 1],
    ['satu dua\ntiga', 3],
  ])('counts %j as %d words', (text, words) => expect(countWords(text)).toBe(words));

  it('meets an "ada" criterion with any keyword and a "tidak-ada" one only when none appears', () => {
    const good = scoreWithRubric(writingTask, 'Kami prihatin dan sedang memeriksa kejadian ini.');
    expect(good.criteria.map((c) => c.earned)).toEqual([2, 2]);
    const speculating = scoreWithRubric(writingTask, 'Api diduga dari dapur, kami sedang memeriksa.');
    expect(speculating.criteria.map((c) => c.met)).toEqual([false, false]);
  });

  it('gives no credit for avoiding mistakes in a text that is too short, and says why', () => {
    const short = scoreWithRubric(writingTask, 'Oke.');
    expect(short.criteria.map((c) => c.met)).toEqual([false, false]);
    expect(short.notes).toEqual(['Tulisan terlalu pendek: 1 kata, minimal 5 kata.']);
    expect(scoreWithRubric(writingTask, 'kata '.repeat(51)).notes).toEqual([
      'Tulisan terlalu panjang: 51 kata, sebaiknya paling banyak 50 kata.',
    ]);
  });
});
