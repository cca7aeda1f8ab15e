/**
 * Scoring a writing task. The player depends only on the WritingScorer interface: the YAML rubric below is
 * the base, and the press-release checker extends it (writing-check.ts) without touching the engine.
 */
import type { Dimension, WritingTask } from '@/schemas/scenario';
import type { Finding } from '@/domain/press-release/rules';
import { countWords } from '@/domain/text/words';

export interface CriterionResult {
  id: string;
  /** What was checked, as the participant reads it. */
  label: string;
  dimension: Dimension;
  /** Points the criterion is worth. */
  points: number;
  /** Points earned: `points` when met, otherwise 0. */
  earned: number;
  met: boolean;
}

export interface WritingAssessment {
  words: number;
  criteria: CriterionResult[];
  /** Extra remarks shown in the debrief (length). */
  notes: string[];
  /** Findings of the press-release checker, when it judged the text (see writing-check.ts). */
  findings?: Finding[];
}

/** Anything that can judge a text written for a task. Must be pure and give 0 ≤ earned ≤ points. */
export type WritingScorer = (task: WritingTask, text: string) => WritingAssessment;

/** Lower case, punctuation as spaces, single spaces, with a leading space so matches start at a word. */
export function normalizeForMatching(text: string): string {
  return ` ${text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

/** The site's one word count (src/domain/text/words.ts), the same as the press-release checker's. */
export { countWords };

/** True when the text contains the keyword at the start of a word ("prihatin" finds "Kami prihatin,"). */
export function containsKeyword(normalizedText: string, keyword: string): boolean {
  const needle = normalizeForMatching(keyword).trimEnd();
  return needle.trim() !== '' && normalizedText.includes(needle);
}

/** One criterion's result: its points earned when met, none otherwise. */
export function criterionResult(criterion: Omit<CriterionResult, 'earned' | 'met'>, met: boolean): CriterionResult {
  return {
    id: criterion.id,
    label: criterion.label,
    dimension: criterion.dimension,
    points: criterion.points,
    earned: met ? criterion.points : 0,
    met,
  };
}

/**
 * The rubric from the scenario's YAML: an "ada" criterion is met when one keyword is present; a "tidak-ada"
 * criterion when none is, but only for a text of at least minWords words (saying nothing is not avoiding mistakes).
 */
export const scoreWithRubric: WritingScorer = (task, text) => {
  const words = countWords(text);
  const normalized = normalizeForMatching(text);
  const longEnough = words >= task.minWords;
  const criteria = task.rubric.map((criterion) => {
    const found = criterion.keywords.some((keyword) => containsKeyword(normalized, keyword));
    return criterionResult(criterion, criterion.expect === 'ada' ? found : longEnough && !found);
  });
  const notes: string[] = [];
  if (words < task.minWords) notes.push(`Tulisan terlalu pendek: ${words} kata, minimal ${task.minWords} kata.`);
  if (words > task.maxWords) notes.push(`Tulisan terlalu panjang: ${words} kata, sebaiknya paling banyak ${task.maxWords} kata.`);
  return { words, criteria, notes };
};
