// One crisis model across the site: the level model and the crisis-type list are defined once
// (src/content/crisis-levels/, src/content/crisis-types/); these tests fail when a copy drifts from them.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import * as z from 'zod/mini';
import { findLevelModelProblems, levelDeadlines, reportMinutes } from '@/domain/crisis-model/levels';
import { planTemplateSchema, communicationPlanSchema } from '@/schemas/communication-plan';
import { createPlan } from '@/domain/plan/plans';
import { planTemplateWithLevels } from '@/domain/plan/template-levels';
import { describeIssues } from '@/domain/storage/describe-issues';
import { readDocs } from './docs';
import { loadCrisisLevels, loadCrisisTypes } from './fixtures/crisis-model';

const levels = loadCrisisLevels();
const types = loadCrisisTypes();
const content = new URL('../../src/content/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, content), 'utf8');
const yamlFiles = (folder: string) =>
  readdirSync(new URL(`${folder}/`, content))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => `${folder}/${name}`);
const docs = readDocs();
/** Every text a reader meets that may speak of levels: pages, exercise data and the triage's own strings. */
const texts: Array<[string, string]> = [
  ...docs.map((doc) => [doc.file, doc.body] as [string, string]),
  ...['checklists', 'scenarios', 'press-release-drills', 'questionnaires', 'plan-templates', 'crisis-types']
    .flatMap(yamlFiles)
    .map((file) => [file, read(file)] as [string, string]),
  ['src/domain/assessment/triage.ts', readFileSync(new URL('../../src/domain/assessment/triage.ts', import.meta.url), 'utf8')],
];
const level = (n: number) => levels.find((entry) => entry.level === n)!;

describe('the crisis-level model', () => {
  it('has the four levels most of the site teaches, numbered 1–4, and is coherent', () => {
    expect(levels.map((entry) => `${entry.level} ${entry.name}`)).toEqual(['1 Pantau', '2 Waspada', '3 Siaga', '4 Darurat']);
    expect(findLevelModelProblems(levels)).toEqual([]);
  });

  it('tells the Kanwil at once from level 3 and Ditjenpas from level 3, as the modules teach', () => {
    expect(reportMinutes(level(2), 'kanwil')).toBeUndefined();
    for (const n of [3, 4]) {
      expect(reportMinutes(level(n), 'kanwil')).toBeGreaterThan(0);
      expect(reportMinutes(level(n), 'ditjenpas')).toBeGreaterThan(0);
    }
    expect(levelDeadlines(level(3)).map((d) => d.id)).toEqual(['kepala-upt', 'kanwil', 'ditjenpas', 'pernyataan-awal', 'kabar-berikutnya']);
  });

  it('says who speaks as the coordinator decided: coordinator or spokesperson for the holding statement, then the spokesperson (the unit head at level 4)', () => {
    for (const entry of levels.filter((e) => e.level >= 2)) {
      expect(entry.speaks).toMatch(/koordinator humas atau juru bicara/);
      expect(entry.speaks).toMatch(/disetujui Kepala UPT/);
      expect(entry.speaks).toMatch(entry.level === 4 ? /Kepala UPT sendiri yang menjawab media/ : /hanya juru bicara/);
    }
  });

  it('puts the three-minute fight of the knowledge check at level 2, where reporting stays inside the unit and the daily report', () => {
    expect(level(2).examples.join(' ')).toMatch(/dilerai dalam tiga menit/);
    const quiz = docs.find((doc) => doc.file === 'modul/memahami-krisis.mdx')!.body;
    expect(quiz).toMatch(/dilerai dalam tiga menit[\s\S]{0,400}tingkat 2 \(Waspada\)/);
  });
});

describe('every text uses the one level list', () => {
  const names = new Map(levels.map((entry) => [entry.level, entry.name]));
  const levelWords = new Set([
    ...levels.map((entry) => entry.name.toLowerCase()),
    'isu',
    'insiden',
    'krisis',
    'pantau',
    'waspada',
    'siaga',
    'darurat',
    'awas',
    'normal',
    'bahaya',
  ]);

  it.each(texts)('%s names no level that is not in the model', (_file, text) => {
    for (const match of text.matchAll(/\b[Tt]ingkat ([0-9]+)\b(?:\s*[:—–-]\s*|\s+)(\p{L}+)/gu)) {
      const n = Number(match[1]);
      expect(names.has(n), `“${match[0]}”: tingkat ${n} tidak ada`).toBe(true);
      const word = match[2]!.toLowerCase();
      if (levelWords.has(word)) expect(word, `“${match[0]}” memakai nama lain untuk tingkat ${n}`).toBe(names.get(n)!.toLowerCase());
    }
    for (const match of text.matchAll(/\b([0-9]) (Pantau|Waspada|Siaga|Darurat)\b/g)) {
      expect(names.get(Number(match[1])), `“${match[0]}”`).toBe(match[2]);
    }
  });

  it.each(texts)('%s words reporting times as a training model, never "paling lambat … lapor"', (_file, text) => {
    expect(text).not.toMatch(/paling lambat[^.]{0,40}(lapor|Kepala UPT|Kantor Wilayah|Kanwil|Ditjenpas)/i);
    expect(text).not.toMatch(/(lapor|Kepala UPT|Kantor Wilayah|Kanwil|Ditjenpas)[^.]{0,40}paling lambat/i);
  });
});

/** "Menit 20–30 …" lines: [end minute, text]. */
function timeline(text: string): Array<[number, string]> {
  return [...text.matchAll(/Menit \d+–(\d+)\s*[:—-]?\s*(.+)/g)].map((match) => [Number(match[1]), match[2]!]);
}

describe('the first-hour timelines follow the level-3 reporting times', () => {
  const head = reportMinutes(level(3), 'kepala-upt')!;
  const kanwil = reportMinutes(level(3), 'kanwil')!;
  const holding = level(3).holdingStatementWithinMinutes!;
  const template = parse(read('plan-templates/standar.yaml')) as { firstHour: Array<{ time: string; action: string }> };
  const sources: Array<[string, Array<[number, string]>]> = [
    ['modul/jam-pertama.mdx', timeline(docs.find((doc) => doc.file === 'modul/jam-pertama.mdx')!.body)],
    ['plan-templates/standar.yaml', timeline(template.firstHour.map((step) => `${step.time}: ${step.action}`).join('\n'))],
  ];

  it.each(sources)('%s', (_name, steps) => {
    expect(steps.length).toBeGreaterThanOrEqual(5);
    const toHead = steps.filter(([, text]) => /kepada Kepala UPT/.test(text));
    const toKanwil = steps.filter(([, text]) => /melapor ke (Kantor Wilayah|Kanwil)/.test(text));
    expect(toHead.length).toBeGreaterThan(0);
    expect(toKanwil.length).toBeGreaterThan(0);
    for (const [end] of toHead) expect(end).toBeLessThanOrEqual(head);
    for (const [end] of toKanwil) expect(end).toBeLessThanOrEqual(kanwil);
    for (const [end, text] of steps) if (/menyampaikan pernyataan/.test(text)) expect(end).toBeLessThanOrEqual(holding);
  });

  it('the first-hour checklist groups its reports by the same minutes', () => {
    const checklist = read('checklists/jam-pertama.yaml');
    expect(checklist).toContain(`Kepala UPT dalam ${head} menit pertama`);
    expect(checklist).toContain(`Kanwil Ditjenpas dalam ${kanwil} menit`);
  });
});

describe('the plan template', () => {
  const file = z.parse(planTemplateSchema, parse(read('plan-templates/standar.yaml')));

  it("keeps no escalation levels of its own; a new plan gets the model's, and passes the plan's own validation", () => {
    expect(parse(read('plan-templates/standar.yaml'))).not.toHaveProperty('levels');
    const plan = createPlan(planTemplateWithLevels(file, levels), 'rk-uji', new Date('2026-01-01T00:00:00Z'));
    const result = z.safeParse(communicationPlanSchema, plan);
    expect(result.success, result.success ? '' : describeIssues(result.error.issues)).toBe(true);
    expect(plan.monitoring.levels.map((row) => row.level)).toEqual([
      'Tingkat 1: Pantau',
      'Tingkat 2: Waspada',
      'Tingkat 3: Siaga',
      'Tingkat 4: Darurat',
    ]);
    expect(plan.monitoring.levels[2]!.criteria).toBe(level(3).criteria);
    expect(plan.monitoring.levels[2]!.reportTo).toMatch(/Kepala UPT dalam 10 menit; Kanwil Ditjenpas dalam 30 menit/);
  });

  it('gives the holding statement to the coordinator or spokesperson, and media questions after it to the spokesperson', () => {
    const roles = Object.fromEntries(file.roles.map((role) => [role.id, role.duty]));
    expect(roles['koordinator-humas']).toMatch(/pernyataan awal/);
    expect(roles['juru-bicara']).toMatch(/setelah pernyataan awal/);
  });
});

describe('the one crisis-type list', () => {
  const ids = new Set(types.map((type) => type.id));

  it.each([...yamlFiles('scenarios'), ...yamlFiles('press-release-drills')])('%s names a crisis type from the list', (file) => {
    const data = parse(read(file)) as { crisisType?: string };
    expect(data.crisisType, `${file}: crisisType`).toBeDefined();
    expect(ids.has(data.crisisType!), `${file}: “${data.crisisType}” tidak ada di src/content/crisis-types/`).toBe(true);
  });

  it('the scenario schema has no crisis-type list of its own', () => {
    const schema = readFileSync(new URL('../../src/schemas/scenario.ts', import.meta.url), 'utf8');
    expect(schema).not.toMatch(/crisisType: z\.enum/);
  });
});

describe('the crisis-type table of Memahami Krisis', () => {
  it('names every crisis type of the one list, once each, by its name in the list', () => {
    const body = docs.find((doc) => doc.file === 'modul/memahami-krisis.mdx')!.body;
    const table = body.slice(body.indexOf('| Jenis krisis | Tingkat awal lazim'));
    const rows = [...table.matchAll(/^\| ([^|]+?) \| [\d–]+ \|/gm)].map((m) => m[1]!.trim());
    const names = (parse(read('crisis-types/jenis-krisis.yaml')) as Array<{ name: string }>).map((type) => type.name);
    expect([...rows].sort()).toEqual([...names].sort());
  });
});

describe('level 3 as the triage computes it', () => {
  // The triage puts an incident at level 3 when local media OR a regional official asks (one is enough), so the
  // level's criteria must not say "and". "Pejabat daerah" alone is ambiguous (a Kanwil Ditjenpas official is not one):
  // both name the regional government or the DPRD.
  it('says local media or a regional official, as the triage does', async () => {
    const { triageLevel } = await import('@/domain/assessment/triage');
    const asked = triageLevel({
      realIncident: true,
      casualties: 'none',
      threatOngoing: false,
      publicSafety: false,
      exposure: 'local-media',
      officersInvolved: false,
      childrenInvolved: false,
      multipleUnits: false,
      wrongInformation: false,
    });
    expect(asked.level).toBe(3);
    expect(asked.reasons.join(' ')).toContain(
      'media lokal sudah bertanya atau memberitakan, atau pejabat pemerintah daerah atau DPRD sudah bertanya',
    );
    expect(level(3).criteria).toContain(
      'media lokal sudah bertanya atau memberitakannya, atau pejabat pemerintah daerah atau Dewan Perwakilan Rakyat Daerah (DPRD) sudah bertanya',
    );
    expect(level(3).criteria).not.toMatch(/media lokal dan pejabat|pejabat daerah/);
  });
});
