/** Scoring a knowledge check. A question counts as right only when exactly the correct options are chosen. */

export interface QuizQuestion {
  id: string;
  multiple: boolean;
  /** Indexes of the correct options. */
  correct: readonly number[];
}

export type Answers = Readonly<Record<string, readonly number[]>>;

export function isAnsweredRight(question: QuizQuestion, chosen: readonly number[] | undefined): boolean {
  if (!chosen || chosen.length !== question.correct.length) return false;
  const set = new Set(chosen);
  return question.correct.every((index) => set.has(index));
}

export function scoreQuiz(questions: readonly QuizQuestion[], answers: Answers): { score: number; total: number; unanswered: number } {
  let score = 0;
  let unanswered = 0;
  for (const question of questions) {
    const chosen = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
    if (!chosen || chosen.length === 0) unanswered += 1;
    else if (isAnsweredRight(question, chosen)) score += 1;
  }
  return { score, total: questions.length, unanswered };
}

/** A short stable id for a question, from its text: stored answers follow the question, not its position. */
export function questionId(prompt: string): string {
  let hash = 2166136261;
  for (const char of prompt.normalize('NFC')) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 16777619);
  }
  return `q${(hash >>> 0).toString(36)}`;
}

export function percentage(score: number, total: number): number {
  return total === 0 ? 0 : Math.round((score / total) * 100);
}
