import type { CompletedAssessment, SelfAssessment } from '@/schemas/self-assessment';

/** The most recently completed assessment of any questionnaire, with its questionnaire id. */
export function latestAssessment(data: SelfAssessment): { questionnaireId: string; entry: CompletedAssessment } | undefined {
  let latest: { questionnaireId: string; entry: CompletedAssessment } | undefined;
  for (const questionnaireId of Object.keys(data.history)) {
    for (const entry of data.history[questionnaireId] ?? []) {
      if (!latest || entry.completedAt > latest.entry.completedAt) latest = { questionnaireId, entry };
    }
  }
  return latest;
}
