import { z } from './zod';

import { isoDateTime } from './iso-date';
import { UNIT_DETAIL_KEYS } from './unit-details';

/**
 * The fill-in documents a unit has written (siaga-krisis:templat), and the unit details (kop surat) filled once for
 * all of them. Version 1. Unit details and filled values can hold officers' names and phone numbers (personal data).
 */
const text = (max: number) => z.string().check(z.maxLength(max));

/** Most documents kept; the oldest is never dropped silently: the page refuses a new one past this. */
export const MAX_FILLED_DOCUMENTS = 300;
export const MAX_LIST_ENTRIES = 40;

export const unitDetailsSchema = z.partialRecord(z.enum(UNIT_DETAIL_KEYS), text(300));
export type UnitDetails = z.output<typeof unitDetailsSchema>;

export const filledValueSchema = z.union([text(4000), z.array(text(400)).check(z.maxLength(MAX_LIST_ENTRIES))]);

export const filledDocumentSchema = z.strictObject({
  /** Random id of this filled document. */
  id: z.string().check(z.regex(/^[a-z0-9-]{6,40}$/)),
  /** The template it was written from (file name in src/content/templates/). */
  templateId: z.string().check(z.regex(/^[a-z0-9-]{1,60}$/)),
  /** The template's title when the document was created, so the list reads well even if the template goes away. */
  title: text(160),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  /** Values by field id. */
  values: z.record(z.string().check(z.regex(/^[a-z][a-z0-9_]{0,39}$/)), filledValueSchema),
});
export type FilledDocument = z.output<typeof filledDocumentSchema>;

export const filledDocumentsSchema = z.strictObject({
  unit: unitDetailsSchema,
  documents: z.array(filledDocumentSchema).check(z.maxLength(MAX_FILLED_DOCUMENTS)),
});
export type FilledDocuments = z.output<typeof filledDocumentsSchema>;
