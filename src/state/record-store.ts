/**
 * The one place that touches IndexedDB (through `idb`, a thin promise wrapper). One database, one object store for
 * every large document: a record is { doc, id, version, savedAt, data } under the key [doc, id], so a document's
 * records are one key range and another document moves here without a new store or a database upgrade.
 */
import { openDB, type IDBPDatabase } from 'idb';

export interface StoredRecord {
  /** The document's key, e.g. "siaga-krisis:pendampingan-rekap" (a backup: the key followed by "#cadangan"). */
  doc: string;
  id: string;
  /** The document's shape version when the record was written. */
  version: number;
  savedAt: string;
  data: unknown;
}

const DATABASE = 'siaga-krisis'; // transfer.ts looks for this name before loading this module
const STORE = 'records';

let database: Promise<IDBPDatabase> | undefined;

/** Why IndexedDB cannot be used, in Indonesian, for the storage notice. */
export class RecordStorageUnavailable extends Error {}

function open(): Promise<IDBPDatabase> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new RecordStorageUnavailable('peramban ini tidak menyediakan IndexedDB'));
  const opening = openDB(DATABASE, 1, {
    upgrade(db) {
      db.createObjectStore(STORE, { keyPath: ['doc', 'id'] });
    },
    // A newer version of the site opened in another tab wants to upgrade: step aside rather than block it.
    blocking() {
      void opening.then((db) => db.close());
      database = undefined;
    },
    terminated() {
      database = undefined;
    },
  });
  return opening;
}

export function recordDatabase(): Promise<IDBPDatabase> {
  database ??= open().catch((error: unknown) => {
    database = undefined;
    throw error instanceof RecordStorageUnavailable
      ? error
      : new RecordStorageUnavailable('peramban menolak membuka penyimpanan IndexedDB (mode penyamaran atau penyimpanan diblokir)');
  });
  return database;
}

/** Every record of a document: [doc] sorts before [doc, any string], and [doc, []] after it (arrays sort after strings). */
const documentRange = (doc: string) => IDBKeyRange.bound([doc], [doc, []]);

export async function readRecords(doc: string): Promise<StoredRecord[]> {
  const db = await recordDatabase();
  return (await db.getAll(STORE, documentRange(doc))) as StoredRecord[];
}

export async function readSomeRecords(doc: string, ids: readonly string[]): Promise<(StoredRecord | undefined)[]> {
  const db = await recordDatabase();
  const tx = db.transaction(STORE, 'readonly');
  return (await Promise.all(ids.map((id) => tx.store.get([doc, id])))) as (StoredRecord | undefined)[];
}

/**
 * Writes and deletes in one transaction: all of it is kept or none of it (a full storage rejects with
 * QuotaExceededError, which the caller tells the user about). `replace` first removes every record of the document.
 */
export async function writeRecords(
  doc: string,
  put: readonly StoredRecord[],
  remove: readonly string[] = [],
  replace = false,
): Promise<void> {
  const db = await recordDatabase();
  const tx = db.transaction(STORE, 'readwrite');
  const work: Promise<unknown>[] = [];
  try {
    if (replace) work.push(tx.store.delete(documentRange(doc)));
    for (const id of remove) work.push(tx.store.delete([doc, id]));
    for (const record of put) work.push(tx.store.put(record));
  } catch (error) {
    // A request refused at once (a value that cannot be stored): nothing of this transaction may be kept.
    tx.abort();
    await Promise.allSettled([...work, tx.done]);
    throw error;
  }
  work.push(tx.done);
  await Promise.all(work);
}

export async function deleteRecords(doc: string): Promise<void> {
  await writeRecords(doc, [], [], true);
}

/** Tells every tab that has the document open (recordDocument) to read it again: Data saya imported or deleted it. */
export function announceReload(key: string): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(key);
  channel.postMessage({ reload: true });
  channel.close();
}

/** For unit tests: forget the open database (after a fresh fake-indexeddb factory was installed). */
export function resetRecordDatabaseForTests(): void {
  database = undefined;
}
