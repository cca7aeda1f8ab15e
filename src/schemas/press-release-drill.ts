import { z } from './zod';

import { releaseKindSchema, releasePartsSchema } from './release-parts';

export { RELEASE_KINDS, RELEASE_KIND_LABELS, type ReleaseKind } from './release-parts';

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

/** One line of a drill's scoring rubric. Its points are earned when every condition it names holds. */
export const rubricCriterionSchema = z.strictObject({
  /** Stable id within the drill (kebab-case). */
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  /** What is judged, as the learner reads it after submitting. */
  label: text(200),
  /** Points for meeting it fully. */
  points: z.int().check(z.minimum(1), z.maximum(10)),
  /** Facts that must appear: each group lists alternative wordings (any one counts); points are shared per group. */
  mention: z.optional(z.array(z.array(text(80)).check(z.minLength(1))).check(z.minLength(1))),
  /** Phrases that must not appear (an unconfirmed cause, a name that must stay out): any one costs all points. */
  forbid: z.optional(z.array(text(80)).check(z.minLength(1))),
  /** Checker rules (ruleId) that must raise no finding: any finding costs all points. */
  avoid: z.optional(z.array(text(60)).check(z.minLength(1))),
});

/** A press-release drill: a fictional incident, what is known, and what a good answer looks like. */
export const pressReleaseDrillSchema = z.strictObject({
  /** Stable id and page address (/latihan/siaran-pers/<id>/); attempts are stored under it. */
  id: z.string().check(z.regex(/^[a-z0-9-]+$/), z.maxLength(60)),
  /** Title of the drill. */
  title: text(120),
  /** Kind of text asked for. */
  kind: releaseKindSchema,
  /** Kind of crisis: the id of an entry of the 'crisis-types' collection (checked at build and by a content test). */
  crisisType: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  /** The fictional unit the release comes from, e.g. "Lapas Kelas IIA Telaga Bening". */
  unit: text(120),
  /** City for the dateline. */
  city: text(60),
  /** Date of the release as written in a dateline, e.g. "12 Maret 2026". */
  date: text(40),
  /** The situation in two or three sentences, as the humas officer hears it. */
  situation: text(1200),
  /** What the task asks for, in one or two sentences. */
  task: text(600),
  /** Facts confirmed by two sources or a direct witness. */
  confirmed: z.array(text(400)).check(z.minLength(2)),
  /** What is not yet known (and must not be guessed). */
  unknown: z.array(text(400)).check(z.minLength(1)),
  /** Information on the fact sheet that must NOT be published (personal data, security details). */
  confidential: z.optional(z.array(text(400))),
  /** People available for a quote, with their position. */
  spokespeople: z.array(z.strictObject({ name: text(80), position: text(160), note: z.optional(text(300)) })).check(z.minLength(1)),
  /** The contact printed under the release. */
  contact: z.strictObject({ name: text(80), position: text(120), phone: text(40) }),
  /** Minutes allowed, as in a real crisis. */
  minutes: z.int().check(z.minimum(5), z.maximum(180)),
  /** A model answer, part by part. */
  modelAnswer: releasePartsSchema,
  /** Scoring rubric. */
  rubric: z.array(rubricCriterionSchema).check(z.minLength(3)),
});

export type RubricCriterion = z.output<typeof rubricCriterionSchema>;
export type PressReleaseDrill = z.output<typeof pressReleaseDrillSchema>;
