import type { DocumentDefinition } from '@/domain/storage/document-definition';
import { filledDocumentsSchema, type FilledDocuments } from '@/schemas/filled-document';
import { EMPTY_DOCUMENTS, isDocumentsEmpty, mergeDocuments, summarizeDocuments } from '@/domain/templates/stored-documents';

/**
 * Documents filled in from the template library (/templat/) and the unit details for their letterhead, under
 * "siaga-krisis:templat". Stale when: a template is removed from the site (its documents stay, with the title they had,
 * in Data saya and its export). Its personal data (names and numbers in the letterhead details) is left
 * out on request by the rule in src/domain/transfer/personal-rules.ts.
 */
export const templatesDocument: DocumentDefinition<FilledDocuments> = {
  key: 'siaga-krisis:templat',
  label: 'Dokumen dari templat',
  page: { title: 'Templat dokumen', href: '/templat/' },
  version: 1,
  schema: filledDocumentsSchema,
  migrations: {},
  initial: EMPTY_DOCUMENTS,
  summarize: summarizeDocuments,
  isEmpty: isDocumentsEmpty,
  merge: mergeDocuments,
};
