/**
 * The one place that decides how the simulation judges writing tasks (live feedback, debrief and exported results):
 * the scenario's YAML rubric, extended by the press-release checker. The checker is the largest piece of the
 * feature, so it is fetched with import() only when it is needed (a writing task appears, or a finished run with a
 * text is shown or exported); if it cannot be fetched (offline before it was ever loaded), the rubric alone scores.
 */
import type { Finding } from '@/domain/press-release/rules';
import type { WritingTask } from '@/schemas/scenario';
import { scoreWithRubric, type WritingScorer } from '@/domain/simulation/writing';

export interface WritingChecker {
  /** False when the checker could not be loaded and texts are scored by the rubric alone. */
  available: boolean;
  scoreWriting: WritingScorer;
  /** The checker's findings that matter for the task, most serious first. */
  findingsFor(task: WritingTask, text: string): Finding[];
  /** Shows findings in a list, keeping the items that did not change so the page does not jump while typing. */
  showFindings(list: Element, findings: readonly Finding[]): void;
}

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
