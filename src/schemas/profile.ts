import { z } from './zod';
import { UNIT_TYPE_CHOICES } from './unit-types';

/** Who is using this browser: printed on reports and checklists, prefilled into exercises. Version 1. */
export const profileSchema = z.object({
  /** Name of the unit, e.g. "Lapas Kelas IIA Telaga Bening". */
  unitName: z.string().check(z.maxLength(160)),
  /** Kind of unit. Empty until chosen. */
  unitType: z.enum(UNIT_TYPE_CHOICES),
  /** Name of the person filling in the exercises. */
  personName: z.string().check(z.maxLength(120)),
  /** That person's position, e.g. "Koordinator Humas". */
  position: z.string().check(z.maxLength(120)),
  /** The regional office (Kantor Wilayah) the unit belongs to, as typed, e.g. "Kanwil Telaga Bening"; absent on older profiles. */
  region: z.optional(z.string().check(z.maxLength(120))),
});

export type Profile = z.output<typeof profileSchema>;
