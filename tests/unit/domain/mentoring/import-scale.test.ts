// What an import of many files reports (counts only what storage confirmed) and which rows the overview draws.
import { describe, expect, it } from 'vitest';
import { importReport } from '@/domain/mentoring/import-report';
import { filterRows, pageOf } from '@/domain/mentoring/overview-view';
import { overviewRow } from '@/domain/mentoring/overview';
import { addPackage, EMPTY_MENTOR_STORE } from '@/domain/mentoring/mentor-store';
import { updateReview } from '@/domain/mentoring/mentor-edits';
import { payload } from './fixtures';

describe('import report', () => {
  it('counts kept files only, and names no file in the sentence', () => {
    const text = importReport({
      total: 700,
      kept: Array.from({ length: 698 }, (_, i) => `p${i}.json`),
      rejected: [
        { name: 'rusak.json', reason: 'x' },
        { name: 'lama.json', reason: 'y' },
      ],
      pending: [],
      notKept: [],
    });
    expect(text).toBe('700 berkas dibaca: 698 diterima, 2 ditolak.');
  });

  it('when storage refuses, says how many were kept and not kept, and that the originals are untouched', () => {
    const text = importReport({
      total: 700,
      kept: Array.from({ length: 312 }, (_, i) => `p${i}.json`),
      rejected: [],
      pending: [],
      notKept: Array.from({ length: 388 }, (_, i) => `q${i}.json`),
    });
    expect(text).toMatch(/^700 berkas dibaca: 312 diterima, 0 ditolak, 388 tidak tersimpan\./);
    expect(text).toContain('setelah 312 berkas tersimpan');
    expect(text).toContain('berkas aslinya tidak berubah');
    expect(text).not.toContain('.json');
  });
});

describe('overview rows for hundreds of units', () => {
  let store = EMPTY_MENTOR_STORE;
  for (let i = 0; i < 120; i++)
    store = addPackage(
      store,
      payload(`p${i}`, '2026-11-10T00:00:00.000Z', `${i % 3 === 0 ? 'Rutan' : 'Lapas'} Nomor ${i} (fiktif)`),
      '2026-11-10T00:00:00.000Z',
    ).store;
  store = updateReview(store, store.units[5]!.key, 'rencana', { status: 'perlu-perbaikan' }, new Date('2026-11-11T00:00:00.000Z'));
  const rows = store.units.map(overviewRow);

  it('searches by name ignoring case and punctuation, and filters by type and review state', () => {
    expect(filterRows(rows, { query: 'NOMOR  7 (Fiktif', type: '', state: '' }).map((r) => r.name)).toEqual(['Lapas Nomor 7 (fiktif)']);
    expect(filterRows(rows, { query: '', type: 'Lapas', state: '' })).toHaveLength(120); // the fixture's type is Lapas for all
    expect(filterRows(rows, { query: '', type: 'Rutan', state: '' })).toHaveLength(0);
    expect(filterRows(rows, { query: '', type: '', state: 'perlu-perbaikan' }).map((r) => r.name)).toEqual([
      store.units[5]!.current.unit.name,
    ]);
  });

  it('pages of 50, kept within range', () => {
    expect(pageOf(120, 0)).toEqual({ index: 0, count: 3, from: 0, to: 50 });
    expect(pageOf(120, 2)).toEqual({ index: 2, count: 3, from: 100, to: 120 });
    expect(pageOf(10, 5)).toEqual({ index: 0, count: 1, from: 0, to: 10 });
    expect(pageOf(0, 0)).toEqual({ index: 0, count: 1, from: 0, to: 0 });
  });
});
