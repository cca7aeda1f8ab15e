import { describe, expect, it } from 'vitest';
import { applyAction, skipToNextEvent, startRun } from '@/domain/simulation/engine';
import { compareTimelines, formatMinute, recommendedPath, reviewDecisions } from '@/domain/simulation/debrief';
import { smallScenario } from './fixture';

const MINUTE = 60_000;
const scenario = smallScenario();

describe('debrief', () => {
  it('builds the recommended timeline from recommended options and deadlines', () => {
    expect(recommendedPath(scenario)).toEqual([
      { stepId: 'awal', enteredAt: 0, actBy: 10, choice: 'Baik' },
      { stepId: 'tulis', enteredAt: 20, actBy: 35 },
      { stepId: 'akhir-baik', enteredAt: 40 },
    ]);
  });

  it('sets the participant’s timeline beside the recommended one, including steps only one of them saw', () => {
    const result = applyAction(scenario, startRun(scenario, 'uji', 1, 0), { kind: 'keputusan', optionId: 'buruk' }, 12 * MINUTE);
    if (!result.ok) throw new Error(result.reason);
    const rows = compareTimelines(scenario, result.run);
    expect(rows.map((r) => r.stepId)).toEqual(['awal', 'akhir-buruk', 'tulis', 'akhir-baik']);
    expect(rows[0]).toMatchObject({
      participant: { enteredAt: 0, actedAt: 12, choice: 'Buruk' },
      recommended: { actBy: 10, choice: 'Baik' },
    });
    expect(rows[1]?.recommended).toBeUndefined();
    expect(rows[2]?.participant).toBeUndefined();
  });

  it('says what each decision led to and what was recommended', () => {
    let result = applyAction(scenario, startRun(scenario, 'uji', 1, 0), { kind: 'keputusan', optionId: 'baik' }, 0);
    if (!result.ok) throw new Error(result.reason);
    result = applyAction(scenario, skipToNextEvent(scenario, result.run, 0), { kind: 'tulisan', text: 'x' }, 0);
    if (!result.ok) throw new Error(result.reason);
    const review = reviewDecisions(scenario, result.run);
    expect(review).toHaveLength(1);
    expect(review[0]).toMatchObject({ stepId: 'awal', prompt: 'Apa?', ledTo: 'Tulis' });
    expect(review[0]?.chosen.id).toBe('baik');
    expect(review[0]?.recommended.id).toBe('baik');
  });

  it.each([
    [undefined, '—'],
    [Number.NaN, '—'],
    [0, 'menit 0'],
    [12.9, 'menit 12'],
  ])('formats minute %s as %s', (minute, text) => expect(formatMinute(minute)).toBe(text));
});
