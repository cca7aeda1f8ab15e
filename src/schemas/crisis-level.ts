import { z } from './zod';

/**
 * One level of the site's crisis-level model (a training model, not an official rule): an entry of the
 * 'crisis-levels' collection (src/content/crisis-levels/tingkat-krisis.yaml). The modules' level table, the triage,
 * the plan template's escalation section and the content tests all read these four entries; nothing else defines
 * a level. Deadlines are minutes after the unit first learns of the event (see src/domain/crisis-model/levels.ts).
 */

/** Who is told, in the order a report travels up. */
export const REPORT_PARTIES = ['kepala-upt', 'kanwil', 'ditjenpas'] as const;
export type ReportParty = (typeof REPORT_PARTIES)[number];

const text = z.string().check(z.trim(), z.minLength(3), z.maxLength(400));
const minutes = z.int().check(z.minimum(1), z.maximum(24 * 60));

export const reportStepSchema = z.strictObject({
  /** Who is told. */
  party: z.enum(REPORT_PARTIES),
  /** Who tells them, e.g. "Kepala UPT". */
  by: text,
  /** Minutes after the first report within which they are told; absent: in the routine daily report. */
  withinMinutes: z.optional(minutes),
  /** A condition or detail, e.g. "sebelum pernyataan resmi". */
  note: z.optional(text),
});

export const crisisLevelSchema = z.strictObject({
  /** Stable id, "tingkat-1" … "tingkat-4" (stored triage records keep only the number). */
  id: z.string().check(z.regex(/^tingkat-[1-9]$/, 'id ditulis tingkat-N')),
  /** The level's number, 1 = lowest. */
  level: z.int().check(z.minimum(1), z.maximum(9)),
  /** One-word name, e.g. "Siaga". */
  name: z.string().check(z.trim(), z.minLength(3), z.maxLength(20)),
  /** What kind of situation it is, e.g. "krisis unit". */
  kind: z.string().check(z.trim(), z.minLength(3), z.maxLength(60)),
  /** What puts an event at this level. */
  criteria: text,
  /** Short examples that sit at this level (fictional, no names). */
  examples: z.array(text).check(z.minLength(1), z.maxLength(4)),
  /** Who leads the communication. */
  lead: text,
  /** Who may give the holding statement and who answers the media after it. */
  speaks: text,
  /** Who is told and how fast, lowest party first. */
  reports: z.array(reportStepSchema).check(z.minLength(1)),
  /** Minutes by which the holding statement is approved and ready; absent when none is needed. */
  holdingStatementWithinMinutes: z.optional(minutes),
  /** What happens with the holding statement at this level. */
  holdingStatement: text,
  /** Minutes between updates once a statement is out; absent: when there is news. */
  nextUpdateWithinMinutes: z.optional(minutes),
  /** The first actions, in order. */
  firstActions: z.array(text).check(z.minLength(2), z.maxLength(8)),
});

export type CrisisLevelEntry = z.output<typeof crisisLevelSchema>;
export type ReportStep = z.output<typeof reportStepSchema>;
