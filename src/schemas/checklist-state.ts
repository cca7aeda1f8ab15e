import { z } from './zod';
import { isoDateTime } from './iso-date';

// What a user did with the checklists on screen (stored in the browser). The checklists themselves: ./checklist.ts.

/** Optional details of one use of a checklist, written at the top of the sheet. */
export const checklistSessionSchema = z.object({
  /** Date the checklist was filled in (YYYY-MM-DD from the date field), or empty. */
  date: z.string().check(z.maxLength(10)),
  /** Which incident or occasion, in the user's words. */
  incident: z.string().check(z.maxLength(160)),
  /** Who filled it in. */
  filledBy: z.string().check(z.maxLength(120)),
});

/** What a user did with one checklist on screen. */
export const checklistEntrySchema = z.object({
  /** Ids of the ticked items. */
  checked: z.array(z.string().check(z.maxLength(80))),
  /** A note per item id (empty notes are not kept). */
  notes: z.record(z.string(), z.string().check(z.maxLength(500))),
  session: checklistSessionSchema,
  /** When the user last changed this checklist (ISO 8601). */
  updatedAt: isoDateTime,
});

/** Every checklist's state, by checklist id. Version 1. */
export const checklistStateSchema = z.object({
  checklists: z.record(z.string(), checklistEntrySchema),
});

export type ChecklistSession = z.output<typeof checklistSessionSchema>;
export type ChecklistEntry = z.output<typeof checklistEntrySchema>;
export type ChecklistState = z.output<typeof checklistStateSchema>;
