// Which older packages "Rapikan riwayat" removes: the newest N per unit, never the current (and so never the only)
// package, never one a verdict was given on unless the mentor says so; the rest of the store is untouched.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { MentorStore } from '@/schemas/mentoring';
import { addPackage, EMPTY_MENTOR_STORE } from '@/domain/mentoring/mentor-store';
import { updateReview } from '@/domain/mentoring/mentor-edits';
import { applyPrune, packageCounts, planPrune, pruneQuestion, pruneReport } from '@/domain/mentoring/history-prune';
import { payload } from './fixtures';

const made = (day: number) => `2026-10-${String(day).padStart(2, '0')}T08:00:00.000Z`;
const unitName = (u: number) => `Lapas Kelas III Nomor ${u} (fiktif)`;

/** Packages are built once each (building one runs the site's package code): the property test makes many stores. */
const built = new Map<string, ReturnType<typeof payload>>();
const packageOf = (u: number, p: number) => {
  const id = `u${u}-p${p}`;
  if (!built.has(id)) built.set(id, payload(id, made(p), unitName(u)));
  return built.get(id)!;
};

/** Units 0…n-1; unit u has counts[u] packages, made on days 1, 2, … (the last one is current). */
function storeWith(counts: readonly number[]): MentorStore {
  let store = EMPTY_MENTOR_STORE;
  counts.forEach((count, u) => {
    for (let p = 1; p <= count; p++) store = addPackage(store, packageOf(u, p), made(p)).store;
  });
  return store;
}

const ids = (store: MentorStore, u: number) => {
  const unit = store.units[u]!;
  return [unit.current.id, ...unit.history.map((h) => h.payload.id)];
};

describe('planPrune and applyPrune', () => {
  it('keeps the newest N packages of every unit, the current one among them', () => {
    const store = storeWith([5, 2, 1]);
    const plan = planPrune(store, { keep: 3 });
    expect(plan.removed).toBe(2);
    expect(plan.units).toEqual([
      {
        key: store.units[0]!.key,
        name: unitName(0),
        removed: [
          { id: 'u0-p2', createdAt: made(2) },
          { id: 'u0-p1', createdAt: made(1) },
        ],
        keptReviewed: 0,
      },
    ]);
    const pruned = applyPrune(store, plan);
    expect(ids(pruned, 0)).toEqual(['u0-p5', 'u0-p4', 'u0-p3']);
    expect(ids(pruned, 1)).toEqual(['u1-p2', 'u1-p1']);
    // Units the plan does not touch keep their identity: their records are not written again.
    expect(pruned.units[1]).toBe(store.units[1]);
    expect(pruned.units[2]).toBe(store.units[2]);
  });

  it('never removes the current package, even when asked to keep none, and never the only one', () => {
    const store = storeWith([4, 1]);
    const pruned = applyPrune(store, planPrune(store, { keep: 0 }));
    expect(ids(pruned, 0)).toEqual(['u0-p4']);
    expect(ids(pruned, 1)).toEqual(['u1-p1']);
  });

  it('the current package counts even when it is not the newest (the mentor kept an older one current)', () => {
    const store = storeWith([3]);
    const unit = store.units[0]!;
    // An older package made current (as a merge keeping the mentor's choice can leave it): the newest stays in history.
    const olderCurrent: MentorStore = {
      ...store,
      units: [
        { ...unit, current: unit.history[1]!.payload, history: [{ payload: unit.current, receivedAt: unit.receivedAt }, unit.history[0]!] },
      ],
    };
    expect(ids(applyPrune(olderCurrent, planPrune(olderCurrent, { keep: 2 })), 0)).toEqual(['u0-p1', 'u0-p3']);
  });

  it('keeps a package a verdict was given on, unless the mentor includes those', () => {
    let store = storeWith([4]);
    const key = store.units[0]!.key;
    // A verdict on package 2, then packages 3 and 4 arrived: the verdict is for an older package.
    store = storeWith([2]);
    store = updateReview(store, key, 'rencana', { status: 'perlu-perbaikan', comment: 'Lengkapi daftar kontak.' }, new Date(made(3)));
    for (const p of [3, 4]) store = addPackage(store, payload(`u0-p${p}`, made(p), unitName(0)), made(p)).store;
    const careful = planPrune(store, { keep: 1 });
    expect(careful.units[0]!.removed.map((p) => p.id)).toEqual(['u0-p3', 'u0-p1']);
    expect(careful.keptReviewed).toBe(1);
    const pruned = applyPrune(store, careful);
    expect(ids(pruned, 0)).toEqual(['u0-p4', 'u0-p2']);
    // The verdict stays, still pointing at its package.
    expect(pruned.units[0]!.reviews.rencana.packageId).toBe('u0-p2');
    const all = planPrune(store, { keep: 1, includeReviewed: true });
    expect(all.removed).toBe(3);
    expect(all.keptReviewed).toBe(0);
    expect(ids(applyPrune(store, all), 0)).toEqual(['u0-p4']);
  });

  it('prunes only the chosen units', () => {
    const store = storeWith([4, 4, 4]);
    const plan = planPrune(store, { keep: 2, units: [store.units[1]!.key] });
    const pruned = applyPrune(store, plan);
    expect([ids(pruned, 0).length, ids(pruned, 1).length, ids(pruned, 2).length]).toEqual([4, 2, 4]);
  });

  it('counts packages, current and older', () => {
    expect(packageCounts(storeWith([5, 2, 1]))).toEqual({ packages: 8, older: 5 });
    expect(packageCounts(EMPTY_MENTOR_STORE)).toEqual({ packages: 0, older: 0 });
  });

  it('for any store and limit: every unit keeps its current package and min(limit, all) packages, the newest', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 1, max: 7 }),
        (counts, keep) => {
          const store = storeWith(counts);
          const plan = planPrune(store, { keep });
          const pruned = applyPrune(store, plan);
          expect(plan.removed).toBe(counts.reduce((sum, n) => sum + Math.max(0, n - keep), 0));
          counts.forEach((n, u) => {
            expect(pruned.units[u]!.current).toBe(store.units[u]!.current);
            expect(ids(pruned, u)).toEqual(ids(store, u).slice(0, Math.min(n, keep)));
          });
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('what the mentor reads', () => {
  it('asks with counts and says what stays', () => {
    const store = storeWith([5, 4]);
    const plan = planPrune(store, { keep: 3 });
    expect(pruneQuestion(plan, 3, false)).toBe(
      '3 paket lama dari 2 unit akan dihapus dari peramban ini. Setiap unit tetap menyimpan 3 paket terakhirnya, termasuk paket terbaru yang tampil di rekap. Berkas paket asli di perangkat Anda tidak berubah.',
    );
    expect(pruneQuestion(planPrune(store, { keep: 3, units: [store.units[0]!.key] }), 3, true)).toMatch(
      /^2 paket lama dari unit ini akan dihapus/,
    );
    expect(pruneReport(plan, 3)).toBe('3 paket lama dihapus dari 2 unit.');
  });

  it('reports nothing removed, and why', () => {
    const store = storeWith([2]);
    expect(pruneReport(planPrune(store, { keep: 3 }), 3)).toBe(
      'Tidak ada paket lama yang dihapus: tidak ada unit yang menyimpan lebih dari 3 paket.',
    );
    const reviewed = updateReview(storeWith([1]), storeWith([1]).units[0]!.key, 'asesmen', { status: 'diterima' }, new Date(made(2)));
    const later = addPackage(reviewed, payload('u0-p2', made(2), unitName(0)), made(2)).store;
    expect(pruneReport(planPrune(later, { keep: 1 }), 1)).toBe(
      'Tidak ada paket lama yang dihapus. 1 paket lama yang sudah Anda beri status tinjauan tetap disimpan.',
    );
  });
});
