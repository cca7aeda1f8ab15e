import { z } from './zod';
import { isoDateTime } from './iso-date';
import { releaseKindSchema, releasePartsSchema } from './release-parts';

/** A draft being written for one drill (or free mode), saved as the user types. */
export const releaseDraftSchema = z.object({
  /** "parts": the seven labelled fields; "text": one pasted text that the checker splits. */
  mode: z.enum(['parts', 'text']),
  /** The labelled parts. */
  parts: releasePartsSchema,
  /** The pasted whole text. */
  text: z.string().check(z.maxLength(80000)),
  /** Free mode only: the kind of text the user chose (empty for none). */
  kind: z.optional(z.union([releaseKindSchema, z.literal('')])),
  /** When the user started this draft (ISO 8601): the time taken is counted from here. */
  startedAt: z.optional(isoDateTime),
  /** When the countdown was started (ISO 8601), if the user chose to be timed. */
  countdownStartedAt: z.optional(isoDateTime),
  /** Last change (ISO 8601). */
  updatedAt: isoDateTime,
});

/** One submitted attempt, kept with its score. */
export const releaseAttemptSchema = z.object({
  /** Unique id of the attempt. */
  id: z.string().check(z.minLength(1), z.maxLength(60)),
  /** The drill's id, or "bebas" for free mode. */
  drillId: z.string().check(z.maxLength(60)),
  /** The drill's title when submitted (the drill may be renamed later). */
  drillTitle: z.string().check(z.maxLength(160)),
  /** The release as submitted, part by part. */
  parts: releasePartsSchema,
  /** When it was submitted (ISO 8601). */
  submittedAt: isoDateTime,
  /** Seconds from the start of the draft (or of the countdown) to submitting. */
  secondsTaken: z.int().check(z.minimum(0)),
  /** Minutes the drill allows; absent in free mode. */
  minutesAllowed: z.optional(z.int().check(z.minimum(1))),
  /** True when the user wrote against the countdown. */
  timed: z.boolean(),
  /** Rubric points earned. */
  points: z.int().check(z.minimum(0)),
  /** Rubric points possible. */
  max: z.int().check(z.minimum(0)),
  /** Findings that remained when submitted. */
  findings: z.int().check(z.minimum(0)),
});

/** Everything the press-release drills keep in this browser. Version 1. */
export const releaseWorkSchema = z.object({
  /** Drafts by drill id ("bebas" for free mode). */
  drafts: z.record(z.string(), releaseDraftSchema),
  /** Submitted attempts, oldest first. */
  attempts: z.array(releaseAttemptSchema).check(z.maxLength(500)),
});

export type ReleaseDraft = z.output<typeof releaseDraftSchema>;
export type ReleaseAttempt = z.output<typeof releaseAttemptSchema>;
export type ReleaseWork = z.output<typeof releaseWorkSchema>;
