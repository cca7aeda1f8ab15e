/**
 * The mentor's feedback file for one unit (one per unit, so each unit gets only its own), and the unit's side:
 * reading it and keeping what was received.
 */
import {
  feedbackPayloadSchema,
  type Deliverable,
  type FeedbackPayload,
  type MentoredUnit,
  type ReceivedFeedback,
  type ReviewStatus,
} from '@/schemas/mentoring';
import { overallPercent } from '@/domain/plan/percent';
import { sealFile, type SealedKind } from './sealed-file';
import { signFile } from './signing';
import type { SigningKeyPair } from '@/schemas/signing';
import { formatIsoDate } from '@/domain/plan/plan-outline';
import { slug } from './package';
import { releasePercent } from './overview';
import { unitKey } from './mentor-store';
import { staleDeliverables } from './review-state';
import { isInFuture } from '@/domain/mentoring/clock';
import { MAX_SENT_RECORDED, type PackagePayload } from '@/schemas/mentoring';

export const FEEDBACK_KIND = 'umpan-balik-pendampingan';
export const FEEDBACK_FORMAT_VERSION = 1;
/** The unit keeps this many feedback files, newest first. */
export const MAX_RECEIVED = 20;

export const feedbackKind: SealedKind<FeedbackPayload> = {
  kind: FEEDBACK_KIND,
  formatVersion: FEEDBACK_FORMAT_VERSION,
  schema: feedbackPayloadSchema,
  name: 'berkas umpan balik pendamping',
  wrongKindHint: 'Minta pendamping mengekspor umpan balik untuk unit Anda di halaman “Rekap pendampingan”.',
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
  const assessed = assessment
    ? `Self-asesmen ${formatIsoDate(assessment.completedAt.slice(0, 10))}, skor ${assessment.overall}`
    : 'Tidak ada self-asesmen dalam paket';
  return {
    asesmen: risks ? `${assessed}; peta risiko ${risks.length} jenis krisis` : assessed,
    rencana: plan
      ? `Rencana “${plan.plan.name.trim() || 'tanpa nama'}” versi ${plan.plan.identity.version.trim() || '—'}, kelengkapan ${overallPercent(plan.sections)}%`
      : 'Tidak ada rencana dalam paket',
    'siaran-pers':
      releases.length === 0
        ? 'Tidak ada siaran pers dalam paket'
        : `${releases.length} siaran pers, skor terbaik ${Math.max(...releases.map(releasePercent))}%`,
  };
}

/**
 * The feedback file's content. Throws when a verdict was given on an older package: the caller checks
 * staleDeliverables first and asks the mentor to review the current package again.
 */
export function buildFeedbackPayload(unit: MentoredUnit, mentor: string, now: Date): FeedbackPayload {
  if (staleDeliverables(unit).length > 0) throw new Error('stale verdicts');
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

/** The feedback file, signed with the mentor's browser key when one is given (signing.ts). */
export async function buildFeedbackFile(payload: FeedbackPayload, key?: SigningKeyPair) {
  const file = await sealFile(FEEDBACK_KIND, FEEDBACK_FORMAT_VERSION, payload);
  return key ? signFile(file, key) : file;
}

/** "umpan-balik-lapas-kelas-iia-telaga-bening-2026-11-29.json" */
export function feedbackFileName(payload: FeedbackPayload): string {
  return `umpan-balik-${slug(payload.unit.name) || 'unit'}-${payload.writtenAt.slice(0, 10)}.json`;
}

/** When a feedback file counts as written, for ordering: never later than when the unit read it. */
const writtenTime = (item: ReceivedFeedback['items'][number]) => Math.min(Date.parse(item.payload.writtenAt), Date.parse(item.importedAt));

/** Keeps a feedback file read by the unit: newest first; the same file read twice is kept once. */
export function addReceivedFeedback(
  received: ReceivedFeedback,
  payload: FeedbackPayload,
  importedAt: string,
  signedBy = '',
): ReceivedFeedback {
  const others = received.items.filter(
    (item) => !(item.payload.packageId === payload.packageId && item.payload.writtenAt === payload.writtenAt),
  );
  const items = [...others, { payload, importedAt, signedBy }].sort((a, b) => writtenTime(b) - writtenTime(a)).slice(0, MAX_RECEIVED);
  return { ...received, items };
}

/** Remembers a package the unit wrote, so feedback can later be checked against it. */
export function recordSentPackage(received: ReceivedFeedback, payload: PackagePayload): ReceivedFeedback {
  const sent = [
    { id: payload.id, createdAt: payload.createdAt, unitName: payload.unit.name },
    ...(received.sent ?? []).filter((s) => s.id !== payload.id),
  ];
  return { ...received, sent: sent.slice(0, MAX_SENT_RECORDED) };
}

export type FeedbackCheck = { ok: true; warning?: string } | { ok: false; reason: string };

/**
 * Is this feedback for us? Known when it answers a package this browser wrote; refused when it names another unit
 * than ours (or is dated in the future); accepted with a warning when the package is not recorded here (a new device).
 */
export function checkFeedback(
  payload: FeedbackPayload,
  received: ReceivedFeedback,
  ownUnitNames: readonly string[],
  now: Date,
): FeedbackCheck {
  if (isInFuture(payload.writtenAt, now))
    return {
      ok: false,
      reason: `Tanggal penulisan umpan balik (${payload.writtenAt.slice(0, 10)}) ada di masa depan. Minta pendamping memeriksa jam perangkatnya dan mengekspor ulang.`,
    };
  const sent = received.sent ?? [];
  const known = sent.find((s) => s.id === payload.packageId);
  if (known) {
    return unitKey(known.unitName) === unitKey(payload.unit.name)
      ? { ok: true }
      : {
          ok: false,
          reason: `Umpan balik ini menyebut unit “${payload.unit.name}”, padahal paket itu dikirim atas nama “${known.unitName}”.`,
        };
  }
  const ours = [...new Set([...ownUnitNames, ...sent.map((s) => s.unitName)].filter((n) => unitKey(n)))];
  if (ours.length > 0 && !ours.some((name) => unitKey(name) === unitKey(payload.unit.name))) {
    return {
      ok: false,
      reason: `Umpan balik ini untuk “${payload.unit.name}”, bukan untuk unit Anda (${ours.map((n) => `“${n}”`).join(', ')}). Minta pendamping mengirim umpan balik untuk unit Anda.`,
    };
  }
  return {
    ok: true,
    warning: `Paket yang ditinjau (dibuat ${formatIsoDate(payload.packageCreatedAt.slice(0, 10))}) tidak tercatat dikirim dari peramban ini. Bila Anda memakai perangkat lain untuk mengirimnya, abaikan pesan ini; bila tidak, tanyakan kepada pendamping.`,
  };
}
