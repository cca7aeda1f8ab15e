import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import * as z from 'zod/mini';
import { communicationPlanSchema, planTemplateSchema } from '@/schemas/communication-plan';
import { createPlan } from '@/domain/plan/plans';
import { planTemplateWithLevels } from '@/domain/plan/template-levels';
import { loadCrisisLevels } from './fixtures/crisis-model';
import { REQUIRED_CONTACT_GROUPS } from '@/domain/plan/sections';
import { describeIssues } from '@/domain/storage/describe-issues';

const folder = new URL('../../src/content/plan-templates/', import.meta.url);
const files = readdirSync(folder).filter((name) => name.endsWith('.yaml'));

it('there is the standard plan template that the page uses', () => {
  expect(files).toContain('standar.yaml');
});

describe.each(files)('plan template %s', (name) => {
  const raw = parse(readFileSync(new URL(name, folder), 'utf8'));
  const parsed = z.safeParse(planTemplateSchema, raw);

  it('satisfies the template schema', () => {
    expect(parsed.success, parsed.success ? '' : describeIssues(parsed.error.issues)).toBe(true);
  });

  const template = parsed.success ? parsed.data : undefined;

  it('has the roles the programme names, each once', () => {
    const ids = template!.roles.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const role of [
      'penanggung-jawab',
      'juru-bicara',
      'koordinator-humas',
      'pemantauan',
      'dokumentasi',
      'penghubung-pengamanan',
      'penghubung-mitra',
    ])
      expect(ids).toContain(role);
  });

  it('reaches the regional office and the directorate general in its approval chain, in that order', () => {
    const levels = template!.approval.map((s) => s.level);
    expect(levels.indexOf('kanwil')).toBeGreaterThan(levels.lastIndexOf('upt'));
    expect(levels.indexOf('ditjenpas')).toBeGreaterThan(levels.lastIndexOf('kanwil'));
  });

  it('starts the directory with every required group', () => {
    const groups = new Set(template!.contacts.map((c) => c.group));
    for (const group of REQUIRED_CONTACT_GROUPS) expect(groups).toContain(group);
  });

  it('makes a new plan that is valid stored data', () => {
    const plan = createPlan(planTemplateWithLevels(template!, loadCrisisLevels()), 'rk-uji', new Date('2026-01-01T00:00:00Z'));
    const result = z.safeParse(communicationPlanSchema, plan);
    expect(result.success, result.success ? '' : describeIssues(result.error.issues)).toBe(true);
  });

  it('uses the current institution names, not the pre-2024 ones', () => {
    const text = readFileSync(new URL(name, folder), 'utf8');
    expect(text).not.toMatch(/Kemenkumham|Divisi Pemasyarakatan/);
  });
});
