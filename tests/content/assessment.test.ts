import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import * as z from 'zod/mini';
import { crisisTypeSchema } from '@/schemas/crisis-type';
import { questionnaireSchema } from '@/schemas/questionnaire';

const root = new URL('../../src/content/', import.meta.url);
const read = (path: string) => parse(readFileSync(new URL(path, root), 'utf8'));
const moduleExists = (id: string) => existsSync(new URL(`docs/modul/${id}.mdx`, root));

describe('crisis types (src/content/crisis-types/jenis-krisis.yaml)', () => {
  const types = read('crisis-types/jenis-krisis.yaml') as unknown[];

  it('every entry satisfies the schema', () => {
    for (const [index, type] of types.entries()) {
      const result = z.safeParse(crisisTypeSchema, type);
      expect(result.success, `butir ${index}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
    }
  });

  it('has at least 12 types with unique ids, including the types the programme names', () => {
    const ids = types.map((t) => (t as { id: string }).id);
    expect(ids.length).toBeGreaterThanOrEqual(12);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining([
        'pelarian',
        'kerusuhan',
        'kematian-dalam-tahanan',
        'narkotika',
        'pungli-pemerasan',
        'kekerasan-petugas',
        'kebakaran',
        'bencana-alam',
        'wabah-penyakit',
        'kelebihan-hunian',
        'kebocoran-data',
        'hoaks-video-viral',
        'pelanggaran-wbp-luar',
      ]),
    );
  });
});

describe('questionnaires (src/content/questionnaires/*.yaml)', () => {
  const files = readdirSync(new URL('questionnaires/', root)).filter((name) => name.endsWith('.yaml'));

  it('exist', () => {
    expect(files).toContain('kesiapan-krisis.yaml');
  });

  for (const file of files) {
    describe(file, () => {
      const raw = read(`questionnaires/${file}`);
      const parsed = z.safeParse(questionnaireSchema, raw);

      it('satisfies the schema', () => {
        expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      });

      if (!parsed.success) return;
      const questionnaire = parsed.data;
      const items = questionnaire.dimensions.flatMap((d) => d.items);

      it('has unique dimension and item ids', () => {
        const dimensionIds = questionnaire.dimensions.map((d) => d.id);
        expect(new Set(dimensionIds).size).toBe(dimensionIds.length);
        expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
      });

      it('has a scale from 0 upwards with distinct rising values', () => {
        const values = questionnaire.scale.map((s) => s.value);
        expect(values[0]).toBe(0);
        expect(values).toEqual([...new Set(values)].sort((a, b) => a - b));
      });

      it('links every recommendation to a module that exists', () => {
        for (const item of items) expect(moduleExists(item.module), `${item.id} → modul/${item.module}.mdx`).toBe(true);
      });

      if (file === 'kesiapan-krisis.yaml') {
        it('has at least 30 items in at least 7 dimensions', () => {
          expect(questionnaire.dimensions.length).toBeGreaterThanOrEqual(7);
          expect(items.length).toBeGreaterThanOrEqual(30);
        });
      }
    });
  }
});

describe('the holding-statement template the triage links to', () => {
  it('is the heading “Langkah 3: pernyataan awal” of the first-hours module', () => {
    const mdx = readFileSync(new URL('docs/modul/jam-pertama.mdx', root), 'utf8');
    expect(mdx).toMatch(/^## Langkah 3: pernyataan awal$/m);
  });
});
