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

/**
 * Why there is no completed self-assessment to use (mentoring package), saying what is missing and where: a unit that
 * answered every item but never pressed the button at the end of the form otherwise believes it has finished.
 */
export function noCompletedAssessmentReason(data: SelfAssessment): string {
  const answered = Math.max(0, ...Object.values(data.drafts).map((d) => Object.keys(d.answers).length));
  if (answered === 0) return 'Belum ada self-asesmen yang selesai: isi formulirnya di halaman Self-Asesmen Krisis.';
  return `Belum ada self-asesmen yang selesai: ${answered} butir sudah dijawab, tetapi tombol “Selesai dan lihat hasil” di akhir formulir Self-Asesmen Krisis belum ditekan. Buka formulir itu dan tekan tombolnya: hasilnya baru tersimpan setelah itu.`;
}
