import { describe, expect, it } from 'vitest';
import {
  dueAt,
  findLevel,
  findLevelModelProblems,
  firstHourReportItem,
  formatWithin,
  levelDeadlines,
  levelLabel,
  planEscalationLevels,
  reportSummary,
  type CrisisLevelEntry,
} from '@/domain/crisis-model/levels';
import { practiceByCrisisType, unknownCrisisTypeUses } from '@/domain/crisis-model/practice';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { loadCrisisLevels } from '../../../content/fixtures/crisis-model';

const levels = loadCrisisLevels();
const three = levels.find((level) => level.level === 3)!;

describe('formatWithin', () => {
  it.each<[number | undefined, string]>([
    [undefined, 'dalam laporan harian'],
    [10, 'dalam 10 menit'],
    [60, 'dalam 1 jam'],
    [90, 'dalam 1 jam 30 menit'],
    [120, 'dalam 2 jam'],
  ])('%s → %s', (minutes, text) => expect(formatWithin(minutes)).toBe(text));
});

describe('levelDeadlines', () => {
  it('puts level 3 on the clock soonest first: unit head, Kanwil, Ditjenpas, holding statement, next update', () => {
    expect(levelDeadlines(three).map((d) => [d.id, d.minutes])).toEqual([
      ['kepala-upt', 10],
      ['kanwil', 30],
      ['ditjenpas', 60],
      ['pernyataan-awal', 60],
      ['kabar-berikutnya', 180],
    ]);
  });

  it('leaves routine reports without a time, last', () => {
    const one = levels.find((level) => level.level === 1)!;
    expect(levelDeadlines(one)).toEqual([
      { id: 'kepala-upt', label: 'Lapor ke Kepala UPT', by: 'Koordinator humas', minutes: undefined, note: 'dalam laporan harian' },
    ]);
  });

  it('turns minutes into a moment', () => {
    expect(dueAt(new Date('2026-03-12T05:40:00+07:00'), 30).toISOString()).toBe('2026-03-11T23:10:00.000Z');
  });
});

describe('labels and the plan rows', () => {
  it('labels, summarises and finds levels', () => {
    expect(levelLabel(three)).toBe('Tingkat 3: Siaga');
    expect(reportSummary(three)).toBe(
      'Kepala UPT dalam 10 menit; Kanwil Ditjenpas dalam 30 menit (oleh Kepala UPT, sebelum pernyataan resmi); Ditjenpas dalam 1 jam (oleh Kanwil Ditjenpas)',
    );
    expect(findLevel(levels, 4).name).toBe('Darurat');
    expect(() => findLevel(levels, 5)).toThrow(/Tingkat 5/);
    expect(planEscalationLevels([...levels].reverse()).map((row) => row.level)).toEqual([
      'Tingkat 1: Pantau',
      'Tingkat 2: Waspada',
      'Tingkat 3: Siaga',
      'Tingkat 4: Darurat',
    ]);
  });
});

describe('findLevelModelProblems', () => {
  const withLevel = (n: number, change: Partial<CrisisLevelEntry>) =>
    levels.map((level) => (level.level === n ? { ...level, ...change } : level));

  it('finds nothing in the site model', () => expect(findLevelModelProblems(levels)).toEqual([]));

  it('finds a gap, a wrong id, a report up the chain before the one below, and a higher level that is slower', () => {
    expect(findLevelModelProblems(levels.filter((level) => level.level !== 2)).join(' ')).toMatch(/tanpa lompatan/);
    expect(findLevelModelProblems(withLevel(2, { id: 'tingkat-9' })).join(' ')).toMatch(/tidak sesuai/);
    expect(
      findLevelModelProblems(
        withLevel(3, { reports: [three.reports[0]!, { ...three.reports[1]!, withinMinutes: 5 }, three.reports[2]!] }),
      ).join(' '),
    ).toMatch(/lebih cepat daripada pihak di bawahnya/);
    expect(
      findLevelModelProblems(withLevel(4, { reports: [{ ...three.reports[0]!, withinMinutes: 45 }, ...three.reports.slice(1)] })).join(' '),
    ).toMatch(/lebih lambat daripada tingkat 3/);
    expect(findLevelModelProblems(withLevel(4, { reports: three.reports.slice(0, 2) })).join(' ')).toMatch(/tidak memberi tahu ditjenpas/);
  });
});

describe('practice by crisis type', () => {
  const sources = {
    simulasi: [{ id: 'kebakaran-blok-hunian', title: 'Kebakaran dini hari', crisisType: 'kebakaran' }],
    'siaran-pers': [
      { id: 'b', title: 'Kebakaran dapur', crisisType: 'kebakaran' },
      { id: 'a', title: 'Api kecil', crisisType: 'kebakaran' },
      { id: 'x', title: 'Salah jenis', crisisType: 'tidak-ada' },
    ],
  };

  it('lists scenarios, then drills in title order, for every type', () => {
    const practice = practiceByCrisisType(['kebakaran', 'pelarian'], sources);
    expect(practice.pelarian).toEqual([]);
    expect(practice.kebakaran!.map((link) => link.href)).toEqual([
      '/latihan/simulasi/kebakaran-blok-hunian/',
      '/latihan/siaran-pers/a/',
      '/latihan/siaran-pers/b/',
    ]);
  });

  it('names the uses of a type that is not in the list', () => {
    expect(unknownCrisisTypeUses(['kebakaran'], sources)).toEqual(['siaran-pers/x: tidak-ada']);
  });
});

describe('firstHourReportItem', () => {
  const checklist = parse(readFileSync(new URL('../../../../src/content/checklists/jam-pertama.yaml', import.meta.url), 'utf8')) as {
    groups: Array<{ items: Array<{ id: string; text: string }> }>;
  };
  const fileText = (id: string) => checklist.groups.flatMap((group) => group.items).find((item) => item.id === id)!.text;

  it("at level 3 says exactly what the checklist's file says (the file states level 3's times)", () => {
    expect(firstHourReportItem('lapor-kepala-upt', three)).toBe(fileText('lapor-kepala-upt'));
    expect(firstHourReportItem('lapor-kanwil', three)).toBe(fileText('lapor-kanwil'));
  });

  it("gives the times of the incident's level at levels 2 and 4", () => {
    const level = (n: number) => findLevel(levels, n);
    expect(firstHourReportItem('lapor-kepala-upt', level(2))).toBe('Beri laporan singkat kepada Kepala UPT dalam 30 menit pertama.');
    expect(firstHourReportItem('lapor-kanwil', level(2))).toBe(
      'Pastikan Kepala UPT sudah melapor ke Kanwil Ditjenpas dalam laporan harian.',
    );
    expect(firstHourReportItem('lapor-kanwil', level(4))).toBe('Pastikan Kepala UPT sudah melapor ke Kanwil Ditjenpas dalam 15 menit.');
    expect(firstHourReportItem('mulai-pantau', level(4))).toBeUndefined();
  });
});
