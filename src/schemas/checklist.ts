import { z } from './zod';

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

export type ChecklistItem = z.output<typeof checklistItemSchema>;
export type Checklist = z.output<typeof checklistSchema>;
