import { z } from './zod';
import { isoDateTime } from './iso-date';

/** Chosen scale value per questionnaire item id. */
export const answersSchema = z.record(z.string(), z.int().check(z.minimum(0), z.maximum(10)));

/** Who the report is for; a field left undefined falls back to the profile on "Data saya". */
export const respondentDraftSchema = z.object({
  /** Unit name typed on the form, or absent to use the profile's. */
  unitName: z.optional(z.string().check(z.maxLength(160))),
  /** Name of the person filling in, or absent to use the profile's. */
  personName: z.optional(z.string().check(z.maxLength(120))),
  /** That person's position, or absent to use the profile's. */
  position: z.optional(z.string().check(z.maxLength(120))),
});

/** An assessment in progress. */
export const assessmentDraftSchema = z.object({
  /** Answers given so far. */
  answers: answersSchema,
  /** Report header typed on the form. */
  respondent: respondentDraftSchema,
  /** When the draft last changed (ISO 8601). */
  updatedAt: z.optional(isoDateTime),
  /** When these exact answers were last completed (ISO 8601); cleared by any change. */
  completedAt: z.optional(isoDateTime),
});

/** Score of one dimension at completion time, kept so history survives later changes to the questionnaire. */
export const dimensionScoreSchema = z.object({
  /** Dimension id from the questionnaire (lowercase letters, digits and hyphens: never a name like "constructor"). */
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), z.maxLength(60)),
  /** Dimension name at completion time. */
  name: z.string().check(z.maxLength(160)),
  /** Score from 0 to 100. */
  score: z.int().check(z.minimum(0), z.maximum(100)),
});

/** A completed assessment, as it was on the day it was completed. */
export const completedAssessmentSchema = z.object({
  /** Unique id (the completion time in milliseconds, as text). */
  id: z.string().check(z.maxLength(40)),
  /** When it was completed (ISO 8601). */
  completedAt: isoDateTime,
  /** All answers. */
  answers: answersSchema,
  /** Report header as it was at completion. */
  respondent: z.object({
    unitName: z.string().check(z.maxLength(160)),
    personName: z.string().check(z.maxLength(120)),
    position: z.string().check(z.maxLength(120)),
  }),
  /** Score per dimension, in questionnaire order. */
  dimensions: z.array(dimensionScoreSchema).check(z.maxLength(30)),
  /** Overall score from 0 to 100. */
  overall: z.int().check(z.minimum(0), z.maximum(100)),
});

/** Readiness self-assessments of this browser, per questionnaire id. Version 1. */
export const selfAssessmentSchema = z.object({
  /** The assessment in progress, per questionnaire id. */
  drafts: z.record(z.string(), assessmentDraftSchema),
  /** Completed assessments per questionnaire id, oldest first. */
  history: z.record(z.string(), z.array(completedAssessmentSchema)),
});

export type Answers = z.output<typeof answersSchema>;
export type RespondentDraft = z.output<typeof respondentDraftSchema>;
export type AssessmentDraft = z.output<typeof assessmentDraftSchema>;
export type DimensionScore = z.output<typeof dimensionScoreSchema>;
export type CompletedAssessment = z.output<typeof completedAssessmentSchema>;
export type SelfAssessment = z.output<typeof selfAssessmentSchema>;
