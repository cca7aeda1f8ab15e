import { describe, expect, it } from 'vitest';
import { optionLetter, optionOrder, shuffledOrder } from '@/domain/simulation/option-order';

const options = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

describe('option order', () => {
  it('is stable for a run: the same seed and step always give the same order', () => {
    const seed = '2026-12-07T01:00:00.000Z';
    expect(optionOrder(options, seed, 'langkah-1')).toEqual(optionOrder(options, seed, 'langkah-1'));
  });

  it('is a permutation of the options', () => {
    for (let i = 0; i < 50; i++) expect([...optionOrder(options, `run-${i}`, 'x')].sort()).toEqual(['a', 'b', 'c']);
  });

  it('puts the first option of the data (and every other) in every position across runs, about evenly', () => {
    const positions = new Map<string, number[]>([
      ['a', [0, 0, 0]],
      ['b', [0, 0, 0]],
      ['c', [0, 0, 0]],
    ]);
    const runs = 3000;
    for (let i = 0; i < runs; i++) {
      optionOrder(options, new Date(1_800_000_000_000 + i * 1000).toISOString(), 'keputusan').forEach(
        (id, index) => positions.get(id)![index]!++,
      );
    }
    for (const counts of positions.values()) for (const count of counts) expect(count).toBeGreaterThan(runs / 3 - 150);
  });

  it('differs between steps of one run, so a pattern learnt at one decision does not carry to the next', () => {
    const orders = new Set(['s1', 's2', 's3', 's4', 's5', 's6'].map((step) => optionOrder(options, 'run', step).join()));
    expect(orders.size).toBeGreaterThan(1);
  });

  it('leaves the input untouched and letters options A, B, C', () => {
    const items = ['x', 'y'];
    shuffledOrder(items, 's', 'k');
    expect(items).toEqual(['x', 'y']);
    expect([0, 1, 2].map(optionLetter)).toEqual(['A', 'B', 'C']);
  });
});
