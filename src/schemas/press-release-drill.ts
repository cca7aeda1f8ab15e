import * as z from 'zod/mini';

/** The kinds of text a crisis asks for, in the order they usually come. */
export const RELEASE_KINDS = ['pernyataan-awal', 'siaran-pertama', 'pemutakhiran', 'klarifikasi-hoaks', 'siaran-penutup'] as const;
export const releaseKindSchema = z.enum(RELEASE_KINDS);
export type ReleaseKind = z.output<typeof releaseKindSchema>;

export const RELEASE_KIND_LABELS: Record<ReleaseKind, string> = {
  'pernyataan-awal': 'Pernyataan awal (holding statement)',
  'siaran-pertama': 'Siaran pers pertama',
  pemutakhiran: 'Pemutakhiran',
  'klarifikasi-hoaks': 'Klarifikasi hoaks',
  'siaran-penutup': 'Siaran pers penutup',
};

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

/** The seven labelled parts of a release (empty text for a part the kind does not need). */
export const releasePartsSchema = z.object({
  /** Judul. */
  headline: z.string().check(z.maxLength(400)),
  /** Baris tempat dan tanggal, e.g. "Sungai Harapan, 12 Maret 2026". */
  dateline: z.string().check(z.maxLength(200)),
  /** Teras: the first paragraph, answering 5W1H. */
  lead: z.string().check(z.maxLength(4000)),
  /** Tubuh: the following paragraphs, one per line. */
  body: z.string().check(z.maxLength(60000)),
  /** Kutipan with its named speaker and attribution verb. */
  quote: z.string().check(z.maxLength(4000)),
  /** Profil singkat of the unit. */
  boilerplate: z.string().check(z.maxLength(4000)),
  /** Narahubung, then the end mark. */
  contact: z.string().check(z.maxLength(2000)),
});

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
  /** The fictional unit the release comes from, e.g. "Lapas Kelas IIA Sungai Harapan". */
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

export type ReleasePartsData = z.output<typeof releasePartsSchema>;
export type RubricCriterion = z.output<typeof rubricCriterionSchema>;
export type PressReleaseDrill = z.output<typeof pressReleaseDrillSchema>;
