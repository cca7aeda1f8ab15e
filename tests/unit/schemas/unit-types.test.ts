import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { CORRECTIONAL_UNIT_TYPES, UNIT_TYPES, UNIT_TYPE_CHOICES, UNIT_TYPE_LABELS, normalizeUnitType } from '@/schemas/unit-types';
import { profileSchema } from '@/schemas/profile';
import { communicationPlanSchema } from '@/schemas/communication-plan';
import { siteConfigSchema } from '@/schemas/site-config';
import { scenarioSchema } from '@/schemas/scenario';
import { packageUnitSchema } from '@/schemas/mentoring';

/** The options of a zod/mini enum. */
const options = (schema: unknown) => Object.keys((schema as { def: { entries: Record<string, string> } }).def.entries);

describe('unit types: one list', () => {
  it('has the four correctional units, the regional office and "Lainnya", each with a label', () => {
    expect(UNIT_TYPES).toEqual(['Lapas', 'Rutan', 'Bapas', 'LPKA', 'Kanwil', 'Lainnya']);
    expect(UNIT_TYPE_CHOICES).toEqual(['', ...UNIT_TYPES]);
    for (const type of UNIT_TYPES) expect(UNIT_TYPE_LABELS[type].length).toBeGreaterThan(3);
  });

  it('is the list every schema uses', () => {
    expect(options(profileSchema.shape.unitType)).toEqual([...UNIT_TYPE_CHOICES]);
    expect(options(communicationPlanSchema.shape.identity.shape.unitType)).toEqual([...UNIT_TYPE_CHOICES]);
    expect(options(siteConfigSchema.shape.organisationType)).toEqual([...UNIT_TYPES]);
    expect(options(scenarioSchema.def.shape.unit.shape.kind)).toEqual([...CORRECTIONAL_UNIT_TYPES]);
    expect(options(packageUnitSchema.shape.type)).toEqual([...UNIT_TYPE_CHOICES]);
  });

  it('no component or schema writes its own list', () => {
    for (const file of [
      'src/components/data/MyData.astro',
      'src/components/mentoring/MentoringPackage.astro',
      'src/schemas/profile.ts',
      'src/schemas/site-config.ts',
      'src/schemas/communication-plan.ts',
      'src/schemas/scenario.ts',
    ]) {
      const source = readFileSync(new URL(`../../../${file}`, import.meta.url), 'utf8');
      expect(source, file).not.toMatch(/['>]Bapas['<][\s\S]{0,40}['>]LPKA['<]/);
    }
  });

  it('reads the older "Kantor Wilayah" as "Kanwil" and leaves the rest', () => {
    expect(normalizeUnitType('Kantor Wilayah')).toBe('Kanwil');
    expect(normalizeUnitType('Rutan')).toBe('Rutan');
  });
});
