// Fiction (content guide, "Fiction"): invented places that are not Indonesian administrative areas, no well-known
// real names, one role per fictional person, one unit per place, and model answers that invent no facts.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { getDistricts, getProvinces, getRegencies, getVillages } from 'idn-area-data';
import { readDocs } from './docs';
import { CAST, FICTIONAL_PLACES, REAL_PEOPLE, REVIEWED_VILLAGE_MATCHES, UNITS } from './fixtures/cast';

const content = new URL('../../src/content/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, content), 'utf8');
const yamlFiles = (folder: string) =>
  readdirSync(new URL(`${folder}/`, content))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => `${folder}/${name}`);

interface Scenario {
  unit: { name: string };
  steps: Array<{ injects: Array<{ from: string; role?: string }> }>;
}
interface Drill {
  unit: string;
  city: string;
  spokespeople: Array<{ name: string; position: string }>;
  contact: { name: string; position: string };
}
const scenarios = yamlFiles('scenarios').map((file) => [file, parse(read(file)) as Scenario] as const);
const drills = yamlFiles('press-release-drills').map((file) => [file, parse(read(file)) as Drill] as const);
const allTexts: Array<[string, string]> = [
  ...readDocs().map((doc) => [doc.file, doc.body] as [string, string]),
  // YAML as parsed: a name wrapped across two lines of a folded block reads as one.
  ...['checklists', 'scenarios', 'press-release-drills', 'questionnaires', 'plan-templates', 'crisis-types', 'crisis-levels']
    .flatMap(yamlFiles)
    .map((file) => [file, JSON.stringify(parse(read(file)))] as [string, string]),
];

/** "Kepala Lapas", "Kanwil Ditjenpas (fiktif)", "@akun", "Rantau Kini (portal berita fiktif)" are not people. */
const isPersonName = (from: string) => !from.startsWith('@') && !from.includes('(') && !/^(Kepala|Kanwil)\b/.test(from);

/** Every person named in a scenario or drill: [file, name, role line, the unit of the story]. */
const appearances: Array<[string, string, string, string]> = [
  ...scenarios.flatMap(([file, scenario]) =>
    scenario.steps.flatMap((step) =>
      step.injects
        .filter((inject) => isPersonName(inject.from))
        .map((inject) => [file, inject.from, inject.role ?? '', scenario.unit.name] as [string, string, string, string]),
    ),
  ),
  ...drills.flatMap(([file, drill]) =>
    [...drill.spokespeople.map((p) => [p.name, p.position] as const), [drill.contact.name, drill.contact.position] as const].map(
      ([name, role]) => [file, name, role, drill.unit] as [string, string, string, string],
    ),
  ),
];
const castByName = new Map(CAST.map((member) => [member.name, member]));
const unitNames = new Set<string>(Object.values(UNITS));
const media = new Set(
  CAST.filter((member) => member.affiliation !== 'keluarga' && !unitNames.has(member.affiliation)).map((member) => member.affiliation),
);

describe('the fictional cast', () => {
  it('names each person once, with no well-known real name among them', () => {
    expect(new Set(CAST.map((member) => member.name)).size).toBe(CAST.length);
    for (const member of CAST) for (const real of REAL_PEOPLE) expect(member.name).not.toContain(real);
  });

  it.each(appearances)('%s: %s is in the cast with the role and unit written here', (_file, name, role, unit) => {
    const member = castByName.get(name);
    expect(member, `${name} belum ada di tests/content/fixtures/cast.ts`).toBeDefined();
    expect(role.toLowerCase(), `${name}: peran “${role}” berbeda dengan “${member!.role}”`).toContain(member!.role.toLowerCase());
    if (unitNames.has(member!.affiliation)) expect(unit, `${name} bertugas di ${member!.affiliation}`).toBe(member!.affiliation);
    for (const medium of media)
      if (role.includes(medium)) expect(medium, `${name} bekerja untuk ${member!.affiliation}`).toBe(member!.affiliation);
  });

  it.each(allTexts)('%s carries no well-known real name', (_file, text) => {
    for (const real of REAL_PEOPLE) expect(text).not.toMatch(new RegExp(`\\b${real}\\b`));
  });

  it.each(allTexts)('%s gives a staff member of the cast no other unit', (_file, text) => {
    for (const member of CAST.filter((m) => unitNames.has(m.affiliation) && m.role.startsWith('Kepala'))) {
      // "Kepala Lapas Kelas IIA Telaga Bening, Rina Wulandari": the head named with another unit is a second role.
      for (const match of text.matchAll(
        new RegExp(`(Lapas|Rutan|Bapas|LPKA) Kelas [IV]+[AB]? ([A-Z][a-z]+ [A-Z][a-z]+),? ${member.name}`, 'g'),
      )) {
        expect(`${match[1]} Kelas`, `${member.name} memimpin ${member.affiliation}`).toBe(member.affiliation.split(' Kelas')[0] + ' Kelas');
        expect(member.affiliation).toContain(match[2]);
      }
    }
  });
});

const KIND = {
  'Lembaga Pemasyarakatan (Lapas)': 'Lapas',
  'Rumah Tahanan Negara (Rutan)': 'Rutan',
  'Balai Pemasyarakatan (Bapas)': 'Bapas',
  'Lembaga Pembinaan Khusus Anak (LPKA)': 'LPKA',
  'Lembaga Pemasyarakatan': 'Lapas',
  'Rumah Tahanan Negara': 'Rutan',
  'Balai Pemasyarakatan': 'Bapas',
  'Lembaga Pembinaan Khusus Anak': 'LPKA',
  Lapas: 'Lapas',
  Rutan: 'Rutan',
  Bapas: 'Bapas',
  LPKA: 'LPKA',
} as Record<string, string>;
const UNIT_PATTERN = new RegExp(
  `(${Object.keys(KIND)
    .map((k) => k.replace(/[()]/g, '\\$&'))
    .join('|')}) Kelas ([IV]+[AB]?) ([A-Z][a-z]+(?: [A-Z][a-z]+)?)`,
  'g',
);

describe('fictional units and places', () => {
  it.each(allTexts)('%s names only the fictional units, each with its one kind and class', (_file, text) => {
    for (const match of text.matchAll(UNIT_PATTERN)) {
      const unit = `${KIND[match[1]!]} Kelas ${match[2]} ${match[3]}`;
      expect(unitNames.has(unit), `“${match[0]}” bukan unit rekaan yang terdaftar (${[...unitNames].join(', ')})`).toBe(true);
    }
  });

  it('datelines of the drills use fictional places', () => {
    for (const [file, drill] of drills) {
      expect(FICTIONAL_PLACES as readonly string[], file).toContain(drill.city);
      expect(unitNames.has(drill.unit), file).toBe(true);
    }
  });
});

describe('fictional places are not Indonesian administrative areas (idn-area-data)', async () => {
  const norm = (name: string) =>
    name
      .toUpperCase()
      .replace(/^(KABUPATEN|KOTA ADM\.|KOTA) /, '')
      .replace(/\s+/g, ' ')
      .trim();
  const [provinces, regencies, districts, villages] = await Promise.all([getProvinces(), getRegencies(), getDistricts(), getVillages()]);
  const strict = new Set([...provinces, ...regencies, ...districts].map((area) => norm(area.name)));
  const villageNames = new Set(villages.map((area) => norm(area.name)));

  /** Edit distance, stopping early: only "equal or one or two letters away" matters. */
  function distance(a: string, b: string): number {
    if (Math.abs(a.length - b.length) > 2) return 3;
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      const current = [i];
      for (let j = 1; j <= b.length; j++)
        current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
      previous = current;
    }
    return previous[b.length]!;
  }

  it('has the data it checks against', () => {
    expect(provinces.length).toBeGreaterThanOrEqual(34);
    expect(regencies.length).toBeGreaterThan(500);
    expect(villageNames.has('SUNGAI HARAPAN')).toBe(true); // the real kelurahan in Batam that was once used here
  });

  it.each(FICTIONAL_PLACES)('%s is no province, regency, city or district, nor two letters from one', (place) => {
    const name = norm(place);
    expect(strict.has(name)).toBe(false);
    expect([...strict].filter((area) => distance(name, area) <= 2)).toEqual([]);
  });

  it.each(FICTIONAL_PLACES)('%s matches no village, or only one reviewed by hand', (place) => {
    const name = norm(place);
    const near = [...villageNames].filter((village) => distance(name, village) <= 1);
    expect(near.filter((village) => !(village in REVIEWED_VILLAGE_MATCHES))).toEqual([]);
  });
});
