import { describe, expect, expectTypeOf, it } from 'vitest';
import { planFieldMaxLength, type PlanFieldPath, type RowFieldPath } from '@/domain/plan/field-paths';
import { getPlanField, setPlanField } from '@/domain/plan/plans';
import { communicationPlanSchema } from '@/schemas/communication-plan';
import { newPlan } from './fixtures';

describe('plan field paths are typed from the schema', () => {
  it('accepts every kind of real path and refuses wrong ones at the type check (astro check runs tsc over this file)', () => {
    expectTypeOf<'identity.unitName'>().toExtend<PlanFieldPath>();
    expectTypeOf<'team.3.phone'>().toExtend<PlanFieldPath>();
    expectTypeOf<'scenarios.0.messages.2.facts.1'>().toExtend<PlanFieldPath>();
    expectTypeOf<'monitoring.levels.1.criteria'>().toExtend<PlanFieldPath>();
    expectTypeOf<'messages.1.text'>().toExtend<RowFieldPath<'scenarios'>>();
    expectTypeOf<'reportTo'>().toExtend<RowFieldPath<'monitoring.levels'>>();
    // Paths that do not exist, or reach a list or a group instead of a text field.
    expectTypeOf<'identity.unitNama'>().not.toExtend<PlanFieldPath>();
    expectTypeOf<'team.phone'>().not.toExtend<PlanFieldPath>();
    expectTypeOf<'scenarios.0.messages'>().not.toExtend<PlanFieldPath>();
    expectTypeOf<'identity'>().not.toExtend<PlanFieldPath>();
    expectTypeOf<'phone'>().not.toExtend<RowFieldPath<'stakeholders'>>();

    const plan = newPlan();
    // @ts-expect-error a misspelt field: before the paths were typed, this silently did nothing
    setPlanField(plan, 'identity.unitNama', 'x');
    // @ts-expect-error a list is not a text field
    getPlanField(plan, 'scenarios.0.messages');
    expect(getPlanField(setPlanField(plan, 'team.3.phone', '0812345678'), 'team.3.phone')).toBe('0812345678');
  });
});

describe('planFieldMaxLength', () => {
  it.each<[PlanFieldPath, number]>([
    ['name', 160],
    ['identity.version', 20],
    ['team.7.phone', 40],
    ['approval.0.minutes', 6],
    ['scenarios.3.holdingStatement', 2000],
    ['scenarios.0.messages.2.facts.1', 400],
    ['scenarios.0.typeId', 80],
    ['monitoring.levels.0.criteria', 600],
  ])('reads the limit of %s from the schema (%i)', (path, max) => {
    expect(planFieldMaxLength(path)).toBe(max);
    // The schema itself refuses one character more (in the first row, which a new plan has): the limit read is the one enforced.
    const first = path.replace(/\.\d+\./g, '.0.') as PlanFieldPath;
    const over = { ...setPlanField(newPlan(), first, 'x'.repeat(max + 1)) };
    if (path === 'scenarios.0.typeId') over.scenarios = [{ ...over.scenarios[0]!, typeId: 'x'.repeat(max + 1) }];
    expect(communicationPlanSchema.safeParse(over).success).toBe(false);
    expect(communicationPlanSchema.safeParse(setPlanField(newPlan(), first, 'x'.repeat(max))).success).toBe(true);
  });

  it('throws for a path the schema does not have, or a field without a length limit', () => {
    expect(() => planFieldMaxLength('identity.unitNama' as PlanFieldPath)).toThrow(/No field “identity.unitNama”/);
    expect(() => planFieldMaxLength('identity.unitType')).toThrow(/no maximum length/);
  });
});
