// Every stored document of the app. "Data saya", export and import know a document only if it is listed here.
import type { AnyDocumentDefinition } from '@/domain/storage/document-definition';
import { profileDocument } from './profile';
import { progressDocument } from './progress';
import { checklistsDocument } from './checklists';
import { pressReleaseDocument } from './press-release';

export const documentDefinitions: readonly AnyDocumentDefinition[] = [profileDocument, progressDocument, checklistsDocument, pressReleaseDocument];
