import { z } from './zod';
import { dimensionSchema } from './dimension';
import { CORRECTIONAL_UNIT_TYPES } from './unit-types';

/**
 * A simulated crisis: a story of steps. Each step brings injects (messages on simulated channels) and then
 * either a task (a decision or a piece of writing) or an end. Decisions may branch. One YAML file per scenario
 * in src/content/scenarios/; the file name is the scenario's id.
 */

export type { Dimension } from './dimension';

/** Simulated channels an inject can arrive on; each is drawn like the channel it imitates, with no brand. */
export const CHANNELS = ['pesan', 'media-sosial', 'telepon', 'kanwil', 'keluarga', 'berita'] as const;
export const channelSchema = z.enum(CHANNELS);
export type Channel = z.output<typeof channelSchema>;

const slug = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'gunakan huruf kecil, angka dan tanda hubung'));
const text = z.string().check(z.trim(), z.minLength(1));
const minute = z.int().check(z.minimum(0), z.maximum(24 * 60));

/** Points a decision option earns per dimension (0–3); a dimension left out earns 0. */
export const dimensionScoresSchema = z.strictObject({
  /** Acting while it still matters (timing is also scored separately, from the clock). */
  kecepatan: z.optional(z.int().check(z.minimum(0), z.maximum(3))),
  /** Saying only what is verified; no speculation. */
  akurasi: z.optional(z.int().check(z.minimum(0), z.maximum(3))),
  /** Putting the people affected first. */
  empati: z.optional(z.int().check(z.minimum(0), z.maximum(3))),
  /** Coordination and approval: unit head, regional office, one voice. */
  koordinasi: z.optional(z.int().check(z.minimum(0), z.maximum(3))),
  /** Legal compliance: personal data, children, public information, the press's rights. */
  hukum: z.optional(z.int().check(z.minimum(0), z.maximum(3))),
});

export const injectSchema = z.strictObject({
  /** Stable id within the scenario (used by inject cards and the facilitator's log). */
  id: slug,
  /** Minutes after the step begins at which the inject arrives (default 0). */
  after: z.optional(minute),
  /** The simulated channel. */
  channel: channelSchema,
  /** Who it comes from: a colleague, an account, a caller, an office, a family member, a news outlet (all fictional). */
  from: text,
  /** Their role or a short description, e.g. "Kepala Pengamanan" or "wartawan portal Rantau Kini". */
  role: z.optional(text),
  /** Headline of a news article, or subject line of a letter from the regional office. */
  title: z.optional(text),
  /** The message itself. */
  text,
  /** Social posts only: how many shares the post has when it arrives, and how many more per simulated minute. */
  shares: z.optional(z.strictObject({ start: z.int().check(z.minimum(0)), perMinute: z.int().check(z.minimum(0)) })),
});

export const decisionOptionSchema = z.strictObject({
  /** Stable id within the decision (stored in results). */
  id: slug,
  /** What the participant chooses. */
  label: text,
  /** What happens next in the story because of this choice, shown right after choosing. */
  consequence: text,
  /** Why it is (or is not) the recommended choice, shown in the debrief. */
  feedback: text,
  /** Marks the option the recommended timeline follows (exactly one per decision). */
  recommended: z.optional(z.boolean()),
  /** Points per dimension. */
  scores: dimensionScoresSchema,
  /** The step this choice leads to, when it branches away from the decision's `next`. */
  next: z.optional(slug),
});

export const decisionTaskSchema = z.strictObject({
  kind: z.literal('keputusan'),
  /** The question put to the participant. */
  prompt: text,
  /** Minutes after the step begins by which the decision is expected (the recommended timeline). */
  dueWithin: z.int().check(z.minimum(1), z.maximum(240)),
  /** Two or more options. */
  options: z.array(decisionOptionSchema).check(z.minLength(2)),
  /** The step that follows unless the chosen option says otherwise. */
  next: z.optional(slug),
});

export const rubricCriterionSchema = z.strictObject({
  /** Stable id within the task. */
  id: slug,
  /** What the criterion checks, as the participant reads it in the debrief. */
  label: text,
  /** The dimension it scores. */
  dimension: dimensionSchema,
  /** Points earned when the criterion is met. */
  points: z.int().check(z.minimum(1), z.maximum(3)),
  /** "ada": met when the text contains one of the keywords; "tidak-ada": met when it contains none. */
  expect: z.enum(['ada', 'tidak-ada']),
  /** Words or phrases looked for, case-insensitively. */
  keywords: z.array(text).check(z.minLength(1)),
});

export const writingTaskSchema = z.strictObject({
  kind: z.literal('tulisan'),
  /** What is written: a holding statement, a reply to a post, or a short press release. */
  genre: z.enum(['pernyataan-awal', 'balasan-unggahan', 'siaran-pers']),
  /** The assignment. */
  prompt: text,
  /** Minutes after the step begins by which the text is expected. */
  dueWithin: z.int().check(z.minimum(1), z.maximum(240)),
  /** Fewest words for a complete text. */
  minWords: z.int().check(z.minimum(1)),
  /** Most words that still fit the genre. */
  maxWords: z.int().check(z.minimum(1)),
  /** What a good text contains (or avoids): the scoring rubric. */
  rubric: z.array(rubricCriterionSchema).check(z.minLength(2)),
  /** A model answer shown in the debrief. */
  model: text,
  /** The step that follows. */
  next: slug,
});

export const endSchema = z.strictObject({
  kind: z.literal('akhir'),
  /** Name of the outcome. */
  title: text,
  /** What this outcome means for the unit, in two or three sentences. */
  outcome: text,
  /** How well things went. */
  tone: z.enum(['baik', 'sedang', 'buruk']),
});

export const stepSchema = z.strictObject({
  /** Stable id within the scenario; referenced by `next`. */
  id: slug,
  /** A short name for timelines and inject cards. */
  title: text,
  /** Earliest simulated minute (from the start) at which the step begins; it waits for the previous task. */
  at: minute,
  /** What arrives during the step. */
  injects: z.array(injectSchema),
  /** Questions a facilitator puts to the room at this step. */
  discussion: z.optional(z.array(text)),
  /** What the participant must do, or the end of the story. */
  task: z.discriminatedUnion('kind', [decisionTaskSchema, writingTaskSchema, endSchema]),
});

export const lessonSchema = z.strictObject({
  /** The lesson in one sentence. */
  text,
  /** The module that teaches it: a file name in src/content/docs/modul/ (without .mdx). */
  module: slug,
});

export const scenarioSchema = z.strictObject({
  /** Title of the scenario. */
  title: text,
  /** One or two sentences for the list of scenarios. */
  summary: text,
  /** Kind of crisis: the id of an entry of the 'crisis-types' collection (checked at build and by a content test). */
  crisisType: slug,
  /** The fictional unit where it happens. */
  unit: z.strictObject({
    /** Its name, always fictional, e.g. "Lapas Kelas IIA Telaga Bening". */
    name: text,
    /** Kind of unit. */
    kind: z.enum(CORRECTIONAL_UNIT_TYPES),
  }),
  /** The participant's role in the story, e.g. "Koordinator Humas". */
  role: text,
  /** Time of day at minute 0, "HH.MM". */
  startTime: z.string().check(z.regex(/^([01][0-9]|2[0-3])\.[0-5][0-9]$/, 'tulis jam sebagai JJ.MM, misalnya 05.30')),
  /** What the participant knows before the clock starts. */
  briefing: text,
  /** Key lessons, each linked to a module. */
  lessons: z.array(lessonSchema).check(z.minLength(2)),
  /** The story; the first step is where it starts. */
  steps: z.array(stepSchema).check(z.minLength(3)),
});

export type Scenario = z.output<typeof scenarioSchema>;
export type ScenarioStep = z.output<typeof stepSchema>;
export type Inject = z.output<typeof injectSchema>;
export type DecisionTask = z.output<typeof decisionTaskSchema>;
export type DecisionOption = z.output<typeof decisionOptionSchema>;
export type WritingTask = z.output<typeof writingTaskSchema>;
export type RubricCriterion = z.output<typeof rubricCriterionSchema>;
export type EndTask = z.output<typeof endSchema>;
export type DimensionScores = z.output<typeof dimensionScoresSchema>;
