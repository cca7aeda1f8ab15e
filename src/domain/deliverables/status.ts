/**
 * Where a unit stands on the programme's three deliverables (the crisis self-assessment form, the crisis
 * communication management plan and a press release), read from what this browser keeps. Shown on the home page's
 * task list; pure, so the rules are tested without a browser.
 */
import type { SelfAssessment } from '@/schemas/self-assessment';
import type { CommunicationPlans } from '@/schemas/communication-plan';
import type { ReleaseWork } from '@/schemas/press-release-work';
import { planCompleteness } from '@/domain/plan/completeness';
import { overallPercent } from '@/domain/plan/percent';
import { planTitle } from '@/domain/plan/plans';

export type DeliverableState = 'not-started' | 'in-progress' | 'done';

export const DELIVERABLE_STATE_LABELS: Record<DeliverableState, string> = {
  'not-started': 'Belum dimulai',
  'in-progress': 'Sedang dikerjakan',
  done: 'Selesai',
};

export interface DeliverableStatus {
  state: DeliverableState;
  /** When it was finished or last changed (ISO 8601), if known. */
  at?: string;
  /** One short sentence on what there is or what is still missing. */
  detail?: string;
}

const latest = (dates: readonly string[]): string | undefined => [...dates].sort().at(-1);

/**
 * Done once an assessment was completed (pressed "Selesai"). A draft with every item answered but never completed
 * says so, because such a unit otherwise believes it has finished.
 */
export function selfAssessmentStatus(data: SelfAssessment, questionnaireId: string, itemCount: number): DeliverableStatus {
  const history = data.history[questionnaireId] ?? [];
  const draft = data.drafts[questionnaireId];
  const answered = draft ? Object.keys(draft.answers).length : 0;
  const last = history.at(-1);
  if (last) {
    // Answers changed after the last "Selesai" are not part of the completed form until it is pressed again.
    const changedSince = draft !== undefined && !draft.completedAt && (draft.updatedAt ?? '') > last.completedAt;
    const note = changedSince ? ' Ada perubahan sesudahnya yang belum diselesaikan.' : '';
    return { state: 'done', at: last.completedAt, detail: `Skor ${last.overall} dari 100.${note}` };
  }
  if (!draft) return { state: 'not-started' };
  const respondentTyped = Object.values(draft.respondent).some((v) => v !== undefined && v.trim() !== '');
  if (answered === 0 && !respondentTyped) return { state: 'not-started' };
  const detail =
    answered >= itemCount
      ? `Semua ${itemCount} butir sudah dijawab, tetapi tombol “Selesai dan lihat hasil” di akhir formulir belum ditekan.`
      : `${answered} dari ${itemCount} butir dijawab.`;
  return { state: 'in-progress', at: draft.updatedAt, detail };
}

/** Done when one plan passes every completeness check; otherwise the most complete plan's percentage. */
export function planStatus(data: CommunicationPlans): DeliverableStatus {
  if (data.plans.length === 0) return { state: 'not-started' };
  const scored = data.plans.map((plan) => ({ plan, percent: overallPercent(planCompleteness(plan)) }));
  const best = scored.reduce((a, b) => (b.percent > a.percent || (b.percent === a.percent && b.plan.updatedAt > a.plan.updatedAt) ? b : a));
  if (best.percent === 100) return { state: 'done', at: best.plan.updatedAt, detail: `“${planTitle(best.plan)}” lengkap.` };
  return { state: 'in-progress', at: best.plan.updatedAt, detail: `“${planTitle(best.plan)}” ${best.percent} % lengkap.` };
}

/** Done once a release was submitted for scoring in any drill; a draft alone is work in progress. */
export function pressReleaseStatus(work: ReleaseWork): DeliverableStatus {
  const last = work.attempts.at(-1);
  if (last) {
    const count = work.attempts.length;
    return { state: 'done', at: last.submittedAt, detail: `${count} siaran pers dinilai; terakhir: ${last.drillTitle}.` };
  }
  const drafts = Object.values(work.drafts);
  if (drafts.length === 0) return { state: 'not-started' };
  return { state: 'in-progress', at: latest(drafts.map((d) => d.updatedAt)), detail: `${drafts.length} draf belum dinilai.` };
}
