/**
 * Which package a verdict belongs to, which deliverables a package holds, and what changes when a package replaces a
 * unit's current one. A verdict given on an older package is stale: it is shown as such and cannot be exported.
 */
import { DELIVERABLES } from '@/schemas/deliverables';
import type { Deliverable, MentoredUnit, PackagePayload, Review } from '@/schemas/mentoring';
import { overallPercent } from '@/domain/plan/percent';

/** True when the package holds something for this deliverable. */
export function deliverableSent(payload: PackagePayload, deliverable: Deliverable): boolean {
  const { assessment, risks, plan, releases } = payload.contents;
  if (deliverable === 'asesmen') return Boolean(assessment || risks);
  if (deliverable === 'rencana') return Boolean(plan);
  return releases.length > 0;
}

/** A verdict (other than "belum") given on another package than the unit's current one. */
export function isStale(review: Review, currentPackageId: string): boolean {
  return review.status !== 'belum' && review.packageId !== undefined && review.packageId !== currentPackageId;
}

export function staleDeliverables(unit: MentoredUnit): Deliverable[] {
  return DELIVERABLES.filter((d) => isStale(unit.reviews[d], unit.current.id));
}

/** What the overview shows per deliverable: not sent, not reviewed, the verdict, or a verdict on an older package. */
export type ReviewState = 'tidak-dikirim' | 'belum' | 'perlu-perbaikan' | 'diterima' | 'paket-lama';

export function reviewState(unit: MentoredUnit, deliverable: Deliverable): ReviewState {
  const review = unit.reviews[deliverable];
  if (isStale(review, unit.current.id)) return 'paket-lama';
  if (review.status === 'belum' && !deliverableSent(unit.current, deliverable)) return 'tidak-dikirim';
  return review.status;
}

/** A deliverable's name inside a sentence or a table cell ("rencana: diterima"). */
export const DELIVERABLE_SHORT_LABELS: Record<Deliverable, string> = {
  asesmen: 'asesmen',
  rencana: 'rencana',
  'siaran-pers': 'siaran pers',
};

export const REVIEW_STATE_LABELS: Record<ReviewState, string> = {
  'tidak-dikirim': 'tidak dikirim',
  belum: 'belum ditinjau',
  'perlu-perbaikan': 'perlu perbaikan',
  diterima: 'diterima',
  'paket-lama': 'status untuk paket lama',
};

/** One line per thing that differs between the current package and one that would replace it, for the mentor to confirm. */
export function packageChanges(before: PackagePayload, after: PackagePayload): string[] {
  const changes: string[] = [];
  const was = (a: string, b: string) => `${a} → ${b}`;
  if (before.unit.name !== after.unit.name) changes.push(`Nama unit ditulis berbeda: “${before.unit.name}” → “${after.unit.name}”`);
  if (before.unit.type !== after.unit.type) changes.push(`Jenis unit: ${was(before.unit.type || '—', after.unit.type || '—')}`);
  const overall = (p: PackagePayload) => (p.contents.assessment ? String(p.contents.assessment.overall) : 'tidak ada');
  if (overall(before) !== overall(after)) changes.push(`Skor self-asesmen: ${was(overall(before), overall(after))}`);
  const plan = (p: PackagePayload) => {
    const sent = p.contents.plan;
    return sent
      ? `“${sent.plan.name.trim() || 'tanpa nama'}” versi ${sent.plan.identity.version.trim() || '—'}, kelengkapan ${overallPercent(sent.sections)}%`
      : 'tidak ada';
  };
  if (plan(before) !== plan(after)) changes.push(`Rencana: ${was(plan(before), plan(after))}`);
  const releases = (p: PackagePayload) => `${p.contents.releases.length} naskah`;
  if (releases(before) !== releases(after)) changes.push(`Siaran pers: ${was(releases(before), releases(after))}`);
  const risks = (p: PackagePayload) => `${p.contents.risks?.length ?? 0} jenis krisis`;
  if (risks(before) !== risks(after)) changes.push(`Peta risiko: ${was(risks(before), risks(after))}`);
  if (changes.length === 0) changes.push('Isi yang diringkas di rekap sama; rincian naskah dapat berbeda.');
  return changes;
}
