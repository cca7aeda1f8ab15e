import { z } from './zod';

/** The five dimensions every simulation task is scored on (kept apart so client code can use them without the scenario schema). */
export const DIMENSIONS = ['kecepatan', 'akurasi', 'empati', 'koordinasi', 'hukum'] as const;
export const dimensionSchema = z.enum(DIMENSIONS);
export type Dimension = z.output<typeof dimensionSchema>;
