import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  planExamples,
  activePlan,
  addRow,
  createPlan,
  duplicatePlan,
  getPlanField,
  hasPersonalData,
  listAt,
  PLAN_LISTS,
  planTitle,
  removePlan,
  removeRow,
  rowTitle,
  setPlanField,
  upsertPlan,
  withoutPersonalData,
} from '@/domain/plan/plans';
import type { PlanFieldPath } from '@/domain/plan/field-paths';
import { communicationPlanSchema, communicationPlansSchema } from '@/schemas/communication-plan';
import { communicationPlansDocument } from '@/state/documents/communication-plans';
import { completePlan, loadTemplate, newPlan, NOW } from './fixtures';

describe('createPlan', () => {
  it('stores none of the template’s examples: they are shown as examples (planExamples), the unit writes its own', () => {
    const template = loadTemplate();
    const plan = newPlan();
    expect(plan.stakeholders.every((s) => s.audience === '' && s.concern === '' && s.channel === '')).toBe(true);
    expect(plan.channels.map((c) => c.channel)).toEqual(template.channels.map(() => ''));
    expect(plan.contacts.map((c) => [c.group, c.organisation])).toEqual(template.contacts.map((c) => [c.group, '']));
    const examples = planExamples(template);
    expect(examples.stakeholders?.[0]?.audience).toBe(template.stakeholders[0]!.audience);
    expect(examples.contacts?.map((c) => c.organisation)).toEqual(template.contacts.map((c) => c.organisation));
    // The model stays: roles, the approval chain and the first-hour steps are values the unit adapts.
    expect(plan.approval.map((s) => s.who)).toEqual(template.approval.map((s) => s.who));
    expect(plan.firstHour.map((s) => s.action)).toEqual(template.firstHour.map((s) => s.action));
  });

  it('starts from the template: its roles, chain, directory groups and steps, with nothing personal filled in', () => {
    const template = loadTemplate();
    const plan = createPlan(template, 'rk-1', NOW, 'Rencana 2026');
    expect(z.safeParse(communicationPlanSchema, plan).success).toBe(true);
    expect(plan.team.map((m) => m.roleId)).toEqual(template.roles.map((r) => r.id));
    expect(plan.approval.map((s) => s.level)).toEqual(template.approval.map((s) => s.level));
    expect(plan.contacts.map((c) => c.group)).toEqual(template.contacts.map((c) => c.group));
    expect(plan.firstHour).toHaveLength(template.firstHour.length);
    expect(hasPersonalData(plan)).toBe(false);
    expect(plan).toMatchObject({ id: 'rk-1', name: 'Rencana 2026', createdAt: NOW.toISOString(), updatedAt: NOW.toISOString() });
  });
});

describe('setPlanField and getPlanField', () => {
  it.each<PlanFieldPath>([
    'identity.unitName',
    'team.3.phone',
    'approval.0.level',
    'scenarios.0.messages.2.facts.1',
    'monitoring.levels.1.criteria',
    'evaluation.method',
  ])('sets the text at %s and leaves the original untouched', (path) => {
    const plan = newPlan();
    const next = setPlanField(plan, path, 'baru');
    expect(getPlanField(next, path)).toBe('baru');
    expect(getPlanField(plan, path)).not.toBe('baru');
  });

  it.each([
    '',
    'identity',
    'team',
    'team.99.phone',
    'team.0.tidakAda',
    'scenarios.0.messages',
    '__proto__.polluted',
    'constructor.name',
    'identity.unitName.length',
  ])('ignores %j, which is not a text field', (path) => {
    const plan = newPlan();
    // The page reads a field's path from its markup: a string the type check cannot see, so it is checked here too.
    expect(setPlanField(plan, path as PlanFieldPath, 'x')).toBe(plan);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('rows', () => {
  it.each(PLAN_LISTS)('adds a blank valid row to %s and removes it again', (list) => {
    const plan = newPlan();
    const added = addRow(plan, list, 'baris-baru');
    expect(listAt(added, list)).toHaveLength(listAt(plan, list).length + 1);
    expect(z.safeParse(communicationPlanSchema, added).success).toBe(true);
    const removed = removeRow(added, list, listAt(added, list).length - 1);
    expect(removed).toEqual(plan);
  });

  it('removes the row at the index, keeping the others in order', () => {
    const plan = removeRow(newPlan(), 'team', 1);
    expect(plan.team.map((m) => m.roleId)).toEqual([
      'penanggung-jawab',
      'koordinator-humas',
      'pemantauan',
      'dokumentasi',
      'penghubung-pengamanan',
      'penghubung-mitra',
    ]);
  });

  it.each([
    ['team', { role: 'Juru bicara' }, 1, 'Juru bicara'],
    ['team', { role: ' ' }, 1, 'Peran 2'],
    ['approval', {}, 0, 'Langkah 1'],
    ['contacts', { organisation: 'Polres' }, 0, 'Polres'],
    ['stakeholders', { audience: '' }, 2, 'Khalayak 3'],
    ['scenarios', { typeName: 'Pelarian' }, 0, 'Skenario 1: Pelarian'],
    ['scenarios', { typeName: '' }, 1, 'Skenario 2'],
    ['channels', { channel: 'X' }, 0, 'X'],
    ['monitoring.levels', { level: '' }, 0, 'Tingkat 1'],
    ['firstHour', {}, 4, 'Langkah 5'],
  ] as const)('a %s row %j at %i is titled %j', (list, row, index, title) => {
    expect(rowTitle(list, row, index)).toBe(title);
  });
});

describe('several plans', () => {
  it('duplicates a plan into an independent copy with its own id', () => {
    const original = completePlan();
    const copy = duplicatePlan(original, 'rk-2', new Date('2026-12-01T00:00:00Z'), 'Salinan revisi');
    expect(copy).toMatchObject({ id: 'rk-2', name: 'Salinan revisi', createdAt: '2026-12-01T00:00:00.000Z' });
    expect(copy.scenarios[0]?.id).toBe('rk-2-skenario-1');
    expect(copy.identity).toEqual(original.identity);
    copy.team[0]!.name = 'Diubah';
    expect(original.team[0]!.name).toBe('Petugas 1');
  });

  it('adds, replaces, opens and removes plans', () => {
    const a = { ...newPlan(), id: 'a', name: 'A' };
    const b = { ...newPlan(), id: 'b', name: 'B' };
    const c = { ...newPlan(), id: 'c', name: 'C' };
    let data = upsertPlan(upsertPlan(upsertPlan({ plans: [], activeId: '' }, a), b), c);
    expect(data.plans.map((p) => p.id)).toEqual(['a', 'b', 'c']);
    expect(data.activeId).toBe('c');
    data = upsertPlan(data, { ...a, name: 'A2' });
    expect(data.plans.map((p) => p.name)).toEqual(['A2', 'B', 'C']);
    expect(activePlan(data)?.id).toBe('a');
    data = removePlan({ ...data, activeId: 'b' }, 'b');
    expect(data).toMatchObject({ activeId: 'a' });
    expect(data.plans.map((p) => p.id)).toEqual(['a', 'c']);
    data = removePlan(data, 'c');
    expect(data.activeId).toBe('a');
    data = removePlan(data, 'a');
    expect(data).toEqual({ plans: [], activeId: '' });
    expect(activePlan(data)).toBeUndefined();
    expect(removePlan(data, 'tidak-ada')).toBe(data);
  });

  it('opens the first plan when the open one is unknown', () => {
    expect(activePlan({ plans: [{ ...newPlan(), id: 'x' }], activeId: 'hilang' })?.id).toBe('x');
  });

  it.each([
    [{ name: 'Rencana 2026', unit: 'Lapas' }, 'Rencana 2026'],
    [{ name: ' ', unit: 'Rutan Kelas IIB Rantau Sejuk' }, 'Rutan Kelas IIB Rantau Sejuk'],
    [{ name: '', unit: '' }, 'Rencana tanpa nama'],
  ])('lists %j as %j', ({ name, unit }, title) => {
    const plan = newPlan();
    expect(planTitle({ ...plan, name, identity: { ...plan.identity, unitName: unit } })).toBe(title);
  });
});

describe('personal data', () => {
  it.each<[PlanFieldPath, string]>([
    ['identity.owner', 'Rina'],
    ['team.0.name', 'Budi'],
    ['team.2.phone', '0812345678'],
    ['team.5.deputyName', 'Sari'],
    ['team.6.deputyPhone', '0812345678'],
    ['contacts.0.person', 'Andi'],
    ['contacts.4.phone', '0511 335 012'],
  ])('%s makes a plan hold personal data', (path, value) => {
    expect(hasPersonalData(setPlanField(newPlan(), path, value))).toBe(true);
  });

  it('leaves roles, institutions and everything else in a plan without personal data', () => {
    const plan = completePlan();
    const shared = withoutPersonalData(plan);
    expect(hasPersonalData(plan)).toBe(true);
    expect(hasPersonalData(shared)).toBe(false);
    expect(shared.team.map((m) => m.role)).toEqual(plan.team.map((m) => m.role));
    expect(shared.contacts.map((c) => c.organisation)).toEqual(plan.contacts.map((c) => c.organisation));
    expect(shared.scenarios).toEqual(plan.scenarios);
    expect(shared.identity.unitName).toBe(plan.identity.unitName);
  });
});

describe('the stored document', () => {
  const def = communicationPlansDocument;
  const a = { ...completePlan(), id: 'a', updatedAt: '2026-11-01T00:00:00.000Z' };
  const b = { ...newPlan(), id: 'b', name: 'B', updatedAt: '2026-11-02T00:00:00.000Z' };

  it('is valid when empty, summarised and recognised as empty', () => {
    expect(z.safeParse(communicationPlansSchema, def.initial).success).toBe(true);
    expect(def.isEmpty(def.initial)).toBe(true);
    expect(def.summarize(def.initial)).toBe('Belum ada rencana');
    expect(def.summarize({ plans: [a, b], activeId: 'a' })).toBe('2 rencana: Rencana 2026, B');
  });

  it('merges by plan: the more recently changed version wins, plans on one side are kept', () => {
    const newerA = { ...a, name: 'A dari berkas', updatedAt: '2026-11-05T00:00:00.000Z' };
    const olderB = { ...b, name: 'B lama', updatedAt: '2026-10-01T00:00:00.000Z' };
    const c = { ...newPlan(), id: 'c', name: 'C' };
    const merged = def.merge!({ plans: [a, b], activeId: 'b' }, { plans: [newerA, olderB, c], activeId: 'c' });
    expect(merged.plans.map((p) => p.name)).toEqual(['A dari berkas', 'B', 'C']);
    expect(merged.activeId).toBe('b');
  });
});
