import { z } from './zod';
import { UNIT_TYPES, normalizeUnitType } from './unit-types';

/** The host organisation that deploys this copy of the site; shown on the home page and on every printout. */
export const siteConfigSchema = z.strictObject({
  /** Full name of the host organisation, e.g. "Kantor Wilayah Direktorat Jenderal Pemasyarakatan ...". */
  organisationName: z.string().check(z.trim(), z.minLength(3), z.maxLength(160)),
  /** What kind of organisation it is: a regional office ("Kanwil") or one of the unit types (src/schemas/unit-types.ts). */
  organisationType: z.enum(UNIT_TYPES),
  /** Region (province) the organisation serves. */
  region: z.string().check(z.trim(), z.minLength(2), z.maxLength(80)),
  /** Postal address printed on checklists and reports; leave out to print none. */
  address: z.optional(z.string().check(z.trim(), z.minLength(5), z.maxLength(240))),
  /** Public contact printed on paper: a phone number and/or an e-mail address. */
  contact: z.strictObject({
    phone: z.optional(
      z
        .string()
        .check(z.regex(/^\+?[0-9 ()-]{6,20}$/, 'nomor telepon hanya boleh berisi angka, spasi, tanda kurung, tanda hubung dan + di depan')),
    ),
    email: z.optional(z.email('alamat surel tidak valid')),
  }),
  /** Public address of the deployed site (no trailing path), printed with each page's path; leave out when unknown. */
  siteUrl: z.optional(z.url({ protocol: /^https?$/, error: 'siteUrl harus berupa alamat http(s) lengkap' })),
  /**
   * The path the site is published under: '/' at the root of its own address, or e.g. '/siaga-krisis/' when a Kanwil
   * publishes it inside its website (https://kanwil.example.go.id/siaga-krisis/). Becomes Astro's `base`.
   */
  basePath: z._default(
    z
      .string()
      .check(
        z.regex(
          /^\/(?:[a-z0-9][a-z0-9._~-]*\/)*$/,
          "basePath harus diawali dan diakhiri garis miring, hanya huruf kecil, angka, titik, tanda hubung atau garis bawah, mis. '/' atau '/siaga-krisis/'",
        ),
      ),
    '/',
  ),
});

export type SiteConfig = z.output<typeof siteConfigSchema>;

/** Validates a configuration and returns it, or throws one readable error naming every wrong field. */
export function parseSiteConfig(input: unknown, source = 'src/site.config.ts'): SiteConfig {
  // Configurations written before the one unit-type list said "Kantor Wilayah"; they keep working.
  const type = (input as { organisationType?: unknown } | null)?.organisationType;
  const normalized = typeof type === 'string' ? { ...(input as object), organisationType: normalizeUnitType(type) } : input;
  const result = z.safeParse(siteConfigSchema, normalized);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  - ${issue.path.join('.') || '(akar)'}: ${issue.message}`);
  throw new Error(`Konfigurasi organisasi tidak valid di ${source}:\n${lines.join('\n')}`);
}
