import { z } from './zod';
import { isoDateTime } from './iso-date';

/** Answers to the incident triage questions; a question not yet answered is absent. */
export const triageAnswersSchema = z.object({
  /** Has a real incident been verified (true), or is it only talk or an unconfirmed report (false)? */
  realIncident: z.optional(z.boolean()),
  /** Casualties: none, minor injuries, or serious injury or death. */
  casualties: z.optional(z.enum(['none', 'minor', 'serious'])),
  /** Is a threat to people still going on or not under control? */
  threatOngoing: z.optional(z.boolean()),
  /** Are people outside the unit at risk (an escapee, spreading fire or smoke, a contagious disease)? */
  publicSafety: z.optional(z.boolean()),
  /** How far it is known: not yet, social media or chat groups, local media, national media or central officials. */
  exposure: z.optional(z.enum(['none', 'social', 'local-media', 'national'])),
  /** Are officers suspected to be involved? */
  officersInvolved: z.optional(z.boolean()),
  /** Is a child involved (as offender, victim or witness)? */
  childrenInvolved: z.optional(z.boolean()),
  /** Is the same kind of incident happening in several units, or does it involve several agencies? */
  multipleUnits: z.optional(z.boolean()),
  /** Has information already given out turned out to be wrong? */
  wrongInformation: z.optional(z.boolean()),
});

/** What the incident is, in the user's words; never personal data. */
export const triageContextSchema = z.object({
  /** Crisis type id from the 'crisis-types' collection, or '' when not chosen. */
  crisisTypeId: z.string().check(z.maxLength(60)),
  /** A one-line description of what happened. */
  description: z.string().check(z.maxLength(300)),
});

/** One saved triage. */
export const triageRecordSchema = z.object({
  /** Unique id (the save time in milliseconds, as text). */
  id: z.string(),
  /** When it was saved (ISO 8601). */
  savedAt: isoDateTime,
  context: triageContextSchema,
  answers: triageAnswersSchema,
  /** Crisis level 1–4 given by the training model at the time. */
  level: z.int().check(z.minimum(1), z.maximum(4)),
});

/** Incident triage: the one being filled in and the saved ones. Version 1. */
export const triageSchema = z.object({
  /** The triage being filled in. */
  draft: z.object({ context: triageContextSchema, answers: triageAnswersSchema }),
  /** Saved triages, oldest first. */
  records: z.array(triageRecordSchema),
});

export type TriageAnswers = z.output<typeof triageAnswersSchema>;
export type TriageContext = z.output<typeof triageContextSchema>;
export type TriageRecord = z.output<typeof triageRecordSchema>;
export type Triage = z.output<typeof triageSchema>;
