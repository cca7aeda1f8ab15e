import { z } from './zod';

const kebabId = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id hanya boleh huruf kecil, angka dan tanda hubung'));

/** One statement the unit rates itself on. */
export const questionnaireItemSchema = z.strictObject({
  /** Stable id, unique in the questionnaire; stored answers refer to it. */
  id: kebabId,
  /** The statement, e.g. "Unit memiliki tim komunikasi krisis yang ditetapkan tertulis." */
  text: z.string().check(z.trim(), z.minLength(10), z.maxLength(240)),
  /** Why it matters, in one or two sentences. */
  why: z.string().check(z.trim(), z.minLength(20), z.maxLength(400)),
  /** What to do when the unit is not there yet: a concrete next step. */
  recommendation: z.string().check(z.trim(), z.minLength(20), z.maxLength(400)),
  /** Id of the module (src/content/docs/modul/<id>.mdx) that teaches it. */
  module: kebabId,
});

/** A group of items scored together, e.g. "Tim dan struktur". */
export const questionnaireDimensionSchema = z.strictObject({
  /** Stable id, unique in the questionnaire; stored scores refer to it. */
  id: kebabId,
  /** Short name shown in results and on the chart. */
  name: z.string().check(z.trim(), z.minLength(3), z.maxLength(60)),
  /** What the dimension covers, one sentence. */
  description: z.string().check(z.trim(), z.minLength(10), z.maxLength(300)),
  /** The statements of this dimension. */
  items: z.array(questionnaireItemSchema).check(z.minLength(2)),
});

/** One answer choice of the rating scale shared by every item. */
export const scaleOptionSchema = z.strictObject({
  /** Points for this answer; 0 is the lowest, the largest value is full marks. */
  value: z.int().check(z.minimum(0), z.maximum(10)),
  /** Short label, e.g. "Belum ada". */
  label: z.string().check(z.trim(), z.minLength(2), z.maxLength(40)),
  /** What it means in practice. */
  hint: z.string().check(z.trim(), z.minLength(5), z.maxLength(160)),
});

/** A self-assessment questionnaire (one YAML file in src/content/questionnaires/). */
export const questionnaireSchema = z.strictObject({
  /** Title shown above the form and on the report. */
  title: z.string().check(z.trim(), z.minLength(5), z.maxLength(120)),
  /** How to fill it in, one short paragraph. */
  description: z.string().check(z.trim(), z.minLength(20), z.maxLength(600)),
  /** The rating scale, from lowest to highest value. */
  scale: z.array(scaleOptionSchema).check(z.minLength(2), z.maxLength(6)),
  /** The dimensions, in the order they are asked. */
  dimensions: z.array(questionnaireDimensionSchema).check(z.minLength(1)),
});

export type QuestionnaireItem = z.output<typeof questionnaireItemSchema>;
export type QuestionnaireDimension = z.output<typeof questionnaireDimensionSchema>;
export type ScaleOption = z.output<typeof scaleOptionSchema>;
export type Questionnaire = z.output<typeof questionnaireSchema>;
