// Build-time helpers shared by the simulation's Astro components.
import { getCollection, getEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import type { Scenario } from '@/schemas/scenario';

/** A scenario by id; stops the build with a clear message when it does not exist or links to a missing module. */
export async function loadScenario(id: string, usedIn: string): Promise<Scenario> {
  const entry = await getEntry('scenarios', id);
  if (!entry) {
    const known = (await getCollection('scenarios')).map((s) => s.id).join(', ');
    throw new AstroError(`Skenario “${id}” tidak ditemukan (dipakai di ${usedIn}).`, `Skenario yang tersedia: ${known}. Periksa atribut scenario.`);
  }
  for (const lesson of entry.data.lessons) {
    if (!(await getEntry('docs', `modul/${lesson.module}`))) {
      throw new AstroError(`Skenario “${id}” merujuk ke modul “${lesson.module}” yang tidak ada.`, `Perbaiki “module” pada pelajaran kunci di src/content/scenarios/${id}.yaml.`);
    }
  }
  return entry.data;
}

/** JSON for a <script type="application/json">: "<" escaped so the text can never close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

export const UNIT_KIND_LABELS: Record<Scenario['unit']['kind'], string> = {
  Lapas: 'Lembaga Pemasyarakatan (Lapas)',
  Rutan: 'Rumah Tahanan Negara (Rutan)',
  Bapas: 'Balai Pemasyarakatan (Bapas)',
  LPKA: 'Lembaga Pembinaan Khusus Anak (LPKA)',
};

export const CRISIS_TYPE_LABELS: Record<Scenario['crisisType'], string> = {
  pelarian: 'Pelarian',
  kerusuhan: 'Kericuhan',
  kematian: 'Kematian di dalam tahanan',
  narkoba: 'Peredaran narkotika',
  pemerasan: 'Dugaan pemerasan',
  kebakaran: 'Kebakaran',
  'kebocoran-data': 'Kebocoran data',
  'klien-pemasyarakatan': 'Perilaku klien pemasyarakatan',
  hoaks: 'Hoaks dan video viral',
};

export const GENRE_LABELS = {
  'pernyataan-awal': 'Pernyataan awal',
  'balasan-unggahan': 'Balasan unggahan',
  'siaran-pers': 'Siaran pers singkat',
} as const;
