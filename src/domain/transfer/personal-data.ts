/**
 * Personal data in a full export: which stored documents hold it (by their definition's `personalData`),
 * and the documents with it removed when the user exports without it.
 */
import type { AnyDocumentDefinition } from '@/domain/storage/document-definition';
import type { StoredDocument } from './export-file';

const definitionOf = (doc: StoredDocument, definitions: readonly AnyDocumentDefinition[]) => definitions.find((d) => d.key === doc.key);

/** The definitions of the documents that hold personal data, in the order of `documents`. */
export function documentsWithPersonalData(documents: readonly StoredDocument[], definitions: readonly AnyDocumentDefinition[]): AnyDocumentDefinition[] {
  return documents.flatMap((doc) => {
    const definition = definitionOf(doc, definitions);
    return definition?.personalData?.has(doc.data) ? [definition] : [];
  });
}

/** The documents with personal data removed; documents without any are returned as they are. */
export function withoutPersonalDataInDocuments(documents: readonly StoredDocument[], definitions: readonly AnyDocumentDefinition[]): StoredDocument[] {
  return documents.map((doc) => {
    const personal = definitionOf(doc, definitions)?.personalData;
    return personal?.has(doc.data) ? { ...doc, data: personal.remove(doc.data) } : doc;
  });
}
