import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addRiskScenarios, planCoversRisk, type OfferedRisk } from '@/domain/plan/risk-scenarios';
import { emptyScenario, setPlanField, withList } from '@/domain/plan/plans';
import { communicationPlanSchema, MAX_SCENARIOS } from '@/schemas/communication-plan';
import * as z from 'zod/mini';
import { completePlan, newPlan } from './fixtures';

const FIRE: OfferedRisk = { typeId: 'kebakaran', name: 'Kebakaran' };
const ESCAPE: OfferedRisk = { typeId: 'pelarian', name: 'Pelarian WBP' };
const DRUGS: OfferedRisk = { typeId: 'narkotika', name: 'Narkotika dari dalam unit' };
const ids = (index: number) => `baru-${index}`;

describe('planCoversRisk', () => {
  it.each([
    ['a scenario taken from the map before', { typeId: 'kebakaran', typeName: 'Kebakaran gudang' }, true],
    ['a scenario typed with the same name', { typeName: '  kebakaran ' }, true],
    ['a scenario with another type id and name', { typeId: 'pelarian', typeName: 'Pelarian WBP' }, false],
    ['a blank scenario', { typeName: '' }, false],
    ['a name that only contains the type', { typeName: 'Kebakaran dapur' }, false],
  ])('%s → %s', (_, scenario, covered) => {
    const plan = withList(newPlan(), 'scenarios', [{ ...emptyScenario('s1'), ...scenario }]);
    expect(planCoversRisk(plan, FIRE)).toBe(covered);
  });
});

describe('addRiskScenarios', () => {
  it('fills the blank scenario a new plan starts with, then adds rows with the type id and name', () => {
    const plan = newPlan();
    expect(plan.scenarios).toHaveLength(1);
    const { plan: next, added, duplicates, overLimit } = addRiskScenarios(plan, [DRUGS, ESCAPE, FIRE], ids);
    expect(added).toEqual([DRUGS, ESCAPE, FIRE]);
    expect(duplicates).toEqual([]);
    expect(overLimit).toEqual([]);
    expect(next.scenarios.map((s) => [s.id, s.typeId, s.typeName])).toEqual([
      [plan.scenarios[0]!.id, 'narkotika', 'Narkotika dari dalam unit'],
      ['baru-1', 'pelarian', 'Pelarian WBP'],
      ['baru-2', 'kebakaran', 'Kebakaran'],
    ]);
    // The added rows are complete, empty scenarios the schema accepts.
    expect(next.scenarios[2]!.messages).toHaveLength(3);
    expect(z.safeParse(communicationPlanSchema, next).success).toBe(true);
    // The plan given is not changed.
    expect(plan.scenarios[0]!.typeName).toBe('');
  });

  it('never duplicates a type the plan already has, nor one asked for twice', () => {
    const plan = completePlan(); // has "Kebakaran dapur", typed by hand
    const once = addRiskScenarios(plan, [FIRE, ESCAPE, ESCAPE], ids);
    expect(once.added).toEqual([FIRE, ESCAPE]);
    expect(once.duplicates).toEqual([ESCAPE]);
    const twice = addRiskScenarios(once.plan, [FIRE, ESCAPE], ids);
    expect(twice.added).toEqual([]);
    expect(twice.duplicates).toEqual([FIRE, ESCAPE]);
    expect(twice.plan).toBe(once.plan);
  });

  it('keeps rows the user has started, even without a crisis type', () => {
    const started = setPlanField(newPlan(), 'scenarios.0.holdingStatement', 'Draf pernyataan.');
    const { plan } = addRiskScenarios(started, [FIRE], ids);
    expect(plan.scenarios.map((s) => s.typeName)).toEqual(['', 'Kebakaran']);
    expect(plan.scenarios[0]!.holdingStatement).toBe('Draf pernyataan.');
  });

  it('stops at the limit of scenarios and says which risks were left out', () => {
    const full = withList(
      newPlan(),
      'scenarios',
      Array.from({ length: MAX_SCENARIOS - 1 }, (_, i) => emptyScenario(`s${i}`, `Jenis ${i}`)),
    );
    const { plan, added, overLimit } = addRiskScenarios(full, [FIRE, ESCAPE, DRUGS], ids);
    expect(added).toEqual([FIRE]);
    expect(overLimit).toEqual([ESCAPE, DRUGS]);
    expect(plan.scenarios).toHaveLength(MAX_SCENARIOS);
  });

  it('property: every offered type ends up in the plan exactly once, unless the limit is reached', () => {
    const risk = fc.constantFrom(FIRE, ESCAPE, DRUGS, { typeId: 'wabah-penyakit', name: 'Wabah penyakit' });
    fc.assert(
      fc.property(fc.array(risk, { maxLength: 8 }), fc.array(risk, { maxLength: 8 }), (first, second) => {
        const plan = addRiskScenarios(addRiskScenarios(newPlan(), first, ids).plan, second, (i) => `dua-${i}`).plan;
        for (const r of new Set([...first, ...second])) expect(plan.scenarios.filter((s) => s.typeId === r.typeId)).toHaveLength(1);
        expect(new Set(plan.scenarios.map((s) => s.id)).size).toBe(plan.scenarios.length);
      }),
    );
  });
});
