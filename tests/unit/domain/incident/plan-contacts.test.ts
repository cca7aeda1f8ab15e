import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import * as z from 'zod/mini';
import { planTemplateSchema, communicationPlanSchema } from '@/schemas/communication-plan';
import type { IncidentPerson } from '@/schemas/incident';
import { createPlan } from '@/domain/plan/plans';
import { planTemplateWithLevels } from '@/domain/plan/template-levels';
import { phoneKey, savePeopleToPlan } from '@/domain/incident/plan-contacts';
import { loadCrisisLevels } from '../../../content/fixtures/crisis-model';

const template = planTemplateWithLevels(
  z.parse(planTemplateSchema, parse(readFileSync(new URL('../../../../src/content/plan-templates/standar.yaml', import.meta.url), 'utf8'))),
  loadCrisisLevels(),
);
const NOW = new Date('2026-03-12T02:00:00Z');
const plan = () => createPlan(template, 'rk-uji', new Date('2026-01-01T00:00:00Z'), 'Lapas Telaga Bening (fiktif)');
const person = (id: string, name: string, phone: string, party: IncidentPerson['party'], role = ''): IncidentPerson => ({
  id,
  name,
  role,
  phone,
  party,
  typed: true,
});

describe('saving the people typed in the room to the plan', () => {
  it('puts each party where the room reads it back, and keeps the plan valid', () => {
    const {
      plan: saved,
      saved: names,
      skipped,
    } = savePeopleToPlan(
      plan(),
      [
        person('a', 'Bapak Kepala (fiktif)', '0812-0000-3333', 'kepala-upt', 'Kepala Lapas'),
        person('b', 'Piket Kanwil (fiktif)', '0812 0000 2222', 'kanwil'),
        person('c', 'Sinta (fiktif)', '0812-0000-1111', 'tim', 'Koordinator humas'),
        person('d', 'Klinik Sehat (fiktif)', '0812-0000-4444', 'mitra'),
      ],
      NOW,
    );
    expect(names).toEqual(['Bapak Kepala (fiktif)', 'Piket Kanwil (fiktif)', 'Sinta (fiktif)', 'Klinik Sehat (fiktif)']);
    expect(skipped).toEqual([]);
    expect(saved.team.find((m) => m.roleId === 'penanggung-jawab')).toMatchObject({
      name: 'Bapak Kepala (fiktif)',
      phone: '0812-0000-3333',
    });
    // The Kanwil fills the directory's empty Kanwil row instead of adding a second one.
    expect(saved.contacts.filter((c) => c.group === 'kanwil')).toEqual([
      { group: 'kanwil', organisation: 'Kanwil Ditjenpas', person: 'Piket Kanwil (fiktif)', phone: '0812 0000 2222', note: '' },
    ]);
    expect(saved.contacts).toContainEqual({
      group: 'internal',
      organisation: 'Koordinator humas',
      person: 'Sinta (fiktif)',
      phone: '0812-0000-1111',
      note: '',
    });
    expect(saved.contacts).toContainEqual({
      group: 'lainnya',
      organisation: 'Mitra',
      person: 'Klinik Sehat (fiktif)',
      phone: '0812-0000-4444',
      note: '',
    });
    expect(saved.updatedAt).toBe(NOW.toISOString());
    expect(z.safeParse(communicationPlanSchema, saved).success).toBe(true);
  });

  it('never adds a person twice: the same number written differently, or the same name without a number', () => {
    const first = savePeopleToPlan(
      plan(),
      [person('a', 'Sinta (fiktif)', '0812-0000-1111', 'tim'), person('b', 'Tanpa nomor', '', 'mitra')],
      NOW,
    );
    const again = savePeopleToPlan(
      first.plan,
      [person('c', 'Sinta P. (fiktif)', '081200001111', 'tim'), person('d', 'tanpa nomor', '', 'mitra')],
      NOW,
    );
    expect(again.saved).toEqual([]);
    expect(again.skipped.map((s) => s.reason)).toEqual(['sudah ada di rencana', 'sudah ada di rencana']);
    expect(again.plan).toBe(first.plan);
    expect(phoneKey('+62 812-0000-1111')).toBe('+6281200001111');
  });

  it('does not overwrite a Kepala UPT already in the plan', () => {
    const first = savePeopleToPlan(plan(), [person('a', 'Kepala lama (fiktif)', '0812-1', 'kepala-upt')], NOW);
    const second = savePeopleToPlan(first.plan, [person('b', 'Kepala baru (fiktif)', '0812-2', 'kepala-upt')], NOW);
    expect(second.saved).toEqual([]);
    expect(second.skipped[0]!.reason).toMatch(/sudah diisi/);
    expect(second.plan.team.find((m) => m.roleId === 'penanggung-jawab')!.name).toBe('Kepala lama (fiktif)');
  });
});
