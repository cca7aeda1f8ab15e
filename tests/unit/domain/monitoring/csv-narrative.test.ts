import { describe, expect, it } from 'vitest';
import { guessMapping, parseCsv, parseCsvDate, registerToCsv, rowsToEntries } from '@/domain/monitoring/csv';
import { balanceNotes, narrativeMonthReport } from '@/domain/monitoring/narrative';
import type { NarrativeEntry } from '@/schemas/monitoring';
import { entry } from './fixtures';

const TZ = 'Asia/Jakarta';
const WIB = 7 * 60;
const crisisTypes = [{ id: 'pungli-pemerasan', name: 'Pemerasan atau pungutan liar' }];
const names = new Map(crisisTypes.map((t) => [t.id, t.name]));
let counter = 0;
const options = (parsed: ReturnType<typeof parseCsv>) => ({
  mapping: guessMapping(parsed.headers),
  crisisTypes,
  firstNumber: 10,
  now: '2026-12-07T03:00:00.000Z',
  offsetMinutes: WIB,
  newId: () => `imp-${++counter}`,
});

describe('CSV dates', () => {
  it('reads Indonesian day-first dates in the unit zone', () => {
    expect(parseCsvDate('07/12/2026 08:30', WIB)).toBe('2026-12-07T01:30:00.000Z');
    expect(parseCsvDate('7-12-2026 08.30', WIB)).toBe('2026-12-07T01:30:00.000Z');
    expect(parseCsvDate('7/12/2026', WIB)).toBe('2026-12-06T17:00:00.000Z');
  });
  it('refuses what is not a date', () => {
    for (const bad of ['31/02/2026', '07/12/2026 25:00', 'kemarin', '2026/12/07', '07/12/1960'])
      expect(parseCsvDate(bad, WIB), bad).toBeNull();
  });
});

describe('CSV export then import', () => {
  it('writes a BOM, semicolons and Indonesian dates, and reads back the same entries with their topic', () => {
    const register = [
      entry({
        id: 'a',
        number: 1,
        seenAt: '2026-12-07T01:30:00.000Z',
        summary: 'Unggahan “bayar dulu”; ramai',
        crisisTypeId: 'pungli-pemerasan',
        facts: 'Baris satu\nBaris dua',
        level: 2,
      }),
      entry({
        id: 'b',
        number: 2,
        seenAt: '2026-12-08T02:00:00.000Z',
        topicId: 'a',
        sentiment: 'negatif',
        reach: 'tinggi',
        status: 'dieskalasi',
        escalatedAt: '2026-12-08T03:00:00.000Z',
        summary: '=HYPERLINK("x")',
      }),
    ];
    const csv = registerToCsv(register, names, TZ);
    expect(csv.startsWith('\uFEFFNo;Tanggal dan jam;')).toBe(true);
    expect(csv).toContain(';07/12/2026 08:30;');
    // A formula is quoted so a spreadsheet shows it as text.
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    const parsed = parseCsv(csv);
    const result = rowsToEntries(parsed, options(parsed));
    expect(result.errors).toEqual([]);
    expect(result.entries.map((e) => [e.number, e.seenAt, e.crisisTypeId, e.facts, e.sentiment, e.status, e.escalatedAt])).toEqual([
      [10, '2026-12-07T01:30:00.000Z', 'pungli-pemerasan', 'Baris satu\nBaris dua', 'netral', 'baru', undefined],
      [11, '2026-12-08T02:00:00.000Z', '', '', 'negatif', 'dieskalasi', '2026-12-08T03:00:00.000Z'],
    ]);
    expect(result.entries[1]!.topicId).toBe(result.entries[0]!.id);
    expect(result.entries[1]!.summary).toBe(`'=HYPERLINK("x")`);
  });
});

describe('CSV import of a spreadsheet with other headers and bad rows', () => {
  const text = [
    'Tanggal,Isu,Sentimen,Jangkauan,Jenis krisis,Catatan lain',
    '01/12/2026 07:45,Antrean kunjungan panjang,negatif,sedang,Pemerasan atau pungutan liar,x',
    '32/12/2026,Tanggal salah,netral,rendah,,',
    '"02/12/2026 09:00","Keluhan dengan',
    'dua baris",positif,rendah,,',
    '',
    '03/12/2026,,marah,rendah,Banjir,',
  ].join('\n');
  const parsed = parseCsv(text);
  const result = rowsToEntries(parsed, options(parsed));
  it('maps the headers it knows and leaves others unmapped', () => {
    const mapping = guessMapping(parsed.headers);
    expect(mapping.seenAt).toBe(0);
    expect(mapping.sentiment).toBe(2);
    expect(mapping.owner).toBe(-1);
  });
  it('names each bad row with its line and every reason', () => {
    expect(result.errors).toEqual([
      { line: 3, reason: 'tanggal “32/12/2026” tidak terbaca (tulis 07/12/2026 08:30)' },
      { line: 7, reason: 'isu kosong; nada “marah” bukan negatif, netral, atau positif; jenis krisis “Banjir” tidak ada di daftar' },
    ]);
  });
  it('keeps the good rows, a value over two lines included, numbered from the register next number', () => {
    expect(result.entries.map((e) => [e.number, e.summary, e.crisisTypeId])).toEqual([
      [10, 'Antrean kunjungan panjang', 'pungli-pemerasan'],
      [11, 'Keluhan dengan\ndua baris', ''],
    ]);
  });
});

describe('narrative month report', () => {
  const item = (id: string, aim: NarrativeEntry['aim'], publishedAt: string, views?: number): NarrativeEntry => ({
    id,
    aim,
    publishedAt,
    channel: 'instagram',
    audience: 'masyarakat',
    title: 'Unggahan jadwal kunjungan',
    ...(views === undefined ? {} : { views }),
    createdAt: publishedAt,
  });
  it('sums outputs and numbers per aim within the month in the unit zone', () => {
    const report = narrativeMonthReport(
      [
        item('a', 'pemahaman', '2026-11-30T18:00:00.000Z', 100), // 1 Desember 01.00 WIB
        item('b', 'pemahaman', '2026-12-10T03:00:00.000Z', 50),
        item('c', 'keterlibatan', '2026-12-11T03:00:00.000Z'),
        item('d', 'dukungan-kebijakan', '2026-12-31T17:30:00.000Z'), // 1 Januari WIB
      ],
      '2026-12',
      TZ,
    );
    expect(report.total).toBe(3);
    expect(report.aims.map((a) => [a.aim, a.outputs, a.share, a.views])).toEqual([
      ['pemahaman', 2, 67, 150],
      ['keterlibatan', 1, 33, 0],
      ['dukungan-kebijakan', 0, 0, 0],
    ]);
    expect(report.balanceNotes).toEqual(['Belum ada keluaran untuk tujuan “Mendorong dukungan pembuat kebijakan” bulan ini.']);
  });
  it('points out one aim above two thirds, not at exactly two thirds', () => {
    const aims = (a: number, b: number, c: number) => [
      { aim: 'pemahaman' as const, outputs: a },
      { aim: 'keterlibatan' as const, outputs: b },
      { aim: 'dukungan-kebijakan' as const, outputs: c },
    ];
    expect(balanceNotes(aims(4, 1, 1), 6)).toEqual([]);
    expect(balanceNotes(aims(5, 1, 1), 7)).toEqual([
      'Lebih dari dua pertiga keluaran bulan ini melayani “Memperkuat pemahaman publik”. Seimbangkan dengan dua tujuan lainnya.',
    ]);
    expect(balanceNotes(aims(0, 0, 0), 0)).toEqual([]);
  });
});
