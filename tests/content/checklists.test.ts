// Every checklist YAML file: parses, satisfies the schema (the same one the build uses), and its cross-references hold:
// a page per checklist with the same title, modules that exist and link back, abbreviations explained, embeds that resolve.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import * as z from 'zod/mini';
import { checklistSchema, type Checklist } from '@/schemas/checklist';
import { describeIssues } from '@/domain/storage/describe-issues';
import { ABBREVIATIONS, abbreviationLikeWords, checklistTexts } from '@/domain/checklist/abbreviations';
import { checklistHref } from '@/domain/checklist/checklist-links';

const root = new URL('../../src/content/', import.meta.url);
const folder = new URL('checklists/', root);
const pages = new URL('docs/daftar-periksa/', root);
const modules = new URL('docs/modul/', root);
const files = readdirSync(folder)
  .filter((name) => name.endsWith('.yaml'))
  .sort();
const ids = files.map((name) => name.replace(/\.yaml$/, ''));

function load(file: string): Checklist {
  const result = z.safeParse(checklistSchema, parse(readFileSync(new URL(file, folder), 'utf8')));
  if (!result.success) throw new Error(`${file}: ${describeIssues(result.error.issues)}`);
  return result.data;
}

function mdxFiles(dir: URL): URL[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? mdxFiles(new URL(`${entry.name}/`, dir)) : /\.mdx?$/.test(entry.name) ? [new URL(entry.name, dir)] : [],
  );
}

const REQUIRED = [
  'jam-pertama',
  '24-jam-pertama',
  'pernyataan-awal',
  'siaran-pers',
  'juru-bicara',
  'jumpa-pers',
  'pemantauan-harian',
  'hoaks-video-viral',
  'data-pribadi',
  'evaluasi-pascakrisis',
];

it('has at least the ten checklists the programme asks for', () => {
  expect(ids.length).toBeGreaterThanOrEqual(10);
  expect(ids).toEqual(expect.arrayContaining(REQUIRED));
});

it('gives every checklist its own place in the booklet order', () => {
  const orders = files.map((file) => load(file).order);
  expect(new Set(orders).size).toBe(orders.length);
});

describe.each(files)('%s', (file) => {
  const id = file.replace(/\.yaml$/, '');
  const checklist = load(file);
  const itemIds = checklist.groups.flatMap((group) => group.items.map((item) => item.id));

  it('satisfies the schema, with unique item ids and a sheet-sized number of items', () => {
    expect(new Set(itemIds).size).toBe(itemIds.length);
    // More than this does not fit one A4 sheet with lines for notes (the print test checks the real page count).
    expect(itemIds.length).toBeGreaterThanOrEqual(6);
    expect(itemIds.length).toBeLessThanOrEqual(16);
  });

  it('has a page with the same title that shows it', () => {
    const page = new URL(`${id}.mdx`, pages);
    expect(existsSync(page), `src/content/docs/daftar-periksa/${id}.mdx ada`).toBe(true);
    const text = readFileSync(page, 'utf8');
    expect(text).toContain(`title: ${checklist.title}\n`);
    expect(text).toContain(`<Checklist id="${id}" variant="page" />`);
  });

  it('names modules that exist and link back to it, and exactly those', () => {
    const href = checklistHref(id);
    const linking = readdirSync(modules)
      .filter((name) => readFileSync(new URL(name, modules), 'utf8').includes(`](${href})`))
      .map((name) => name.replace(/\.mdx$/, ''))
      .sort();
    for (const moduleId of checklist.relatedModules) expect(existsSync(new URL(`${moduleId}.mdx`, modules)), moduleId).toBe(true);
    expect([...checklist.relatedModules].sort()).toEqual(linking);
  });

  it('explains every abbreviation it uses', () => {
    const texts = checklistTexts(checklist);
    const unknown = texts
      .flatMap(abbreviationLikeWords)
      .filter((word) => !(word in ABBREVIATIONS) && !texts.some((t) => t.includes(`(${word})`)));
    expect(unknown).toEqual([]);
  });

  it('cites laws only as the content guide allows', () => {
    const text = checklistTexts(checklist).join('\n');
    expect(text).not.toMatch(/14 Tahun 2018/);
    const laws = text.match(/UU No\. \d+ Tahun \d{4}/g) ?? [];
    for (const law of laws)
      expect([
        'UU No. 11 Tahun 2012',
        'UU No. 14 Tahun 2008',
        'UU No. 22 Tahun 2022',
        'UU No. 27 Tahun 2022',
        'UU No. 35 Tahun 2014',
        'UU No. 40 Tahun 1999',
      ]).toContain(law);
  });
});

it('every <Checklist id> embedded in any page names an existing checklist', () => {
  const embeds = mdxFiles(new URL('docs/', root)).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/<Checklist id="([^"]+)"/g)].map((match) => match[1]),
  );
  expect(embeds.length).toBeGreaterThan(ids.length);
  for (const id of embeds) expect(ids).toContain(id);
});

it('every link to a checklist page points to an existing checklist', () => {
  const links = mdxFiles(new URL('docs/', root)).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/\]\(\/daftar-periksa\/([^)/]+)\/\)/g)].map((match) => match[1]),
  );
  for (const id of links) expect([...ids, 'cetak-semua']).toContain(id);
});

it('the schema stops a broken checklist with a message naming the field', () => {
  const broken = {
    title: 'Judul',
    shortTitle: 'Pendek',
    order: 1,
    purpose: 'Tujuan yang cukup',
    whenToUse: 'Kapan saja',
    whoUses: 'Humas',
    relatedModules: ['jam-pertama'],
    groups: [{ title: 'Grup', items: [{ id: 'Bukan Id', text: 'Teks', explanation: 'Penjelasan' }] }],
  };
  const result = z.safeParse(checklistSchema, broken);
  expect(result.success).toBe(false);
  expect(describeIssues(result.error!.issues)).toContain('groups[0].items[0].id');
  const duplicate = {
    ...broken,
    groups: [
      {
        title: 'Grup',
        items: [
          { id: 'a', text: 'Teks', explanation: 'Satu' },
          { id: 'a', text: 'Teks', explanation: 'Dua' },
        ],
      },
    ],
  };
  const second = z.safeParse(checklistSchema, duplicate);
  expect(second.success).toBe(false);
  expect(describeIssues(second.error!.issues)).toContain('id yang berbeda');
});
