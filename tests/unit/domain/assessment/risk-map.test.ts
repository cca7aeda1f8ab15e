import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { heatMap, ratedRisks, riskBand, riskScore, sortCrisisTypes, topRisks } from '@/domain/assessment/risk-map';
import type { RiskMap } from '@/schemas/risk-map';

const types = [
  { id: 'pelarian', name: 'Pelarian WBP' },
  { id: 'kerusuhan', name: 'Kerusuhan' },
  { id: 'kebakaran', name: 'Kebakaran' },
  { id: 'narkotika', name: 'Narkotika' },
  { id: 'hoaks', name: 'Hoaks' },
];
const entry = (likelihood?: number, impact?: number) => ({
  controls: '',
  owner: '',
  ...(likelihood ? { likelihood } : {}),
  ...(impact ? { impact } : {}),
});

describe('riskBand', () => {
  it.each([
    [1, 'rendah'],
    [4, 'rendah'],
    [5, 'sedang'],
    [9, 'sedang'],
    [10, 'tinggi'],
    [14, 'tinggi'],
    [15, 'sangat-tinggi'],
    [25, 'sangat-tinggi'],
  ])('score %i is band %s', (score, band) => {
    expect(riskBand(score).id).toBe(band);
  });

  it('every possible product of two ratings falls in a band that rises with the score', () => {
    const order = ['rendah', 'sedang', 'tinggi', 'sangat-tinggi'];
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 5 }),
        (l, i, more) => order.indexOf(riskBand(riskScore(l, i)).id) <= order.indexOf(riskBand(riskScore(Math.max(l, more), i)).id),
      ),
    );
  });
});

describe('topRisks', () => {
  const map: RiskMap = {
    entries: {
      pelarian: entry(2, 5), // 10
      kerusuhan: entry(5, 2), // 10, lower impact than pelarian
      kebakaran: entry(2, 4), // 8
      narkotika: entry(4, 4), // 16
      hoaks: entry(3), // not rated on impact: left out
      'tidak-ada-lagi': entry(5, 5), // no longer a crisis type: ignored
    },
  };

  it('returns rated risks sorted by score, ties by impact then likelihood, with the contract fields', () => {
    expect(topRisks(map, types, 10)).toEqual([
      { typeId: 'narkotika', name: 'Narkotika', likelihood: 4, impact: 4, score: 16 },
      { typeId: 'pelarian', name: 'Pelarian WBP', likelihood: 2, impact: 5, score: 10 },
      { typeId: 'kerusuhan', name: 'Kerusuhan', likelihood: 5, impact: 2, score: 10 },
      { typeId: 'kebakaran', name: 'Kebakaran', likelihood: 2, impact: 4, score: 8 },
    ]);
  });

  it('returns at most count risks, and none for a count of 0 or an empty map', () => {
    expect(topRisks(map, types, 2).map((r) => r.typeId)).toEqual(['narkotika', 'pelarian']);
    expect(topRisks(map, types, 0)).toEqual([]);
    expect(topRisks({ entries: {} }, types, 5)).toEqual([]);
  });

  it('keeps the collection order for complete ties', () => {
    const tie: RiskMap = { entries: { hoaks: entry(3, 3), kerusuhan: entry(3, 3) } };
    expect(topRisks(tie, types, 5).map((r) => r.typeId)).toEqual(['kerusuhan', 'hoaks']);
  });

  it('is always sorted by score and never longer than asked', () => {
    const rating = fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(rating, rating), { minLength: types.length, maxLength: types.length }),
        fc.integer({ min: 0, max: 6 }),
        (ratings, count) => {
          const random: RiskMap = { entries: Object.fromEntries(types.map((t, i) => [t.id, entry(ratings[i]![0], ratings[i]![1])])) };
          const top = topRisks(random, types, count);
          return top.length <= count && top.every((r, i) => i === 0 || top[i - 1]!.score >= r.score);
        },
      ),
    );
  });
});

describe('heatMap', () => {
  it('places each rated type in the cell of its likelihood and impact; impact 5 on top, likelihood 1 on the left', () => {
    const grid = heatMap({ entries: { pelarian: entry(2, 5), narkotika: entry(4, 4), kerusuhan: entry(4, 4), hoaks: entry(1) } }, types);
    expect(grid).toHaveLength(5);
    expect(grid.every((row) => row.length === 5)).toBe(true);
    expect(grid[0]![1]).toMatchObject({ impact: 5, likelihood: 2, score: 10, band: 'tinggi' });
    expect(grid[0]![1]!.risks.map((r) => r.typeId)).toEqual(['pelarian']);
    expect(grid[1]![3]!.risks.map((r) => r.typeId)).toEqual(['kerusuhan', 'narkotika']);
    expect(grid[4]![0]).toMatchObject({ impact: 1, likelihood: 1, score: 1, band: 'rendah', risks: [] });
    expect(grid[0]![4]).toMatchObject({ score: 25, band: 'sangat-tinggi' });
  });

  it('places every rated type exactly once', () => {
    const rating = fc.integer({ min: 1, max: 5 });
    fc.assert(
      fc.property(fc.array(fc.tuple(rating, rating), { minLength: types.length, maxLength: types.length }), (ratings) => {
        const map: RiskMap = { entries: Object.fromEntries(types.map((t, i) => [t.id, entry(ratings[i]![0], ratings[i]![1])])) };
        const placed = heatMap(map, types)
          .flat()
          .flatMap((cell) => cell.risks.map((r) => r.typeId));
        return placed.length === ratedRisks(map, types).length && new Set(placed).size === placed.length;
      }),
    );
  });
});

describe('sortCrisisTypes', () => {
  it('orders by group (security first), then by name, without changing the input', () => {
    const input = [
      { id: 'wabah', name: 'Wabah penyakit', group: 'keselamatan' as const },
      { id: 'pelarian', name: 'Pelarian WBP', group: 'keamanan' as const },
      { id: 'hoaks', name: 'Hoaks', group: 'informasi' as const },
      { id: 'kebakaran', name: 'Kebakaran', group: 'keselamatan' as const },
      { id: 'kerusuhan', name: 'Kerusuhan', group: 'keamanan' as const },
    ];
    expect(sortCrisisTypes(input).map((t) => t.id)).toEqual(['kerusuhan', 'pelarian', 'kebakaran', 'wabah', 'hoaks']);
    expect(input[0]!.id).toBe('wabah');
  });
});
