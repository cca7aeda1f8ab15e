/**
 * Reading everything this browser holds, and writing an import back, for "Data saya".
 * An import is all or nothing: if any write fails, every key is put back as it was.
 */
import type { AnyDocumentDefinition } from '@/domain/storage/document-definition';
import { isBackupKey, readEnvelope, writeEnvelope } from '@/domain/storage/envelope';
import type { ImportedDocument, StoredDocument } from '@/domain/transfer/export-file';
import { documentDefinitions } from './documents';
import { created } from './persistent-document';
import { ourKeys, readRaw, removeRaw, writeRaw } from './storage';

export interface SavedItem {
  definition: AnyDocumentDefinition;
  summary: string;
  savedAt: string | undefined;
  /** Bytes the stored text takes (UTF-16 in the browser's storage). */
  bytes: number;
  /** False when the value cannot be read by this version (it is then left untouched). */
  readable: boolean;
}

export function listSavedItems(definitions = documentDefinitions): SavedItem[] {
  const items: SavedItem[] = [];
  for (const definition of definitions) {
    const raw = readRaw(definition.key);
    if (raw === undefined) continue;
    const result = readEnvelope(definition, raw);
    const bytes = raw.length * 2;
    if (result.kind === 'ok') {
      if (definition.isEmpty(result.data)) continue;
      items.push({ definition, summary: definition.summarize(result.data), savedAt: result.savedAt, bytes, readable: true });
    } else if (result.kind !== 'empty') {
      const savedAt = result.kind === 'newer' ? result.savedAt : undefined;
      items.push({ definition, summary: result.kind === 'newer' ? 'Disimpan oleh versi yang lebih baru' : 'Tidak dapat dibaca', savedAt, bytes, readable: false });
    }
  }
  return items;
}

export interface BackupItem {
  key: string;
  bytes: number;
  raw: string;
}

export function listBackups(): BackupItem[] {
  return ourKeys()
    .filter(isBackupKey)
    .map((key) => {
      const raw = readRaw(key) ?? '';
      return { key, raw, bytes: raw.length * 2 };
    });
}

export function collectStoredDocuments(definitions = documentDefinitions): StoredDocument[] {
  const documents: StoredDocument[] = [];
  for (const definition of definitions) {
    const result = readEnvelope(definition, readRaw(definition.key));
    if (result.kind === 'ok' && !definition.isEmpty(result.data)) {
      documents.push({ key: definition.key, version: definition.version, savedAt: result.savedAt, data: result.data });
    }
  }
  return documents;
}

export type ImportMode = 'replace' | 'merge';

/** Writes an already validated import. Returns an Indonesian error message, or null on success. */
export function applyImport(imported: readonly ImportedDocument[], mode: ImportMode, definitions = documentDefinitions): string | null {
  const before = new Map(definitions.map((d) => [d.key, readRaw(d.key)]));
  const incoming = new Map(imported.map((doc) => [doc.key, doc]));
  try {
    for (const definition of definitions) {
      const doc = incoming.get(definition.key);
      const current = readEnvelope(definition, before.get(definition.key));
      const rev = (current.kind === 'ok' ? current.rev : 0) + 1;
      if (!doc) {
        if (mode === 'replace') removeRaw(definition.key);
        continue;
      }
      const data =
        mode === 'merge' && current.kind === 'ok' && definition.merge ? definition.merge(current.data, doc.data) : doc.data;
      writeRaw(definition.key, writeEnvelope(definition, data, rev, new Date()));
    }
  } catch {
    for (const [key, raw] of before) {
      try {
        if (raw === undefined) removeRaw(key);
        else writeRaw(key, raw);
      } catch {
        // Restoring the same bytes needs no new room; if even this fails there is nothing more to try.
      }
    }
    reloadOpenDocuments();
    return 'Impor dibatalkan: penyimpanan peramban penuh atau menolak menulis. Data Anda tidak berubah.';
  }
  reloadOpenDocuments();
  return null;
}

export function deleteDocument(definition: AnyDocumentDefinition): void {
  removeRaw(definition.key);
  reloadOpenDocuments();
}

export function deleteEverything(): void {
  for (const key of ourKeys()) removeRaw(key);
  reloadOpenDocuments();
}

export function deleteBackup(key: string): void {
  if (isBackupKey(key)) removeRaw(key);
}

function reloadOpenDocuments(): void {
  for (const doc of created.values()) doc.reload();
}
