import * as z from 'zod/mini';

/** Ids of checklists and their items: lower-case letters, digits and hyphens (they become URLs and storage keys). */
const slug = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'gunakan huruf kecil, angka dan tanda hubung saja'));
const text = (max: number) => z.string().check(z.trim(), z.minLength(3), z.maxLength(max));

/** One thing to check: what to do, and in one short sentence why or how. */
export const checklistItemSchema = z.strictObject({
  /** Stable id within the checklist; ticks and notes are stored under it, so never reuse an id for another meaning. */
  id: slug,
  /** The action, in the imperative, short enough to read at a glance. */
  text: text(160),
  /** Why it matters or how to do it, in one or two short sentences. */
  explanation: text(260),
});

/** Items that belong together (e.g. "Verifikasi", "Lapor ke atas"). */
export const checklistGroupSchema = z.strictObject({
  /** Heading of the group. */
  title: text(80),
  /** The items, in the order they are done. */
  items: z.array(checklistItemSchema).check(z.minLength(1), z.maxLength(12)),
});

/** A printable checklist (one YAML file in src/content/checklists/; the file name is its id). */
export const checklistSchema = z
  .strictObject({
    /** Full title, printed at the top of the sheet. */
    title: text(90),
    /** Short name for the sidebar and the index. */
    shortTitle: text(50),
    /** Position on the index and in the printed booklet. */
    order: z.int().check(z.minimum(1)),
    /** What the checklist is for. */
    purpose: text(300),
    /** When to take it out. */
    whenToUse: text(300),
    /** Who fills it in. */
    whoUses: text(200),
    /** Ids of the modules (src/content/docs/modul/<id>.mdx) that teach what the checklist asks for. */
    relatedModules: z.array(slug).check(z.minLength(1)),
    /** The items, grouped. */
    groups: z.array(checklistGroupSchema).check(z.minLength(1), z.maxLength(6)),
  })
  .check(
    z.refine((checklist) => {
      const ids = checklist.groups.flatMap((group) => group.items.map((item) => item.id));
      return new Set(ids).size === ids.length;
    }, 'setiap butir harus memiliki id yang berbeda dalam satu daftar periksa'),
  );

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
  updatedAt: z.string(),
});

/** Every checklist's state, by checklist id. Version 1. */
export const checklistStateSchema = z.object({
  checklists: z.record(z.string(), checklistEntrySchema),
});

export type ChecklistItem = z.output<typeof checklistItemSchema>;
export type Checklist = z.output<typeof checklistSchema>;
export type ChecklistSession = z.output<typeof checklistSessionSchema>;
export type ChecklistEntry = z.output<typeof checklistEntrySchema>;
export type ChecklistState = z.output<typeof checklistStateSchema>;
