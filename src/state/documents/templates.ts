import type { DocumentDefinition } from '@/domain/storage/document-definition';
import { filledDocumentsSchema, type FilledDocuments } from '@/schemas/filled-document';
import {
  EMPTY_DOCUMENTS,
  hasPersonalUnitDetails,
  isDocumentsEmpty,
  mergeDocuments,
  summarizeDocuments,
  withoutPersonalUnitDetails,
} from '@/domain/templates/filled-documents';

/**
 * Documents filled in from the template library (/templat/) and the unit details for their letterhead, under
 * "siaga-krisis:templat". Stale when: a template is removed from the site (its documents stay, with the title they had,
 * and open read-only from Data saya's export).
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
  personalData: {
    description: 'nama dan nomor telepon Kepala UPT, juru bicara dan humas di data kop surat (isian dokumen yang Anda tulis sendiri tetap ikut)',
    has: hasPersonalUnitDetails,
    remove: withoutPersonalUnitDetails,
  },
};
