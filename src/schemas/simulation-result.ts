import { z } from './zod';
import { isoDateTime } from './iso-date';
import { dimensionSchema } from './dimension';

const tallySchema = z.strictObject({
  /** Points earned. */
  points: z.number().check(z.minimum(0)),
  /** Points the best answers would have earned on the same path. */
  possible: z.number().check(z.minimum(0)),
});

/** One participant's result of one simulation: what a trainer collects from the room. */
export const simulationResultSchema = z
  .strictObject({
    /** Random id of this result, so the same file imported twice is noticed. */
    id: z.string().check(z.minLength(8), z.maxLength(64)),
    scenario: z.strictObject({
      /** Scenario id (file name). */
      id: z.string().check(z.minLength(1), z.maxLength(80)),
      /** Scenario title at the time of play. */
      title: z.string().check(z.maxLength(200)),
    }),
    participant: z.strictObject({
      /** Name as the participant typed it (may be empty). */
      name: z.string().check(z.maxLength(120)),
      /** Their unit (may be empty). */
      unit: z.string().check(z.maxLength(160)),
    }),
    /** Simulated minutes per real minute used (1 is real time). */
    speed: z.number().check(z.minimum(1), z.maximum(120)),
    /** When the run started and ended (ISO 8601). */
    startedAt: isoDateTime,
    endedAt: isoDateTime,
    /** Simulated minutes the run took. */
    minutes: z.number().check(z.minimum(0)),
    /** The end reached. */
    ending: z.strictObject({ id: z.string(), title: z.string(), tone: z.enum(['baik', 'sedang', 'buruk']) }),
    /** Points per dimension. */
    dimensions: z.record(dimensionSchema, tallySchema),
    /** Every decision: which option was chosen, and when. */
    decisions: z.array(
      z.strictObject({
        stepId: z.string(),
        prompt: z.string(),
        optionId: z.string(),
        optionLabel: z.string(),
        /** Whether it was the recommended option. */
        recommended: z.boolean(),
        /** Simulated minutes from the step's start to the choice. */
        took: z.number().check(z.minimum(0)),
      }),
    ),
    /** Every writing task: how much of the rubric was met. */
    writings: z.array(
      z.strictObject({
        stepId: z.string(),
        prompt: z.string(),
        points: z.number().check(z.minimum(0)),
        possible: z.number().check(z.minimum(0)),
        words: z.int().check(z.minimum(0)),
      }),
    ),
  })
  .check(
    z.refine((result) => Object.values(result.dimensions).every((t) => t.points <= t.possible), {
      message: 'nilai tidak boleh melebihi nilai maksimum',
      path: ['dimensions'],
    }),
  );

/** The file a participant exports for the trainer. */
export const simulationResultFileSchema = z.strictObject({
  /** Always "siaga-krisis". */
  app: z.literal('siaga-krisis'),
  /** Always "hasil-simulasi". */
  kind: z.literal('hasil-simulasi'),
  /** Version of this file format. */
  formatVersion: z.int().check(z.minimum(1)),
  /** When the file was written (ISO 8601). */
  exportedAt: isoDateTime,
  result: simulationResultSchema,
});

export type SimulationResult = z.output<typeof simulationResultSchema>;
export type SimulationResultFile = z.output<typeof simulationResultFileSchema>;
