import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { packagePayloadSchema } from '@/schemas/mentoring';
import {
  buildPackageFile,
  buildPackagePayload,
  countPersonalData,
  describePackage,
  isPackageEmpty,
  packageFileName,
  packageKind,
  REMOVED,
  withoutPersonalData,
} from '@/domain/mentoring/package';
import { latestAssessment } from '@/domain/mentoring/latest-assessment';
import { canonicalJson, openSealedFile, payloadChecksum } from '@/domain/mentoring/sealed-file';
import { feedbackKind } from '@/domain/mentoring/feedback';
import { completePlan } from '../plan/fixtures';
import { everything, sources, UNIT } from './fixtures';

const NOW = new Date('2026-11-29T03:00:00.000Z');

describe('building a package', () => {
  it('takes the latest completed assessment of any questionnaire', () => {
    expect(latestAssessment(sources().selfAssessment)?.entry.id).toBe('2');
    expect(latestAssessment({ drafts: {}, history: {} })).toBeUndefined();
  });

  it('holds what was chosen, valid against its schema', () => {
    const payload = buildPackagePayload(sources(), everything(), { id: 'p1', now: NOW });
    expect(z.safeParse(packagePayloadSchema, payload).success).toBe(true);
    expect(payload.unit).toEqual({ name: UNIT, type: 'Lapas' });
    expect(payload.contents.assessment).toMatchObject({
      questionnaireId: 'kesiapan-krisis',
      overall: 55,
      dimensions: [{ score: 50 }, { score: 60 }],
    });
    // Highest risk first; types with one rating only are left out.
    expect(payload.contents.risks?.map((r) => [r.typeId, r.score])).toEqual([
      ['hoaks', 16],
      ['pelarian', 15],
      ['kebakaran', 8],
    ]);
    expect(payload.contents.plan?.plan.id).toBe('rk-uji');
    expect(payload.contents.releases.map((r) => r.id)).toEqual(['a', 'ccc']);
  });

  it('leaves out what was not chosen', () => {
    const payload = buildPackagePayload(
      sources(),
      { ...everything(), assessment: false, risks: false, planId: '', releaseIds: [] },
      { id: 'p', now: NOW },
    );
    expect(payload.contents).toEqual({ releases: [] });
    expect(isPackageEmpty(payload)).toBe(true);
    expect(isPackageEmpty(buildPackagePayload(sources(), everything(), { id: 'p', now: NOW }))).toBe(false);
  });

  it('removes officers’ names and phone numbers when asked, but measures completeness on the plan as written', () => {
    const withNames = buildPackagePayload(sources(), { ...everything(), removePersonalData: false }, { id: 'p', now: NOW });
    const without = buildPackagePayload(sources(), everything(), { id: 'p', now: NOW });
    expect(withNames.contents.plan?.plan.team[0]?.name).toBe('Petugas 1');
    expect(without.contents.plan?.plan.team[0]).toMatchObject({
      name: REMOVED,
      phone: REMOVED,
      deputyName: REMOVED,
      deputyPhone: REMOVED,
      position: 'Jabatan 1',
    });
    expect(without.contents.plan?.plan.identity.owner).toBe(REMOVED);
    expect(without.contents.plan?.personalDataRemoved).toBe(true);
    expect(without.contents.plan?.sections).toEqual(withNames.contents.plan?.sections);
    expect(JSON.stringify(without)).not.toContain('Petugas 1');
    expect(JSON.stringify(without)).not.toContain('0812-3456');
  });

  it('keeps empty personal fields empty and institutions’ numbers when no person is named', () => {
    const plan = completePlan();
    plan.team[0] = { ...plan.team[0]!, deputyName: '', deputyPhone: '' };
    plan.contacts[0] = { ...plan.contacts[0]!, person: '', phone: '110' };
    const cleaned = withoutPersonalData(plan);
    expect(cleaned.team[0]).toMatchObject({ deputyName: '', deputyPhone: '' });
    expect(cleaned.contacts[0]).toMatchObject({ person: '', phone: '110' });
    expect(cleaned.contacts[1]).toMatchObject({ person: REMOVED, phone: REMOVED });
    expect(countPersonalData(cleaned)).toBeGreaterThan(0); // the placeholders are text too
    expect(countPersonalData(plan)).toBe(1 + plan.team.length * 4 - 2 + (plan.contacts.length - 1) * 2);
  });

  it('describes itself in one line per part, and names its file after the unit', () => {
    const payload = buildPackagePayload(sources(), everything(), { id: 'p', now: NOW });
    const lines = describePackage(payload);
    expect(lines).toHaveLength(5);
    expect(lines[0]).toContain('skor keseluruhan 55');
    expect(lines[1]).toContain('Hoaks (16)');
    expect(lines[2]).toMatch(/Rencana “Rencana 2026”: kelengkapan 100%; nama dan nomor telepon petugas dihapus/);
    expect(lines[4]).toContain('18/20 (90%)');
    expect(packageFileName(payload)).toBe('paket-pendampingan-lapas-kelas-iia-telaga-bening-2026-11-29.json');
  });
});

describe('checksum', () => {
  it('hashes canonical JSON: key order and layout do not matter, values do', async () => {
    expect(canonicalJson({ b: 1, a: [{ d: 'x', c: null }], e: undefined })).toBe('{"a":[{"c":null,"d":"x"}],"b":1}');
    expect(await payloadChecksum({ a: 1, b: 2 })).toBe(await payloadChecksum({ b: 2, a: 1 }));
    expect(await payloadChecksum({ a: 1 })).not.toBe(await payloadChecksum({ a: 2 }));
    // SHA-256 of the UTF-8 bytes of '{}'.
    expect(await payloadChecksum({})).toBe('44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a');
  });

  it('a written package opens again, also re-indented', async () => {
    const file = await buildPackageFile(buildPackagePayload(sources(), everything(), { id: 'p', now: NOW }));
    expect(file.checksum.value).toMatch(/^[0-9a-f]{64}$/);
    for (const text of [JSON.stringify(file), JSON.stringify(file, null, 2)]) {
      const opened = await openSealedFile(text, packageKind);
      expect(opened.ok && opened.payload.id).toBe('p');
    }
  });

  it('notices a change of one byte inside the payload', async () => {
    const text = JSON.stringify(await buildPackageFile(buildPackagePayload(sources(), everything(), { id: 'p', now: NOW })));
    const tampered = text.replace('"overall":55', '"overall":95');
    expect(tampered).not.toBe(text);
    const opened = await openSealedFile(tampered, packageKind);
    expect(opened).toEqual({ ok: false, reason: expect.stringMatching(/^Checksum tidak cocok/) });
    const renamed = text.replace('Telaga Bening', 'Sungai Harapin');
    expect((await openSealedFile(renamed, packageKind)).ok).toBe(false);
  });

  it.each([
    ['', /kosong/],
    ['{"app":"siaga-krisis"', /bukan JSON yang utuh/],
    ['[1,2]', /bukan berkas Siaga Krisis/],
    ['{"name":"laporan","version":3}', /aplikasi lain/],
    ['{"app":"siaga-krisis","kind":"ekspor-data","formatVersion":1}', /bukan paket pendampingan/],
    ['{"app":"siaga-krisis","kind":"paket-pendampingan","formatVersion":2}', /versi Siaga Krisis yang lebih baru \(format 2\)/],
    [
      '{"app":"siaga-krisis","kind":"paket-pendampingan","formatVersion":1,"checksum":{"algorithm":"MD5","value":"x"},"payload":{}}',
      /tidak sesuai format paket pendampingan: kolom “checksum.algorithm”/,
    ],
  ])('rejects %j with a reason', async (text, reason) => {
    const opened = await openSealedFile(text, packageKind);
    expect(opened.ok).toBe(false);
    expect(!opened.ok && opened.reason).toMatch(reason);
  });

  it('rejects a correctly sealed payload that is not a valid package', async () => {
    const value = await payloadChecksum({ id: 'x' });
    const text = JSON.stringify({
      app: 'siaga-krisis',
      kind: 'paket-pendampingan',
      formatVersion: 1,
      checksum: { algorithm: 'SHA-256', value },
      payload: { id: 'x' },
    });
    const opened = await openSealedFile(text, packageKind);
    expect(!opened.ok && opened.reason).toMatch(/^Isi paket pendampingan tidak valid: kolom “createdAt”/);
  });

  it('tells a package given as feedback where it belongs', async () => {
    const text = JSON.stringify(await buildPackageFile(buildPackagePayload(sources(), everything(), { id: 'p', now: NOW })));
    const opened = await openSealedFile(text, feedbackKind);
    expect(!opened.ok && opened.reason).toMatch(/bukan berkas umpan balik pendamping/);
  });
});
