import { z } from './zod';

import { releaseKindSchema } from './release-parts';
import { UNIT_DETAIL_KEYS } from './unit-details';

/**
 * A fill-in document (templat): a letter, statement, script or reply that a unit writes in a crisis. The text is in
 * the template language of src/domain/templates/template-language.ts. The loader
 * (src/content/loaders/templates.ts) checks the text against the fields and reports errors with the file and line. One YAML file per template in src/content/templates/.
 */
const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

export const TEMPLATE_FIELD_TYPES = ['teks', 'paragraf', 'tanggal', 'jam', 'pilihan', 'daftar'] as const;
export type TemplateFieldType = (typeof TEMPLATE_FIELD_TYPES)[number];

export const TEMPLATE_GROUPS = ['pernyataan', 'media', 'surat', 'naskah', 'media-sosial', 'internal'] as const;
export const TEMPLATE_GROUP_LABELS: Record<(typeof TEMPLATE_GROUPS)[number], string> = {
  pernyataan: 'Pernyataan dan siaran pers',
  media: 'Untuk media',
  surat: 'Surat',
  naskah: 'Naskah petugas',
  'media-sosial': 'Balasan media sosial',
  internal: 'Dokumen internal',
};

export const templateFieldSchema = z.strictObject({
  /** Name used in the text: {{id}}. Lower case, digits and underscores. */
  id: z.string().check(z.regex(/^[a-z][a-z0-9_]*$/), z.maxLength(40)),
  /** Label on the form. */
  label: text(120),
  type: z.enum(TEMPLATE_FIELD_TYPES),
  /** A hint under the label: what to write, what to leave out. */
  hint: z.optional(text(400)),
  /** The document is not ready while a required field is empty. */
  required: z._default(z.boolean(), false),
  /** Choices of a "pilihan" field. */
  options: z.optional(z.array(text(120)).check(z.minLength(2))),
  /** A fictional example value: shown as the field's placeholder and used by the content test that renders every template. */
  example: z.union([text(1200), z.array(text(400)).check(z.minLength(1))]),
  /** Longest value accepted (characters); lists: per entry. */
  maxLength: z._default(z.int().check(z.minimum(10), z.maximum(4000)), 600),
});
export type TemplateField = z.output<typeof templateFieldSchema>;

export const documentTemplateSchema = z
  .strictObject({
    /** Title in the library, e.g. "Surat permintaan hak jawab". */
    title: text(120),
    group: z.enum(TEMPLATE_GROUPS),
    /** What the document is for (one or two sentences). */
    purpose: text(400),
    /** When to use it. */
    whenToUse: text(600),
    /** Who signs or approves it before it goes out. */
    signedBy: text(200),
    /** The module section that teaches it. */
    teaches: z.strictObject({ label: text(120), href: z.string().check(z.regex(/^\/[a-z0-9\-/]*\/(#[a-z0-9-]+)?$/)) }),
    /** A level of the crisis-level model this document belongs to (holding statements), if any. */
    level: z.optional(z.int().check(z.minimum(1), z.maximum(9))),
    /** Letters print the unit's letterhead, a place and date line and a signature block. */
    layout: z.enum(['surat', 'pernyataan', 'naskah']),
    /** A statement or release: checked by the press-release checker (as this kind of text) before it is copied or printed. */
    releaseKind: z.optional(releaseKindSchema),
    /** Where the official format, if one exists, is to be had; every template says it is a training model. */
    officialFormat: text(400),
    /** Who signs, printed under the signature line: a role, with placeholders allowed (e.g. "Kepala {{nama_unit}}"). */
    signature: z.optional(z.strictObject({ role: text(200), nameField: z.enum(UNIT_DETAIL_KEYS) })),
    /** Unit details the document uses (filled once, remembered). */
    unitDetails: z.array(z.enum(UNIT_DETAIL_KEYS)),
    /** Fields the user fills for this document. */
    fields: z.array(templateFieldSchema),
    /** The document's text in the template language. */
    body: z.string().check(z.minLength(20), z.maxLength(20000)),
  })
  .check((ctx) => {
    const template = ctx.value;
    const ids = template.fields.map((f) => f.id);
    for (const id of ids.filter((id, i) => ids.indexOf(id) !== i)) {
      ctx.issues.push({ code: 'custom', input: id, path: ['fields'], message: `Isian "${id}" ditulis dua kali.` });
    }
    for (const field of template.fields) {
      if (field.type === 'pilihan' && !field.options) {
        ctx.issues.push({ code: 'custom', input: field.id, path: ['fields'], message: `Isian pilihan "${field.id}" tidak punya options.` });
      }
      if (field.type === 'pilihan' && field.options && !field.options.includes(String(field.example))) {
        ctx.issues.push({
          code: 'custom',
          input: field.id,
          path: ['fields'],
          message: `Contoh isian "${field.id}" bukan salah satu pilihannya.`,
        });
      }
      if ((field.type === 'daftar') !== Array.isArray(field.example)) {
        ctx.issues.push({
          code: 'custom',
          input: field.id,
          path: ['fields'],
          message: `Contoh isian "${field.id}" harus ${field.type === 'daftar' ? 'berupa daftar' : 'berupa teks'}.`,
        });
      }
    }
  });

export type DocumentTemplate = z.output<typeof documentTemplateSchema>;
