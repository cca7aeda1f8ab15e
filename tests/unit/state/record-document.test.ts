// The IndexedDB path of the data layer (src/state/record-document.ts, record-store.ts) on fake-indexeddb: one record per
// package and per unit, the move from localStorage (a value written by the localStorage layer itself), backups of
// unreadable records, full storage, newer versions and another tab's changes.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanTestStorage, getTestStorage, useTestStorageEngine } from '@nanostores/persistent';
import { created, persistentDocument } from '@/state/persistent-document';
import { useStorageForTests } from '@/state/storage';
import { recordDocument } from '@/state/record-document';
import { BACKUP_SUFFIX } from '@/domain/storage/record-layout';
import { readRecords, resetRecordDatabaseForTests, writeRecords } from '@/state/record-store';
import { mentorDocument } from '@/state/documents/mentor-overview';
import { addPackage, EMPTY_MENTOR_STORE } from '@/domain/mentoring/mentor-store';
import { updateReview } from '@/domain/mentoring/mentor-edits';
import { isBackupKey } from '@/domain/storage/envelope';
import type { MentorStore } from '@/schemas/mentoring';
import { payload } from '../domain/mentoring/fixtures';

const KEY = mentorDocument.key;
const NOW = new Date('2026-11-20T00:00:00.000Z');

function storeOf(count: number, packagesPerUnit = 1): MentorStore {
  let store: MentorStore = { ...EMPTY_MENTOR_STORE, mentor: 'Kanwil Fiktif', regionUnits: 'Lapas A' };
  for (let i = 0; i < count; i++) {
    for (let p = 0; p < packagesPerUnit; p++) {
      const made = `2026-11-${String(10 + p).padStart(2, '0')}T00:00:00.000Z`;
      store = addPackage(store, payload(`p${i}-${p}`, made, `Lapas Kelas III Nomor ${i} (fiktif)`), made).store;
    }
  }
  return store;
}

/** A fresh page: no document created yet, a new fake database, an empty localStorage. */
function newPage(): void {
  created.clear();
  resetRecordDatabaseForTests();
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  useTestStorageEngine();
  useStorageForTests(getTestStorage());
  newPage();
});
afterEach(() => {
  cleanTestStorage();
  vi.restoreAllMocks();
});

describe('recordDocument (IndexedDB)', () => {
  it('keeps one record per package, per unit and for the region, and reads them back after a reload', async () => {
    const doc = recordDocument(mentorDocument);
    await doc.ready;
    const store = storeOf(3, 2);
    expect(await doc.save(store)).toBe(true);
    const records = await readRecords(KEY);
    expect(records.map((r) => r.id).filter((id) => id.startsWith('paket:'))).toHaveLength(6);
    expect(records.map((r) => r.id).filter((id) => id.startsWith('unit:'))).toHaveLength(3);
    expect(records.map((r) => r.id)).toContain('wilayah');
    newPage();
    const again = recordDocument(mentorDocument);
    await again.ready;
    expect(again.$data.get().units.map((u) => [u.key, u.current.id, u.history.map((h) => h.payload.id)])).toEqual(
      store.units.map((u) => [u.key, u.current.id, u.history.map((h) => h.payload.id)]).sort(),
    );
    expect(again.$data.get().mentor).toBe('Kanwil Fiktif');
  });

  it('a review keystroke writes one record, not the store', async () => {
    const doc = recordDocument(mentorDocument);
    await doc.ready;
    await doc.save(storeOf(40));
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    const key = doc.$data.get().units[17]!.key;
    expect(await doc.save(updateReview(doc.$data.get(), key, 'rencana', { comment: 'Bagian tim belum lengkap.' }, NOW))).toBe(true);
    expect(put).toHaveBeenCalledTimes(1);
    expect((put.mock.calls[0]![0] as { id: string }).id).toBe(`unit:${key}`);
  });

  it('moves a value the localStorage layer wrote into records on first load, without loss, and only then removes it', async () => {
    const store = updateReview(storeOf(5, 2), storeOf(5, 2).units[0]!.key, 'asesmen', { status: 'diterima', comment: 'Baik.' }, NOW);
    // Written by the current localStorage layer itself, as a mentor's browser holds it today.
    const legacy = persistentDocument({ ...mentorDocument, records: undefined });
    legacy.set(store);
    expect(legacy.$status.get().state).toBe('saved');
    const raw = getTestStorage()[KEY]!;
    expect(raw.length).toBeGreaterThan(100_000);
    newPage();
    const doc = recordDocument(mentorDocument);
    await doc.ready;
    expect(getTestStorage()[KEY]).toBeUndefined();
    const moved = doc.$data.get();
    expect(moved.units).toHaveLength(5);
    expect(JSON.parse(raw).data).toEqual({ ...moved, units: [...moved.units] });
    expect(moved.units.find((u) => u.key === store.units[0]!.key)!.reviews.asesmen).toMatchObject({ status: 'diterima', comment: 'Baik.' });
    expect(await readRecords(KEY)).toHaveLength(1 + 5 + 10);
  });

  it('keeps the localStorage value when the records cannot be written (full storage)', async () => {
    const legacy = persistentDocument({ ...mentorDocument, records: undefined });
    legacy.set(storeOf(2));
    const raw = getTestStorage()[KEY];
    newPage();
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const doc = recordDocument(mentorDocument);
    await doc.ready;
    expect(getTestStorage()[KEY]).toBe(raw);
    expect(doc.$data.get().units).toHaveLength(2);
    expect(doc.$status.get()).toMatchObject({ state: 'not-saved', reason: expect.stringMatching(/penuh/) });
    expect(await readRecords(KEY)).toEqual([]);
  });

  it('a full storage keeps nothing of the refused save, says so, and answers false', async () => {
    const doc = recordDocument(mentorDocument);
    await doc.ready;
    const first = storeOf(2);
    await doc.save(first);
    // The first record of the save is accepted, the second refused: the transaction must keep neither.
    let calls = 0;
    const realPut = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      calls += 1;
      if (calls > 1) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return realPut.apply(this, args);
    });
    const more = addPackage(
      first,
      payload('baru', '2026-11-12T00:00:00.000Z', 'Rutan Kelas IIB Baru (fiktif)'),
      '2026-11-12T00:00:00.000Z',
    ).store;
    expect(await doc.save(more)).toBe(false);
    expect(doc.$status.get().state).toBe('not-saved');
    vi.restoreAllMocks();
    expect((await readRecords(KEY)).map((r) => r.id).some((id) => id.includes('baru'))).toBe(false);
    // The next save writes what the refused one did not.
    expect(await doc.save(more)).toBe(true);
    expect((await readRecords(KEY)).map((r) => r.id).filter((id) => id.includes('baru'))).toHaveLength(2);
  });

  it('copies an unreadable record aside, tells the user, and loads the rest', async () => {
    const doc = recordDocument(mentorDocument);
    await doc.ready;
    await doc.save(storeOf(3));
    const victim = (await readRecords(KEY)).find((r) => r.id.startsWith('paket:'))!;
    await writeRecords(KEY, [{ ...victim, data: { ...(victim.data as object), receivedAt: 'kemarin' } }]);
    newPage();
    const again = recordDocument(mentorDocument);
    await again.ready;
    expect(again.$data.get().units).toHaveLength(2);
    expect(again.$status.get()).toMatchObject({ state: 'recovered', backupKey: `${KEY}${BACKUP_SUFFIX}` });
    expect(again.$status.get().unreadableRaw).toContain('kemarin');
    const backups = await readRecords(`${KEY}${BACKUP_SUFFIX}`);
    expect(backups).toHaveLength(1);
    expect((backups[0]!.data as { receivedAt: string }).receivedAt).toBe('kemarin');
  });

  it('leaves records of a newer version untouched and works in memory', async () => {
    const doc = recordDocument(mentorDocument);
    await doc.ready;
    await doc.save(storeOf(1));
    const records = await readRecords(KEY);
    await writeRecords(
      KEY,
      records.map((r) => ({ ...r, version: 9 })),
    );
    newPage();
    const again = recordDocument(mentorDocument);
    await again.ready;
    expect(again.$status.get().state).toBe('newer-version');
    expect(await again.save(storeOf(2))).toBe(false);
    expect((await readRecords(KEY)).every((r) => r.version === 9)).toBe(true);
  });

  it('works in memory and says so when IndexedDB cannot be opened', async () => {
    vi.spyOn(globalThis.indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    const doc = recordDocument(mentorDocument);
    await doc.ready;
    expect(doc.$status.get().state).toBe('memory-only');
    expect(await doc.save(storeOf(1))).toBe(false);
    expect(doc.$data.get().units).toHaveLength(1);
  });

  it('an unreadable localStorage value is kept under a backup key, never dropped', async () => {
    getTestStorage()[KEY] = '{"version":1,"rev":2,"savedAt":"x","data":{"units":"rusak"}}';
    const doc = recordDocument(mentorDocument);
    await doc.ready;
    expect(doc.$status.get().state).toBe('recovered');
    const backups = Object.keys(getTestStorage()).filter(isBackupKey);
    expect(backups).toHaveLength(1);
    expect(getTestStorage()[backups[0]!]).toContain('rusak');
  });
});
