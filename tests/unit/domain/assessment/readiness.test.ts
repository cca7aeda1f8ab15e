import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  READINESS_LEVELS,
  assessmentProgress,
  compareAssessments,
  readinessLevel,
  scoreAssessment,
  weakestAreas,
} from '@/domain/assessment/readiness';
import type { Questionnaire } from '@/schemas/questionnaire';

const item = (id: string, module = 'jam-pertama') => ({
  id,
  text: `Pernyataan ${id}`,
  why: 'Alasan.',
  recommendation: `Saran ${id}`,
  module,
});

// Dimensions of different sizes, so equal weighting per dimension is visible.
const questionnaire: Questionnaire = {
  title: 'Uji',
  description: 'Uji',
  scale: [
    { value: 0, label: 'Belum ada', hint: '-' },
    { value: 1, label: 'Baru dimulai', hint: '-' },
    { value: 2, label: 'Ada sebagian', hint: '-' },
    { value: 3, label: 'Ada dan teruji', hint: '-' },
  ],
  dimensions: [
    { id: 'a', name: 'A', description: '-', items: [item('a1'), item('a2')] },
    { id: 'b', name: 'B', description: '-', items: [item('b1'), item('b2'), item('b3'), item('b4')] },
    { id: 'c', name: 'C', description: '-', items: [item('c1'), item('c2')] },
    { id: 'd', name: 'D', description: '-', items: [item('d1'), item('d2')] },
  ],
};
const allItems = questionnaire.dimensions.flatMap((d) => d.items.map((i) => i.id));
const everything = (value: number) => Object.fromEntries(allItems.map((id) => [id, value]));

describe('readinessLevel', () => {
  it.each([
    [0, 'awal'],
    [39, 'awal'],
    [40, 'berkembang'],
    [59, 'berkembang'],
    [60, 'siap'],
    [79, 'siap'],
    [80, 'tangguh'],
    [100, 'tangguh'],
  ])('score %i is level %s', (score, level) => {
    expect(readinessLevel(score).id).toBe(level);
  });

  it('has levels in rising order, each with a plain explanation', () => {
    const starts = READINESS_LEVELS.map((l) => l.from);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const level of READINESS_LEVELS) expect(level.explanation.length).toBeGreaterThan(60);
  });

  it('never goes down when the score goes up', () => {
    const rank = (score: number) => READINESS_LEVELS.indexOf(readinessLevel(score));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (a, b) =>
        a <= b ? rank(a) <= rank(b) : rank(a) >= rank(b),
      ),
    );
  });
});

describe('assessmentProgress', () => {
  it('counts answered items overall and per dimension, ignoring unknown ids and values off the scale', () => {
    const progress = assessmentProgress(questionnaire, { a1: 3, b1: 0, b2: 7, zz: 2 });
    expect(progress).toEqual({
      answered: 2,
      total: 10,
      dimensions: {
        a: { answered: 1, total: 2 },
        b: { answered: 1, total: 4 },
        c: { answered: 0, total: 2 },
        d: { answered: 0, total: 2 },
      },
    });
  });
});

describe('scoreAssessment', () => {
  it('gives 0 and 100 at the ends of the scale', () => {
    expect(scoreAssessment(questionnaire, everything(0))).toMatchObject({ overall: 0, level: { id: 'awal' } });
    expect(scoreAssessment(questionnaire, everything(3))).toMatchObject({ overall: 100, level: { id: 'tangguh' } });
  });

  it('scores each dimension as a share of its possible points, and the whole as the mean of dimensions', () => {
    // A: 6/6 = 100; B: 3/12 = 25; C: 0; D: 3/6 = 50 → mean 43.75 → 44
    const result = scoreAssessment(questionnaire, { a1: 3, a2: 3, b1: 3, b2: 0, b3: 0, b4: 0, c1: 0, c2: 0, d1: 1, d2: 2 });
    expect(result.dimensions).toEqual([
      { id: 'a', name: 'A', score: 100 },
      { id: 'b', name: 'B', score: 25 },
      { id: 'c', name: 'C', score: 0 },
      { id: 'd', name: 'D', score: 50 },
    ]);
    expect(result.overall).toBe(44);
    expect(result.level.id).toBe('berkembang');
  });

  it('counts an unanswered item as the lowest value', () => {
    expect(scoreAssessment(questionnaire, { a1: 3 }).dimensions[0]!.score).toBe(50);
  });

  it('decides the level on the rounded score the user sees (39.5 shows as 40, level berkembang)', () => {
    // Dimension scores 100, 0, 0, 58 → mean 39.58… → 40
    const q: Questionnaire = {
      ...questionnaire,
      dimensions: questionnaire.dimensions.map((d, i) =>
        i === 3 ? { ...d, items: Array.from({ length: 12 }, (_, k) => item(`d${k}`)) } : d,
      ),
    };
    const answers = { a1: 3, a2: 3, ...Object.fromEntries(Array.from({ length: 12 }, (_, k) => [`d${k}`, k < 7 ? 3 : 0])) };
    const result = scoreAssessment(q, answers);
    expect(result.dimensions.map((d) => d.score)).toEqual([100, 0, 0, 58]);
    expect(result.overall).toBe(40);
    expect(result.level.id).toBe('berkembang');
  });

  it('always stays between 0 and 100', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: allItems.length, maxLength: allItems.length }), (values) => {
        const result = scoreAssessment(questionnaire, Object.fromEntries(allItems.map((id, i) => [id, values[i]!])));
        return result.overall >= 0 && result.overall <= 100 && result.dimensions.every((d) => d.score >= 0 && d.score <= 100);
      }),
    );
  });
});

describe('weakestAreas', () => {
  const answers = { a1: 3, a2: 3, b1: 2, b2: 0, b3: 3, b4: 1, c1: 1, c2: 1, d1: 3, d2: 1 };
  const scores = scoreAssessment(questionnaire, answers).dimensions; // A 100, B 50, C 33, D 67

  it('lists the three lowest dimensions, lowest first', () => {
    expect(weakestAreas(questionnaire, answers, scores).map((w) => [w.dimensionId, w.score])).toEqual([
      ['c', 33],
      ['b', 50],
      ['d', 67],
    ]);
  });

  it('recommends every item below full marks, lowest answer first, with its module', () => {
    const [, b] = weakestAreas(questionnaire, answers, scores);
    expect(b!.recommendations.map((r) => [r.itemId, r.answer])).toEqual([
      ['b2', 0],
      ['b4', 1],
      ['b1', 2],
    ]);
    expect(b!.recommendations[0]).toMatchObject({ text: 'Saran b2', module: 'jam-pertama', item: 'Pernyataan b2' });
  });

  it('keeps questionnaire order for equal scores and honours the count', () => {
    const flat = scoreAssessment(questionnaire, everything(2)).dimensions;
    expect(weakestAreas(questionnaire, everything(2), flat, 2).map((w) => w.dimensionId)).toEqual(['a', 'b']);
  });

  it('has no recommendation for a dimension at full marks', () => {
    const full = scoreAssessment(questionnaire, everything(3)).dimensions;
    expect(weakestAreas(questionnaire, everything(3), full).every((w) => w.recommendations.length === 0)).toBe(true);
  });
});

describe('compareAssessments', () => {
  const previous = {
    overall: 50,
    dimensions: [
      { id: 'a', name: 'A', score: 40 },
      { id: 'b', name: 'B', score: 70 },
      { id: 'c', name: 'C', score: 50 },
    ],
  };
  const current = {
    overall: 55,
    dimensions: [
      { id: 'a', name: 'A', score: 70 },
      { id: 'b', name: 'B', score: 60 },
      { id: 'c', name: 'C', score: 50 },
      { id: 'n', name: 'Baru', score: 30 },
    ],
  };

  it('shows the change per dimension and overall, what improved and what fell', () => {
    const result = compareAssessments(current, previous);
    expect(result.overallBefore).toBe(50);
    expect(result.overallChange).toBe(5);
    expect(result.dimensions).toEqual([
      { id: 'a', name: 'A', before: 40, after: 70, change: 30 },
      { id: 'b', name: 'B', before: 70, after: 60, change: -10 },
      { id: 'c', name: 'C', before: 50, after: 50, change: 0 },
      { id: 'n', name: 'Baru', before: undefined, after: 30, change: 0 },
    ]);
    expect(result.improved.map((d) => d.id)).toEqual(['a']);
    expect(result.fell.map((d) => d.id)).toEqual(['b']);
  });

  it('orders the largest changes first', () => {
    const result = compareAssessments(
      {
        overall: 0,
        dimensions: [
          { id: 'a', name: 'A', score: 20 },
          { id: 'b', name: 'B', score: 60 },
          { id: 'c', name: 'C', score: 0 },
          { id: 'd', name: 'D', score: 45 },
        ],
      },
      {
        overall: 0,
        dimensions: [
          { id: 'a', name: 'A', score: 10 },
          { id: 'b', name: 'B', score: 20 },
          { id: 'c', name: 'C', score: 5 },
          { id: 'd', name: 'D', score: 90 },
        ],
      },
    );
    expect(result.improved.map((d) => d.id)).toEqual(['b', 'a']);
    expect(result.fell.map((d) => d.id)).toEqual(['d', 'c']);
  });
});
