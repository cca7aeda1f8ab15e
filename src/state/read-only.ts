/**
 * Reading a stored document without opening it for editing: for pages that only show where work stands (the home
 * page's task list). Nothing is written, not even the backup of an unreadable value; the exercise's own page does that
 * when it opens the document, and tells the user.
 */
import type { DocumentDefinition } from '@/domain/storage/document-definition';
import { readEnvelope, type ReadResult } from '@/domain/storage/envelope';
// For its zod setting: no `new Function` probe under the site's Content-Security-Policy.
import './persistent-document';
import { readRaw } from './storage';

export function readStoredDocument<T>(definition: DocumentDefinition<T>): ReadResult<T> {
  return readEnvelope(definition, readRaw(definition.key));
}
