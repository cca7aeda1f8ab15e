/**
 * The one place that decides how the simulation judges writing tasks (live feedback, debrief and exported results):
 * the scenario's YAML rubric, extended by the press-release checker. The checker is the largest piece of the
 * feature, so it is fetched with import() only when it is needed (a writing task appears, or a finished run with a
 * text is shown or exported); if it cannot be fetched (offline before it was ever loaded), the rubric alone scores.
 */
import { scoreWithRubric } from '@/domain/simulation/writing';
// Only its type: the module itself is fetched with import() below.
import type { WritingChecker } from './writing-checker';

export type { WritingChecker } from './writing-checker';

const RUBRIC_ONLY: WritingChecker = {
  available: false,
  scoreWriting: scoreWithRubric,
  findingsFor: () => [],
  showFindings: (list) => list.replaceChildren(),
};

let loading: Promise<WritingChecker> | undefined;

export function loadWritingChecker(): Promise<WritingChecker> {
  loading ??= import('./writing-checker').then(
    (module) => module.writingChecker,
    () => {
      loading = undefined; // try again next time
      return RUBRIC_ONLY;
    },
  );
  return loading;
}

/** The rubric alone, for a run without any text to check (no need to fetch the checker). */
export const rubricOnly = RUBRIC_ONLY;
