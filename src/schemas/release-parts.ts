import { z } from './zod';

// What a drill and the user's own work share: the kinds of text and the seven parts. Kept apart from the drill's
// schema (press-release-drill.ts) so that the browser, which stores work but never reads drill files, does not
// build the drill schema every time a drill page opens.

/** The kinds of text a crisis asks for, in the order they usually come. */
export const RELEASE_KINDS = ['pernyataan-awal', 'siaran-pertama', 'pemutakhiran', 'klarifikasi-hoaks', 'siaran-penutup'] as const;
export const releaseKindSchema = z.enum(RELEASE_KINDS);
export type ReleaseKind = z.output<typeof releaseKindSchema>;

export const RELEASE_KIND_LABELS: Record<ReleaseKind, string> = {
  'pernyataan-awal': 'Pernyataan awal',
  'siaran-pertama': 'Siaran pers pertama',
  pemutakhiran: 'Pemutakhiran',
  'klarifikasi-hoaks': 'Klarifikasi hoaks',
  'siaran-penutup': 'Siaran pers penutup',
};

/** The seven labelled parts of a release (empty text for a part the kind does not need). */
export const releasePartsSchema = z.object({
  /** Judul. */
  headline: z.string().check(z.maxLength(400)),
  /** Baris tempat dan tanggal, e.g. "Telaga Bening, 12 Maret 2026". */
  dateline: z.string().check(z.maxLength(200)),
  /** Teras: the first paragraph, answering 5W1H. */
  lead: z.string().check(z.maxLength(4000)),
  /** Tubuh: the following paragraphs, one per line. */
  body: z.string().check(z.maxLength(60000)),
  /** Kutipan with its named speaker and attribution verb. */
  quote: z.string().check(z.maxLength(4000)),
  /** Profil singkat of the unit. */
  boilerplate: z.string().check(z.maxLength(4000)),
  /** Narahubung, then the end mark. */
  contact: z.string().check(z.maxLength(2000)),
});

export type ReleasePartsData = z.output<typeof releasePartsSchema>;
