/**
 * recordDocument(definition): a large document kept in IndexedDB, one record per entry (definition.records), with the
 * promises persistentDocument keeps for localStorage:
 * - every record read is validated; records from an older version are joined, migrated as one document by the
 *   definition's migrations, validated whole and written back; a record from a newer version leaves the document
 *   untouched and the page works in memory;
 * - an unreadable record is copied to "<key>#cadangan" (with the time) in the same transaction that removes it, the user
 *   is told and can download it; the rest of the document loads;
 * - IndexedDB unavailable (blocked, private mode): the page works in memory and says so;
 * - storage full: the transaction writes nothing, the work stays on screen, the user is told; save() answers false, so
 *   a caller (the package import) knows exactly what was kept;
 * - a save validates and writes only the records that changed (a review keystroke writes one record);
 * - other tabs hear which records changed (BroadcastChannel) and read just those;
 * - a value left in localStorage by an earlier version is moved on first load (merged with records already here, when
 *   the definition can merge), and removed from localStorage only after the records are written.
 */
import { atom } from 'nanostores';
import type { DocumentDefinition } from '@/domain/storage/document-definition';
import type { RecordLayout } from '@/domain/storage/record-layout';
import { BACKUP_SUFFIX } from '@/domain/storage/backup-suffix';
import { backupKey, readEnvelope, upgradeData } from '@/domain/storage/envelope';
import { $openDocuments, created, type DocumentStatus, type PersistentDocument } from './persistent-document';
import { isQuotaError, readRaw, removeRaw, writeRaw } from './storage';
import type { StoredRecord } from './record-store';

// The IndexedDB driver (idb) and the document's layout load with the first read, which is asynchronous anyway: the
// page's first task does not carry them.
const driver = () => import('./record-store');
const readRecords = async (doc: string) => (await driver()).readRecords(doc);
const readSomeRecords = async (doc: string, ids: readonly string[]) => (await driver()).readSomeRecords(doc, ids);
const writeRecords = async (...args: Parameters<Awaited<ReturnType<typeof driver>>['writeRecords']>) =>
  (await driver()).writeRecords(...args);

export interface RecordDocument<T> extends PersistentDocument<T> {
  /** Settles when the stored records have been read (the page keeps its controls off until then). */
  readonly ready: Promise<void>;
  /** Saves and answers whether the change is now in storage (false: refused, full or unavailable; the user is told). */
  save(data: T): Promise<boolean>;
}

type Change = { put: string[]; remove: string[] } | { reload: true }; // also sent by announceReload (record-store.ts)

const FULL = 'Penyimpanan peramban penuh. Perubahan terakhir masih ada di layar tetapi belum tersimpan.';

export function recordDocument<T>(definition: DocumentDefinition<T> & Required<Pick<DocumentDefinition<T>, 'records'>>): RecordDocument<T> {
  const existing = created.get(definition.key);
  if (existing) return existing as RecordDocument<T>;
  /** Set by load(), before anything else reads it (every other path awaits `ready`). */
  let layout!: RecordLayout<T>;
  const $data = atom<T>(definition.initial);
  const $status = atom<DocumentStatus>({ state: 'saved' });
  /** What storage holds, as this page last read or wrote it. */
  let stored = new Map<string, object>();
  let writable = true;
  /** The newest value waiting to be written, and the write in progress: saves made while one runs are written together. */
  let waiting: T | undefined;
  let writing: Promise<boolean> | undefined;
  const channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(definition.key);

  const toRecord = (id: string, data: unknown, now: string): StoredRecord => ({
    doc: definition.key,
    id,
    version: definition.version,
    savedAt: now,
    data,
  });
  const unavailable = (error: unknown) => {
    writable = false;
    $status.set({ state: 'memory-only', reason: error instanceof Error ? error.message : String(error) });
  };

  /** An earlier version's value in localStorage: returns it (merged with `current` when possible), or null. */
  function legacyValue(current: T | undefined): { data: T } | null {
    const raw = readRaw(definition.key);
    if (raw === undefined) return null;
    const result = readEnvelope(definition, raw);
    if (result.kind === 'ok')
      return { data: current !== undefined && definition.merge ? definition.merge(current, result.data) : result.data };
    if (result.kind === 'unreadable') {
      try {
        writeRaw(backupKey(definition.key, new Date()), raw);
        removeRaw(definition.key);
        $status.set({ state: 'recovered', reason: result.reason, unreadableRaw: raw });
      } catch {
        $status.set({
          state: 'recovered',
          reason: `${result.reason}; salinan cadangan tidak dapat dibuat, jadi data lama dibiarkan utuh`,
          unreadableRaw: raw,
        });
      }
    }
    return null;
  }

  async function load(): Promise<void> {
    layout ??= await definition.records();
    let records: StoredRecord[];
    try {
      records = await readRecords(definition.key);
    } catch (error) {
      unavailable(error);
      // Nothing can be kept, but what an earlier version left in localStorage can still be shown.
      const legacy = legacyValue(undefined);
      if (legacy) $data.set(legacy.data);
      return;
    }
    const now = new Date().toISOString();
    const newest = Math.max(0, ...records.map((r) => r.version));
    if (newest > definition.version) {
      writable = false;
      $status.set({ state: 'newer-version', reason: `Data ini disimpan oleh versi Siaga Krisis yang lebih baru (versi data ${newest}).` });
      return;
    }
    let data: T;
    let rewrite = false;
    const bad: StoredRecord[] = [];
    const oldest = Math.min(definition.version, ...records.map((r) => r.version));
    if (oldest < definition.version) {
      // Records of an older shape: the document's own migrations run on the whole document, which is then rewritten.
      const upgraded = upgradeData(definition, oldest, layout.join(new Map(records.map((r) => [r.id, r.data as object]))));
      if (!upgraded.ok) {
        bad.push(...records);
        data = definition.initial;
      } else data = upgraded.data;
      rewrite = true;
    } else {
      const valid = new Map<string, object>();
      for (const record of records) {
        const checked = layout.check(record.id, record.data);
        if (checked.ok) valid.set(record.id, checked.value);
        else bad.push(record);
      }
      stored = valid;
      data = layout.join(valid);
    }
    const legacy = legacyValue(records.length > bad.length ? data : undefined);
    if (legacy) {
      data = legacy.data;
      rewrite = true;
    }
    try {
      if (bad.length > 0) {
        await writeRecords(
          `${definition.key}${BACKUP_SUFFIX}`,
          bad.map((r) => ({ ...r, doc: `${definition.key}${BACKUP_SUFFIX}`, id: `${r.id}@${now}` })),
        );
        await writeRecords(
          definition.key,
          [],
          bad.map((r) => r.id),
        );
        const raw = JSON.stringify(bad);
        const reason = `${bad.length} catatan tidak dapat dibaca`;
        $status.set({ state: 'recovered', reason, backupKey: `${definition.key}${BACKUP_SUFFIX}`, unreadableRaw: raw });
      }
      if (rewrite) {
        const next = layout.split(data);
        await writeRecords(
          definition.key,
          [...next].map(([id, value]) => toRecord(id, value, now)),
          [],
          true,
        );
        stored = next;
        if (legacy) removeRaw(definition.key); // only now that the records hold it
      }
    } catch (error) {
      // The records could not be written (full storage): show the document, keep everything where it was.
      writable = false;
      $status.set({ state: 'not-saved', reason: isQuotaError(error) ? FULL : 'Peramban menolak menyimpan data.' });
    }
    $data.set(data);
  }

  async function write(): Promise<boolean> {
    await ready;
    const data = waiting as T;
    waiting = undefined;
    if (!writable) {
      if ($status.get().state === 'saved') $status.set({ state: 'memory-only' });
      return false;
    }
    const next = layout.split(data);
    // Loaded with the first save, like the IndexedDB driver: a page that only reads never needs it.
    const { changedRecords } = await import('@/domain/storage/record-layout');
    const { put, remove } = changedRecords(stored, next);
    if (put.length === 0 && remove.length === 0) return true;
    for (const [id, value] of put) {
      const checked = layout.check(id, value);
      if (!checked.ok) {
        $status.set({ state: 'invalid', reason: checked.reason });
        return false;
      }
    }
    const now = new Date().toISOString();
    try {
      await writeRecords(
        definition.key,
        put.map(([id, value]) => toRecord(id, value, now)),
        remove,
      );
    } catch (error) {
      $status.set({ state: 'not-saved', reason: isQuotaError(error) ? FULL : 'Peramban menolak menyimpan data.' });
      return false;
    }
    stored = next;
    if ($status.get().state !== 'saved') $status.set({ state: 'saved' });
    channel?.postMessage({ put: put.map(([id]) => id), remove } satisfies Change);
    return true;
  }

  function save(data: T): Promise<boolean> {
    $data.set(data);
    waiting = data;
    // One write at a time; a save made meanwhile is written after it, together with any later one.
    const run: Promise<boolean> = (writing ?? Promise.resolve(true))
      .then(() => (waiting === undefined ? lastResult : write()))
      .then((ok) => {
        lastResult = ok;
        if (writing === run) writing = undefined;
        return ok;
      });
    writing = run;
    return run;
  }
  let lastResult = true;

  /** Another tab wrote these records: read just them, validated, and show the result. */
  async function receive(change: Change): Promise<void> {
    await ready;
    if ('reload' in change) return void (await reload());
    const next = new Map(stored);
    const records = await readSomeRecords(definition.key, change.put);
    change.put.forEach((id, i) => {
      const record = records[i];
      const checked = record && record.version === definition.version ? layout.check(id, record.data) : undefined;
      if (checked?.ok) next.set(id, checked.value);
      else next.delete(id);
    });
    for (const id of change.remove) next.delete(id);
    stored = next;
    $data.set(layout.join(next));
    $status.set({ state: 'updated-elsewhere' });
  }

  async function reload(): Promise<void> {
    writable = true;
    stored = new Map();
    $status.set({ state: 'saved' });
    await load();
  }

  const ready = load();
  channel?.addEventListener('message', (event: MessageEvent<Change>) => void receive(event.data));

  const doc: RecordDocument<T> = {
    definition,
    $data,
    $status,
    ready,
    save,
    set: (data) => void save(data),
    update: (change) => void save(change($data.get())),
    clear: () => void save(definition.initial),
    reload: () => void reload(),
  };
  created.set(definition.key, doc as PersistentDocument<unknown>);
  $openDocuments.set([...$openDocuments.get(), doc as PersistentDocument<unknown>]);
  return doc;
}
