// Build-time helpers for the template pages (they use astro:content: never imported by browser code).
import { getCollection } from 'astro:content';
import type { DocumentTemplate } from '@/schemas/document-template';
import type { UnitDetailKey } from '@/schemas/unit-details';
import { parsedOrThrow, type TemplateForBrowser } from '@/domain/templates/filled-documents';

export async function allTemplates(): Promise<{ id: string; data: DocumentTemplate }[]> {
  return (await getCollection('templates')).sort(
    (a, b) => (a.data.level ?? 99) - (b.data.level ?? 99) || a.data.title.localeCompare(b.data.title, 'id'),
  );
}

/** What the page's script needs, with the text already parsed (the build has checked it). */
export function templateForBrowser(id: string, template: DocumentTemplate): TemplateForBrowser {
  // A letter prints the unit's letterhead, so it always asks for the address and contacts; a signed one, the signer.
  const letterhead: UnitDetailKey[] = template.layout === 'surat' ? ['nama_unit', 'alamat_unit', 'telepon_unit', 'surel_unit'] : [];
  const signer: UnitDetailKey[] = template.signature ? [template.signature.nameField] : [];
  const unitDetails = [...new Set([...letterhead, ...template.unitDetails, ...signer])];
  return {
    id,
    title: template.title,
    layout: template.layout,
    ...(template.releaseKind ? { releaseKind: template.releaseKind } : {}),
    unitDetails,
    fields: template.fields.map(({ id: fieldId, label, type, required }) => ({ id: fieldId, label, type, required })),
    ...(template.signature ? { signature: template.signature } : {}),
    body: parsedOrThrow(template.body, `src/content/templates/${id}.yaml`),
    signatureRole: parsedOrThrow(template.signature?.role ?? '', `src/content/templates/${id}.yaml (signature.role)`),
  };
}
