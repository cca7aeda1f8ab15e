import { describe, expect, it } from 'vitest';
import type { MentorStore } from '@/schemas/mentoring';
import { addPackage, EMPTY_MENTOR_STORE } from '@/domain/mentoring/mentor-store';
import { openSealedFile } from '@/domain/mentoring/sealed-file';
import {
  buildRegionalSummary,
  buildRegionalSummaryFile,
  regionalSummaryFileName,
  regionalSummaryKind,
  summaryRegion,
} from '@/domain/mentoring/regional-summary';
import { packageKind } from '@/domain/mentoring/package';
import { payload } from './fixtures';

const at = '2026-11-10T00:00:00.000Z';
const now = new Date('2026-11-20T08:00:00.000Z');

function region(): MentorStore {
  let store: MentorStore = { ...EMPTY_MENTOR_STORE, mentor: 'Pendamping Uji (fiktif)', regionUnits: 'Lapas Alfa\nRutan Beta\nBapas Delta' };
  const alfa = payload('a', at, 'Lapas Alfa', 60); // dimensions 50 / 60, plan 100%, best release 90%
  const beta = payload('b', at, 'Rutan Beta', 40);
  const betaPlanless = {
    ...beta,
    unit: { ...beta.unit, region: 'Kanwil Uji' },
    contents: { ...beta.contents, plan: undefined, releases: [] },
  };
  store = addPackage(store, { ...alfa, unit: { ...alfa.unit, region: 'Kanwil Uji' } }, '2026-11-11T00:00:00.000Z').store;
  store = addPackage(store, betaPlanless, '2026-11-12T00:00:00.000Z').store;
  return store;
}

describe('regional summary', () => {
  it('holds every unit that sent a package, then the listed units that did not, with the region’s averages', () => {
    const summary = buildRegionalSummary(region(), { id: 'rw-1', now, region: ' Kanwil Uji ' });
    expect(summary).toMatchObject({ id: 'rw-1', writtenAt: now.toISOString(), region: 'Kanwil Uji', mentor: 'Pendamping Uji (fiktif)' });
    expect(summary.dimensions.map((d) => d.id)).toEqual(['dimensi-1', 'dimensi-2']);
    expect(summary.units.map((u) => [u.name, u.region, u.packageCreatedAt ?? null])).toEqual([
      ['Lapas Alfa', 'Kanwil Uji', at],
      ['Rutan Beta', 'Kanwil Uji', at],
      ['Bapas Delta', '', null],
    ]);
    expect(summary.units[0]).toMatchObject({ overall: 60, dimensions: [50, 60], plan: 100, release: 90 });
    expect(summary.units[1]).toMatchObject({
      overall: 40,
      plan: null,
      release: null,
      statuses: { rencana: 'tidak-dikirim', asesmen: 'belum' },
    });
    expect(summary.units[2]).toMatchObject({ overall: null, dimensions: [null, null], plan: null, release: null });
    expect(Object.values(summary.units[2]!.statuses)).toEqual(['tidak-dikirim', 'tidak-dikirim', 'tidak-dikirim']);
    // A unit without a plan or a release does not count as 0%; the listed unit that sent nothing counts nowhere.
    expect(summary.averages).toEqual({ overall: 50, dimensions: [50, 60], plan: 100, release: 90 });
  });

  it('an empty region: no units, no averages', () => {
    const summary = buildRegionalSummary(EMPTY_MENTOR_STORE, { id: 'rw-0', now, region: 'Kanwil Kosong' });
    expect(summary.units).toEqual([]);
    expect(summary.dimensions).toEqual([]);
    expect(summary.averages).toEqual({ overall: null, dimensions: [], plan: null, release: null });
  });

  it('a region of units that have not sent anything yet lists them all as not reported', () => {
    const store = { ...EMPTY_MENTOR_STORE, regionUnits: 'Lapas Satu\nLapas Dua' };
    const summary = buildRegionalSummary(store, { id: 'rw-2', now, region: 'Kanwil Uji' });
    expect(summary.units.map((u) => [u.name, u.packageCreatedAt])).toEqual([
      ['Lapas Satu', undefined],
      ['Lapas Dua', undefined],
    ]);
    expect(summary.averages.overall).toBeNull();
  });

  it('names the region the mentor typed, else the one most packages name', () => {
    expect(summaryRegion({ ...region(), region: 'Kanwil Ketik' })).toBe('Kanwil Ketik');
    expect(summaryRegion(region())).toBe('Kanwil Uji');
    expect(summaryRegion(EMPTY_MENTOR_STORE)).toBe('');
  });

  it('is sealed: opened as a summary, refused as a package, refused when a number is changed', async () => {
    const summary = buildRegionalSummary(region(), { id: 'rw-1', now, region: 'Kanwil Uji' });
    const text = JSON.stringify(await buildRegionalSummaryFile(summary));
    const opened = await openSealedFile(text, regionalSummaryKind);
    expect(opened).toEqual({ ok: true, payload: summary });
    const asPackage = await openSealedFile(text, packageKind);
    expect(asPackage.ok ? '' : asPackage.reason).toContain('bukan paket pendampingan');
    const tampered = await openSealedFile(text.replace('"overall":60', '"overall":95'), regionalSummaryKind);
    expect(tampered.ok ? '' : tampered.reason).toContain('Checksum tidak cocok');
    expect(regionalSummaryFileName(summary)).toBe('ringkasan-wilayah-kanwil-uji-2026-11-20.json');
  });
});
