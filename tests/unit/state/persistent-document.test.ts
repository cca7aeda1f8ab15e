// The save path of every stored document (src/state/persistent-document.ts), on @nanostores/persistent's test storage
// engine: setTestStorageKey() is another tab writing (it fires the storage event), a plain write to getTestStorage()
// is a change this page missed. A Proxy over the same object throws as a full storage does.
import { beforeEach, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '@nanostores/persistent';
import type { DocumentDefinition } from '@/domain/storage/document-definition';
import { isBackupKey } from '@/domain/storage/envelope';
import { persistentDocument } from '@/state/persistent-document';
import { useStorageForTests } from '@/state/storage';

interface Note {
  title: string;
  count: number;
}

// Documents are created once per key and page, so every test uses a key of its own.
let serial = 0;
function definition(overrides: Partial<DocumentDefinition<Note>> = {}): DocumentDefinition<Note> {
  serial += 1;
  return {
    key: `siaga-krisis:uji-${serial}`,
    label: 'Catatan uji',
    page: { title: 'Uji', href: '/' },
    version: 2,
    schema: z.object({ title: z.string().check(z.maxLength(20)), count: z.int() }),
    // Version 1 stored { name }.
    migrations: { 1: (old) => ({ title: (old as { name: string }).name, count: 0 }) },
    initial: { title: '', count: 0 },
    summarize: (d) => d.title,
    isEmpty: (d) => d.title === '',
    ...overrides,
  };
}

const envelope = (data: unknown, rev: number, version = 2) => JSON.stringify({ version, rev, savedAt: '2026-12-01T00:00:00.000Z', data });
const stored = (key: string) => getTestStorage()[key];
const storedRev = (key: string) => (JSON.parse(stored(key)!) as { rev: number }).rev;

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
let full = false;

/**
 * A full storage, as localStorage behaves: every write throws QuotaExceededError. Writes through the state layer's
 * storage module (backups) meet the Proxy below; the library writes its engine's property directly, so each document
 * key becomes a property whose setter throws while storage is full.
 */
function fillStorage(...keys: string[]): void {
  full = true;
  const storage = getTestStorage();
  for (const key of keys) {
    let value = storage[key];
    Object.defineProperty(storage, key, {
      configurable: true,
      enumerable: true,
      get: () => value,
      set: (next: string) => {
        if (full) throw quotaError();
        value = next;
      },
    });
  }
}

beforeEach(() => {
  useTestStorageEngine();
  cleanTestStorage();
  full = false;
  useStorageForTests(
    new Proxy(getTestStorage(), {
      set(target, key, value) {
        if (full) throw quotaError();
        target[key as string] = value as string;
        return true;
      },
    }),
  );
});

describe('saving', () => {
  it('writes the value once per change in an envelope whose revision increases', () => {
    const def = definition();
    const doc = persistentDocument(def);
    expect(doc.$status.get()).toEqual({ state: 'saved' });
    doc.set({ title: 'Satu', count: 1 });
    doc.update((note) => ({ ...note, count: 2 }));
    expect(JSON.parse(stored(def.key)!)).toMatchObject({ version: 2, rev: 2, data: { title: 'Satu', count: 2 } });
    expect(doc.$data.get()).toEqual({ title: 'Satu', count: 2 });
    expect(doc.$status.get()).toEqual({ state: 'saved' });
  });

  it('writes storage once per save', () => {
    const def = definition();
    const doc = persistentDocument(def);
    let writes = 0;
    let value: string | undefined;
    Object.defineProperty(getTestStorage(), def.key, {
      configurable: true,
      enumerable: true,
      get: () => value,
      set: (next: string) => {
        writes += 1;
        value = next;
      },
    });
    doc.set({ title: 'Sekali', count: 1 });
    doc.set({ title: 'Sekali', count: 2 });
    expect(writes).toBe(2);
  });

  it('refuses a value that fails its schema: storage keeps the last valid one, the work stays, the user is told which field', () => {
    const def = definition();
    const doc = persistentDocument(def);
    doc.set({ title: 'Sah', count: 1 });
    const before = stored(def.key);
    doc.set({ title: 'Judul yang jauh lebih panjang dari dua puluh huruf', count: 1 });
    expect(stored(def.key)).toBe(before);
    expect(doc.$data.get().title).toBe('Judul yang jauh lebih panjang dari dua puluh huruf');
    const status = doc.$status.get();
    expect(status.state).toBe('invalid');
    expect(status.reason).toContain('title');
    expect(status.reason).toContain('maksimal 20');
    // Fixed, it saves again, with the next revision.
    doc.set({ title: 'Sudah pendek', count: 1 });
    expect(doc.$status.get()).toEqual({ state: 'saved' });
    expect(storedRev(def.key)).toBe(2);
    // And what is stored loads back, in this page and in a new one.
    doc.reload();
    expect(doc.$data.get()).toEqual({ title: 'Sudah pendek', count: 1 });
  });

  it('refuses a value of the wrong type (a programming error) without throwing', () => {
    const def = definition();
    const doc = persistentDocument(def);
    expect(() => doc.set({ title: 'A', count: 1.5 })).not.toThrow();
    expect(doc.$status.get().state).toBe('invalid');
    expect(stored(def.key)).toBeUndefined();
  });
});

describe('two tabs', () => {
  it('takes a newer value another tab saved, validated, and says so', () => {
    const def = definition();
    const doc = persistentDocument(def);
    doc.set({ title: 'Tab ini', count: 1 });
    setTestStorageKey(def.key, envelope({ title: 'Tab lain', count: 5 }, 2));
    expect(doc.$data.get()).toEqual({ title: 'Tab lain', count: 5 });
    expect(doc.$status.get()).toEqual({ state: 'updated-elsewhere' });
    // The next save continues from their revision.
    doc.update((note) => ({ ...note, count: 6 }));
    expect(storedRev(def.key)).toBe(3);
    expect(doc.$status.get()).toEqual({ state: 'saved' });
  });

  it('never overwrites newer work it missed: the save shows the stored work instead', () => {
    const def = definition();
    const doc = persistentDocument(def);
    doc.set({ title: 'Lama', count: 1 });
    // Written while this page was not listening (no event reached it).
    getTestStorage()[def.key] = envelope({ title: 'Lebih baru', count: 9 }, 4);
    doc.set({ title: 'Basi', count: 2 });
    expect(JSON.parse(stored(def.key)!)).toMatchObject({ rev: 4, data: { title: 'Lebih baru', count: 9 } });
    expect(doc.$data.get()).toEqual({ title: 'Lebih baru', count: 9 });
    expect(doc.$status.get()).toEqual({ state: 'updated-elsewhere' });
  });

  it('notices newer work written in another key order too (its revision is then read from the whole text)', () => {
    const def = definition();
    const doc = persistentDocument(def);
    doc.set({ title: 'Lama', count: 1 });
    getTestStorage()[def.key] = JSON.stringify({
      data: { title: 'Urutan lain', count: 3 },
      savedAt: '2026-12-01T00:00:00.000Z',
      rev: 2,
      version: 2,
    });
    doc.set({ title: 'Basi', count: 2 });
    expect(doc.$data.get()).toEqual({ title: 'Urutan lain', count: 3 });
    expect(doc.$status.get()).toEqual({ state: 'updated-elsewhere' });
  });

  it('does not adopt what another tab wrote that it cannot read, and lets the user download it', () => {
    const def = definition();
    const doc = persistentDocument(def);
    doc.set({ title: 'Milik saya', count: 1 });
    setTestStorageKey(def.key, '{"version":2,"rev":7,"savedAt":"x","data":{"title":3}}');
    expect(doc.$data.get()).toEqual({ title: 'Milik saya', count: 1 });
    expect(doc.$status.get()).toMatchObject({
      state: 'recovered',
      unreadableRaw: '{"version":2,"rev":7,"savedAt":"x","data":{"title":3}}',
    });
  });

  it('starts over when another tab deletes the document', () => {
    const def = definition();
    const doc = persistentDocument(def);
    doc.set({ title: 'Dihapus', count: 1 });
    setTestStorageKey(def.key, undefined);
    expect(doc.$data.get()).toEqual(def.initial);
    doc.set({ title: 'Baru', count: 1 });
    expect(storedRev(def.key)).toBe(1);
  });
});

describe('loading', () => {
  it('migrates an older version and keeps its revision', () => {
    const def = definition();
    getTestStorage()[def.key] = envelope({ name: 'Lama' }, 3, 1);
    const doc = persistentDocument(def);
    expect(doc.$data.get()).toEqual({ title: 'Lama', count: 0 });
    doc.set({ title: 'Lama', count: 1 });
    expect(JSON.parse(stored(def.key)!)).toMatchObject({ version: 2, rev: 4 });
  });

  it.each([
    ['text that is not JSON', '{"version":2,'],
    ['data that fails the schema', envelope({ title: 42 }, 3)],
    ['JSON that is no envelope', '[1,2,3]'],
  ])('keeps %s byte for byte in a backup before anything overwrites it', (_, raw) => {
    const def = definition();
    getTestStorage()[def.key] = raw;
    const doc = persistentDocument(def);
    const status = doc.$status.get();
    expect(status.state).toBe('recovered');
    expect(status.backupKey && isBackupKey(status.backupKey)).toBe(true);
    expect(stored(status.backupKey!)).toBe(raw);
    expect(status.unreadableRaw).toBe(raw);
    expect(doc.$data.get()).toEqual(def.initial);
    doc.set({ title: 'Mulai lagi', count: 1 });
    expect(stored(status.backupKey!)).toBe(raw);
    expect(doc.$status.get()).toEqual({ state: 'saved' });
  });

  it('leaves a value from a newer version untouched and works in memory', () => {
    const def = definition();
    const newer = envelope({ title: 'Dari masa depan', count: 1, extra: true }, 8, 3);
    getTestStorage()[def.key] = newer;
    const doc = persistentDocument(def);
    expect(doc.$status.get().state).toBe('newer-version');
    doc.set({ title: 'Di layar saja', count: 2 });
    expect(doc.$data.get()).toEqual({ title: 'Di layar saja', count: 2 });
    expect(stored(def.key)).toBe(newer);
  });
});

describe('storage that fails', () => {
  it('full: keeps the work on screen, says it was not saved, and saves once there is room', () => {
    const def = definition();
    const doc = persistentDocument(def);
    doc.set({ title: 'Tersimpan', count: 1 });
    fillStorage(def.key);
    doc.set({ title: 'Belum tersimpan', count: 2 });
    expect(doc.$data.get()).toEqual({ title: 'Belum tersimpan', count: 2 });
    expect(doc.$status.get()).toMatchObject({ state: 'not-saved', reason: expect.stringContaining('penuh') });
    expect(JSON.parse(stored(def.key)!)).toMatchObject({ rev: 1, data: { title: 'Tersimpan' } });
    full = false;
    doc.update((note) => ({ ...note, count: 3 }));
    expect(JSON.parse(stored(def.key)!)).toMatchObject({ rev: 2, data: { title: 'Belum tersimpan', count: 3 } });
    expect(doc.$status.get()).toEqual({ state: 'saved' });
  });

  it('full when an unreadable value needs its backup: the original is left alone and never overwritten', () => {
    const def = definition();
    getTestStorage()[def.key] = 'bukan JSON';
    fillStorage(def.key);
    const doc = persistentDocument(def);
    expect(doc.$status.get()).toMatchObject({ state: 'recovered', unreadableRaw: 'bukan JSON' });
    expect(doc.$status.get().backupKey).toBeUndefined();
    full = false;
    doc.set({ title: 'Baru', count: 1 });
    expect(stored(def.key)).toBe('bukan JSON');
    expect(Object.keys(getTestStorage()).filter(isBackupKey)).toEqual([]);
  });

  it('blocked: works in memory, says nothing will be kept, writes nothing', () => {
    useStorageForTests(null);
    const def = definition();
    const doc = persistentDocument(def);
    expect(doc.$status.get()).toEqual({ state: 'memory-only' });
    doc.set({ title: 'Sementara', count: 1 });
    expect(doc.$data.get()).toEqual({ title: 'Sementara', count: 1 });
    expect(doc.$status.get()).toEqual({ state: 'memory-only' });
    expect(stored(def.key)).toBeUndefined();
  });
});

describe('clear and reload', () => {
  it('clear forgets the stored value; reload reads what an import wrote', () => {
    const def = definition();
    const doc = persistentDocument(def);
    doc.set({ title: 'Hapus saya', count: 1 });
    doc.clear();
    expect(stored(def.key)).toBeUndefined();
    expect(doc.$data.get()).toEqual(def.initial);
    getTestStorage()[def.key] = envelope({ title: 'Diimpor', count: 4 }, 1);
    doc.reload();
    expect(doc.$data.get()).toEqual({ title: 'Diimpor', count: 4 });
    doc.update((note) => ({ ...note, count: 5 }));
    expect(storedRev(def.key)).toBe(2);
  });

  it('is one document per key on a page', () => {
    const def = definition();
    expect(persistentDocument(def)).toBe(persistentDocument({ ...def }));
  });
});
