// Trust between people: forged packages, stale verdicts, feedback for another unit, look-alike names, size bounds.
import { describe, expect, it } from 'vitest';
import { EMPTY_MENTOR_STORE, unitKey } from '@/domain/mentoring/mentor-store';
import { updateReview } from '@/domain/mentoring/mentor-edits';
import { buildPackageFile } from '@/domain/mentoring/package';
import { confirmPending, importPackages } from '@/domain/mentoring/package-import';
import { payloadChecksum } from '@/domain/mentoring/sealed-file';
import { isStale, reviewState, staleDeliverables } from '@/domain/mentoring/review-state';
import { buildFeedbackPayload, checkFeedback, recordSentPackage } from '@/domain/mentoring/feedback';
import { cleanUnitName, lookalikesOf, nameWarnings, scriptsOf } from '@/domain/mentoring/unit-name';
import { overviewRow, ownValue, regionAverages, dimensionColumns } from '@/domain/mentoring/overview';
import type { MentorStore, PackagePayload } from '@/schemas/mentoring';
import { payload, UNIT } from './fixtures';

const NOW = new Date('2026-11-20T09:00:00.000Z');
const file = async (name: string, p: PackagePayload) => ({ name, text: JSON.stringify(await buildPackageFile(p)) });
/** A file whose payload was changed and whose checksum was recomputed: what anyone can do with a checksum. */
const forged = async (name: string, p: PackagePayload) => ({
  name,
  text: JSON.stringify({ ...(await buildPackageFile(p)), checksum: { algorithm: 'SHA-256', value: await payloadChecksum(p) } }),
});

async function storeWith(...packages: PackagePayload[]): Promise<MentorStore> {
  let store = EMPTY_MENTOR_STORE;
  for (const p of packages) {
    const result = await importPackages([await file(p.id, p)], store, NOW);
    store = result.store;
    for (const pending of result.pending) {
      const added = confirmPending(store, pending, NOW);
      if (added.ok) store = added.store;
    }
  }
  return store;
}

describe('a forged package', () => {
  it('dated 9999 or "zzz" is refused by the schema, even with a valid checksum', async () => {
    const real = payload('p1', '2026-11-10T00:00:00.000Z');
    for (const createdAt of ['9999-12-31T23:59:59.999Z', 'zzz']) {
      const result = await importPackages([await forged('palsu.json', { ...real, id: 'palsu', createdAt })], EMPTY_MENTOR_STORE, NOW);
      expect(result.accepted).toEqual([]);
      expect(result.rejected[0]?.reason).toMatch(/createdAt.*bukan tanggal yang sah/);
    }
  });

  it('dated in the (valid) future is refused with the reason', async () => {
    const result = await importPackages(
      [await forged('palsu.json', payload('palsu', '2100-01-01T00:00:00.000Z'))],
      EMPTY_MENTOR_STORE,
      NOW,
    );
    expect(result.rejected[0]?.reason).toMatch(/masa depan/);
  });

  it('with the unit name spelled differently never becomes current silently: it waits for the mentor, with what changed', async () => {
    const store = await storeWith(payload('p1', '2026-11-10T00:00:00.000Z'));
    const reviewed = updateReview(store, unitKey(UNIT), 'rencana', { status: 'diterima' }, NOW);
    const spoof = { ...payload('palsu', '2026-11-20T08:59:00.000Z', 'LAPAS kelas IIA  telaga-bening', 99) };
    const result = await importPackages([await forged('palsu.json', spoof)], reviewed, NOW);
    expect(result.accepted).toEqual([]);
    expect(result.store).toBe(reviewed);
    expect(result.pending).toHaveLength(1);
    expect(result.pending[0]!.reason).toBe('ganti');
    expect(result.pending[0]!.details.join('\n')).toMatch(
      /Nama unit ditulis berbeda: “Lapas Kelas IIA Telaga Bening” → “LAPAS kelas IIA telaga-bening”/,
    );
    expect(result.pending[0]!.details.join('\n')).toMatch(/Skor self-asesmen: 55 → 99/);
    // Once the mentor accepts it, the earlier "Diterima" is marked as given on the older package and cannot be exported.
    const added = confirmPending(reviewed, result.pending[0]!, NOW);
    expect(added.ok).toBe(true);
    const unit = (added.ok ? added.store : reviewed).units[0]!;
    expect(unit.current.id).toBe('palsu');
    expect(isStale(unit.reviews.rencana, unit.current.id)).toBe(true);
    expect(reviewState(unit, 'rencana')).toBe('paket-lama');
    expect(staleDeliverables(unit)).toEqual(['rencana']);
    expect(() => buildFeedbackPayload(unit, '', NOW)).toThrow();
    // Choosing a status again gives it on the current package.
    const again = updateReview(added.ok ? added.store : reviewed, unit.key, 'rencana', { status: 'perlu-perbaikan' }, NOW).units[0]!;
    expect(staleDeliverables(again)).toEqual([]);
    expect(buildFeedbackPayload(again, '', NOW).reviews.rencana).toMatchObject({ status: 'perlu-perbaikan', packageId: 'palsu' });
  });

  it('cannot outrank later real packages by its date: a package counts no later than when it was received', async () => {
    const first = await importPackages(
      [await file('a', payload('p1', '2026-11-10T00:00:00.000Z'))],
      EMPTY_MENTOR_STORE,
      new Date('2026-11-10T01:00:00.000Z'),
    );
    // Made "tomorrow" by a fast clock, within the skew; a real package made after it arrives later and still wins.
    const skewed = await importPackages(
      [await file('b', payload('p2', '2026-11-10T01:09:00.000Z'))],
      first.store,
      new Date('2026-11-10T01:00:00.000Z'),
    );
    const keptSkewed = confirmPending(first.store, skewed.pending[0]!, new Date('2026-11-10T01:00:00.000Z'));
    const later = await importPackages(
      [await file('c', payload('p3', '2026-11-10T01:05:00.000Z'))],
      keptSkewed.ok ? keptSkewed.store : first.store,
      new Date('2026-11-10T02:00:00.000Z'),
    );
    expect(later.pending.map((p) => p.payload.id)).toEqual(['p3']);
  });

  it('that looks like another unit (a Cyrillic Н) waits for the mentor with a warning', async () => {
    const store = await storeWith(payload('p1', '2026-11-10T00:00:00.000Z'));
    const result = await importPackages(
      [await file('mirip.json', payload('p2', '2026-11-11T00:00:00.000Z', 'Lapas Kelas IIA Telaga Веning'))],
      store,
      NOW,
    );
    expect(result.pending[0]).toMatchObject({ reason: 'mirip' });
    expect(result.pending[0]!.details.join(' ')).toMatch(/mencampur huruf dari beberapa aksara \(Latin, Cyrillic\)/);
    expect(result.pending[0]!.details.join(' ')).toMatch(/tampak sama dengan unit yang sudah ada/);
  });
});

describe('unit names', () => {
  it('lose invisible characters', () => {
    expect(cleanUnitName('Lapas\u200B Kelas\u00A0IIA \u202ETelaga\u2060 Bening\uFEFF')).toBe('Lapas Kelas IIA Telaga Bening');
    expect(unitKey('Tel\u200Baga Bening')).toBe(unitKey('Telaga Bening'));
  });

  it('that only look alike are found by their confusable skeleton', () => {
    expect(lookalikesOf('Lapas Kelas IIA Telaga Веning', [UNIT])).toEqual([UNIT]);
    expect(lookalikesOf('Lapas Kelas 1IA Telaga Bening', [UNIT])).toEqual([UNIT]);
    expect(lookalikesOf('Lapas Kelas IIA Telaga Bening', [UNIT])).toEqual([]); // the same unit is not a look-alike
    expect(lookalikesOf('Rutan Kelas IIB Muara Teduh', [UNIT])).toEqual([]);
    expect(scriptsOf('Telaga Веning')).toEqual(['Latin', 'Cyrillic']);
    expect(nameWarnings('Rutan Kelas IIB Muara Teduh', [UNIT])).toEqual([]);
  });
});

describe('feedback on the unit side', () => {
  const store = () => storeWith(payload('p1', '2026-11-10T00:00:00.000Z'));

  it('is accepted for a package this browser sent', async () => {
    const feedback = buildFeedbackPayload((await store()).units[0]!, '', NOW);
    const received = recordSentPackage({ items: [] }, payload('p1', '2026-11-10T00:00:00.000Z'));
    expect(checkFeedback(feedback, received, [UNIT], NOW)).toEqual({ ok: true });
  });

  it('is refused when it is for another unit', async () => {
    const feedback = buildFeedbackPayload((await store()).units[0]!, '', NOW);
    const received = recordSentPackage({ items: [] }, payload('q1', '2026-11-10T00:00:00.000Z', 'Rutan Kelas IIB Muara Teduh'));
    const check = checkFeedback(feedback, received, ['Rutan Kelas IIB Muara Teduh'], NOW);
    expect(check.ok).toBe(false);
    expect(!check.ok && check.reason).toMatch(/bukan untuk unit Anda/);
  });

  it('is refused when it names another unit than the package it answers', async () => {
    const feedback = { ...buildFeedbackPayload((await store()).units[0]!, '', NOW), unit: { name: 'Rutan Lain', type: 'Rutan' as const } };
    const received = recordSentPackage({ items: [] }, payload('p1', '2026-11-10T00:00:00.000Z'));
    expect(checkFeedback(feedback, received, [UNIT], NOW).ok).toBe(false);
  });

  it('is refused when dated in the future, and flagged when its package is not recorded here', async () => {
    const feedback = buildFeedbackPayload((await store()).units[0]!, '', NOW);
    expect(checkFeedback({ ...feedback, writtenAt: '2100-01-01T00:00:00.000Z' }, { items: [] }, [UNIT], NOW).ok).toBe(false);
    const check = checkFeedback(feedback, { items: [] }, [UNIT], NOW);
    expect(check.ok && check.warning).toMatch(/tidak tercatat dikirim dari peramban ini/);
  });
});

describe('bounds', () => {
  it('a file too large to read is refused by its size, unread', async () => {
    const result = await importPackages([{ name: 'besar.json', text: '', tooLarge: 600 * 1024 * 1024 }], EMPTY_MENTOR_STORE, NOW);
    expect(result.rejected[0]?.reason).toMatch(/terlalu besar \(614400 KB\)/);
  });

  it('a dimension name of 3.9 MB is refused by the schema', async () => {
    const p = payload('p1', '2026-11-10T00:00:00.000Z');
    const big = {
      ...p,
      contents: { ...p.contents, assessment: { ...p.contents.assessment!, dimensions: [{ id: 'a', name: 'x'.repeat(200), score: 1 }] } },
    };
    const result = await importPackages([await forged('besar.json', big)], EMPTY_MENTOR_STORE, NOW);
    expect(result.rejected[0]?.reason).toMatch(/terlalu panjang/);
  });

  it('no unit is dropped silently: 250 units are all kept (the old cap was 200)', async () => {
    const files = await Promise.all(
      Array.from({ length: 250 }, (_, i) =>
        file(`u${i}.json`, payload(`p${i}`, '2026-11-10T00:00:00.000Z', `Lapas Kelas III Nomor ${i} (fiktif)`)),
      ),
    );
    const result = await importPackages(files, EMPTY_MENTOR_STORE, NOW);
    expect(result.accepted).toHaveLength(250);
    expect(result.store.units).toHaveLength(250);
  });

  it('a dimension id such as "constructor" is refused, and lookups never read inherited values', async () => {
    const p = payload('p1', '2026-11-10T00:00:00.000Z');
    const bad = {
      ...p,
      contents: { ...p.contents, assessment: { ...p.contents.assessment!, dimensions: [{ id: '__proto__', name: 'x', score: 1 }] } },
    };
    expect((await importPackages([await forged('a.json', bad)], EMPTY_MENTOR_STORE, NOW)).rejected).toHaveLength(1);
    expect(ownValue({}, 'constructor')).toBeUndefined();
    // "constructor" fits the id pattern: another unit's cell must still read as empty, not as Object's constructor.
    const odd = {
      ...p,
      contents: { ...p.contents, assessment: { ...p.contents.assessment!, dimensions: [{ id: 'constructor', name: 'Aneh', score: 10 }] } },
    };
    const store = await storeWith(payload('p0', '2026-11-09T00:00:00.000Z', 'Rutan Kelas IIB Muara Teduh'), odd);
    const rows = store.units.map(overviewRow);
    const plain = rows.find((r) => r.name.startsWith('Rutan'))!;
    expect(ownValue(plain.dimensions, 'constructor')).toBeUndefined();
    expect(regionAverages(rows, dimensionColumns(store.units)).dimensions.constructor).toBe(10);
  });
});
