/**
 * The one place that decides how the simulation scores writing tasks (debrief and exported results).
 * Today: the rubric from each scenario's YAML. To use the press-release checker for "siaran-pers" tasks, wrap it
 * in a WritingScorer (src/domain/simulation/writing.ts) that maps its findings to criteria, and export that here.
 */
import { scoreWithRubric, type WritingScorer } from '@/domain/simulation/writing';

export const scoreWriting: WritingScorer = scoreWithRubric;
