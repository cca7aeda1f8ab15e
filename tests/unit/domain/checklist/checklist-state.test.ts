import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  checklistProgress,
  emptyEntry,
  entryOf,
  isEntryEmpty,
  isStateEmpty,
  mergeChecklistStates,
  resetChecklist,
  setItemChecked,
  setItemNote,
  setSessionField,
  summarizeChecklists,
} from '@/domain/checklist/checklist-state';
import { checklistStateSchema, type ChecklistEntry, type ChecklistState } from '@/schemas/checklist-state';
import { checklistsDocument } from '@/state/documents/checklists';
import { formatCalendarDate } from '@/domain/checklist/format-date';
import { checklistHref } from '@/domain/checklist/checklist-links';
import * as z from 'zod/mini';

const t1 = new Date('2026-03-12T05:40:00.000Z');
const t2 = new Date('2026-03-12T06:00:00.000Z');
const empty: ChecklistState = { checklists: {} };

describe('ticking items', () => {
  it('ticks, keeps other checklists, stamps the time', () => {
    const state = setItemChecked({ checklists: { lain: { ...emptyEntry(t1), checked: ['x'] } } }, 'jam-pertama', 'a', true, t2);
    expect(state.checklists['jam-pertama']).toEqual({
      checked: ['a'],
      notes: {},
      session: { date: '', incident: '', filledBy: '' },
      updatedAt: t2.toISOString(),
    });
    expect(state.checklists.lain?.checked).toEqual(['x']);
  });

  it.each([
    [['a'], 'a', true, ['a']],
    [['a', 'b'], 'a', false, ['b']],
    [[], 'a', false, []],
    [['b'], 'a', true, ['b', 'a']],
  ])('from %j, item %s set to %s gives %j (never twice)', (before, item, checked, after) => {
    const start = { checklists: { d: { ...emptyEntry(t1), checked: before } } };
    expect(setItemChecked(start, 'd', item, checked, t2).checklists.d?.checked).toEqual(after);
  });

  it('does not change the state it was given', () => {
    const start = { checklists: { d: emptyEntry(t1) } };
    const copy = structuredClone(start);
    setItemChecked(start, 'd', 'a', true, t2);
    setItemNote(start, 'd', 'a', 'catatan', t2);
    setSessionField(start, 'd', 'incident', 'x', t2);
    resetChecklist(start, 'd');
    expect(start).toEqual(copy);
  });
});

describe('notes and session', () => {
  it('keeps a note as typed and removes it when emptied or blank', () => {
    const noted = setItemNote(empty, 'd', 'a', ' Regu B ', t1);
    expect(noted.checklists.d?.notes).toEqual({ a: ' Regu B ' });
    expect(setItemNote(noted, 'd', 'a', '', t2).checklists.d?.notes).toEqual({});
    expect(setItemNote(noted, 'd', 'a', '   ', t2).checklists.d?.notes).toEqual({});
  });

  it.each(['date', 'incident', 'filledBy'] as const)('sets the session field %s only', (field) => {
    const state = setSessionField(empty, 'd', field, '2026-03-12', t1);
    expect(state.checklists.d?.session).toEqual({ date: '', incident: '', filledBy: '', [field]: '2026-03-12' });
  });
});

describe('reset', () => {
  it('forgets one checklist and keeps the others', () => {
    const state = setItemChecked(setItemChecked(empty, 'a', 'x', true, t1), 'b', 'y', true, t1);
    expect(Object.keys(resetChecklist(state, 'a').checklists)).toEqual(['b']);
    expect(resetChecklist(empty, 'a')).toEqual(empty);
  });
});

describe('emptiness and summary', () => {
  const base = emptyEntry(t1);
  it.each<[string, ChecklistEntry, boolean]>([
    ['new entry', base, true],
    ['a tick', { ...base, checked: ['a'] }, false],
    ['a note', { ...base, notes: { a: 'x' } }, false],
    ['a date', { ...base, session: { ...base.session, date: '2026-03-12' } }, false],
    ['an incident', { ...base, session: { ...base.session, incident: 'Kebakaran' } }, false],
    ['who filled it', { ...base, session: { ...base.session, filledBy: 'Rina' } }, false],
    ['blank text only', { ...base, session: { date: '', incident: '  ', filledBy: ' ' } }, true],
  ])('%s → empty: %s', (_name, entry, expected) => {
    expect(isEntryEmpty(entry)).toBe(expected);
  });

  it('counts the checklists in use', () => {
    expect(isStateEmpty(empty)).toBe(true);
    expect(summarizeChecklists(empty)).toBe('Belum ada daftar periksa yang diisi');
    const used = setItemChecked(setItemChecked(empty, 'a', 'x', true, t1), 'b', 'y', true, t1);
    expect(isStateEmpty(used)).toBe(false);
    expect(summarizeChecklists(used)).toBe('2 daftar periksa diisi');
    expect(summarizeChecklists(setItemChecked(used, 'a', 'x', false, t2))).toBe('1 daftar periksa diisi');
  });

  it('reads an untouched checklist as empty', () => {
    expect(isEntryEmpty(entryOf(empty, 'tidak-ada'))).toBe(true);
  });
});

describe('progress', () => {
  const ids = ['a', 'b', 'c'];
  it.each([
    [[], 0, 0],
    [['a'], 1, 33],
    [['a', 'b'], 2, 66],
    [['a', 'b', 'c'], 3, 100],
    [['a', 'dihapus-dari-yaml'], 1, 33],
  ])('ticked %j → %i done, %i%%', (checked, done, percent) => {
    expect(checklistProgress(ids, { ...emptyEntry(t1), checked })).toEqual({ done, total: 3, percent });
  });

  it('is 0% of nothing', () => {
    expect(checklistProgress([], emptyEntry(t1))).toEqual({ done: 0, total: 0, percent: 0 });
  });

  it('stays between 0 and the number of items whatever is ticked', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string(), { maxLength: 20 }), fc.array(fc.string(), { maxLength: 30 }), (items, checked) => {
        const { done, total, percent } = checklistProgress(items, { ...emptyEntry(t1), checked });
        return (
          done >= 0 &&
          done <= total &&
          total === items.length &&
          percent >= 0 &&
          percent <= 100 &&
          (percent === 100) === (total > 0 && done === total)
        );
      }),
    );
  });
});

describe('merge (import with “Gabungkan”)', () => {
  it('keeps the more recent entry per checklist and checklists found on one side only', () => {
    const ours = { checklists: { a: { ...emptyEntry(t2), checked: ['ours'] }, b: { ...emptyEntry(t1), checked: ['b'] } } };
    const theirs = { checklists: { a: { ...emptyEntry(t1), checked: ['theirs'] }, c: { ...emptyEntry(t1), checked: ['c'] } } };
    const merged = mergeChecklistStates(ours, theirs);
    expect(merged.checklists.a?.checked).toEqual(['ours']);
    expect(Object.keys(merged.checklists).sort()).toEqual(['a', 'b', 'c']);
    expect(mergeChecklistStates(theirs, ours).checklists.a?.checked).toEqual(['ours']);
  });

  it('lets the incoming entry win a tie', () => {
    const ours = { checklists: { a: { ...emptyEntry(t1), checked: ['ours'] } } };
    const theirs = { checklists: { a: { ...emptyEntry(t1), checked: ['theirs'] } } };
    expect(mergeChecklistStates(ours, theirs).checklists.a?.checked).toEqual(['theirs']);
  });
});

describe('the stored document', () => {
  it('validates what the functions produce and rejects a wrong shape', () => {
    let state = setItemChecked(empty, 'jam-pertama', 'a', true, t1);
    state = setItemNote(state, 'jam-pertama', 'a', 'catatan', t1);
    state = setSessionField(state, 'jam-pertama', 'date', '2026-03-12', t1);
    expect(z.safeParse(checklistStateSchema, state).success).toBe(true);
    expect(z.safeParse(checklistStateSchema, { checklists: { a: { checked: 'a', notes: {}, session: {}, updatedAt: '' } } }).success).toBe(
      false,
    );
    expect(z.safeParse(checklistStateSchema, { checklists: { a: { ...emptyEntry(t1), notes: { a: 'x'.repeat(501) } } } }).success).toBe(
      false,
    );
  });

  it('is defined under the app namespace with an empty initial value', () => {
    expect(checklistsDocument.key).toBe('siaga-krisis:daftar-periksa');
    expect(checklistsDocument.isEmpty(checklistsDocument.initial)).toBe(true);
    expect(checklistsDocument.page.href).toBe('/daftar-periksa/');
  });
});

describe('formatCalendarDate', () => {
  it.each([
    ['2026-03-12', '12 Maret 2026'],
    ['2026-01-01', '1 Januari 2026'],
    ['2026-12-31', '31 Desember 2026'],
    ['', ''],
    ['2026-02-30', '2026-02-30'],
    ['kemarin', 'kemarin'],
  ])('%j → %j', (value, expected) => {
    expect(formatCalendarDate(value)).toBe(expected);
  });
});

it('checklistHref builds the page address of a checklist', () => {
  expect(checklistHref('24-jam-pertama')).toBe('/daftar-periksa/24-jam-pertama/');
});
