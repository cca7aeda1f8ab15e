import { z } from './zod';
import { isoDateTime } from './iso-date';

/** A rating from 1 (lowest) to 5 (highest). */
export const ratingSchema = z.int().check(z.minimum(1), z.maximum(5));

/** What a unit noted for one crisis type. Ratings stay absent until the user chooses them. */
export const riskEntrySchema = z.object({
  /** How likely the crisis is in this unit, 1 (almost never) to 5 (almost certain). */
  likelihood: z.optional(ratingSchema),
  /** How bad it would be, 1 (small disturbance) to 5 (deaths, public danger or national attention). */
  impact: z.optional(ratingSchema),
  /** Controls already in place (procedures, equipment, agreements). */
  controls: z.string().check(z.maxLength(1000)),
  /** Who in the unit owns this risk (a position, not necessarily a name). */
  owner: z.string().check(z.maxLength(120)),
});

/** The unit's crisis-risk map. Version 1. */
export const riskMapSchema = z.object({
  /** One entry per crisis type id (see the 'crisis-types' collection); types not yet touched are absent. */
  entries: z.record(z.string(), riskEntrySchema),
  /** When the user last changed anything (ISO 8601); absent while the map is empty. */
  updatedAt: z.optional(isoDateTime),
});

export type RiskEntry = z.output<typeof riskEntrySchema>;
export type RiskMap = z.output<typeof riskMapSchema>;
