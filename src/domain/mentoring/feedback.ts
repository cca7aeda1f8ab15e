/**
 * The mentor's feedback file for one unit (one per unit, so each unit gets only its own), and the unit's side:
 * reading it and keeping what was received.
 */
import { feedbackPayloadSchema, type Deliverable, type FeedbackPayload, type MentoredUnit, type ReceivedFeedback, type ReviewStatus } from '@/schemas/mentoring';
import { overallPercent } from '@/domain/plan/percent';
import { sealFile, type SealedKind } from './sealed-file';
import { formatIsoDate } from '@/domain/plan/plan-outline';
import { slug } from './package';
import { releasePercent } from './overview';

export const FEEDBACK_KIND = 'umpan-balik-pendampingan';
export const FEEDBACK_FORMAT_VERSION = 1;
/** The unit keeps this many feedback files, newest first. */
export const MAX_RECEIVED = 20;

export const feedbackKind: SealedKind<FeedbackPayload> = {
  kind: FEEDBACK_KIND,
  formatVersion: FEEDBACK_FORMAT_VERSION,
  schema: feedbackPayloadSchema,
  name: 'berkas umpan balik pendamping',
  wrongKindHint: 'Minta pendamping mengekspor umpan balik untuk unit Anda di halaman «Rekap pendampingan».',
};

export const DELIVERABLE_LABELS: Record<Deliverable, string> = {
  asesmen: 'Self-asesmen dan peta risiko',
  rencana: 'Rencana komunikasi krisis',
  'siaran-pers': 'Siaran pers',
};

export const STATUS_LABELS: Record<ReviewStatus, string> = {
  belum: 'Belum ditinjau',
  'perlu-perbaikan': 'Perlu perbaikan',
  diterima: 'Diterima',
};

/** What the mentor looked at, per deliverable, in one line: printed in the feedback so the unit knows which version was read. */
export function reviewedLines(unit: MentoredUnit): Record<Deliverable, string> {
  const { assessment, risks, plan, releases } = unit.current.contents;
  const assessed = assessment ? `Self-asesmen ${formatIsoDate(assessment.completedAt.slice(0, 10))}, skor ${assessment.overall}` : 'Tidak ada self-asesmen dalam paket';
  return {
    asesmen: risks ? `${assessed}; peta risiko ${risks.length} jenis krisis` : assessed,
    rencana: plan ? `Rencana «${plan.plan.name.trim() || 'tanpa nama'}» versi ${plan.plan.identity.version.trim() || '—'}, kelengkapan ${overallPercent(plan.sections)}%` : 'Tidak ada rencana dalam paket',
    'siaran-pers':
      releases.length === 0 ? 'Tidak ada siaran pers dalam paket' : `${releases.length} siaran pers, skor terbaik ${Math.max(...releases.map(releasePercent))}%`,
  };
}

export function buildFeedbackPayload(unit: MentoredUnit, mentor: string, now: Date): FeedbackPayload {
  return {
    unit: unit.current.unit,
    packageId: unit.current.id,
    packageCreatedAt: unit.current.createdAt,
    writtenAt: now.toISOString(),
    mentor: mentor.trim(),
    reviewed: reviewedLines(unit),
    reviews: unit.reviews,
  };
}

export function buildFeedbackFile(payload: FeedbackPayload) {
  return sealFile(FEEDBACK_KIND, FEEDBACK_FORMAT_VERSION, payload);
}

/** "umpan-balik-lapas-kelas-iia-telaga-bening-2026-11-29.json" */
export function feedbackFileName(payload: FeedbackPayload): string {
  return `umpan-balik-${slug(payload.unit.name) || 'unit'}-${payload.writtenAt.slice(0, 10)}.json`;
}

/** Keeps a feedback file read by the unit: newest first; the same file read twice is kept once. */
export function addReceivedFeedback(received: ReceivedFeedback, payload: FeedbackPayload, importedAt: string): ReceivedFeedback {
  const others = received.items.filter((item) => !(item.payload.packageId === payload.packageId && item.payload.writtenAt === payload.writtenAt));
  const items = [...others, { payload, importedAt }].sort((a, b) => b.payload.writtenAt.localeCompare(a.payload.writtenAt)).slice(0, MAX_RECEIVED);
  return { items };
}
