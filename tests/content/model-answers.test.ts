// A model answer uses only the facts its exercise gives (content guide, "Fiction"): no number, fictional place or
// party in a drill's or a simulation writing task's model that the exercise does not give.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { FICTIONAL_PLACES } from './fixtures/cast';

const content = new URL('../../src/content/', import.meta.url);
const yamlFiles = (folder: string) => readdirSync(new URL(`${folder}/`, content)).filter((name) => name.endsWith('.yaml'));
const read = (path: string) => parse(readFileSync(new URL(path, content), 'utf8'));

/** Outside parties a model might bring in: each must come from the exercise. */
const PARTIES = [
  'kepolisian',
  'polisi',
  'polres',
  'polsek',
  'pemadam',
  'rumah sakit',
  'puskesmas',
  'dinas kesehatan',
  'badan narkotika',
  'bnn',
  'kejaksaan',
  'jaksa',
  'pengadilan',
  'hakim',
  'komnas',
  'ombudsman',
  'kpai',
  'pemerintah daerah',
  'dprd',
  'bpbd',
  'palang merah',
  'inspektorat',
  'pembimbing kemasyarakatan',
  'dinas sosial',
  'tni',
];

/** Every text of an object, flattened. */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(texts);
  if (value && typeof value === 'object') return Object.values(value).flatMap(texts);
  return [];
}

/** Numbers as written ("05.30", "0812-0000-1111", "12/3"), split into their parts. */
const numbersOf = (text: string) =>
  [...text.matchAll(/\d+(?:[.,:/-]\d+)*/g)].flatMap((match) => match[0].split(/[/-]/)).map((n) => n.replace(/^0+(?=\d)/, ''));

const MONTHS = ['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember'];

/** A law the unit cites ("Pasal 19 Undang-Undang Nomor 11 Tahun 2012") is a reference, not a fact of the incident. */
const LAW_CITATION =
  /(?:Pasal \d+(?: ayat \(\d+\))?(?: huruf [a-z])?\s*)?(?:Undang-Undang|UU|Instruksi Presiden|Inpres|Peraturan [A-Z][\w-]*(?: [A-Z][\w-]*)*)(?: Nomor| No\.)? \d+(?: Tahun |\/)\d{4}(?:,? Pasal \d+(?: ayat \(\d+\))?(?: huruf [a-z])?)?/g;

/** What the model states that the facts do not give. A date given as "12 Maret 2026" may be written "(12/3)". */
function invented(model: string, facts: string): string[] {
  const factText = facts.toLowerCase();
  const months = MONTHS.flatMap((month, index) => (factText.includes(month) ? [String(index + 1)] : []));
  const factNumbers = new Set([...numbersOf(facts).flatMap((n) => [n, ...n.split(/[.,:]/)]), ...months]);
  const problems: string[] = [];
  for (const n of numbersOf(model.replace(LAW_CITATION, ' ')))
    if (!factNumbers.has(n) && !n.split(/[.,:]/).every((part) => factNumbers.has(part))) problems.push(`angka ${n}`);
  for (const place of FICTIONAL_PLACES) if (model.includes(place) && !facts.includes(place)) problems.push(`tempat ${place}`);
  for (const party of PARTIES)
    if (new RegExp(`\\b${party}\\b`, 'i').test(model) && !new RegExp(`\\b${party}\\b`, 'i').test(factText)) problems.push(`pihak ${party}`);
  return problems;
}

describe('press-release drills: the model answer invents nothing', () => {
  it.each(yamlFiles('press-release-drills'))('%s', (file) => {
    const { modelAnswer, rubric, ...exercise } = read(`press-release-drills/${file}`) as Record<string, unknown>;
    expect(rubric).toBeDefined();
    expect(JSON.stringify(invented(texts(modelAnswer).join('\n'), texts(exercise).join('\n')))).toBe('[]');
  });
});

describe('simulation writing tasks: the model answer invents nothing', () => {
  const cases = yamlFiles('scenarios').flatMap((file) => {
    const scenario = read(`scenarios/${file}`) as {
      steps: Array<{ id: string; task: { kind: string; model?: string; rubric?: unknown } }>;
    };
    // What the participant has been given: the whole story except the model answers (and the rubrics' keywords).
    const story = texts({
      ...scenario,
      steps: scenario.steps.map((step) => ({ ...step, task: { ...step.task, model: '', rubric: [] } })),
    }).join('\n');
    return scenario.steps
      .filter((step) => step.task.kind === 'tulisan')
      .map((step) => [`${file} ${step.id}`, step.task.model!, story] as const);
  });

  it.each(cases)('%s', (_name, model, story) => {
    expect(invented(model, story)).toEqual([]);
  });
});

describe('the check itself', () => {
  it('catches an invented number, place and party, and accepts a date written as (12/3)', () => {
    const facts = 'Kebakaran di dapur Lapas Kelas IIA Telaga Bening pada Kamis, 12 Maret 2026, pukul 05.40.';
    expect(invented('Kebakaran pada Kamis (12/3) pukul 05.40 di Telaga Bening.', facts)).toEqual([]);
    expect(invented('Sesuai Pasal 19 Undang-Undang Nomor 11 Tahun 2012, identitas anak tidak kami sampaikan.', facts)).toEqual([]);
    expect(invented('Tiga WBP dirawat di rumah sakit sejak 06.10; Rantau Sejuk membantu.', facts)).toEqual([
      'angka 6.10',
      'tempat Rantau Sejuk',
      'pihak rumah sakit',
    ]);
  });
});
