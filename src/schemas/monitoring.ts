import { z } from './zod';
import { isoDateTime } from './iso-date';

/** Where an issue was seen (module Pencegahan Isu, "Sumber yang dipantau"). */
export const ISSUE_MEDIA = [
  'berita-daring',
  'tv-radio',
  'media-sosial',
  'grup-whatsapp',
  'pengaduan-keluarga',
  'dprd',
  'lsm',
  'laporan-petugas',
  'lainnya',
] as const;
export const ISSUE_MEDIUM_NAMES: Record<(typeof ISSUE_MEDIA)[number], string> = {
  'berita-daring': 'Berita daring',
  'tv-radio': 'Televisi atau radio',
  'media-sosial': 'Media sosial',
  'grup-whatsapp': 'Grup WhatsApp',
  'pengaduan-keluarga': 'Pengaduan keluarga',
  dprd: 'Dewan Perwakilan Rakyat Daerah (DPRD)',
  lsm: 'Lembaga swadaya masyarakat',
  'laporan-petugas': 'Laporan petugas',
  lainnya: 'Lainnya',
};

export const SENTIMENTS = ['negatif', 'netral', 'positif'] as const;
/** Reach as a simple scale: rendah (a few people), sedang (spreading locally), tinggi (viral or picked up by media). */
export const REACHES = ['rendah', 'sedang', 'tinggi'] as const;
export const ISSUE_STATUSES = ['baru', 'dipantau', 'ditangani', 'selesai', 'dieskalasi'] as const;

const rating = z.int().check(z.minimum(1), z.maximum(5));
const text = (max: number) => z.string().check(z.maxLength(max));

/** One finding of the morning sweep: the module's eight columns plus what the early warning needs. */
export const issueEntrySchema = z.strictObject({
  /** Stable id ("i-…"). */
  id: z.string().check(z.regex(/^[a-z0-9-]{1,40}$/)),
  /** Running number shown as "No." (the module's first column). */
  number: z.int().check(z.minimum(1), z.maximum(999_999)),
  /** When it was seen. */
  seenAt: isoDateTime,
  /** Where it was seen. */
  medium: z.enum(ISSUE_MEDIA),
  /** The source's name (account, outlet, group) as text; may name a person. */
  sourceName: text(200),
  /** The source's address as text; the site never opens or fetches it. */
  sourceAddress: text(500),
  /** One sentence, no conclusions. */
  summary: z.string().check(z.trim(), z.minLength(1), z.maxLength(1000)),
  sentiment: z.enum(SENTIMENTS),
  reach: z.enum(REACHES),
  /** Crisis type id from the one list, or '' when none fits yet. */
  crisisTypeId: text(60),
  /** Level 1–4 of the level model, when judged. */
  level: z.optional(z.int().check(z.minimum(1), z.maximum(4))),
  /** Likelihood and impact on the risk map's 1–5 scale, when judged. */
  likelihood: z.optional(rating),
  impact: z.optional(rating),
  /** Verified facts only (the module's column); each line becomes an unconfirmed fact in the crisis room. */
  facts: text(2000),
  /** One person or position responsible; may be a name. */
  owner: text(120),
  /** Action and deadline: what, by whom, until when. */
  action: text(1000),
  status: z.enum(ISSUE_STATUSES),
  /** When to look at it again. */
  checkAgainAt: z.optional(isoDateTime),
  /** The topic this entry belongs to: the id of the topic's first entry (its own id when it starts a topic). */
  topicId: z.string().check(z.regex(/^[a-z0-9-]{1,40}$/)),
  /** When it was escalated to the crisis room or the triage. */
  escalatedAt: z.optional(isoDateTime),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});

export type IssueEntry = z.output<typeof issueEntrySchema>;
export type IssueStatus = IssueEntry['status'];
export type Sentiment = IssueEntry['sentiment'];
export type Reach = IssueEntry['reach'];
export type IssueMedium = IssueEntry['medium'];

/** The unit's issue register. Version 1. */
export const issueRegisterSchema = z.strictObject({
  entries: z.array(issueEntrySchema).check(z.maxLength(5000)),
});
export type IssueRegister = z.output<typeof issueRegisterSchema>;

/** The grand strategy's three aims (module Grand Strategi, "Tiga tujuan"). */
export const AIMS = ['pemahaman', 'keterlibatan', 'dukungan-kebijakan'] as const;
export const AIM_NAMES: Record<(typeof AIMS)[number], string> = {
  pemahaman: 'Memperkuat pemahaman publik',
  keterlibatan: 'Membangun minat dan keterlibatan publik',
  'dukungan-kebijakan': 'Mendorong dukungan pembuat kebijakan',
};
export type Aim = (typeof AIMS)[number];

export const CHANNELS = [
  'instagram',
  'facebook',
  'tiktok',
  'youtube',
  'x',
  'situs-web',
  'siaran-pers',
  'media-massa',
  'tatap-muka',
  'lainnya',
] as const;
export const CHANNEL_NAMES: Record<(typeof CHANNELS)[number], string> = {
  instagram: 'Instagram',
  facebook: 'Facebook',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  x: 'X',
  'situs-web': 'Situs web unit',
  'siaran-pers': 'Siaran pers',
  'media-massa': 'Wawancara atau liputan media',
  'tatap-muka': 'Tatap muka atau paparan',
  lainnya: 'Lainnya',
};

export const AUDIENCES = ['masyarakat', 'keluarga', 'korban', 'media', 'pemda-dprd', 'penegak-hukum', 'lsm'] as const;
export const AUDIENCE_NAMES: Record<(typeof AUDIENCES)[number], string> = {
  masyarakat: 'Masyarakat umum',
  keluarga: 'Keluarga narapidana dan tahanan',
  korban: 'Korban',
  media: 'Media',
  'pemda-dprd': 'Pemerintah daerah dan Dewan Perwakilan Rakyat Daerah (DPRD)',
  'penegak-hukum': 'Mitra penegak hukum',
  lsm: 'Lembaga swadaya masyarakat',
};

const count = z.optional(z.int().check(z.minimum(0), z.maximum(1_000_000_000)));

/** One thing the unit published between crises, with the numbers read off the platform by hand. */
export const narrativeEntrySchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9-]{1,40}$/)),
  /** When it was published. */
  publishedAt: isoDateTime,
  channel: z.enum(CHANNELS),
  audience: z.enum(AUDIENCES),
  aim: z.enum(AIMS),
  /** What was published, in a few words. */
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(300)),
  views: count,
  reactions: count,
  shares: count,
  /** How many media outlets carried it or quoted the unit. */
  mediaPickups: count,
  createdAt: isoDateTime,
});
export type NarrativeEntry = z.output<typeof narrativeEntrySchema>;

/** The unit's narrative record. Version 1. */
export const narrativeRecordSchema = z.strictObject({
  entries: z.array(narrativeEntrySchema).check(z.maxLength(5000)),
});
export type NarrativeRecord = z.output<typeof narrativeRecordSchema>;
