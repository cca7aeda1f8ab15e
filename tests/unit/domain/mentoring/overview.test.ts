import { describe, expect, it } from 'vitest';
import type { MentorStore } from '@/schemas/mentoring';
import { addPackage, EMPTY_MENTOR_STORE } from '@/domain/mentoring/mentor-store';
import { dimensionColumns, missingUnits, overviewRow, regionAverages, sortRows, type SortColumn } from '@/domain/mentoring/overview';
import { payload } from './fixtures';

const at = '2026-11-10T00:00:00.000Z';

function region(): MentorStore {
  let store: MentorStore = { ...EMPTY_MENTOR_STORE, regionUnits: 'Lapas Alfa\nRutan Beta\nLPKA Gama\nBapas Delta' };
  const alfa = payload('a', at, 'Lapas Alfa', 60); // dimensions 50 / 60, plan 100%, best release 90%
  const beta = payload('b', at, 'rutan beta', 40);
  const betaWithout = {
    ...beta,
    contents: {
      releases: [],
      assessment: { ...beta.contents.assessment!, dimensions: [{ id: 'dimensi-1', name: 'Dimensi 1', score: 20 }] },
    },
  };
  const gama = payload('g', at, 'LPKA Gama');
  const gamaEmpty = { ...gama, contents: { releases: [] } };
  store = addPackage(store, alfa, '2026-11-11T00:00:00.000Z').store;
  store = addPackage(store, betaWithout, '2026-11-12T00:00:00.000Z').store;
  store = addPackage(store, gamaEmpty, '2026-11-13T00:00:00.000Z').store;
  return store;
}

describe('regional overview', () => {
  it('one row per unit with its scores', () => {
    const rows = region().units.map(overviewRow);
    expect(rows.map((r) => r.name)).toEqual(['Lapas Alfa', 'rutan beta', 'LPKA Gama']);
    expect(rows[0]).toMatchObject({
      type: 'Lapas',
      overall: 60,
      dimensions: { 'dimensi-1': 50, 'dimensi-2': 60 },
      plan: 100,
      release: 90,
      releases: 2,
    });
    expect(rows[0]!.topRisks).toEqual([
      { name: 'Hoaks', score: 16 },
      { name: 'Pelarian WBP', score: 15 },
      { name: 'Kebakaran', score: 8 },
    ]);
    expect(rows[0]!.planSections).toHaveLength(10);
    expect(rows[1]).toMatchObject({ overall: 40, dimensions: { 'dimensi-1': 20 }, plan: null, release: null, planSections: [] });
    expect(rows[2]).toMatchObject({ overall: null, dimensions: {}, topRisks: [] });
  });

  it('averages each column over the units that sent it', () => {
    const store = region();
    const rows = store.units.map(overviewRow);
    const dims = dimensionColumns(store.units);
    expect(dims).toEqual([
      { id: 'dimensi-1', name: 'Dimensi 1' },
      { id: 'dimensi-2', name: 'Dimensi 2' },
    ]);
    const averages = regionAverages(rows, dims);
    expect(averages).toMatchObject({ units: 3, overall: 50, plan: 100, release: 90, dimensions: { 'dimensi-1': 35, 'dimensi-2': 60 } });
    expect(Object.values(averages.planSections)).toEqual(Array(10).fill(100));
    expect(regionAverages([], [])).toMatchObject({ units: 0, overall: null, plan: null, release: null, dimensions: {} });
  });

  it.each<[SortColumn, 'ascending' | 'descending', string[]]>([
    ['unit', 'ascending', ['Lapas Alfa', 'LPKA Gama', 'rutan beta']],
    ['unit', 'descending', ['rutan beta', 'LPKA Gama', 'Lapas Alfa']],
    ['keseluruhan', 'ascending', ['rutan beta', 'Lapas Alfa', 'LPKA Gama']],
    ['keseluruhan', 'descending', ['Lapas Alfa', 'rutan beta', 'LPKA Gama']],
    ['dimensi:dimensi-2', 'ascending', ['Lapas Alfa', 'LPKA Gama', 'rutan beta']],
    ['rencana', 'descending', ['Lapas Alfa', 'LPKA Gama', 'rutan beta']],
    ['siaran-pers', 'ascending', ['Lapas Alfa', 'LPKA Gama', 'rutan beta']],
    ['diterima', 'descending', ['LPKA Gama', 'rutan beta', 'Lapas Alfa']],
    ['jenis', 'ascending', ['Lapas Alfa', 'LPKA Gama', 'rutan beta']],
  ])('sorts by %s %s (units without a value last)', (column, direction, names) => {
    expect(sortRows(region().units.map(overviewRow), column, direction).map((r) => r.name)).toEqual(names);
  });

  it('lists the region’s units that sent nothing yet, matching names loosely', () => {
    expect(missingUnits(region())).toEqual(['Bapas Delta']);
    expect(missingUnits({ ...region(), regionUnits: '' })).toEqual([]);
  });
});
