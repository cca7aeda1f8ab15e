/**
 * The kinds of unit the site knows, defined once: the profile, the plan, the mentoring package, the site
 * configuration and the scenarios all take their lists from here (the schemas build their enums from these
 * constants). Stored values are the short names; labels are for people.
 */

/** Correctional units (Unit Pelaksana Teknis Pemasyarakatan): where a scenario can happen. */
export const CORRECTIONAL_UNIT_TYPES = ['Lapas', 'Rutan', 'Bapas', 'LPKA'] as const;

/** Every kind of organisation that uses the site: the units, the regional office, and anything else. */
export const UNIT_TYPES = [...CORRECTIONAL_UNIT_TYPES, 'Kanwil', 'Lainnya'] as const;

/** Stored values of a form that may be left empty ("— pilih —"). */
export const UNIT_TYPE_CHOICES = ['', ...UNIT_TYPES] as const;

export type UnitType = (typeof UNIT_TYPES)[number];
export type CorrectionalUnitType = (typeof CORRECTIONAL_UNIT_TYPES)[number];

/** Full names, written out at first use. */
export const UNIT_TYPE_LABELS: Record<UnitType, string> = {
  Lapas: 'Lembaga Pemasyarakatan (Lapas)',
  Rutan: 'Rumah Tahanan Negara (Rutan)',
  Bapas: 'Balai Pemasyarakatan (Bapas)',
  LPKA: 'Lembaga Pembinaan Khusus Anak (LPKA)',
  Kanwil: 'Kantor Wilayah Direktorat Jenderal Pemasyarakatan (Kanwil Ditjenpas)',
  Lainnya: 'Lainnya',
};

/** A value read from an older file ("Kantor Wilayah" in site configurations before this list) as today's value. */
export function normalizeUnitType(value: string): string {
  return value.trim() === 'Kantor Wilayah' ? 'Kanwil' : value;
}
