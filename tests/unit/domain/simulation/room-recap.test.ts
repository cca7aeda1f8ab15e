import { describe, expect, it } from 'vitest';
import { applyAction, skipToNextEvent, startRun } from '@/domain/simulation/engine';
import { roomRecap, tallyLeader } from '@/domain/simulation/room-recap';
import type { SimulationRun } from '@/schemas/simulation-run';
import { smallScenario } from './fixture';

const scenario = smallScenario();
const MINUTE = 60_000;

function session(optionId: string, tally: Record<string, number>): SimulationRun {
  const result = applyAction(scenario, startRun(scenario, 'uji', 1, 0), { kind: 'keputusan', optionId, tally }, MINUTE);
  if (!result.ok) throw new Error(result.reason);
  return result.run;
}

describe('tallyLeader', () => {
  it('names the option with the most hands, and nobody on a tie or an empty tally', () => {
    expect(tallyLeader({ a: 12, b: 5, c: 3 })).toBe('a');
    expect(tallyLeader({ a: 4, b: 4 })).toBeUndefined();
    expect(tallyLeader({ a: 0 })).toBeUndefined();
    expect(tallyLeader({})).toBeUndefined();
  });
});

describe('roomRecap', () => {
  it('gives the tally per decision, the room’s choice and whether it was the recommended one', () => {
    const recap = roomRecap(scenario, session('buruk', { baik: 8, buruk: 12 }));
    expect(recap.decisions).toHaveLength(1);
    const [decision] = recap.decisions;
    expect(decision).toMatchObject({ stepId: 'awal', chosenId: 'buruk', total: 20, followedRecommended: false });
    expect(decision!.options.map((o) => [o.id, o.count, o.recommended])).toEqual([
      ['baik', 8, true],
      ['buruk', 12, false],
    ]);
    expect(recap.followed).toBe(0);
  });

  it('sets the room’s path against the recommended path', () => {
    const off = roomRecap(scenario, session('buruk', { buruk: 20 }));
    expect(off.roomPath.map((s) => s.stepId)).toEqual(['awal', 'akhir-buruk']);
    expect(off.recommendedPath.map((s) => s.stepId)).toEqual(['awal', 'tulis', 'akhir-baik']);
    let run = session('baik', { baik: 15, buruk: 5 });
    run = skipToNextEvent(scenario, run, MINUTE);
    const written = applyAction(scenario, run, { kind: 'tulisan', text: '' }, 2 * MINUTE);
    if (!written.ok) throw new Error(written.reason);
    const on = roomRecap(scenario, written.run);
    expect(on.roomPath.map((s) => s.stepId)).toEqual(on.recommendedPath.map((s) => s.stepId));
    expect(on.followed).toBe(1);
  });

  it('counts zero for options without a tally (a choice recorded without a show of hands)', () => {
    const recap = roomRecap(scenario, session('baik', {}));
    expect(recap.decisions[0]!.total).toBe(0);
    expect(recap.decisions[0]!.options.every((o) => o.count === 0)).toBe(true);
  });
});
