import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { MentorStore } from '@/schemas/mentoring';
import type { RegionalSummaryPayload } from '@/schemas/regional-summary';
import { addPackage, EMPTY_MENTOR_STORE } from '@/domain/mentoring/mentor-store';
import { openSealedFile } from '@/domain/mentoring/sealed-file';
import { packageKind } from '@/domain/mentoring/package';
import { overviewRow } from '@/domain/mentoring/overview';
import { buildRegionalSummary } from '@/domain/mentoring/regional-summary';
import { nationalView, regionUnits } from '@/domain/mentoring/national';
import { addSummaries, EMPTY_NATIONAL_STORE, mergeNationalStores, removeRegion } from '@/domain/mentoring/national-store';
import { payload } from './fixtures';

const at = '2026-11-10T00:00:00.000Z';

/** A region's summary built from real packages: units named with the scores given (overall = both dimensions). */
function summary(region: string, writtenAt: string, scores: Record<string, number>, listedOnly: string[] = []): RegionalSummaryPayload {
  let store: MentorStore = {
    ...EMPTY_MENTOR_STORE,
    mentor: `Pendamping ${region}`,
    regionUnits: [...Object.keys(scores), ...listedOnly].join('\n'),
  };
  for (const [name, overall] of Object.entries(scores)) {
    const p = payload(`p-${name.replace(/\W/g, '')}`, at, name, overall);
    const withScores = {
      ...p,
      unit: { ...p.unit, region },
      contents: {
        ...p.contents,
        assessment: { ...p.contents.assessment!, dimensions: p.contents.assessment!.dimensions.map((d) => ({ ...d, score: overall })) },
      },
    };
    store = addPackage(store, withScores, '2026-11-11T00:00:00.000Z').store;
  }
  return buildRegionalSummary(store, { id: `rw-${region.replace(/\W/g, '')}-${writtenAt.slice(0, 10)}`, now: new Date(writtenAt), region });
}

const utara = summary('Kanwil Utara (fiktif)', '2026-11-20T00:00:00.000Z', { 'Lapas Satu': 80, 'Rutan Dua': 40 }, ['Bapas Tiga']);
const selatan = summary('Kanwil Selatan (fiktif)', '2026-09-01T00:00:00.000Z', { 'Lapas Empat': 30 });
const now = new Date('2026-11-25T00:00:00.000Z');
/** Summaries as read from unsigned files (the key checks are in national-keys.test.ts). */
const unsigned = (...summaries: RegionalSummaryPayload[]) => summaries.map((s) => ({ summary: s, signedBy: '' }));

describe('national view', () => {
  it('adds regions, replaces a region’s earlier summary with a later one and keeps the later when an older comes', () => {
    const first = addSummaries(EMPTY_NATIONAL_STORE, unsigned(utara, selatan), '2026-11-21T00:00:00.000Z');
    expect(first.outcomes.map((o) => o.kind)).toEqual(['baru', 'baru']);
    const later = summary('kanwil  UTARA (fiktif)', '2026-11-24T00:00:00.000Z', { 'Lapas Satu': 90, 'Rutan Dua': 50, 'Bapas Tiga': 70 });
    const second = addSummaries(first.store, unsigned(later, utara, later), '2026-11-24T01:00:00.000Z');
    expect(second.outcomes).toEqual([
      { kind: 'mengganti', region: 'kanwil  UTARA (fiktif)', previous: utara.writtenAt },
      { kind: 'lebih-lama', region: utara.region, kept: later.writtenAt },
      { kind: 'sama', region: later.region },
    ]);
    expect(second.store.regions.map((r) => r.summary.id)).toEqual([later.id, selatan.id]);
    expect(removeRegion(second.store, 'Kanwil Utara (fiktif)').regions.map((r) => r.summary.id)).toEqual([selatan.id]);
  });

  it('national averages count every unit that reported, not the regions’ averages', () => {
    const { store } = addSummaries(EMPTY_NATIONAL_STORE, unsigned(utara, selatan), '2026-11-21T00:00:00.000Z');
    const view = nationalView(store, now);
    // (80 + 40 + 30) / 3 = 50; the average of the regions' averages would be (60 + 30) / 2 = 45.
    expect(view.averages.overall).toBe(50);
    expect(view.averages.dimensions.map((d) => d.average)).toEqual([50, 50]);
    expect(view.averages.plan).toBe(100);
    expect([view.units, view.reported]).toEqual([4, 3]);
    expect(view.regions.map((r) => [r.region, r.units, r.reported, r.averages.overall])).toEqual([
      ['Kanwil Selatan (fiktif)', 1, 1, 30],
      ['Kanwil Utara (fiktif)', 3, 2, 60],
    ]);
  });

  it('lists regions whose summary is older than N days, and the units that have not sent a package', () => {
    const { store } = addSummaries(EMPTY_NATIONAL_STORE, unsigned(utara, selatan), '2026-11-21T00:00:00.000Z');
    expect(nationalView(store, now, 45).oldRegions.map((r) => r.region)).toEqual(['Kanwil Selatan (fiktif)']);
    expect(nationalView(store, now, 3).oldRegions.map((r) => r.region)).toEqual(['Kanwil Selatan (fiktif)', 'Kanwil Utara (fiktif)']);
    expect(nationalView(store, now).notReported).toEqual([{ region: 'Kanwil Utara (fiktif)', unit: 'Bapas Tiga' }]);
    expect(regionUnits(utara).map((u) => u.name)).toEqual(['Lapas Satu', 'Rutan Dua', 'Bapas Tiga']);
  });

  it('nothing read: no regions, no averages', () => {
    const view = nationalView(EMPTY_NATIONAL_STORE, now);
    expect(view).toMatchObject({ units: 0, reported: 0, regions: [], oldRegions: [], notReported: [] });
    expect(view.averages).toEqual({ overall: null, plan: null, release: null, dimensions: [] });
  });

  it('33 regions add up, and Data saya’s merge keeps the newest per region', () => {
    const many = Array.from({ length: 33 }, (_, i) =>
      summary(`Kanwil ${i + 1} (fiktif)`, '2026-11-20T00:00:00.000Z', { [`Lapas ${i + 1}`]: i + 50 }),
    );
    const { store, outcomes } = addSummaries(EMPTY_NATIONAL_STORE, unsigned(...many), '2026-11-21T00:00:00.000Z');
    expect(outcomes.every((o) => o.kind === 'baru')).toBe(true);
    expect(nationalView(store, now).averages.overall).toBe(66); // 50…82
    const older = addSummaries(
      EMPTY_NATIONAL_STORE,
      unsigned(summary('Kanwil 1 (fiktif)', '2026-10-01T00:00:00.000Z', { 'Lapas 1': 10 })),
      at,
    ).store;
    expect(mergeNationalStores(store, older).regions).toHaveLength(33);
    expect(mergeNationalStores(older, store).regions.find((r) => r.summary.region === 'Kanwil 1 (fiktif)')!.summary.writtenAt).toBe(
      '2026-11-20T00:00:00.000Z',
    );
  });
});

describe('packages from before the Kanwil field', () => {
  it('an older package without a region is still accepted and shows no region', async () => {
    const text = readFileSync(new URL('../../../fixtures/mentoring/paket-tanpa-kanwil.json', import.meta.url), 'utf8');
    const opened = await openSealedFile(text, packageKind);
    if (!opened.ok) throw new Error(opened.reason);
    expect(opened.payload.unit).toEqual({ name: 'Lapas Kelas IIA Telaga Bening', type: 'Lapas' });
    const store = addPackage(EMPTY_MENTOR_STORE, opened.payload, '2026-10-06T00:00:00.000Z').store;
    expect(overviewRow(store.units[0]!).region).toBe('');
  });
});
