/**
 * Which older packages the mentor's "Rapikan riwayat" removes, and what is left. Pure, so it is planned (shown in the
 * confirm dialog) and applied from the same answer. The rules: a unit keeps its newest `keep` packages, its current
 * package always counts among them (so a unit never loses its only or its current package), and a package a verdict
 * was given on is kept unless the mentor chose to remove those too (the verdict then stays, marked for an older package).
 */
import { DELIVERABLES } from '@/schemas/deliverables';
import type { MentoredUnit, MentorStore } from '@/schemas/mentoring';

export interface PruneChoice {
  /** Packages to keep per unit, the current one included; at least 1. */
  keep: number;
  /** Only these units (by key); all units when left out. */
  units?: readonly string[];
  /** Remove older packages a verdict was given on as well. */
  includeReviewed?: boolean;
}

export interface UnitPrune {
  key: string;
  name: string;
  /** The older packages removed, newest first (as the history keeps them). */
  removed: { id: string; createdAt: string }[];
  /** Older packages kept beyond `keep` because a verdict was given on them. */
  keptReviewed: number;
}

export interface PrunePlan {
  units: UnitPrune[];
  /** Packages removed over all units. */
  removed: number;
  /** Packages kept beyond the limit because a verdict was given on them. */
  keptReviewed: number;
}

/** The packages a unit's verdicts were given on (a comment alone, without a status, names no package). */
function reviewedPackages(unit: MentoredUnit): Set<string> {
  return new Set(DELIVERABLES.map((d) => unit.reviews[d].packageId).filter((id): id is string => id !== undefined));
}

/** What pruning would remove; units with nothing to remove are left out. */
export function planPrune(store: MentorStore, choice: PruneChoice): PrunePlan {
  const keep = Math.max(1, Math.floor(choice.keep));
  const only = choice.units ? new Set(choice.units) : undefined;
  const units: UnitPrune[] = [];
  for (const unit of store.units) {
    if (only && !only.has(unit.key)) continue;
    const reviewed = reviewedPackages(unit);
    const removed: UnitPrune['removed'] = [];
    let keptReviewed = 0;
    // The history is newest first; the current package takes the first of the `keep` places.
    unit.history.slice(keep - 1).forEach(({ payload }) => {
      if (!choice.includeReviewed && reviewed.has(payload.id)) keptReviewed++;
      else removed.push({ id: payload.id, createdAt: payload.createdAt });
    });
    if (removed.length > 0 || keptReviewed > 0) units.push({ key: unit.key, name: unit.current.unit.name, removed, keptReviewed });
  }
  const removedUnits = units.filter((u) => u.removed.length > 0);
  return {
    units: removedUnits,
    removed: removedUnits.reduce((sum, u) => sum + u.removed.length, 0),
    keptReviewed: units.reduce((sum, u) => sum + u.keptReviewed, 0),
  };
}

/** The store without the plan's packages; units the plan does not touch keep their identity (their records are not rewritten). */
export function applyPrune(store: MentorStore, plan: PrunePlan): MentorStore {
  if (plan.removed === 0) return store;
  const removed = new Map(plan.units.map((u) => [u.key, new Set(u.removed.map((p) => p.id))]));
  return {
    ...store,
    units: store.units.map((unit) => {
      const gone = removed.get(unit.key);
      return gone ? { ...unit, history: unit.history.filter(({ payload }) => !gone.has(payload.id)) } : unit;
    }),
  };
}

/** How many packages the overview holds: every unit's current package and its older ones. */
export function packageCounts(store: MentorStore): { packages: number; older: number } {
  const older = store.units.reduce((sum, unit) => sum + unit.history.length, 0);
  return { packages: store.units.length + older, older };
}

const count = (n: number) => n.toLocaleString('id-ID');

/** The question asked before pruning. */
export function pruneQuestion(plan: PrunePlan, keep: number, oneUnit: boolean): string {
  const where = oneUnit ? 'unit ini' : `${count(plan.units.length)} unit`;
  const reviewed =
    plan.keptReviewed > 0 ? ` ${count(plan.keptReviewed)} paket lama yang sudah Anda beri status tinjauan tetap disimpan.` : '';
  return `${count(plan.removed)} paket lama dari ${where} akan dihapus dari peramban ini. Setiap unit tetap menyimpan ${count(keep)} paket terakhirnya, termasuk paket terbaru yang tampil di rekap.${reviewed} Berkas paket asli di perangkat Anda tidak berubah.`;
}

/** What was done, for the status line: counts only (the units are listed apart). */
export function pruneReport(plan: PrunePlan, keep: number): string {
  const reviewed =
    plan.keptReviewed > 0 ? ` ${count(plan.keptReviewed)} paket lama yang sudah Anda beri status tinjauan tetap disimpan.` : '';
  if (plan.removed === 0)
    return reviewed
      ? `Tidak ada paket lama yang dihapus.${reviewed}`
      : `Tidak ada paket lama yang dihapus: tidak ada unit yang menyimpan lebih dari ${count(keep)} paket.`;
  return `${count(plan.removed)} paket lama dihapus dari ${count(plan.units.length)} unit.${reviewed}`;
}
