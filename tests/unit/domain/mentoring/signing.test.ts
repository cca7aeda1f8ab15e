// Who sent it: signing keys, signatures over the payload, and trust on first use for packages and feedback.
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { EMPTY_MENTOR_STORE, unitKey } from '@/domain/mentoring/mentor-store';
import { buildPackageFile, packageKind } from '@/domain/mentoring/package';
import { confirmPending, importPackages } from '@/domain/mentoring/package-import';
import { openSealedFile, payloadChecksum } from '@/domain/mentoring/sealed-file';
import { buildFeedbackFile, feedbackKind } from '@/domain/mentoring/feedback';
import {
  EMPTY_PINNED_KEYS,
  feedbackKeyCheck,
  forgetUnitKey,
  generateSigningKey,
  keyFingerprint,
  packageSignerState,
  pinCountText,
  pinDecision,
  pinRoom,
  recordMentorKey,
  recordUnitPackage,
  signedBytes,
  verifyFileSignature,
} from '@/domain/mentoring/signing';
import { MAX_PINNED_UNITS, ownSigningKeySchema, pinnedKeysSchema, type PinnedKeys, type SigningKeyPair } from '@/schemas/signing';
import type { FeedbackPayload, MentorStore, PackagePayload } from '@/schemas/mentoring';
import { payload, UNIT } from './fixtures';

const NOW = new Date('2026-11-20T09:00:00.000Z');
const LATER = new Date('2026-11-21T09:00:00.000Z');
const signedFile = async (name: string, p: PackagePayload, key?: SigningKeyPair) => ({
  name,
  text: JSON.stringify(await buildPackageFile(p, key)),
});

const feedback = (packageId: string): FeedbackPayload => ({
  unit: { name: UNIT, type: 'Lapas' },
  packageId,
  packageCreatedAt: '2026-11-10T00:00:00.000Z',
  writtenAt: '2026-11-12T00:00:00.000Z',
  mentor: 'Pendamping Wilayah',
  reviewed: { asesmen: 'a', rencana: 'b', 'siaran-pers': 'c' },
  reviews: {
    asesmen: { status: 'diterima', comment: '' },
    rencana: { status: 'belum', comment: '' },
    'siaran-pers': { status: 'belum', comment: '' },
  },
});

describe('keys and signatures', () => {
  it('makes a P-256 key pair that fits its stored schema, with a short fingerprint to read aloud', async () => {
    const key = await generateSigningKey(NOW);
    expect(z.safeParse(ownSigningKeySchema, { key }).success).toBe(true);
    expect(key.publicKey).toHaveLength(87);
    expect(await keyFingerprint(key.publicKey)).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){3}$/);
    expect(await keyFingerprint(key.publicKey)).not.toBe(await keyFingerprint((await generateSigningKey(NOW)).publicKey));
  });

  it('signs the app, the kind, the format version and the canonical payload', () => {
    const text = new TextDecoder().decode(signedBytes('paket-pendampingan', 1, { b: 1, a: 2 }));
    expect(text).toBe('siaga-krisis\npaket-pendampingan\n1\n{"a":2,"b":1}');
  });

  it('a signed package opens with its signer; an unsigned one opens without', async () => {
    const key = await generateSigningKey(NOW);
    const p = payload('p1', '2026-11-10T00:00:00.000Z');
    const signed = await openSealedFile((await signedFile('a', p, key)).text, packageKind);
    expect(signed).toMatchObject({ ok: true, signer: { publicKey: key.publicKey, fingerprint: await keyFingerprint(key.publicKey) } });
    const unsigned = await openSealedFile((await signedFile('a', p)).text, packageKind);
    expect(unsigned.ok && unsigned.signer).toBe(undefined);
  });

  it('a tampered payload with a recomputed checksum fails the signature and is refused', async () => {
    const key = await generateSigningKey(NOW);
    const real = await buildPackageFile(payload('p1', '2026-11-10T00:00:00.000Z'), key);
    const changed = { ...real.payload, unit: { ...real.payload.unit, name: 'Lapas Kelas IIA Telaga Benig' } };
    const tampered = { ...real, payload: changed, checksum: { algorithm: 'SHA-256', value: await payloadChecksum(changed) } };
    const opened = await openSealedFile(JSON.stringify(tampered), packageKind);
    expect(opened).toEqual({
      ok: false,
      reason: expect.stringMatching(/^Tanda tangan tidak cocok: isi berkas diubah setelah ditandatangani/),
    });
    expect(await verifyFileSignature(tampered)).toEqual({ state: 'tidak-sah' });
  });

  it('a signature moved onto another kind of file, or a malformed one, is not valid', async () => {
    const key = await generateSigningKey(NOW);
    const pkg = await buildPackageFile(payload('p1', '2026-11-10T00:00:00.000Z'), key);
    expect(await verifyFileSignature({ ...pkg, kind: 'umpan-balik-pendampingan' })).toEqual({ state: 'tidak-sah' });
    expect(await verifyFileSignature({ ...pkg, formatVersion: 2 })).toEqual({ state: 'tidak-sah' });
    expect(await verifyFileSignature({ ...pkg, signature: { ...(pkg.signature as object), publicKey: 'A'.repeat(87) } })).toEqual({
      state: 'tidak-sah',
    });
    expect(await verifyFileSignature({ ...pkg, signature: 'x' })).toEqual({ state: 'tidak-sah' });
    expect(await verifyFileSignature(pkg)).toMatchObject({ state: 'sah' });
  });
});

describe('pin decisions (trust on first use)', () => {
  const signer = { publicKey: 'k1', fingerprint: 'AAAA AAAA AAAA AAAA' };
  const pinned = { publicKey: 'k1', fingerprint: 'AAAA AAAA AAAA AAAA', pinnedAt: NOW.toISOString() };
  it('pins the first key, matches it later, and flags another key or a missing signature', () => {
    expect(pinDecision(undefined, signer)).toBe('pertama');
    expect(pinDecision(undefined, undefined)).toBe('belum-bertanda');
    expect(pinDecision(pinned, signer)).toBe('cocok');
    expect(pinDecision(pinned, { publicKey: 'k2', fingerprint: 'BBBB BBBB BBBB BBBB' })).toBe('kunci-lain');
    expect(pinDecision(pinned, undefined)).toBe('tanpa-tanda-tangan');
  });

  it('keeps the first pin unless the mentor trusts a new key, and records who signed each package', () => {
    const other = { publicKey: 'k2', fingerprint: 'BBBB BBBB BBBB BBBB' };
    let pins = recordUnitPackage(EMPTY_PINNED_KEYS, 'u', 'p1', signer, NOW);
    pins = recordUnitPackage(pins, 'u', 'p2', other, LATER);
    expect(pins.units).toEqual([{ unitKey: 'u', publicKey: 'k1', fingerprint: signer.fingerprint, pinnedAt: NOW.toISOString() }]);
    expect(packageSignerState(pins, 'u', 'p1')).toEqual({ state: 'kunci-tersemat', fingerprint: signer.fingerprint });
    expect(packageSignerState(pins, 'u', 'p2')).toEqual({ state: 'kunci-lain', fingerprint: other.fingerprint });
    // A package the record does not hold is "not recorded", never "unsigned"; a recorded unsigned one is unsigned.
    expect(packageSignerState(pins, 'u', 'tak-dikenal')).toEqual({ state: 'tidak-tercatat' });
    expect(packageSignerState(recordUnitPackage(pins, 'u', 'tanpa', undefined, LATER), 'u', 'tanpa')).toEqual({
      state: 'tanpa-tanda-tangan',
    });
    pins = recordUnitPackage(pins, 'u', 'p3', other, LATER, true);
    expect(pins.units[0]?.publicKey).toBe('k2');
    expect(z.safeParse(pinnedKeysSchema, { ...pins, units: pins.units.map((u) => ({ ...u, publicKey: 'A'.repeat(87) })) }).success).toBe(
      true,
    );
  });

  it('the unit pins the mentor key on the first signed feedback and keeps it', () => {
    const pins = recordMentorKey(EMPTY_PINNED_KEYS, signer, NOW);
    expect(pins.mentor?.publicKey).toBe('k1');
    expect(recordMentorKey(pins, { publicKey: 'k2', fingerprint: 'B' }, LATER).mentor?.publicKey).toBe('k1');
    expect(recordMentorKey(pins, { publicKey: 'k2', fingerprint: 'B' }, LATER, true).mentor?.publicKey).toBe('k2');
    expect(recordMentorKey(EMPTY_PINNED_KEYS, undefined, NOW)).toBe(EMPTY_PINNED_KEYS);
  });
});

describe('importing packages with pinned keys', () => {
  async function importOne(p: PackagePayload, key: SigningKeyPair | undefined, store: MentorStore, pins: PinnedKeys, now = NOW) {
    return importPackages([await signedFile(`${p.id}.json`, p, key)], store, now, pins);
  }

  it('pins a unit’s key on its first package; a later package with the same key goes the usual way', async () => {
    const key = await generateSigningKey(NOW);
    const first = await importOne(payload('p1', '2026-11-10T00:00:00.000Z'), key, EMPTY_MENTOR_STORE, EMPTY_PINNED_KEYS);
    expect(first.accepted).toHaveLength(1);
    expect(first.pins.units).toEqual([expect.objectContaining({ unitKey: unitKey(UNIT), publicKey: key.publicKey })]);
    const second = await importOne(payload('p2', '2026-11-15T00:00:00.000Z'), key, first.store, first.pins);
    expect(second.pending.map((p) => [p.reason, p.keyDecision])).toEqual([['ganti', 'cocok']]);
    const confirmed = confirmPending(second.store, second.pending[0]!, NOW, second.pins);
    expect(confirmed.ok && packageSignerState(confirmed.pins, unitKey(UNIT), 'p2').state).toBe('kunci-tersemat');
  });

  it('a package for a known unit signed by another key is held with a loud warning, never current or in history silently', async () => {
    const key = await generateSigningKey(NOW);
    const first = await importOne(payload('p1', '2026-11-10T00:00:00.000Z'), key, EMPTY_MENTOR_STORE, EMPTY_PINNED_KEYS);
    for (const createdAt of ['2026-11-15T00:00:00.000Z', '2026-11-01T00:00:00.000Z']) {
      const forged = await importOne(payload('palsu', createdAt), await generateSigningKey(NOW), first.store, first.pins);
      expect(forged.accepted).toEqual([]);
      expect(forged.store).toBe(first.store);
      expect(forged.pending).toHaveLength(1);
      expect(forged.pending[0]).toMatchObject({ reason: 'kunci', keyDecision: 'kunci-lain' });
      expect(forged.pending[0]!.details[0]).toMatch(
        /^PERINGATAN: berkas ini ditandatangani kunci [0-9A-F ]+, bukan kunci [0-9A-F ]+ yang dipakai Lapas Kelas IIA Telaga Bening/,
      );
      expect(forged.pins).toBe(first.pins);
    }
  });

  it('a package without a signature after signed ones is held too; a unit that never signed is accepted, marked unsigned', async () => {
    const key = await generateSigningKey(NOW);
    const first = await importOne(payload('p1', '2026-11-10T00:00:00.000Z'), key, EMPTY_MENTOR_STORE, EMPTY_PINNED_KEYS);
    const unsigned = await importOne(payload('p2', '2026-11-15T00:00:00.000Z'), undefined, first.store, first.pins);
    expect(unsigned.pending[0]).toMatchObject({ reason: 'kunci', keyDecision: 'tanpa-tanda-tangan' });
    expect(unsigned.pending[0]!.details[0]).toMatch(/^PERINGATAN: berkas ini tidak bertanda tangan/);
    const old = await importOne(
      payload('lama', '2026-11-10T00:00:00.000Z', 'Rutan Kelas IIB Muara Teduh'),
      undefined,
      EMPTY_MENTOR_STORE,
      EMPTY_PINNED_KEYS,
    );
    expect(old.accepted).toHaveLength(1);
    expect(old.pins.units).toEqual([]);
    expect(packageSignerState(old.pins, unitKey('Rutan Kelas IIB Muara Teduh'), 'lama')).toEqual({ state: 'tanpa-tanda-tangan' });
    // Its first signed package pins the key from then on.
    const signedLater = await importOne(
      payload('baru', '2026-11-15T00:00:00.000Z', 'Rutan Kelas IIB Muara Teduh'),
      key,
      old.store,
      old.pins,
    );
    const confirmed = confirmPending(signedLater.store, signedLater.pending[0]!, NOW, signedLater.pins);
    expect(confirmed.ok && confirmed.pins.units.map((u) => u.publicKey)).toEqual([key.publicKey]);
  });

  it('the mentor who trusts the new key (a unit on a new device without its backup) pins it', async () => {
    const [oldKey, newKey] = [await generateSigningKey(NOW), await generateSigningKey(NOW)];
    const first = await importOne(payload('p1', '2026-11-10T00:00:00.000Z'), oldKey, EMPTY_MENTOR_STORE, EMPTY_PINNED_KEYS);
    const held = await importOne(payload('p2', '2026-11-15T00:00:00.000Z'), newKey, first.store, first.pins);
    const confirmed = confirmPending(held.store, held.pending[0]!, NOW, held.pins);
    expect(confirmed.ok && confirmed.store.units[0]?.current.id).toBe('p2');
    expect(confirmed.ok && confirmed.pins.units[0]?.publicKey).toBe(newKey.publicKey);
  });
});

describe('feedback signed by the mentor', () => {
  it('opens with the mentor’s key; a tampered verdict with a recomputed checksum is refused', async () => {
    const key = await generateSigningKey(NOW);
    const file = await buildFeedbackFile(feedback('p1'), key);
    const opened = await openSealedFile(JSON.stringify(file), feedbackKind);
    expect(opened.ok && opened.signer?.publicKey).toBe(key.publicKey);
    const changed = { ...file.payload, reviews: { ...file.payload.reviews, rencana: { status: 'diterima', comment: '' } } };
    const tampered = { ...file, payload: changed, checksum: { algorithm: 'SHA-256', value: await payloadChecksum(changed) } };
    expect(await openSealedFile(JSON.stringify(tampered), feedbackKind)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^Tanda tangan tidak cocok/),
    });
  });

  it('feedback from another mentor key after the first is flagged', async () => {
    const [mentor, other] = [await generateSigningKey(NOW), await generateSigningKey(NOW)];
    const first = await openSealedFile(JSON.stringify(await buildFeedbackFile(feedback('p1'), mentor)), feedbackKind);
    const pins = recordMentorKey(EMPTY_PINNED_KEYS, first.ok ? first.signer : undefined, NOW);
    const second = await openSealedFile(JSON.stringify(await buildFeedbackFile(feedback('p1'), other)), feedbackKind);
    expect(pinDecision(pins.mentor, second.ok ? second.signer : undefined)).toBe('kunci-lain');
    const third = await openSealedFile(JSON.stringify(await buildFeedbackFile(feedback('p1'))), feedbackKind);
    expect(pinDecision(pins.mentor, third.ok ? third.signer : undefined)).toBe('tanpa-tanda-tangan');
    expect(feedbackKeyCheck(pins.mentor, second.ok ? second.signer : undefined)).toMatchObject({
      decision: 'kunci-lain',
      warning: expect.stringMatching(/^PERINGATAN: berkas ini ditandatangani kunci/),
      question: expect.stringContaining('percayai kunci baru'),
    });
    expect(feedbackKeyCheck(pins.mentor, first.ok ? first.signer : undefined)).toEqual({ decision: 'cocok' });
    expect(feedbackKeyCheck(undefined, undefined)).toEqual({ decision: 'belum-bertanda' });
  });
});

describe('pins at national scale: none is ever dropped', () => {
  // A fake signer per unit: pinDecision compares public keys, so these stand for distinct keys.
  const fakeSigner = (i: number) => ({
    publicKey: `K${String(i).padStart(86, '0')}`,
    fingerprint: `${String(i).padStart(4, '0')} 0000 0000 0000`,
  });
  /** `count` units pinned one after another, unit 0 first (the oldest pin). */
  function pinnedUnits(count: number, first: PinnedKeys = EMPTY_PINNED_KEYS, from = 0): PinnedKeys {
    let pins = first;
    for (let i = from; i < count; i++) pins = recordUnitPackage(pins, `unit ${i}`, `paket-${i}`, fakeSigner(i), NOW);
    return pins;
  }

  it('the cap is well above national scale (about 700 units) and an earlier version’s document (400 pins) still loads', () => {
    expect(MAX_PINNED_UNITS).toBeGreaterThanOrEqual(2000);
    const old = pinnedUnits(400);
    expect(z.safeParse(pinnedKeysSchema, JSON.parse(JSON.stringify(old))).success).toBe(true);
  });

  it('at the cap every pin is kept: a new unit’s key is refused, known units go on as before', () => {
    const full = pinnedUnits(MAX_PINNED_UNITS);
    expect(full.units).toHaveLength(MAX_PINNED_UNITS);
    expect(full.units[0]).toMatchObject({ unitKey: 'unit 0', publicKey: fakeSigner(0).publicKey });
    expect(z.safeParse(pinnedKeysSchema, full).success).toBe(true);
    expect(z.safeParse(pinnedKeysSchema, { ...full, units: [...full.units, full.units[0]!] }).success).toBe(false);
    // A new unit's signed package: no room, and recording it anyway throws instead of forgetting the oldest pin.
    expect(pinRoom(full, 'unit baru', fakeSigner(9999))).toBe(false);
    expect(() => recordUnitPackage(full, 'unit baru', 'paket-baru', fakeSigner(9999), LATER)).toThrow(RangeError);
    // An unsigned package of a new unit needs no pin; a known unit's package, or its new key the mentor trusts, neither.
    expect(pinRoom(full, 'unit baru', undefined)).toBe(true);
    expect(recordUnitPackage(full, 'unit baru', 'paket-baru', undefined, LATER).units).toBe(full.units);
    expect(pinRoom(full, 'unit 0', fakeSigner(9999))).toBe(true);
    const trusted = recordUnitPackage(full, 'unit 0', 'paket-0b', fakeSigner(9999), LATER, true);
    expect(trusted.units).toHaveLength(MAX_PINNED_UNITS);
    expect(pinnedUnitKeys(trusted)).toEqual(pinnedUnitKeys(full));
    expect(pinCountText(full)).toContain('2.000 unit (batas 2.000)');
    expect(pinCountText(full)).toContain('Batas tercapai');
    expect(pinCountText(pinnedUnits(3))).toMatch(/^Kunci tanda tangan unit yang tersimpan di peramban ini: 3 unit \(batas 2\.000\)\. /);
    expect(pinCountText(pinnedUnits(3))).not.toContain('Batas tercapai');
    // Removing a unit (the mentor is told on that action) frees its place.
    const freed = forgetUnitKey(full, 'unit 7');
    expect(freed.units).toHaveLength(MAX_PINNED_UNITS - 1);
    expect(pinRoom(freed, 'unit baru', fakeSigner(9999))).toBe(true);
    expect(forgetUnitKey(freed, 'tidak ada')).toBe(freed);
  });
  const pinnedUnitKeys = (pins: PinnedKeys) => pins.units.map((u) => u.unitKey).sort();

  it('a unit whose pin the old cap (400) dropped is still judged against its pin: a forged package is held', async () => {
    const key = await generateSigningKey(NOW);
    const first = await importPackages(
      [await signedFile('p1.json', payload('p1', '2026-11-10T00:00:00.000Z'), key)],
      EMPTY_MENTOR_STORE,
      NOW,
    );
    expect(first.pins.units.map((u) => u.unitKey)).toEqual([unitKey(UNIT)]);
    // 700 more units pin their keys after it: the old code kept only the newest 400 and forgot this one.
    const later = pinnedUnits(701, first.pins, 1);
    expect(later.units).toHaveLength(701);
    expect(later.units[0]).toMatchObject({ unitKey: unitKey(UNIT), publicKey: key.publicKey });
    const forged = await importPackages(
      [await signedFile('palsu.json', payload('palsu', '2026-11-15T00:00:00.000Z'), await generateSigningKey(NOW))],
      first.store,
      NOW,
      later,
    );
    expect(forged.accepted).toEqual([]);
    expect(forged.pending).toHaveLength(1);
    expect(forged.pending[0]).toMatchObject({ reason: 'kunci', keyDecision: 'kunci-lain' });
    expect(forged.pins).toBe(later);
  });

  it('at the cap a new unit’s signed package is refused with the reason and every pin kept; unsigned ones and known units still come in', async () => {
    const key = await generateSigningKey(NOW);
    const first = await importPackages(
      [await signedFile('p1.json', payload('p1', '2026-11-10T00:00:00.000Z'), key)],
      EMPTY_MENTOR_STORE,
      NOW,
    );
    const full = pinnedUnits(MAX_PINNED_UNITS, first.pins, 1);
    const NEW = 'Rutan Kelas IIB Muara Teduh';
    const refused = await importPackages(
      [await signedFile('baru.json', payload('baru', '2026-11-12T00:00:00.000Z', NEW), await generateSigningKey(NOW))],
      first.store,
      NOW,
      full,
    );
    expect(refused.accepted).toEqual([]);
    expect(refused.store).toBe(first.store);
    expect(refused.pins).toBe(full);
    expect(refused.rejected).toEqual([
      {
        name: 'baru.json',
        reason: expect.stringMatching(
          /^Paket Rutan Kelas IIB Muara Teduh tidak disimpan: .*2\.000 unit, batasnya\. .*impor berkas ini lagi\.$/,
        ),
      },
    ]);
    // The oldest pinned unit's next package with its own key goes the usual way (a replacement to confirm).
    const own = await importPackages([await signedFile('p2.json', payload('p2', '2026-11-15T00:00:00.000Z'), key)], first.store, NOW, full);
    expect(own.pending.map((p) => [p.reason, p.keyDecision])).toEqual([['ganti', 'cocok']]);
    const kept = confirmPending(own.store, own.pending[0]!, NOW, full);
    expect(kept.ok && kept.pins.units).toHaveLength(MAX_PINNED_UNITS);
    // A new unit's unsigned package needs no pin and is accepted.
    const unsigned = await importPackages(
      [await signedFile('lama.json', payload('lama', '2026-11-12T00:00:00.000Z', NEW))],
      first.store,
      NOW,
      full,
    );
    expect(unsigned.accepted).toHaveLength(1);
    expect(unsigned.pins.units).toBe(full.units);
  });

  it('a held package that would pin a new key is not kept when the pins filled up before the mentor confirmed it', async () => {
    // A unit that sent unsigned packages sends a signed, newer one: held as a replacement; meanwhile the pins fill up.
    const first = await importPackages([await signedFile('p1.json', payload('p1', '2026-11-10T00:00:00.000Z'))], EMPTY_MENTOR_STORE, NOW);
    const held = await importPackages(
      [await signedFile('p2.json', payload('p2', '2026-11-12T00:00:00.000Z'), await generateSigningKey(NOW))],
      first.store,
      NOW,
    );
    expect(held.pending.map((p) => [p.reason, p.keyDecision])).toEqual([['ganti', 'pertama']]);
    const full = pinnedUnits(MAX_PINNED_UNITS);
    expect(confirmPending(held.store, held.pending[0]!, NOW, full)).toEqual({
      ok: false,
      reason: expect.stringMatching(/^Paket Lapas Kelas IIA Telaga Bening tidak disimpan: /),
    });
    const roomy = confirmPending(held.store, held.pending[0]!, NOW, forgetUnitKey(full, 'unit 0'));
    expect(roomy.ok && roomy.pins.units).toHaveLength(MAX_PINNED_UNITS);
  });
});
