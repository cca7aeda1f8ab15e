import { z } from './zod';
import { isoDateTime } from './iso-date';

/** One knowledge check as the learner last checked it. */
export const quizResultSchema = z.object({
  /** Chosen option indexes per question id (the id is derived from the question's text). */
  answers: z.record(z.string(), z.array(z.int().check(z.minimum(0)))),
  /** Questions answered exactly right at the last check. */
  score: z.int().check(z.minimum(0)),
  /** Questions in the knowledge check at the last check. */
  total: z.int().check(z.minimum(0)),
  /** When the answers were last checked (ISO 8601); absent while answers are only a draft. */
  checkedAt: z.optional(isoDateTime),
});

/** Learning progress per module: read or not, and the knowledge check. Version 1. */
export const progressSchema = z.object({
  modules: z.record(
    z.string(),
    z.object({
      /** When the learner marked the module as read (ISO 8601). */
      readAt: z.optional(isoDateTime),
      quiz: z.optional(quizResultSchema),
    }),
  ),
});

export type QuizResult = z.output<typeof quizResultSchema>;
export type Progress = z.output<typeof progressSchema>;
