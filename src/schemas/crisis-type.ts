import { z } from './zod';

import { CRISIS_GROUPS } from './crisis-groups';

/** One kind of crisis a correctional unit may face; an entry of the 'crisis-types' collection. */
export const crisisTypeSchema = z.strictObject({
  /** Stable id in kebab case, e.g. "pelarian"; stored risk ratings and plans refer to it. */
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id hanya boleh huruf kecil, angka dan tanda hubung')),
  /** Short name shown in lists and on the heat map, e.g. "Pelarian WBP". */
  name: z.string().check(z.trim(), z.minLength(3), z.maxLength(60)),
  /** One or two sentences saying what the crisis looks like in a unit. */
  description: z.string().check(z.trim(), z.minLength(20), z.maxLength(320)),
  /** What is threatened first: security, safety, integrity, information, outside the walls or capacity. */
  group: z.enum(CRISIS_GROUPS),
});

export type CrisisType = z.output<typeof crisisTypeSchema>;
