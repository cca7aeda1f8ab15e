import { z } from './zod';
import { DELIVERABLES, REVIEW_STATUSES } from './deliverables';
import { communicationPlanSchema } from './communication-plan';
import { releaseAttemptSchema } from './press-release-work';
import { dimensionScoreSchema } from './self-assessment';
import { profileSchema } from './profile';
import { isoDateTime } from './iso-date';
import { fingerprintSchema } from './key-fingerprint';

/**
 * Regional mentoring: what a unit sends its mentor (the package), what the mentor sends back (feedback),
 * and what the mentor keeps in the browser (received packages and feedback per unit).
 * Both files are "sealed": a SHA-256 checksum of the payload travels with it (see domain/mentoring/sealed-file.ts).
 */
const text = (max: number) => z.string().check(z.maxLength(max));
/** Ids that travel in files: a safe pattern, so an id can never be a name like "constructor" or "__proto__". */
const safeId = (max: number) => z.string().check(z.minLength(1), z.maxLength(max), z.regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/));

/** A bound far above the country's correctional units (about 700), so a damaged file cannot grow without end. */
export const MAX_MENTORED_UNITS = 5000;

/** How many sent packages a unit's browser remembers. */
export const MAX_SENT_RECORDED = 30;

/** The three deliverables a mentor follows for every unit, and a mentor's verdict on one (src/schemas/deliverables.ts). */
export { DELIVERABLES, REVIEW_STATUSES };

export const reviewStatusSchema = z.enum(REVIEW_STATUSES);

/** The unit that sent a package. */
export const packageUnitSchema = z.object({
  /** Unit name as the unit typed it, e.g. "Lapas Kelas IIA Telaga Bening". */
  name: z.string().check(z.minLength(1), z.maxLength(160)),
  /** Kind of unit (empty when not chosen). */
  type: profileSchema.shape.unitType,
  /** The unit's regional office (Kantor Wilayah), from its profile; absent on older packages and when not filled in. */
  region: z.optional(text(120)),
});

/** The latest completed self-assessment, as scored on the unit's side. */
export const packageAssessmentSchema = z.object({
  /** Questionnaire id, e.g. "kesiapan-krisis". */
  questionnaireId: safeId(80),
  /** When the assessment was completed (ISO 8601). */
  completedAt: isoDateTime,
  /** Score per dimension, in questionnaire order. */
  dimensions: z.array(dimensionScoreSchema).check(z.maxLength(30)),
  /** Overall score, 0–100. */
  overall: z.int().check(z.minimum(0), z.maximum(100)),
});

/** One rated crisis type of the unit's risk map, with the name it had when the package was made. */
export const packageRiskSchema = z.object({
  /** Crisis type id. */
  typeId: safeId(80),
  /** Crisis type name. */
  name: text(160),
  /** Likelihood 1–5. */
  likelihood: z.int().check(z.minimum(1), z.maximum(5)),
  /** Impact 1–5. */
  impact: z.int().check(z.minimum(1), z.maximum(5)),
  /** Likelihood × impact. */
  score: z.int().check(z.minimum(1), z.maximum(25)),
});

/** Completeness of one plan section, computed by the unit before any personal data was left out. */
export const sectionScoreSchema = z.object({
  /** Section id, e.g. "tim". */
  id: safeId(40),
  /** Section title. */
  title: text(120),
  /** Checks passed. */
  done: z.int().check(z.minimum(0), z.maximum(1000)),
  /** Checks in all. */
  total: z.int().check(z.minimum(0), z.maximum(1000)),
});

/** One plan, with its completeness. */
export const packagePlanSchema = z.object({
  /** The plan as the unit wrote it (names and phone numbers replaced when the unit left them out). */
  plan: communicationPlanSchema,
  /** Completeness per section, in section order. */
  sections: z.array(sectionScoreSchema).check(z.maxLength(20)),
  /** True when officers' names and phone numbers were left out. */
  personalDataRemoved: z.boolean(),
});

const count = z.int().check(z.minimum(0), z.maximum(1_000_000));

/** The issue register's and narrative record's numbers (never their entries); optional, so older packages still validate. */
export const packageMonitoringSchema = z.strictObject({
  /** The days counted back from when the package was made. */
  days: z.int().check(z.minimum(1), z.maximum(366)),
  /** Issues still baru, dipantau or ditangani. */
  openIssues: count,
  newIssues: count,
  escalations: count,
  /** Publications per aim of the grand strategy. */
  aims: z.strictObject({ pemahaman: count, keterlibatan: count, 'dukungan-kebijakan': count }),
});
export type PackageMonitoring = z.output<typeof packageMonitoringSchema>;

/** What a package holds: every part is optional except the list of releases, which may be empty. */
export const packageContentsSchema = z.object({
  /** Latest completed self-assessment. */
  assessment: z.optional(packageAssessmentSchema),
  /** Rated risks, highest first. */
  risks: z.optional(z.array(packageRiskSchema).check(z.maxLength(60))),
  /** One crisis communication plan. */
  plan: z.optional(packagePlanSchema),
  /** Issue register and narrative record numbers. */
  monitoring: z.optional(packageMonitoringSchema),
  /** Submitted press releases (drills or free mode), with their scores (lines per part: see domain/mentoring/release-lines.ts). */
  releases: z.array(releaseAttemptSchema).check(z.maxLength(20)),
});

/** The part of a package that is checksummed. */
export const packagePayloadSchema = z.object({
  /** Unique id of this package. */
  id: safeId(80),
  /** When the unit made it (ISO 8601); never later than when the mentor received it. */
  createdAt: isoDateTime,
  /** Who sent it. */
  unit: packageUnitSchema,
  /** What it holds. */
  contents: packageContentsSchema,
});

/** One deliverable's review. */
export const reviewSchema = z.object({
  /** The verdict. */
  status: reviewStatusSchema,
  /** The mentor's comment, in plain text. */
  comment: text(4000),
  /** When the mentor last changed it (ISO 8601); absent while untouched. */
  updatedAt: z.optional(isoDateTime),
  /** Id of the package the verdict was given on; a verdict on an older package is stale (see domain/mentoring/review-state.ts). */
  packageId: z.optional(text(80)),
});

/** The mentor's review of one unit: one per deliverable. */
export const reviewsSchema = z.object({
  /** Self-assessment and risk map. */
  asesmen: reviewSchema,
  /** Crisis communication plan. */
  rencana: reviewSchema,
  /** Press releases. */
  'siaran-pers': reviewSchema,
});

/** The part of a feedback file that is checksummed. */
export const feedbackPayloadSchema = z.object({
  /** The unit the feedback is for. */
  unit: packageUnitSchema,
  /** Id of the package the mentor read. */
  packageId: safeId(80),
  /** When that package was made (ISO 8601). */
  packageCreatedAt: isoDateTime,
  /** When the mentor wrote this file (ISO 8601). */
  writtenAt: isoDateTime,
  /** Mentor's name or office, as typed (may be empty). */
  mentor: text(160),
  /** One short line per deliverable: what the mentor looked at, e.g. "Rencana “2026”, kelengkapan 45%". */
  reviewed: z.object({ asesmen: text(300), rencana: text(300), 'siaran-pers': text(300) }),
  /** The reviews. */
  reviews: reviewsSchema,
});

/** What the mentor keeps about one unit. */
export const mentoredUnitSchema = z.object({
  /** Normalised unit name (see unitKey): packages with the same key belong to the same unit. */
  key: text(160),
  /** The newest package received. */
  current: packagePayloadSchema,
  /** When the newest package was imported (ISO 8601). */
  receivedAt: isoDateTime,
  /** Older packages, newest first. */
  history: z.array(z.object({ payload: packagePayloadSchema, receivedAt: isoDateTime })).check(z.maxLength(10)),
  /** The mentor's reviews. */
  reviews: reviewsSchema,
});

/** Everything the mentor keeps under 'siaga-krisis:pendampingan-rekap'. Version 1. */
export const mentorStoreSchema = z.object({
  /** The mentor's name or office, printed on feedback files. */
  mentor: text(160),
  /** The region's units as the mentor typed or pasted them, one per line. */
  regionUnits: text(20000),
  /** The regional office (Kantor Wilayah) the mentor works for, named on the regional summary; absent on older stores. */
  region: z.optional(text(120)),
  /** Units that sent at least one package (no cap: a national mentor may hold every unit of the country). */
  units: z.array(mentoredUnitSchema).check(z.maxLength(MAX_MENTORED_UNITS)),
});

/**
 * The mentor document in IndexedDB (domain/mentoring/mentor-records.ts): one record for the mentor and the region's
 * list, one per unit (its reviews and which package is current) and one per package.
 */
export const mentorRegionRecordSchema = z.object({
  mentor: mentorStoreSchema.shape.mentor,
  regionUnits: mentorStoreSchema.shape.regionUnits,
  region: mentorStoreSchema.shape.region,
});
export const mentorUnitRecordSchema = z.object({ key: text(160), current: text(80), reviews: reviewsSchema });
export const mentorPackageRecordSchema = z.object({ unit: text(160), payload: packagePayloadSchema, receivedAt: isoDateTime });

/** Feedback a unit received, under 'siaga-krisis:umpan-balik-pendamping'. Version 1. */
export const receivedFeedbackSchema = z.object({
  /** Feedback files read, newest first. */
  /** `signedBy`: fingerprint of the mentor key that signed it, "" when unsigned (absent on files read before signing). */
  items: z
    .array(
      z.object({
        payload: feedbackPayloadSchema,
        importedAt: isoDateTime,
        signedBy: z.optional(z.union([z.literal(''), fingerprintSchema])),
      }),
    )
    .check(z.maxLength(20)),
  /** Packages this browser wrote, newest first: feedback is checked against them (absent before they were recorded). */
  sent: z.optional(
    z.array(z.object({ id: safeId(80), createdAt: isoDateTime, unitName: text(160) })).check(z.maxLength(MAX_SENT_RECORDED)),
  ),
});

export type Deliverable = (typeof DELIVERABLES)[number];
export type ReviewStatus = z.output<typeof reviewStatusSchema>;
export type PackageUnit = z.output<typeof packageUnitSchema>;
export type PackageAssessment = z.output<typeof packageAssessmentSchema>;
export type PackageRisk = z.output<typeof packageRiskSchema>;
export type SectionScore = z.output<typeof sectionScoreSchema>;
export type PackagePlan = z.output<typeof packagePlanSchema>;
export type PackageContents = z.output<typeof packageContentsSchema>;
export type PackagePayload = z.output<typeof packagePayloadSchema>;
export type Review = z.output<typeof reviewSchema>;
export type Reviews = z.output<typeof reviewsSchema>;
export type FeedbackPayload = z.output<typeof feedbackPayloadSchema>;
export type MentoredUnit = z.output<typeof mentoredUnitSchema>;
export type MentorStore = z.output<typeof mentorStoreSchema>;
export type ReceivedFeedback = z.output<typeof receivedFeedbackSchema>;
export type MentorRegionRecord = z.output<typeof mentorRegionRecordSchema>;
export type MentorUnitRecord = z.output<typeof mentorUnitRecordSchema>;
export type MentorPackageRecord = z.output<typeof mentorPackageRecordSchema>;
