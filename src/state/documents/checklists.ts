import type { DocumentDefinition } from '@/domain/storage/document-definition';
import { checklistStateSchema, type ChecklistState } from '@/schemas/checklist-state';
import { isStateEmpty, mergeChecklistStates, summarizeChecklists } from '@/domain/checklist/checklist-state';

/** Ticks, notes and session details of every checklist, by checklist id (see src/content/checklists/). */
export const checklistsDocument: DocumentDefinition<ChecklistState> = {
  key: 'siaga-krisis:daftar-periksa',
  label: 'Daftar periksa',
  page: { title: 'Daftar periksa', href: '/daftar-periksa/' },
  version: 1,
  schema: checklistStateSchema,
  migrations: {},
  initial: { checklists: {} },
  summarize: summarizeChecklists,
  isEmpty: isStateEmpty,
  merge: mergeChecklistStates,
};
