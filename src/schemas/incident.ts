import { z } from './zod';
import { isoDateTime } from './iso-date';

/**
 * Incidents handled in the crisis room (/ruang-krisis/), stored under 'siaga-krisis:ruang-krisis'. Version 1.
 *
 * An incident is its log (kronologi): entries are only ever appended, never edited or removed; a correction is a new
 * entry pointing to the one it corrects. Each entry carries the SHA-256 of the entry before it and its own
 * (src/domain/incident/chain.ts), so an entry changed afterwards is found. Everything the room shows (facts, level,
 * who was told, statements, media questions, checklist ticks) is read back from the log (src/domain/incident/state.ts).
 * Only two things live outside the log: the list of people to tell (a working list copied from the plan or typed) and
 * the statement being typed (saved into the log as a version when the user says so).
 * Names and phone numbers of people are personal data.
 */
const text = (max: number) => z.string().check(z.maxLength(max));
const HEX_SHA256 = /^[0-9a-f]{64}$/;

/** What an entry records. The room writes each kind; 'catatan' is a free entry typed by the user. */
export const INCIDENT_ENTRY_KINDS = [
  'mulai',
  'catatan',
  'koreksi',
  'fakta',
  'status-fakta',
  'kabar-beredar',
  'tingkat',
  'jenis',
  'dihubungi',
  'pernyataan-versi',
  'pernyataan-disetujui',
  'pernyataan-terbit',
  'pertanyaan-media',
  'jawaban-media',
  'centang',
  'ditutup',
] as const;
export type IncidentEntryKind = (typeof INCIDENT_ENTRY_KINDS)[number];

export const incidentEntrySchema = z.object({
  /** Position in the log, 1 for the first entry. */
  seq: z.int().check(z.minimum(1), z.maximum(100_000)),
  /** When the entry was written (ISO 8601). */
  at: isoDateTime,
  kind: z.enum(INCIDENT_ENTRY_KINDS),
  /** The entry as a person reads it in the chronology. */
  text: text(4000),
  /** The entry this one is about (the fact confirmed, the statement approved, the entry corrected). */
  ref: z.optional(z.int().check(z.minimum(1), z.maximum(100_000))),
  /** Details for the room to read back (a level, a status, a deadline, a statement's text). */
  fields: z.record(z.string().check(z.regex(/^[a-zA-Z][a-zA-Z0-9]{0,30}$/)), text(8000)),
  /** SHA-256 of the entry before (hex); 64 zeros for the first. */
  prev: z.string().check(z.regex(HEX_SHA256)),
  /** SHA-256 of this entry's content and `prev` (hex). */
  hash: z.string().check(z.regex(HEX_SHA256)),
});

/** The parties the level model reports to, then the unit's own team and partners. */
export const PERSON_PARTIES = ['kepala-upt', 'kanwil', 'ditjenpas', 'tim', 'mitra'] as const;

export const incidentPersonSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(40)),
  /** Person or office to tell (personal data when a person). */
  name: text(160),
  /** Role or institution, e.g. "Kepala UPT", "Kanwil Ditjenpas (piket)". */
  role: text(160),
  /** Phone number (personal data). */
  phone: text(40),
  party: z.enum(PERSON_PARTIES),
  /** Typed in the room (not taken from the plan): offered to be saved to the plan. */
  typed: z.optional(z.boolean()),
});

export const incidentSchema = z.object({
  /** Unique id in this browser (kept in exported files). */
  id: z.string().check(z.minLength(1), z.maxLength(80)),
  /** A drill: shown and printed as LATIHAN everywhere, so it is never taken for a real incident. */
  drill: z.boolean(),
  /** When the incident was opened in the room. */
  createdAt: isoDateTime,
  /** Read-only copy opened from a sealed file: shown, printed, never written to. */
  readOnly: z.optional(z.boolean()),
  /** Who to tell, in the order shown. */
  people: z.array(incidentPersonSchema).check(z.maxLength(60)),
  /** The statement being written, not yet kept as a version. */
  draft: text(8000),
  /** The chronology, oldest first. */
  log: z.array(incidentEntrySchema).check(z.maxLength(5000)),
});

export const incidentsSchema = z.object({
  incidents: z.array(incidentSchema).check(z.maxLength(50)),
  /** Id of the incident open on the screen; empty when none. */
  openId: text(80),
});

export type IncidentEntry = z.output<typeof incidentEntrySchema>;
export type IncidentPerson = z.output<typeof incidentPersonSchema>;
export type PersonParty = IncidentPerson['party'];
export type Incident = z.output<typeof incidentSchema>;
export type Incidents = z.output<typeof incidentsSchema>;
