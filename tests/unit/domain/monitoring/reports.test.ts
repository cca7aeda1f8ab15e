import { describe, expect, it } from 'vitest';
import { dailySummary, monthReport, recentCountsByType, weekReport } from '@/domain/monitoring/reports';
import { registerWarnings } from '@/domain/monitoring/rules';
import { escalate, nextNumber } from '@/domain/monitoring/register';
import { escalationSchema } from '@/schemas/escalation';
import { entry } from './fixtures';

const TZ = 'Asia/Jakarta';
const types = new Map([['pungli-pemerasan', 'Pemerasan atau pungutan liar']]);

describe('daily summary', () => {
  // Tuesday 8 December 2026, 08.30 WIB.
  const now = '2026-12-08T01:30:00.000Z';
  it('says so when nothing new was found', () => {
    const text = dailySummary({ entries: [], now, warnings: new Map(), crisisTypeNames: types, timeZone: TZ });
    expect(text).toBe('Pemantauan Selasa, 08.30. Tidak ada temuan baru.');
  });
  it('describes one new finding in the module format and lists older open issues and warnings', () => {
    const fresh = entry({
      id: 'a',
      number: 2,
      seenAt: '2026-12-08T00:40:00.000Z',
      summary: 'Keluarga mengeluhkan antrean kunjungan',
      sentiment: 'negatif',
      reach: 'sedang',
      level: 1,
      crisisTypeId: 'pungli-pemerasan',
      action: 'Unggah ulang jadwal kunjungan hari ini',
    });
    // Seen exactly 24 hours earlier: no longer new.
    const old = entry({
      id: 'b',
      number: 1,
      seenAt: '2026-12-07T01:30:00.000Z',
      status: 'dipantau',
      checkAgainAt: '2026-12-08T00:00:00.000Z',
    });
    const entries = [fresh, old];
    const warnings = registerWarnings({ now, entries, topRisks: new Map() });
    const text = dailySummary({ entries, now, warnings, crisisTypeNames: types, timeZone: TZ });
    expect(text.split('\n')).toEqual([
      'Pemantauan Selasa, 08.30. Satu temuan baru: Media sosial “Info Kota Fiktif”: Keluarga mengeluhkan antrean kunjungan. Nada negatif, jangkauan sedang. Jenis: Pemerasan atau pungutan liar. Tingkat 1. Tindakan: Unggah ulang jadwal kunjungan hari ini.',
      'Isu lama yang masih dipantau atau ditangani: 1.',
      'Perlu perhatian Bapak/Ibu:',
      '- No. 1: Waktu cek ulang sudah lewat.',
    ]);
  });
  it('numbers several new findings', () => {
    const entries = [entry({ id: 'a', seenAt: '2026-12-08T00:00:00.000Z' }), entry({ id: 'b', seenAt: '2026-12-08T01:00:00.000Z' })];
    const lines = dailySummary({ entries, now, warnings: new Map(), crisisTypeNames: types, timeZone: TZ }).split('\n');
    expect(lines[0]).toBe('Pemantauan Selasa, 08.30. Dua temuan baru:');
    expect(lines[1]).toMatch(/^1\. /);
    expect(lines[2]).toMatch(/^2\. /);
  });
});

describe('weekly report', () => {
  // Week of Monday 7 to Sunday 13 December 2026 (WIB).
  const entries = [
    // Sunday 6 December 23.30 WIB: the week before.
    entry({ id: 'a', number: 1, seenAt: '2026-12-06T16:30:00.000Z', sentiment: 'negatif' }),
    // Monday 7 December 00.30 WIB (still Sunday in UTC): this week.
    entry({
      id: 'b',
      number: 2,
      seenAt: '2026-12-06T17:30:00.000Z',
      sentiment: 'negatif',
      crisisTypeId: 'pungli-pemerasan',
      owner: 'Koordinator humas',
      action: 'Cek loket',
    }),
    entry({
      id: 'c',
      number: 3,
      seenAt: '2026-12-09T03:00:00.000Z',
      sentiment: 'positif',
      status: 'dieskalasi',
      escalatedAt: '2026-12-09T04:00:00.000Z',
    }),
    entry({
      id: 'd',
      number: 4,
      seenAt: '2026-12-09T05:00:00.000Z',
      crisisTypeId: 'pungli-pemerasan',
      status: 'selesai',
      action: 'Selesai',
    }),
    // Sunday 13 December 23.59 WIB: still this week.
    entry({ id: 'e', number: 5, seenAt: '2026-12-13T16:59:00.000Z' }),
  ];
  const report = weekReport(entries, '2026-12-10', TZ);
  it('covers Monday to Sunday in the unit zone', () => {
    expect([report.from, report.to]).toEqual(['2026-12-07', '2026-12-13']);
    expect(report.newEntries.map((e) => e.id)).toEqual(['b', 'c', 'd', 'e']);
  });
  it('counts by sentiment and by crisis type', () => {
    expect(report.bySentiment).toEqual({ negatif: 1, netral: 2, positif: 1 });
    expect(report.byCrisisType).toEqual([
      { crisisTypeId: 'pungli-pemerasan', count: 2 },
      { crisisTypeId: '', count: 2 },
    ]);
  });
  it('draws a trend per day that sums to the new entries', () => {
    expect(report.trend.map((b) => b.count)).toEqual([1, 0, 2, 0, 0, 0, 1]);
    expect(report.trend[0]!.label).toBe('Sen 7');
  });
  it('lists escalations in the week and open actions with owners', () => {
    expect(report.escalations.map((e) => e.id)).toEqual(['c']);
    expect(report.openActions.map((e) => e.id)).toEqual(['b']);
  });
});

describe('month view', () => {
  it('counts per week of the month', () => {
    const entries = [
      entry({ id: 'a', seenAt: '2026-02-01T03:00:00.000Z' }),
      entry({ id: 'b', seenAt: '2026-02-28T03:00:00.000Z' }),
      entry({ id: 'c', seenAt: '2026-03-01T03:00:00.000Z' }),
    ];
    const report = monthReport(entries, '2026-02', TZ);
    expect(report.trend).toEqual([
      { label: '1–7', count: 1 },
      { label: '8–14', count: 0 },
      { label: '15–21', count: 0 },
      { label: '22–28', count: 1 },
    ]);
    expect(report.newEntries).toHaveLength(2);
  });
});

describe('risk map counts', () => {
  it('counts typed entries of the last 90 days, the boundary day excluded', () => {
    const now = '2026-12-07T00:00:00.000Z';
    const entries = [
      entry({ id: 'a', crisisTypeId: 'pelarian', seenAt: '2026-09-08T00:00:00.001Z' }),
      entry({ id: 'b', crisisTypeId: 'pelarian', seenAt: '2026-09-08T00:00:00.000Z' }),
      entry({ id: 'c', crisisTypeId: '', seenAt: '2026-12-01T00:00:00.000Z' }),
    ];
    expect([...recentCountsByType(entries, now)]).toEqual([['pelarian', 1]]);
  });
});

describe('escalation', () => {
  it('records the escalation and hands over a valid record with one fact per line', () => {
    const register = {
      entries: [
        entry({
          id: 'a',
          number: 4,
          facts: 'Video diunggah pukul 07.10\n\nAkun baru dibuat kemarin',
          sourceAddress: 'https://contoh.invalid/x',
        }),
      ],
    };
    const result = escalate(register, 'a', '2026-12-07T02:00:00.000Z')!;
    expect(escalationSchema.safeParse(result.handOver).success).toBe(true);
    expect(result.handOver.facts).toEqual(['Video diunggah pukul 07.10', 'Akun baru dibuat kemarin']);
    expect(result.handOver.where).toBe('Media sosial, Info Kota Fiktif, https://contoh.invalid/x');
    expect(result.register.entries[0]).toMatchObject({ status: 'dieskalasi', escalatedAt: '2026-12-07T02:00:00.000Z' });
    expect(escalate(register, 'missing', '2026-12-07T02:00:00.000Z')).toBeNull();
    expect(nextNumber(register)).toBe(5);
  });
});
