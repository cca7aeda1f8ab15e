import { z } from './zod';
import { isoDateTime } from './iso-date';

/** The simulation clock: simulated minutes, frozen while paused. */
export const clockSchema = z.strictObject({
  /** Simulated minutes on the clock at `runningSince` (or now, while paused). */
  minutes: z.number().check(z.minimum(0)),
  /** When the clock was last started (milliseconds since 1970); null while paused. */
  runningSince: z.nullable(z.number()),
  /** Simulated minutes per real minute: 1 is real time. */
  speed: z.number().check(z.minimum(1), z.maximum(120)),
});

/** One step of the story as the participant reached it. */
export const visitSchema = z.strictObject({
  /** The step's id. */
  stepId: z.string(),
  /** Simulated minute at which the step began. */
  enteredAt: z.number().check(z.minimum(0)),
});

/** What the participant did at a step. */
export const runActionSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('keputusan'),
    /** The step of the decision. */
    stepId: z.string(),
    /** The option chosen (in a facilitated session: the room's choice). */
    optionId: z.string(),
    /** Facilitated sessions: how many people in the room chose each option (a show of hands), by option id. */
    tally: z.optional(z.record(z.string(), z.int().check(z.minimum(0), z.maximum(10000)))),
    /** Simulated minute of the choice. */
    minute: z.number().check(z.minimum(0)),
  }),
  z.strictObject({
    kind: z.literal('tulisan'),
    /** The step of the writing task. */
    stepId: z.string(),
    /** What the participant wrote. */
    text: z.string().check(z.maxLength(8000)),
    /** Simulated minute at which it was sent. */
    minute: z.number().check(z.minimum(0)),
  }),
]);

/** One play-through of a scenario, solo or led by a facilitator. */
export const simulationRunSchema = z.strictObject({
  /** The scenario's id (its file name). */
  scenarioId: z.string(),
  /** When the run started (ISO 8601). */
  startedAt: isoDateTime,
  /** When the story reached an end (ISO 8601). */
  endedAt: z.optional(isoDateTime),
  clock: clockSchema,
  /** The steps reached, in order; the last one is the current step. */
  visits: z.array(visitSchema).check(z.minLength(1)),
  /** The participant's decisions and texts, in order. */
  actions: z.array(runActionSchema),
  /** Facilitated sessions: the trainer has revealed the recommended options on the projected recap. */
  revealed: z.optional(z.boolean()),
  /** Who plays, as typed in the briefing (optional); printed on the report and put in the result file. */
  participant: z.optional(z.strictObject({ name: z.string().check(z.maxLength(120)), unit: z.string().check(z.maxLength(160)) })),
  /** A run without speed scoring, chosen in the briefing: timing is neither scored nor shown as a deadline. */
  untimed: z.optional(z.boolean()),
  /** The text being written for the current writing task, kept so a reload does not lose it. */
  draft: z.optional(z.string().check(z.maxLength(8000))),
});

/** Everything the simulation page keeps in this browser. Version 1. */
export const simulationStoreSchema = z.strictObject({
  /** The latest solo run per scenario id, running, paused or finished. */
  solo: z.record(z.string(), simulationRunSchema),
  /** The facilitator's run per scenario id (projector mode). */
  facilitator: z.record(z.string(), simulationRunSchema),
});

export type SimulationClock = z.output<typeof clockSchema>;
export type SimulationRun = z.output<typeof simulationRunSchema>;
export type RunAction = z.output<typeof runActionSchema>;
export type SimulationStore = z.output<typeof simulationStoreSchema>;
