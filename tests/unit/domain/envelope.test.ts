import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import type { DocumentDefinition } from '@/domain/storage/document-definition';
import { backupKey, isBackupKey, readEnvelope, readRevision, upgradeData, writeEnvelope } from '@/domain/storage/envelope';

// A document whose shape changed twice: v1 { name }, v2 { title }, v3 { title, tags }.
const notes: DocumentDefinition<{ title: string; tags: string[] }> = {
  key: 'siaga-krisis:uji',
  label: 'Catatan uji',
  page: { title: 'Uji', href: '/' },
  version: 3,
  schema: z.object({ title: z.string(), tags: z.array(z.string()) }),
  migrations: {
    1: (old) => ({ title: (old as { name: string }).name }),
    2: (old) => ({ ...(old as object), tags: [] }),
  },
  initial: { title: '', tags: [] },
  summarize: (d) => d.title,
  isEmpty: (d) => d.title === '',
};

const stored = (version: number, data: unknown, rev = 4) => JSON.stringify({ version, rev, savedAt: '2026-01-02T03:04:05.000Z', data });

describe('readEnvelope', () => {
  it('reads nothing stored as empty', () => {
    expect(readEnvelope(notes, undefined)).toEqual({ kind: 'empty' });
    expect(readEnvelope(notes, null)).toEqual({ kind: 'empty' });
    expect(readEnvelope(notes, '')).toEqual({ kind: 'empty' });
  });

  it('reads a current value with its revision', () => {
    expect(readEnvelope(notes, stored(3, { title: 'A', tags: ['x'] }))).toEqual({
      kind: 'ok',
      data: { title: 'A', tags: ['x'] },
      rev: 4,
      savedAt: '2026-01-02T03:04:05.000Z',
    });
  });

  it('migrates step by step from every older version', () => {
    expect(readEnvelope(notes, stored(1, { name: 'Lama' }))).toMatchObject({
      kind: 'ok',
      data: { title: 'Lama', tags: [] },
      migratedFrom: 1,
    });
    expect(readEnvelope(notes, stored(2, { title: 'Dua' }))).toMatchObject({
      kind: 'ok',
      data: { title: 'Dua', tags: [] },
      migratedFrom: 2,
    });
  });

  it('refuses a newer version without reading its data', () => {
    expect(readEnvelope(notes, stored(4, { anything: true }))).toEqual({ kind: 'newer', version: 4, savedAt: '2026-01-02T03:04:05.000Z' });
  });

  it.each([
    ['broken JSON', '{"version":3,', 'bukan JSON'],
    ['not an envelope', '[1,2,3]', 'tidak berbentuk dokumen'],
    ['an envelope without revision', JSON.stringify({ version: 3, data: {} }), 'tidak berbentuk dokumen'],
    ['wrong field type', stored(3, { title: 5, tags: [] }), 'kolom “title” harus berupa teks'],
    ['wrong nested type', stored(3, { title: 'x', tags: [1] }), 'kolom “tags[0]” harus berupa teks'],
  ])('reports %s as unreadable, naming the problem', (_name, raw, reason) => {
    const result = readEnvelope(notes, raw);
    expect(result.kind).toBe('unreadable');
    expect(result.kind === 'unreadable' && result.reason).toContain(reason);
  });

  it('turns a migration that throws into an unreadable value instead of an exception', () => {
    const result = readEnvelope(notes, stored(1, null));
    expect(result.kind).toBe('unreadable');
  });

  it('reports a missing migration step', () => {
    const gap = { ...notes, migrations: { 2: notes.migrations[2]! } };
    expect(upgradeData(gap, 1, { name: 'x' })).toEqual({ ok: false, reason: 'tidak ada cara membaca data versi 1' });
  });
});

describe('writeEnvelope', () => {
  it('round-trips through readEnvelope', () => {
    const text = writeEnvelope(notes, { title: 'T', tags: ['a'] }, 7, new Date('2026-11-29T10:00:00Z'));
    expect(readEnvelope(notes, text)).toEqual({
      kind: 'ok',
      data: { title: 'T', tags: ['a'] },
      rev: 7,
      savedAt: '2026-11-29T10:00:00.000Z',
    });
  });
});

describe('backup keys', () => {
  it('keeps backups in the namespace, apart from documents', () => {
    const key = backupKey('siaga-krisis:profil', new Date('2026-11-29T10:00:00Z'));
    expect(key).toBe('siaga-krisis:cadangan:profil@2026-11-29T10:00:00.000Z');
    expect(isBackupKey(key)).toBe(true);
    expect(isBackupKey('siaga-krisis:profil')).toBe(false);
  });
});

describe('readRevision', () => {
  it('reads the revision of what writeEnvelope wrote without parsing the data', () => {
    const text = writeEnvelope(notes, { title: 'A', tags: [] }, 12, new Date('2026-01-02T03:04:05.000Z'));
    expect(readRevision(text)).toBe(12);
    // Only the head is looked at: a document whose data does not even parse still has its revision read.
    expect(readRevision(`${text.slice(0, text.indexOf('"data"'))}"data":{`)).toBe(12);
  });

  it('has none for nothing, or for text written another way (the caller reads that whole)', () => {
    expect(readRevision(undefined)).toBeUndefined();
    expect(readRevision('')).toBeUndefined();
    expect(readRevision('{"rev":')).toBeUndefined();
    expect(readRevision(JSON.stringify({ data: {}, rev: 7, version: 3 }))).toBeUndefined();
  });
});
