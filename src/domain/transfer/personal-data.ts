/**
 * Personal data in a full export: which stored documents hold it (by domain/transfer/personal-rules.ts), and the
 * documents with it removed when the user exports without it. Names found in any document's name fields are searched
 * for in every document's text (a plan's officer quoted in a press release).
 */
import type { AnyDocumentDefinition } from '@/domain/storage/document-definition';
import type { StoredDocument } from './export-file';
import { allStrings, namesInText, textRedactor } from './redact';
import { PERSONAL_DATA_RULES } from './personal-rules';
import { PERSONAL_DATA_DESCRIPTION } from './personal-fields';

export { PERSONAL_DATA_DESCRIPTION };

/** Every person's name in the documents: their name fields, and names in recognisable forms in their text. */
export function namesInDocuments(documents: readonly StoredDocument[]): string[] {
  const names = new Set<string>();
  for (const doc of documents) {
    const rule = PERSONAL_DATA_RULES[doc.key];
    if (!rule) continue;
    for (const name of rule.names(doc.data)) if (name.trim()) names.add(name.trim());
    for (const text of allStrings(doc.data)) for (const name of namesInText(text)) names.add(name);
  }
  return [...names];
}

/** The documents with personal data removed; documents without any are returned as they are (the same object). */
export function withoutPersonalDataInDocuments(
  documents: readonly StoredDocument[],
  _definitions?: readonly AnyDocumentDefinition[],
): StoredDocument[] {
  const redact = textRedactor(namesInDocuments(documents));
  return documents.map((doc) => {
    const rule = PERSONAL_DATA_RULES[doc.key];
    if (!rule) return doc;
    const data = rule.remove(doc.data, redact);
    return JSON.stringify(data) === JSON.stringify(doc.data) ? doc : { ...doc, data };
  });
}

/** The definitions of the documents that hold personal data (what removing it would change), in the order of `documents`. */
export function documentsWithPersonalData(
  documents: readonly StoredDocument[],
  definitions: readonly AnyDocumentDefinition[],
): AnyDocumentDefinition[] {
  const stripped = withoutPersonalDataInDocuments(documents);
  return documents.flatMap((doc, i) => {
    const definition = definitions.find((d) => d.key === doc.key);
    return stripped[i] !== doc && definition ? [definition] : [];
  });
}
