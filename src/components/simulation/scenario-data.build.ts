// Build-time helpers shared by the simulation's Astro components.
import { getCollection, getEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import type { Scenario } from '@/schemas/scenario';
import { UNIT_TYPE_LABELS } from '@/schemas/unit-types';

/** A scenario by id; stops the build with a clear message when it does not exist or links to a missing module. */
export async function loadScenario(id: string, usedIn: string): Promise<Scenario> {
  const entry = await getEntry('scenarios', id);
  if (!entry) {
    const known = (await getCollection('scenarios')).map((s) => s.id).join(', ');
    throw new AstroError(
      `Skenario “${id}” tidak ditemukan (dipakai di ${usedIn}).`,
      `Skenario yang tersedia: ${known}. Periksa atribut scenario.`,
    );
  }
  if (!CRISIS_TYPE_LABELS[entry.data.crisisType]) {
    throw new AstroError(
      `Skenario “${id}” memakai jenis krisis “${entry.data.crisisType}” yang tidak ada.`,
      `Pakai salah satu id di src/content/crisis-types/jenis-krisis.yaml: ${Object.keys(CRISIS_TYPE_LABELS).join(', ')}.`,
    );
  }
  for (const lesson of entry.data.lessons) {
    if (!(await getEntry('docs', `modul/${lesson.module}`))) {
      throw new AstroError(
        `Skenario “${id}” merujuk ke modul “${lesson.module}” yang tidak ada.`,
        `Perbaiki “module” pada pelajaran kunci di src/content/scenarios/${id}.yaml.`,
      );
    }
  }
  return entry.data;
}

/** Full names of the unit kinds, from the one list (src/schemas/unit-types.ts). */
export const UNIT_KIND_LABELS: Record<Scenario['unit']['kind'], string> = UNIT_TYPE_LABELS;

/** Names of the crisis types, from the one list in src/content/crisis-types/ (scenarios refer to it by id). */
export const CRISIS_TYPE_LABELS: Readonly<Record<string, string>> = Object.fromEntries(
  (await getCollection('crisis-types')).map((entry) => [entry.data.id, entry.data.name]),
);

export const GENRE_LABELS = {
  'pernyataan-awal': 'Pernyataan awal',
  'balasan-unggahan': 'Balasan unggahan',
  'siaran-pers': 'Siaran pers singkat',
} as const;
