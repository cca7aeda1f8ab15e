import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as z from 'zod/mini';
import type { AnyDocumentDefinition } from '@/domain/storage/document-definition';
import { buildExportFile, exportFileName, MAX_IMPORT_BYTES, parseExportFile, checkImportSize } from '@/domain/transfer/export-file';
import { profileDocument } from '@/state/documents/profile';

const counter: AnyDocumentDefinition = {
  key: 'siaga-krisis:hitungan',
  label: 'Hitungan',
  page: { title: 'Uji', href: '/' },
  version: 2,
  schema: z.object({ count: z.int() }),
  migrations: { 1: (old) => ({ count: Number((old as { n: string }).n) }) },
  initial: { count: 0 },
  summarize: (d: { count: number }) => `${d.count} kali`,
  isEmpty: (d: { count: number }) => d.count === 0,
};
const definitions = [profileDocument, counter];
const profile = { unitName: 'Lapas Kelas IIA Telaga Bening (fiktif)', unitType: 'Lapas', personName: 'Rina', position: 'Humas' };

function realExport(): string {
  const file = buildExportFile(
    [
      { key: profileDocument.key, version: 1, savedAt: '2026-11-01T00:00:00.000Z', data: profile },
      { key: counter.key, version: 2, savedAt: '2026-11-02T00:00:00.000Z', data: { count: 3 } },
    ],
    new Date('2026-11-29T00:00:00Z'),
  );
  return JSON.stringify(file, null, 2);
}

describe('parseExportFile', () => {
  it('reads a real export back, with labels and summaries for the preview', () => {
    const result = parseExportFile(realExport(), definitions);
    expect(result).toEqual({
      ok: true,
      exportedAt: '2026-11-29T00:00:00.000Z',
      skipped: [],
      documents: [
        {
          key: profileDocument.key,
          label: profileDocument.label,
          savedAt: '2026-11-01T00:00:00.000Z',
          data: profile,
          summary: 'Lapas Kelas IIA Telaga Bening (fiktif) · Rina',
        },
        { key: counter.key, label: 'Hitungan', savedAt: '2026-11-02T00:00:00.000Z', data: { count: 3 }, summary: '3 kali' },
      ],
    });
  });

  it('upgrades documents of older versions', () => {
    const file = JSON.parse(realExport());
    file.documents[counter.key] = { version: 1, savedAt: 'x', data: { n: '9' } };
    const result = parseExportFile(JSON.stringify(file), definitions);
    expect(result.ok && result.documents[1]?.data).toEqual({ count: 9 });
  });

  it('skips documents this version does not know, and says so', () => {
    const file = JSON.parse(realExport());
    file.documents['siaga-krisis:masa-depan'] = { version: 1, savedAt: 'x', data: {} };
    const result = parseExportFile(JSON.stringify(file), definitions);
    expect(result.ok && result.skipped).toEqual(['siaga-krisis:masa-depan']);
  });

  const withChange = (change: (file: any) => void) => {
    const file = JSON.parse(realExport());
    change(file);
    return JSON.stringify(file);
  };

  it.each([
    ['an empty file', '', 'Berkas kosong'],
    ['only white space', '  \n ', 'Berkas kosong'],
    ['text that is not JSON', 'Ini bukan JSON', 'bukan JSON yang utuh'],
    ['truncated JSON', realExport().slice(0, 120), 'bukan JSON yang utuh'],
    ['another application’s JSON', JSON.stringify({ name: 'aplikasi lain', items: [] }), 'bukan berkas ekspor Siaga Krisis'],
    ['a JSON array', '[]', 'bukan berkas ekspor Siaga Krisis'],
    ['a mentoring package', withChange((f) => (f.kind = 'paket-pendampingan')), 'bukan ekspor data lengkap'],
    ['a newer file format', withChange((f) => (f.formatVersion = 99)), 'versi Siaga Krisis yang lebih baru'],
    [
      'a document of a newer version',
      withChange((f) => (f.documents[counter.key].version = 3)),
      '“Hitungan” dalam berkas ini berasal dari versi Siaga Krisis yang lebih baru',
    ],
    [
      'a field with the wrong type',
      withChange((f) => (f.documents[profileDocument.key].data.unitName = 42)),
      'kolom “unitName” harus berupa teks',
    ],
    [
      'a wrong value in a list of choices',
      withChange((f) => (f.documents[profileDocument.key].data.unitType = 'Hotel')),
      'kolom “unitType” harus salah satu dari',
    ],
    ['a broken file header', withChange((f) => (f.documents = 'semua')), 'kolom “documents”'],
    ['no known document', withChange((f) => (f.documents = {})), 'tidak berisi data yang dapat diimpor'],
  ])('rejects %s with a clear message', (_name, text, message) => {
    const result = parseExportFile(text, definitions);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(message);
  });

  it('rejects a file over the size limit before reading it', () => {
    expect(checkImportSize(MAX_IMPORT_BYTES + 1)).toMatchObject({ ok: false });
    expect(checkImportSize(0)).toMatchObject({ ok: false, message: expect.stringContaining('kosong') });
    expect(checkImportSize(2000)).toBeNull();
    expect(parseExportFile(' '.repeat(MAX_IMPORT_BYTES + 1), definitions)).toMatchObject({
      ok: false,
      message: expect.stringContaining('terlalu besar'),
    });
  });

  it('names the file by date', () => {
    expect(exportFileName(new Date('2026-11-29T10:00:00Z'))).toBe('siaga-krisis-data-2026-11-29.json');
  });
});

describe('parseExportFile on random input (property)', () => {
  const real = realExport();
  const frozenDefinitions = Object.freeze([...definitions]);
  const check = (text: string) => {
    const before = JSON.stringify(frozenDefinitions.map((d) => d.initial));
    const result = parseExportFile(text, frozenDefinitions);
    expect(typeof result.ok).toBe('boolean');
    if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
    // Parsing changes nothing: not the definitions, not Object.prototype.
    expect(JSON.stringify(frozenDefinitions.map((d) => d.initial))).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  };

  it('never throws on 10,000 random inputs and changes nothing', () => {
    const nested = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.jsonValue(),
        fc.array(tie('value'), { maxLength: 3 }),
        fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'app', 'data', 'documents'), tie('value')),
      ),
    })).value;
    const input = fc.oneof(
      fc.string(),
      fc.json(),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.nat({ max: real.length }).map((n) => real.slice(0, n)),
      fc.tuple(fc.nat({ max: real.length }), fc.string()).map(([n, s]) => real.slice(0, n) + s + real.slice(n)),
      nested.map((v) => JSON.stringify({ app: 'siaga-krisis', kind: 'ekspor-data', formatVersion: 1, exportedAt: 'x', documents: v })),
      nested.map((v) =>
        JSON.stringify({
          app: 'siaga-krisis',
          kind: 'ekspor-data',
          formatVersion: 1,
          exportedAt: 'x',
          documents: { 'siaga-krisis:profil': { version: 1, savedAt: 'x', data: v } },
        }),
      ),
      fc.constant(
        '{"app":"siaga-krisis","kind":"ekspor-data","formatVersion":1,"exportedAt":"x","documents":{"__proto__":{"polluted":1}}}',
      ),
      fc.nat({ max: 5000 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth)),
    );
    fc.assert(
      fc.property(input, (text) => check(text)),
      { numRuns: 10_000 },
    );
  }, 120_000);

  it('survives very deep nesting', () => {
    const deep = `{"app":"siaga-krisis","kind":"ekspor-data","formatVersion":1,"exportedAt":"x","documents":{"siaga-krisis:profil":{"version":1,"savedAt":"x","data":${'['.repeat(100_000)}${']'.repeat(100_000)}}}}`;
    check(deep);
  });
});
