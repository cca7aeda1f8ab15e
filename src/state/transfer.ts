/**
 * Reading everything this browser holds, and writing an import back, for "Data saya": localStorage keys, and the large
 * documents kept as IndexedDB records (definitions with `records`, see record-document.ts).
 * An import is all or nothing: if any write fails, every key and every document's records are put back as they were.
 */
import type { AnyDocumentDefinition } from '@/domain/storage/document-definition';
import { isBackupKey, readEnvelope, writeEnvelope } from '@/domain/storage/envelope';
import type { ImportedDocument, StoredDocument } from '@/domain/transfer/export-file';
import { documentDefinitions } from './documents';
import { created } from './persistent-document';
import { ourKeys, readRaw, removeRaw, writeRaw } from './storage';
import type { StoredRecord } from './record-store';
import { BACKUP_SUFFIX } from '@/domain/storage/backup-suffix';

// IndexedDB's code loads only when a large document is read or written: most people's Data saya has none, which the
// browser's own list of databases tells without it.
const recordStore = () => import('./record-store');
async function recordsMayExist(): Promise<boolean> {
  try {
    const databases = await indexedDB.databases();
    return databases.some((db) => db.name === 'siaga-krisis');
  } catch {
    return typeof indexedDB !== 'undefined'; // a browser without databases(): look
  }
}

const inRecords = (definition: AnyDocumentDefinition) => definition.records !== undefined;

/** A large document read from its records (each validated; unreadable ones are left to the document's own page). */
async function readRecordDocument(
  definition: AnyDocumentDefinition,
): Promise<{ data: unknown; savedAt: string; bytes: number; records: StoredRecord[] } | null> {
  let records: StoredRecord[];
  try {
    if (!(await recordsMayExist())) return null;
    records = await (await recordStore()).readRecords(definition.key);
  } catch {
    return null;
  }
  if (records.length === 0) return null;
  const layout = await definition.records!();
  const valid = new Map<string, object>();
  let bytes = 0;
  let savedAt = '';
  for (const record of records) {
    bytes += JSON.stringify(record.data).length * 2;
    if (record.savedAt > savedAt) savedAt = record.savedAt;
    if (record.version !== definition.version) continue;
    const checked = layout.check(record.id, record.data);
    if (checked.ok) valid.set(record.id, checked.value);
  }
  return { data: layout.join(valid), savedAt, bytes, records };
}

/** A document's stored data wherever it is kept (records, or localStorage), validated; undefined when none. */
export async function storedData(definition: AnyDocumentDefinition): Promise<unknown> {
  const read = inRecords(definition) ? await readRecordDocument(definition) : null;
  if (read) return read.data;
  const result = readEnvelope(definition, readRaw(definition.key));
  return result.kind === 'ok' ? result.data : undefined;
}

/** The large documents on "Data saya" (read from IndexedDB, so they arrive after the others). */
export async function listRecordItems(definitions = documentDefinitions): Promise<SavedItem[]> {
  const items: SavedItem[] = [];
  for (const definition of definitions.filter(inRecords)) {
    const read = await readRecordDocument(definition);
    if (!read || definition.isEmpty(read.data)) continue;
    items.push({ definition, summary: definition.summarize(read.data), savedAt: read.savedAt, bytes: read.bytes, readable: true });
  }
  return items;
}

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
      items.push({
        definition,
        summary: result.kind === 'newer' ? 'Disimpan oleh versi yang lebih baru' : 'Tidak dapat dibaca',
        savedAt,
        bytes,
        readable: false,
      });
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

export async function collectStoredDocuments(definitions = documentDefinitions): Promise<StoredDocument[]> {
  const documents: StoredDocument[] = [];
  for (const definition of definitions) {
    const read = inRecords(definition) ? await readRecordDocument(definition) : null;
    if (read) {
      if (!definition.isEmpty(read.data))
        documents.push({ key: definition.key, version: definition.version, savedAt: read.savedAt, data: read.data });
      continue;
    }
    // A large document not yet moved from localStorage is read where it still is.
    const result = readEnvelope(definition, readRaw(definition.key));
    if (result.kind === 'ok' && !definition.isEmpty(result.data)) {
      documents.push({ key: definition.key, version: definition.version, savedAt: result.savedAt, data: result.data });
    }
  }
  return documents;
}

export type ImportMode = 'replace' | 'merge';

/** Writes an already validated import. Returns an Indonesian error message, or null on success. */
export async function applyImport(
  imported: readonly ImportedDocument[],
  mode: ImportMode,
  definitions = documentDefinitions,
): Promise<string | null> {
  const before = new Map(definitions.map((d) => [d.key, readRaw(d.key)]));
  const incoming = new Map(imported.map((doc) => [doc.key, doc]));
  const recordsBefore = new Map<string, StoredRecord[]>();
  const { deleteRecords, writeRecords } = await recordStore();
  try {
    // The large documents first: each is one IndexedDB transaction (all its records or none).
    for (const definition of definitions.filter(inRecords)) {
      const doc = incoming.get(definition.key);
      if (!doc && mode === 'merge') continue;
      const current = await readRecordDocument(definition);
      recordsBefore.set(definition.key, current?.records ?? []);
      if (!doc) {
        await deleteRecords(definition.key);
        continue;
      }
      const legacy = readEnvelope(definition, before.get(definition.key));
      const ours = current ? current.data : legacy.kind === 'ok' ? legacy.data : undefined;
      const data = mode === 'merge' && ours !== undefined && definition.merge ? definition.merge(ours, doc.data) : doc.data;
      const now = new Date().toISOString();
      const records = [...(await definition.records!()).split(data)].map(([id, value]) => ({
        doc: definition.key,
        id,
        version: definition.version,
        savedAt: now,
        data: value,
      }));
      await writeRecords(definition.key, records, [], true);
      // Its earlier localStorage value is now part of the records.
      if (legacy.kind === 'ok') removeRaw(definition.key);
    }
    for (const definition of definitions.filter((d) => !inRecords(d))) {
      const doc = incoming.get(definition.key);
      const current = readEnvelope(definition, before.get(definition.key));
      const rev = (current.kind === 'ok' ? current.rev : 0) + 1;
      if (!doc) {
        if (mode === 'replace') removeRaw(definition.key);
        continue;
      }
      const data = mode === 'merge' && current.kind === 'ok' && definition.merge ? definition.merge(current.data, doc.data) : doc.data;
      writeRaw(definition.key, writeEnvelope(definition, data, rev, new Date()));
    }
  } catch {
    for (const [key, records] of recordsBefore) {
      try {
        await writeRecords(key, records, [], true);
      } catch {
        // Putting back what was there needs no more room than it took; if even this fails there is nothing more to try.
      }
    }
    for (const [key, raw] of before) {
      try {
        if (raw === undefined) removeRaw(key);
        else writeRaw(key, raw);
      } catch {
        // Restoring the same bytes needs no new room; if even this fails there is nothing more to try.
      }
    }
    await reloadOpenDocuments();
    return 'Impor dibatalkan: penyimpanan peramban penuh atau menolak menulis. Data Anda tidak berubah.';
  }
  await reloadOpenDocuments();
  return null;
}

export async function deleteDocument(definition: AnyDocumentDefinition): Promise<void> {
  removeRaw(definition.key);
  if (inRecords(definition)) await (await recordStore()).deleteRecords(definition.key).catch(() => undefined);
  await reloadOpenDocuments();
}

export async function deleteEverything(definitions = documentDefinitions): Promise<void> {
  for (const key of ourKeys()) removeRaw(key);
  const { deleteRecords } = await recordStore();
  for (const definition of definitions.filter(inRecords)) {
    await deleteRecords(definition.key).catch(() => undefined);
    await deleteRecords(`${definition.key}${BACKUP_SUFFIX}`).catch(() => undefined);
  }
  await reloadOpenDocuments();
}

export function deleteBackup(key: string): void {
  if (isBackupKey(key)) removeRaw(key);
  else if (key.endsWith(BACKUP_SUFFIX)) void recordStore().then(({ deleteRecords }) => deleteRecords(key).catch(() => undefined));
}

/** Unreadable records kept aside by a large document, one item per document (downloaded as one JSON text). */
export async function listRecordBackups(definitions = documentDefinitions): Promise<BackupItem[]> {
  const items: BackupItem[] = [];
  for (const definition of definitions.filter(inRecords)) {
    const key = `${definition.key}${BACKUP_SUFFIX}`;
    const records = (await recordsMayExist()) ? await (await recordStore()).readRecords(key).catch(() => []) : [];
    if (records.length === 0) continue;
    const raw = JSON.stringify(records);
    items.push({ key, raw, bytes: raw.length * 2 });
  }
  return items;
}

async function reloadOpenDocuments(definitions = documentDefinitions): Promise<void> {
  for (const doc of created.values()) doc.reload();
  // Tabs that have a large document open read it again.
  const { announceReload } = await recordStore();
  for (const definition of definitions.filter(inRecords)) announceReload(definition.key);
}
