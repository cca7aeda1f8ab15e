import { describe, expect, it } from 'vitest';
import {
  composeDocument,
  createDocument,
  documentToText,
  documentsOf,
  duplicateDocument,
  EMPTY_DOCUMENTS,
  mergeDocuments,
  parsedOrThrow,
  removeDocument,
  suggestedUnitDetails,
  updateDocument,
  withoutPersonalUnitDetails,
  type TemplateForBrowser,
} from '../../../../src/domain/templates/filled-documents';
import { filledDocumentsSchema, MAX_FILLED_DOCUMENTS, type FilledDocuments } from '../../../../src/schemas/filled-document';
import { createPlan } from '../../../../src/domain/plan/plans';
import * as z from 'zod/mini';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { planTemplateSchema } from '../../../../src/schemas/communication-plan';

const letter: TemplateForBrowser = {
  id: 'contoh',
  title: 'Surat contoh',
  layout: 'surat',
  unitDetails: ['nama_unit', 'alamat_unit', 'telepon_unit', 'surel_unit', 'kota_unit', 'nama_kepala'],
  fields: [
    { id: 'tanggal', label: 'Tanggal surat', type: 'tanggal', required: true },
    { id: 'jam', label: 'Jam', type: 'jam', required: false },
    { id: 'butir', label: 'Butir', type: 'daftar', required: true },
  ],
  signature: { role: 'Kepala {{nama_unit}}', nameField: 'nama_kepala' },
  body: parsedOrThrow('{{kota_unit}}, {{tanggal}}\n{{#jika jam}}Pukul {{jam}}{{/jika}}\n\n{{butir}}', 'contoh'),
  signatureRole: parsedOrThrow('Kepala {{nama_unit}}', 'contoh'),
};

describe('composeDocument', () => {
  it('writes dates and times the Indonesian way, prints the letterhead and the signature', () => {
    const doc = composeDocument(
      letter,
      { tanggal: '2026-03-14', jam: '09:05', butir: ['satu', ' ', 'dua'] },
      { nama_unit: 'Rutan X', alamat_unit: 'Jl. A', telepon_unit: '1', kota_unit: 'Kota', nama_kepala: 'Ibu K' },
    );
    expect(doc.letterhead).toEqual(['Rutan X', 'Jl. A', 'Telepon 1']);
    expect(doc.blocks).toEqual([
      { kind: 'paragraph', lines: ['Kota, 14 Maret 2026', 'Pukul 09.05'] },
      { kind: 'list', items: ['satu', 'dua'] },
    ]);
    expect(doc.signature).toEqual({ role: 'Kepala Rutan X', name: 'Ibu K' });
    expect(doc.missing).toEqual([]);
    expect(documentToText(doc)).toBe(
      'Rutan X\nJl. A\nTelepon 1\n\nKota, 14 Maret 2026\nPukul 09.05\n\n- satu\n- dua\n\nKepala Rutan X\n\n\nIbu K',
    );
  });

  it('names what is still missing: required fields and the details the text uses, not the optional letterhead contacts', () => {
    const doc = composeDocument(letter, { butir: [''] }, {});
    expect(doc.missing).toEqual(['Nama unit', 'Kota (untuk tempat dan tanggal)', 'Nama Kepala UPT', 'Tanggal surat', 'Butir']);
    expect(documentToText(doc)).toContain('[Tanggal surat]');
    expect(documentToText(doc)).toContain('(nama)');
  });
});

describe('the stored documents', () => {
  const now = '2026-03-14T01:02:03.000Z';
  it('create, update, duplicate and remove, newest first, all valid against the stored schema', () => {
    let data = EMPTY_DOCUMENTS;
    const first = createDocument(data, { id: 'contoh', title: 'Surat contoh' }, { tanggal: '2026-03-14' }, now, 'dok-aaaaaa');
    if (!first.ok) throw new Error(first.reason);
    data = updateDocument(first.data, 'dok-aaaaaa', { tanggal: '2026-03-15' }, '2026-03-14T02:00:00.000Z');
    const copy = duplicateDocument(data, 'dok-aaaaaa', '2026-03-14T03:00:00.000Z', 'dok-bbbbbb');
    if (!copy.ok) throw new Error(copy.reason);
    expect(documentsOf(copy.data, 'contoh').map((d) => d.id)).toEqual(['dok-bbbbbb', 'dok-aaaaaa']);
    expect(copy.data.documents[1]!.values).toEqual({ tanggal: '2026-03-15' });
    expect(z.safeParse(filledDocumentsSchema, copy.data).success).toBe(true);
    expect(removeDocument(copy.data, 'dok-aaaaaa').documents.map((d) => d.id)).toEqual(['dok-bbbbbb']);
    expect(duplicateDocument(EMPTY_DOCUMENTS, 'tidak-ada', now, 'dok-cccccc')).toMatchObject({ ok: false });
  });

  it('refuses a document past the limit with a reason, never dropping an old one', () => {
    const full = {
      unit: {},
      documents: Array.from({ length: MAX_FILLED_DOCUMENTS }, (_, i) => ({
        id: `dok-${String(i).padStart(6, '0')}`,
        templateId: 'contoh',
        title: 'x',
        createdAt: now,
        updatedAt: now,
        values: {},
      })),
    };
    const result = createDocument(full, { id: 'contoh', title: 'x' }, {}, now, 'dok-baru000');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain('Hapus dokumen lama');
  });

  it('merges both sides once each, the more recently changed winning, and keeps unit details that the import leaves empty', () => {
    const ours: FilledDocuments = {
      unit: { nama_unit: 'A', nama_humas: 'H' },
      documents: [
        { id: 'dok-111111', templateId: 't', title: 'x', createdAt: now, updatedAt: '2026-03-14T05:00:00.000Z', values: { a: 'ours' } },
      ],
    };
    const theirs: FilledDocuments = {
      unit: { nama_unit: 'B', nama_humas: '' },
      documents: [
        { id: 'dok-111111', templateId: 't', title: 'x', createdAt: now, updatedAt: '2026-03-14T04:00:00.000Z', values: { a: 'theirs' } },
        { id: 'dok-222222', templateId: 't', title: 'x', createdAt: now, updatedAt: now, values: {} },
      ],
    };
    const merged = mergeDocuments(ours, theirs);
    expect(merged.unit).toEqual({ nama_unit: 'B', nama_humas: 'H' });
    expect(merged.documents.map((d) => [d.id, d.values])).toEqual([
      ['dok-111111', { a: 'ours' }],
      ['dok-222222', {}],
    ]);
  });

  it('leaves names and phone numbers of the unit details out on request', () => {
    expect(
      withoutPersonalUnitDetails({
        unit: { nama_unit: 'A', nama_kepala: 'K', nama_juru_bicara: 'J', nama_humas: 'H', telepon_humas: '08' },
        documents: [],
      }).unit,
    ).toEqual({ nama_unit: 'A' });
  });
});

it('suggests unit details from the plan (team by role, identity) and the profile', () => {
  const template = z.parse(
    planTemplateSchema,
    parse(readFileSync(new URL('../../../../src/content/plan-templates/standar.yaml', import.meta.url), 'utf8')),
  );
  const plan = createPlan({ ...template, levels: [] }, 'p1', new Date('2026-03-14T00:00:00Z'));
  expect(suggestedUnitDetails('Rutan Profil', undefined)).toEqual({ nama_unit: 'Rutan Profil' });
  const withTeam = {
    ...plan,
    identity: { ...plan.identity, unitName: 'Rutan Rencana', address: 'Jl. B' },
    team: [{ roleId: 'juru-bicara', role: 'Juru bicara', name: 'Sari', position: 'Kasi', phone: '0811', deputyName: '', deputyPhone: '' }],
  };
  expect(suggestedUnitDetails('Rutan Profil', withTeam)).toEqual({
    nama_unit: 'Rutan Rencana',
    alamat_unit: 'Jl. B',
    nama_juru_bicara: 'Sari',
    jabatan_juru_bicara: 'Kasi',
  });
});
