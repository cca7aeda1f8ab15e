import { z } from './zod';
import { isoDateTime } from './iso-date';
import { UNIT_TYPE_CHOICES } from './unit-types';
import { fingerprintSchema, publicKeySchema } from './key-fingerprint';

/**
 * Mentoring at national scale: a mentor's "Ringkasan wilayah" (the overview's rows and the region's averages, sealed
 * like a package and signed with the mentor's key: domain/mentoring/regional-summary.ts), and what the national view
 * keeps of the summaries it read and of the regions' keys (domain/mentoring/national.ts, national-keys.ts). No unit's
 * work travels: only the numbers and verdicts the overview shows.
 */
/** As many units as a mentor's overview holds (MAX_MENTORED_UNITS in mentoring.ts; not imported, so the national page does not load the package schemas). */
const MAX_SUMMARY_UNITS = 5000;
const text = (max: number) => z.string().check(z.maxLength(max));
const safeId = (max: number) => z.string().check(z.minLength(1), z.maxLength(max), z.regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/));
const percent = z.nullable(z.int().check(z.minimum(0), z.maximum(100)));
const reviewStateSchema = z.enum(['tidak-dikirim', 'belum', 'perlu-perbaikan', 'diterima', 'paket-lama']);

/** One unit of the region: its latest package's numbers, or none when it is on the region's list and sent nothing. */
export const summaryUnitSchema = z.object({
  /** Unit name as the unit (or the mentor's list) wrote it. */
  name: z.string().check(z.minLength(1), z.maxLength(160)),
  /** Kind of unit (empty when not known). */
  type: z.enum(UNIT_TYPE_CHOICES),
  /** The Kantor Wilayah its package names ('' when none). */
  region: text(120),
  /** When its latest package was made (ISO 8601); absent when the unit has not sent one. */
  packageCreatedAt: z.optional(isoDateTime),
  /** Overall readiness of its self-assessment (0–100), null when not sent. */
  overall: percent,
  /** Readiness per dimension, in the summary's dimension order; null when not assessed on it. */
  dimensions: z.array(percent).check(z.maxLength(30)),
  /** Plan completeness (0–100), null when no plan was sent. */
  plan: percent,
  /** Best press-release score (0–100), null when none was sent. */
  release: percent,
  /** The mentor's review state per deliverable. */
  statuses: z.object({ asesmen: reviewStateSchema, rencana: reviewStateSchema, 'siaran-pers': reviewStateSchema }),
});

/** The region's averages over the units that sent each part (a unit that sent no plan does not count as 0%). */
export const summaryAveragesSchema = z.object({
  overall: percent,
  dimensions: z.array(percent).check(z.maxLength(30)),
  plan: percent,
  release: percent,
});

/** The part of a regional summary file that is checksummed. */
export const regionalSummaryPayloadSchema = z.object({
  /** Unique id of this summary. */
  id: safeId(80),
  /** When the mentor wrote it (ISO 8601). */
  writtenAt: isoDateTime,
  /** The Kantor Wilayah the summary is for, as the mentor typed it. */
  region: z.string().check(z.minLength(1), z.maxLength(120)),
  /** The mentor's name or office (may be empty). */
  mentor: text(160),
  /** The self-assessment's dimensions, in the order the units' numbers follow. */
  dimensions: z.array(z.object({ id: safeId(80), name: text(160) })).check(z.maxLength(30)),
  /** Every unit: those that sent a package, then the region's list's units that did not. */
  units: z.array(summaryUnitSchema).check(z.maxLength(MAX_SUMMARY_UNITS)),
  averages: summaryAveragesSchema,
});

/** One summary as the national view keeps it. */
export const storedSummarySchema = z.object({
  summary: regionalSummaryPayloadSchema,
  /** When it was imported here (ISO 8601). */
  importedAt: isoDateTime,
  /** Fingerprint of the key that signed the file ('' when unsigned); absent on summaries kept before signing. */
  signedBy: z.optional(z.union([z.literal(''), fingerprintSchema])),
});

/** At most this many regions' keys are remembered (a removed region's key stays, so a forged file after it is still flagged). */
export const MAX_REGION_KEYS = 200;

/** A region's key, pinned on the first signed summary read from it (trust on first use: domain/mentoring/national-keys.ts). */
export const regionKeySchema = z.object({
  /** The region as that summary named it (matched ignoring case and punctuation). */
  region: z.string().check(z.minLength(1), z.maxLength(120)),
  /** The signer's public key, as in the file. */
  publicKey: publicKeySchema,
  /** Its fingerprint, to read aloud and compare with the region's mentor. */
  fingerprint: fingerprintSchema,
  /** When it was pinned (ISO 8601). */
  pinnedAt: isoDateTime,
});

/** Everything the national view keeps under 'siaga-krisis:rekap-nasional' (localStorage: see state/documents/national.ts). Version 1. */
export const nationalStoreSchema = z.object({
  /** The newest summary read per region, in the order first read. */
  regions: z.array(storedSummarySchema).check(z.maxLength(200)),
  /** Each region's pinned key; absent in documents from before signed summaries. */
  pins: z.optional(z.array(regionKeySchema).check(z.maxLength(MAX_REGION_KEYS))),
});

export type SummaryUnit = z.output<typeof summaryUnitSchema>;
export type SummaryAverages = z.output<typeof summaryAveragesSchema>;
export type RegionalSummaryPayload = z.output<typeof regionalSummaryPayloadSchema>;
export type StoredSummary = z.output<typeof storedSummarySchema>;
export type RegionKey = z.output<typeof regionKeySchema>;
export type NationalStore = z.output<typeof nationalStoreSchema>;
