/**
 * The stored document of filled-in templates as Data saya and the export see it: empty value, summary, merge, and
 * leaving personal data out. Kept apart from filled-documents.ts, which composes documents with the template
 * language, so that Data saya does not load the template language.
 */
import type { FilledDocuments, UnitDetails } from '../../schemas/filled-document';
import { MAX_FILLED_DOCUMENTS } from '../../schemas/filled-document';
import { PERSONAL_UNIT_DETAILS, type UnitDetailKey } from '../../schemas/unit-details';

export const EMPTY_DOCUMENTS: FilledDocuments = { unit: {}, documents: [] };

export function summarizeDocuments(data: FilledDocuments): string {
  const count = data.documents.length;
  return count === 0 ? (data.unit.nama_unit ? `Data kop surat ${data.unit.nama_unit}` : 'Data kop surat') : `${count} dokumen templat`;
}

export function isDocumentsEmpty(data: FilledDocuments): boolean {
  return data.documents.length === 0 && Object.values(data.unit).every((value) => !value?.trim());
}

/** Both sides' documents, once each (the more recently changed wins); unit details: the incoming value where it has one. */
export function mergeDocuments(current: FilledDocuments, incoming: FilledDocuments): FilledDocuments {
  const byId = new Map(current.documents.map((doc) => [doc.id, doc]));
  for (const doc of incoming.documents) {
    const ours = byId.get(doc.id);
    if (!ours || doc.updatedAt >= ours.updatedAt) byId.set(doc.id, doc);
  }
  const unit: UnitDetails = { ...current.unit };
  for (const [key, value] of Object.entries(incoming.unit) as [UnitDetailKey, string | undefined][]) if (value?.trim()) unit[key] = value;
  const documents = [...byId.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt)).slice(-MAX_FILLED_DOCUMENTS);
  return { unit, documents };
}

/**
 * Personal data: the names and phone numbers among the unit details. Filled values are free text and may name people
 * too; the export dialog says so (it cannot know which field holds a name).
 */
export function withoutPersonalUnitDetails(data: FilledDocuments): FilledDocuments {
  const unit = { ...data.unit };
  for (const key of PERSONAL_UNIT_DETAILS) delete unit[key];
  return { ...data, unit };
}
