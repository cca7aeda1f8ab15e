import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { monitoringSummary } from '@/domain/monitoring/package-summary';
import { buildPackagePayload, describePackage, isPackageEmpty } from '@/domain/mentoring/package';
import { monitoringCell, overviewRow, regionMonitoringTotals } from '@/domain/mentoring/overview';
import { addPackage, EMPTY_MENTOR_STORE } from '@/domain/mentoring/mentor-store';
import { packagePayloadSchema } from '@/schemas/mentoring';
import type { NarrativeEntry } from '@/schemas/monitoring';
import { entry } from './fixtures';
import { payload, sources, UNIT } from '../mentoring/fixtures';

const NOW = new Date('2026-12-07T00:00:00.000Z');
const publication = (id: string, aim: NarrativeEntry['aim'], publishedAt: string): NarrativeEntry => ({
  id,
  aim,
  publishedAt,
  channel: 'instagram',
  audience: 'masyarakat',
  title: 'Unggahan',
  createdAt: publishedAt,
});

const register = {
  entries: [
    entry({ id: 'a', seenAt: '2026-11-07T00:00:00.001Z', status: 'dipantau' }), // inside 30 days by 1 ms
    entry({ id: 'b', seenAt: '2026-11-07T00:00:00.000Z', status: 'selesai' }), // exactly 30 days: outside
    entry({
      id: 'c',
      seenAt: '2026-12-01T00:00:00.000Z',
      status: 'dieskalasi',
      escalatedAt: '2026-12-02T00:00:00.000Z',
      sourceName: 'Joko Prasetyo',
      owner: 'Dewi Anggraini',
    }),
  ],
};
const narrative = {
  entries: [
    publication('n1', 'pemahaman', '2026-12-01T05:00:00.000Z'),
    publication('n2', 'pemahaman', '2026-12-02T05:00:00.000Z'),
    publication('n3', 'keterlibatan', '2026-10-01T05:00:00.000Z'),
  ],
};

describe('monitoring summary for the mentor', () => {
  it('counts the last 30 days, open issues now, and publications per aim', () => {
    expect(monitoringSummary(register, narrative, NOW)).toEqual({
      days: 30,
      openIssues: 1,
      newIssues: 2,
      escalations: 1,
      aims: { pemahaman: 2, keterlibatan: 0, 'dukungan-kebijakan': 0 },
    });
  });

  it('goes into a package only when chosen, as numbers without any entry text, and the package validates', () => {
    const base = { ...sources(), issueRegister: register, narrativeRecord: narrative };
    const choice = {
      unit: { name: UNIT, type: 'Lapas' as const },
      assessment: false,
      risks: false,
      planId: '',
      removePersonalData: false,
      releaseIds: [],
    };
    const without = buildPackagePayload(base, choice, { id: 'p1', now: NOW });
    expect(without.contents.monitoring).toBeUndefined();
    expect(isPackageEmpty(without)).toBe(true);
    const withNumbers = buildPackagePayload(base, { ...choice, monitoring: true }, { id: 'p2', now: NOW });
    expect(isPackageEmpty(withNumbers)).toBe(false);
    expect(z.safeParse(packagePayloadSchema, withNumbers).success).toBe(true);
    const text = JSON.stringify(withNumbers);
    for (const secret of ['Joko Prasetyo', 'Dewi Anggraini', 'antrean']) expect(text).not.toContain(secret);
    expect(describePackage(withNumbers)).toContain(
      'Pemantauan 30 hari terakhir: 2 isu baru, 1 dieskalasi, 1 masih terbuka; publikasi per tujuan: pemahaman 2, keterlibatan 0, dukungan kebijakan 0.',
    );
  });

  it('an older package without the numbers still validates and shows none', () => {
    const old = payload('lama', '2026-11-01T00:00:00.000Z');
    expect(old.contents.monitoring).toBeUndefined();
    expect(z.safeParse(packagePayloadSchema, old).success).toBe(true);
  });

  it('the overview shows each unit numbers and the region totals over the units that sent them', () => {
    const summary = monitoringSummary(register, narrative, NOW);
    const withNumbers = {
      ...payload('a', '2026-12-06T00:00:00.000Z', 'Lapas Kelas IIA Contoh Satu'),
      contents: { ...payload('a', '2026-12-06T00:00:00.000Z').contents, monitoring: summary },
    };
    let store = addPackage(EMPTY_MENTOR_STORE, withNumbers, '2026-12-06T01:00:00.000Z').store;
    store = addPackage(
      store,
      { ...withNumbers, id: 'b', unit: { ...withNumbers.unit, name: 'Rutan Kelas IIB Contoh Dua' } },
      '2026-12-06T01:00:00.000Z',
    ).store;
    store = addPackage(store, payload('c', '2026-12-06T00:00:00.000Z', 'Bapas Kelas II Contoh Tiga'), '2026-12-06T01:00:00.000Z').store;
    const rows = store.units.map(overviewRow);
    expect(rows.map((r) => r.monitoring?.openIssues ?? null).sort()).toEqual([1, 1, null]);
    expect(regionMonitoringTotals(rows)).toEqual({
      units: 2,
      days: 30,
      openIssues: 2,
      newIssues: 4,
      escalations: 2,
      aims: { pemahaman: 4, keterlibatan: 0, 'dukungan-kebijakan': 0 },
    });
    expect(regionMonitoringTotals(rows.filter((r) => !r.monitoring))).toBeNull();
    expect(monitoringCell(regionMonitoringTotals(rows))).toBe(
      '2 isu terbuka, 2 eskalasi; publikasi: pemahaman 4, keterlibatan 0, kebijakan 0',
    );
    expect(monitoringCell(null)).toBe('—');
  });
});
