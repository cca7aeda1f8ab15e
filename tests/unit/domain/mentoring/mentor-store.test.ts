import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { mentorStoreSchema, type MentorStore } from '@/schemas/mentoring';
import {
  addPackage,
  EMPTY_MENTOR_STORE,
  isMentorStoreEmpty,
  MAX_HISTORY,
  mergeMentorStores,
  parseUnitList,
  summarizeMentorStore,
  unitKey,
} from '@/domain/mentoring/mentor-store';
import { describeMentorMerge, mergeSummary } from '@/domain/mentoring/merge-preview';
import { removeUnit, updateReview } from '@/domain/mentoring/mentor-edits';
import { buildPackageFile } from '@/domain/mentoring/package';
import { importPackages } from '@/domain/mentoring/package-import';
import { mentorDocument } from '@/state/documents/mentor-overview';
import { documentDefinitions } from '@/state/documents';
import { payload, UNIT } from './fixtures';

const received = (day: number) => `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`;

describe('unit names', () => {
  it.each([
    ['Lapas Kelas IIA Telaga Bening', 'lapas kelas iia telaga bening'],
    ['  LAPAS kelas IIA  Telaga-Bening. ', 'lapas kelas iia telaga bening'],
    ['Rutan Kelas IIB Rantau Séjuk', 'rutan kelas iib rantau sejuk'],
  ])('%j is the unit %j', (name, key) => expect(unitKey(name)).toBe(key));

  it('reads a pasted list: one per line or semicolon, numbering and bullets removed, each once', () => {
    expect(parseUnitList('1. Lapas A\n- Rutan B; LPKA C\n\n  lapas a \n• Bapas D\n2) Rutan E')).toEqual([
      'Lapas A',
      'Rutan B',
      'LPKA C',
      'Bapas D',
      'Rutan E',
    ]);
    expect(parseUnitList('  \n;')).toEqual([]);
  });
});

describe('merging packages of the same unit', () => {
  it('a first package makes a row with reviews not yet given', () => {
    const { store, outcome } = addPackage(EMPTY_MENTOR_STORE, payload('p1', received(1)), received(2));
    expect(outcome).toBe('baru');
    expect(store.units).toHaveLength(1);
    expect(store.units[0]).toMatchObject({
      key: unitKey(UNIT),
      receivedAt: received(2),
      history: [],
      reviews: { asesmen: { status: 'belum', comment: '' } },
    });
    expect(z.safeParse(mentorStoreSchema, store).success).toBe(true);
  });

  it('the newest package wins and the older is kept in history, whatever the order of import', () => {
    const older = payload('p1', received(1), UNIT, 40);
    const newer = payload('p2', received(5), ' lapas kelas IIA telaga bening', 70);
    for (const order of [
      [older, newer],
      [newer, older],
    ]) {
      let store = EMPTY_MENTOR_STORE;
      const outcomes = order.map((p) => {
        const r = addPackage(store, p, received(10));
        store = r.store;
        return r.outcome;
      });
      expect(store.units).toHaveLength(1);
      expect(store.units[0]!.current.id).toBe('p2');
      expect(store.units[0]!.history.map((h) => h.payload.id)).toEqual(['p1']);
      expect(outcomes).toEqual(order[0] === older ? ['baru', 'lebih-baru'] : ['baru', 'lebih-lama']);
    }
  });

  it('keeps reviews when a newer package arrives, ignores the same package twice, and bounds history', () => {
    let store = addPackage(EMPTY_MENTOR_STORE, payload('p0', received(1)), received(1)).store;
    store = updateReview(store, unitKey(UNIT), 'rencana', { status: 'perlu-perbaikan', comment: 'Lengkapi tim.' }, new Date(received(2)));
    const again = addPackage(store, payload('p0', received(1)), received(3));
    expect(again.outcome).toBe('sudah-ada');
    expect(again.store).toBe(store);
    for (let day = 2; day <= MAX_HISTORY + 5; day++) store = addPackage(store, payload(`p${day}`, received(day)), received(day)).store;
    const unit = store.units[0]!;
    expect(unit.current.id).toBe(`p${MAX_HISTORY + 5}`);
    expect(unit.history).toHaveLength(MAX_HISTORY);
    expect(unit.history[0]!.payload.id).toBe(`p${MAX_HISTORY + 4}`);
    expect(unit.reviews.rencana).toMatchObject({ status: 'perlu-perbaikan', comment: 'Lengkapi tim.', updatedAt: received(2) });
    expect(z.safeParse(mentorStoreSchema, store).success).toBe(true);
  });

  it('different units make different rows; a unit is removed alone', () => {
    let store = addPackage(EMPTY_MENTOR_STORE, payload('a', received(1), 'Lapas A'), received(1)).store;
    store = addPackage(store, payload('b', received(1), 'Rutan B'), received(1)).store;
    expect(store.units.map((u) => u.key)).toEqual(['lapas a', 'rutan b']);
    expect(removeUnit(store, 'lapas a').units.map((u) => u.key)).toEqual(['rutan b']);
  });
});

describe('importing many files', () => {
  it('accepts the good ones and gives each bad one its reason', async () => {
    const good = JSON.stringify(await buildPackageFile(payload('p1', received(1))));
    const files = [
      { name: 'baik.json', text: good },
      { name: 'rusak.json', text: good.replace('"overall":55', '"overall":56') },
      { name: 'lain.json', text: '{"type":"FeatureCollection","features":[]}' },
      { name: 'salinan.json', text: good },
    ];
    const result = await importPackages(files, EMPTY_MENTOR_STORE, new Date(received(3)));
    expect(result.accepted).toEqual([{ name: 'baik.json', unit: UNIT, outcome: 'baru' }]);
    expect(result.rejected.map((r) => r.name)).toEqual(['rusak.json', 'lain.json', 'salinan.json']);
    expect(result.rejected[0]!.reason).toMatch(/Checksum tidak cocok/);
    expect(result.rejected[1]!.reason).toMatch(/aplikasi lain/);
    expect(result.rejected[2]!.reason).toMatch(/sudah diimpor/);
    expect(result.store.units).toHaveLength(1);
  });
});

describe('the mentor document', () => {
  it('is listed for Data saya, starts valid and empty, and summarises', () => {
    expect(documentDefinitions).toContain(mentorDocument);
    expect(z.safeParse(mentorDocument.schema, mentorDocument.initial).success).toBe(true);
    expect(isMentorStoreEmpty(mentorDocument.initial)).toBe(true);
    expect(isMentorStoreEmpty({ ...EMPTY_MENTOR_STORE, regionUnits: 'Lapas A' })).toBe(false);
    const store = addPackage(
      { ...EMPTY_MENTOR_STORE, regionUnits: 'Lapas A\nRutan B' },
      payload('a', received(1), 'Lapas A'),
      received(1),
    ).store;
    expect(summarizeMentorStore(store)).toBe('1 unit mengirim paket; daftar wilayah 2 unit');
    expect(summarizeMentorStore(EMPTY_MENTOR_STORE)).toBe('0 unit mengirim paket; daftar wilayah 0 unit');
  });

  it('merges two browsers’ stores: packages by the same rules, the later review wins, lists combined', () => {
    const base = addPackage(EMPTY_MENTOR_STORE, payload('p1', received(1)), received(1)).store;
    const ours: MentorStore = {
      ...updateReview(base, unitKey(UNIT), 'asesmen', { status: 'diterima' }, new Date(received(4))),
      regionUnits: 'Lapas A',
    };
    const theirs0 = addPackage(base, payload('p2', received(2)), received(2)).store;
    const theirs: MentorStore = {
      ...updateReview(
        updateReview(theirs0, unitKey(UNIT), 'asesmen', { status: 'perlu-perbaikan' }, new Date(received(3))),
        unitKey(UNIT),
        'rencana',
        { comment: 'Baik' },
        new Date(received(3)),
      ),
      regionUnits: 'lapas a\nRutan B',
      mentor: 'Kanwil Contoh',
    };
    const merged = mergeMentorStores(ours, theirs);
    expect(merged.units).toHaveLength(1);
    expect(merged.units[0]!.current.id).toBe('p2');
    expect(merged.units[0]!.history.map((h) => h.payload.id)).toEqual(['p1']);
    expect(merged.units[0]!.reviews.asesmen.status).toBe('diterima');
    expect(merged.units[0]!.reviews.rencana.comment).toBe('Baik');
    expect(merged.regionUnits).toBe('Lapas A\nRutan B');
    expect(merged.mentor).toBe('Kanwil Contoh');
  });

  it('"Gabungkan" keeps the mentor’s verdicts against a file dated 9999, and the preview lists every change', () => {
    const now = new Date('2026-11-20T00:00:00.000Z');
    const base = addPackage(EMPTY_MENTOR_STORE, payload('p1', received(1)), received(1)).store;
    const ours = updateReview(base, unitKey(UNIT), 'asesmen', { status: 'perlu-perbaikan', comment: 'Lengkapi.' }, new Date(received(2)));
    const far = '2199-12-31T00:00:00.000Z';
    const theirs0 = addPackage(base, payload('p2', received(3)), far).store;
    const theirs = {
      ...theirs0,
      units: theirs0.units.map((u) => ({
        ...u,
        reviews: {
          ...u.reviews,
          asesmen: { status: 'diterima' as const, comment: '', updatedAt: far },
          rencana: { status: 'diterima' as const, comment: '', updatedAt: far },
        },
      })),
    };
    const merged = mergeMentorStores(ours, theirs, now);
    const unit = merged.units[0]!;
    expect(unit.reviews.asesmen).toMatchObject({ status: 'perlu-perbaikan', comment: 'Lengkapi.' }); // ours stays
    expect(unit.reviews.rencana.status).toBe('diterima'); // untouched here: taken from the file
    expect(unit.receivedAt).toBe(now.toISOString()); // never later than now
    const { counts, lines } = describeMentorMerge(ours, theirs, now);
    expect(counts).toEqual({ newUnits: 0, newUnitPackages: 0, madeCurrent: 1, addedToHistory: 0, reviewsTaken: 1, reviewsKept: 1 });
    expect(mergeSummary(counts)).toBe(
      'Ringkasan: 0 unit baru (0 paket), 1 paket dari berkas menjadi paket terbaru, 0 paket lama ditambahkan ke riwayat, 1 status tinjauan diambil dari berkas, 1 status Anda tetap. Unit dan paket yang sudah ada di peramban ini tetap ada.',
    );
    expect(lines).toContainEqual(expect.stringMatching(/paket dari berkas .* menjadi paket terbaru/));
    expect(lines).toContainEqual(expect.stringMatching(/asesmen: status Anda “perlu perbaikan” tetap \(berkas berisi “diterima”/));
    expect(lines).toContainEqual(expect.stringMatching(/rencana: status “diterima” dari berkas diambil/));
  });
});

describe('the merge preview counts', () => {
  it('counts new units with their packages and older packages added to a known unit, and drops nothing here', () => {
    const ours = addPackage(EMPTY_MENTOR_STORE, payload('a2', received(2), 'Lapas A (fiktif)'), received(2)).store;
    let theirs = addPackage(EMPTY_MENTOR_STORE, payload('a1', received(1), 'Lapas A (fiktif)'), received(1)).store;
    theirs = addPackage(theirs, payload('b1', received(1), 'Rutan B (fiktif)'), received(1)).store;
    theirs = addPackage(theirs, payload('b2', received(2), 'Rutan B (fiktif)'), received(2)).store;
    const { counts, lines } = describeMentorMerge(ours, theirs, new Date(received(5)));
    expect(counts).toEqual({ newUnits: 1, newUnitPackages: 2, madeCurrent: 0, addedToHistory: 1, reviewsTaken: 0, reviewsKept: 0 });
    expect(lines).toEqual(['Lapas A (fiktif): 1 paket lama ditambahkan ke riwayat.', 'Unit baru: Rutan B (fiktif) (2 paket).']);
  });
});

describe('the stored shape', () => {
  it('refuses a review status that does not exist and a history longer than kept', () => {
    const store = addPackage(EMPTY_MENTOR_STORE, payload('p1', received(1)), received(1)).store;
    const badStatus = {
      ...store,
      units: [{ ...store.units[0]!, reviews: { ...store.units[0]!.reviews, rencana: { status: 'lulus', comment: '' } } }],
    };
    expect(z.safeParse(mentorStoreSchema, badStatus).success).toBe(false);
    const history = Array.from({ length: MAX_HISTORY + 1 }, (_, i) => ({
      payload: payload(`h${i}`, received(1)),
      receivedAt: received(1),
    }));
    expect(z.safeParse(mentorStoreSchema, { ...store, units: [{ ...store.units[0]!, history }] }).success).toBe(false);
  });
});
