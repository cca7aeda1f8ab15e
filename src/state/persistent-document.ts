/**
 * persistentDocument(definition): the one way this app keeps data in the browser.
 *
 * Stored under definition.key as JSON: { version, rev, savedAt, data } (see domain/storage/envelope).
 * How it can go wrong, and what happens:
 * - unreadable or invalid value: copied byte for byte to a backup key first, the user is told and can download it;
 *   the document starts empty. If even the backup cannot be written, nothing is written over the original.
 * - value from a newer version of the app: left untouched, the page works in memory and says so.
 * - storage unavailable (private mode, blocked): the page works in memory and says nothing will be kept.
 * - storage full: the work stays on screen, the user is told it was not saved; export still works.
 * - a value that fails its own schema (a bug, or a field past its limit): refused before it reaches storage; the
 *   work stays on screen and the user is told which field is wrong. Nothing invalid is ever stored.
 * - another tab saves: @nanostores/persistent delivers the new value, which is validated like any load;
 *   before every save the stored revision is checked, so a tab that missed a change never overwrites it.
 *
 * A save runs on every keystroke, so it does only what it must: validate the outgoing value once, compare the stored
 * text with what this page last wrote (equal in the usual case), read only the revision when it differs, and write
 * once. The full parse and validation of stored text happen on load and when another tab's value arrives.
 */
import { atom, type ReadableAtom } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import type { DocumentDefinition } from '@/domain/storage/document-definition';
import { backupKey, readEnvelope, readRevision, upgradeData, writeEnvelope } from '@/domain/storage/envelope';
import { isQuotaError, readRaw, storageAvailable, writeRaw } from './storage';

export type DocumentState =
  | 'saved' // what is on screen is in storage
  | 'recovered' // the stored value was unreadable; it was kept aside (backupKey) or at least not overwritten
  | 'memory-only' // storage unavailable: nothing will be kept
  | 'not-saved' // the last save failed (storage full)
  | 'invalid' // the last change failed the document's schema and was not saved; it is still on screen
  | 'newer-version' // stored by a newer version of the app: left untouched
  | 'updated-elsewhere'; // another tab saved newer work; this page now shows it

export interface DocumentStatus {
  state: DocumentState;
  /** Why, in Indonesian, when something went wrong. */
  reason?: string;
  /** Where the unreadable value was kept, when it could be. */
  backupKey?: string;
  /** The unreadable value itself, so the user can download it even when no backup could be written. */
  unreadableRaw?: string;
}

export interface PersistentDocument<T> {
  readonly definition: DocumentDefinition<T>;
  readonly $data: ReadableAtom<T>;
  readonly $status: ReadableAtom<DocumentStatus>;
  /** Replaces the document and saves it. */
  set(data: T): void;
  update(change: (current: T) => T): void;
  /** Forgets the stored value and starts from the initial one. */
  clear(): void;
  /** Reads storage again (after "Data saya" imported or deleted something). */
  reload(): void;
}

export const created = new Map<string, PersistentDocument<unknown>>();
/** Every document created on this page, so a notice component can show their problems. */
export const $openDocuments = atom<readonly PersistentDocument<unknown>[]>([]);

export function persistentDocument<T>(definition: DocumentDefinition<T>): PersistentDocument<T> {
  const existing = created.get(definition.key);
  if (existing) return existing as PersistentDocument<T>;

  const $data = atom<T>(definition.initial);
  const $status = atom<DocumentStatus>(storageAvailable ? { state: 'saved' } : { state: 'memory-only' });
  let rev = 0;
  let writable = storageAvailable;
  /** The text this page last read or wrote under the key: while storage still holds it, nobody else has saved. */
  let lastWritten: string | undefined;

  // Raw text only (identity codec), so decoding can never throw inside the library.
  const $raw = persistentAtom<string | undefined>(definition.key, undefined);

  function load(raw: string | undefined, fromOtherTab: boolean): void {
    const result = readEnvelope(definition, raw);
    switch (result.kind) {
      case 'empty':
        rev = 0;
        lastWritten = undefined;
        $data.set(definition.initial);
        return;
      case 'ok':
        rev = result.rev;
        lastWritten = raw;
        $data.set(result.data);
        if (fromOtherTab) $status.set({ state: 'updated-elsewhere' });
        else if (writable) $status.set({ state: 'saved' });
        return;
      case 'newer':
        writable = false;
        $status.set({
          state: 'newer-version',
          reason: `Data ini disimpan oleh versi Siaga Krisis yang lebih baru (versi data ${result.version}).`,
        });
        return;
      case 'unreadable': {
        if (raw === undefined) return;
        if (fromOtherTab) {
          // Another tab wrote something we cannot read: keep what this page has; never adopt it.
          $status.set({ state: 'recovered', reason: result.reason, unreadableRaw: raw });
          return;
        }
        const key = backupKey(definition.key, new Date());
        try {
          writeRaw(key, raw);
          $status.set({ state: 'recovered', reason: result.reason, backupKey: key, unreadableRaw: raw });
        } catch {
          // No room even for the backup: the original stays where it is, and this page must not overwrite it.
          writable = false;
          $status.set({
            state: 'recovered',
            reason: `${result.reason}; salinan cadangan tidak dapat dibuat, jadi data lama dibiarkan utuh`,
            unreadableRaw: raw,
          });
        }
        rev = 0;
        $data.set(definition.initial);
      }
    }
  }

  function save(data: T): void {
    $data.set(data);
    if (!writable) {
      if (!storageAvailable) $status.set({ state: 'memory-only' });
      return;
    }
    // Nothing invalid reaches storage: it would be declared unreadable on the next load.
    const checked = upgradeData(definition, definition.version, data);
    if (!checked.ok) {
      $status.set({ state: 'invalid', reason: checked.reason });
      return;
    }
    // Someone else saved since this page last read storage (a tab that missed the event, a restored page):
    // show their work instead of overwriting it. Only the revision is read here; the rare newer value is validated.
    const stored = readRaw(definition.key);
    if (stored !== lastWritten && !((readRevision(stored) ?? Infinity) <= rev)) {
      // A newer revision, or text whose revision cannot be read cheaply: read it whole; adopt it only if valid.
      const theirs = readEnvelope(definition, stored);
      if (theirs.kind === 'ok' && theirs.rev > rev) {
        load(stored, true);
        return;
      }
    }
    const text = writeEnvelope(definition, data, rev + 1, new Date());
    const previous = lastWritten;
    // Set first: the library tells its listeners (ours too) about this write before set() returns.
    lastWritten = text;
    try {
      // The one write: through the library, so its copy stays in step and it can tell when another tab deletes the key.
      $raw.set(text);
      rev += 1;
      $status.set({ state: 'saved' });
    } catch (error) {
      lastWritten = previous;
      $status.set(
        isQuotaError(error)
          ? { state: 'not-saved', reason: 'Penyimpanan peramban penuh. Perubahan terakhir masih ada di layar tetapi belum tersimpan.' }
          : { state: 'not-saved', reason: 'Peramban menolak menyimpan data.' },
      );
    }
  }

  const doc: PersistentDocument<T> = {
    definition,
    $data,
    $status,
    set: save,
    update: (change) => save(change($data.get())),
    clear() {
      rev = 0;
      lastWritten = undefined;
      try {
        $raw.set(undefined); // removes the key
      } catch {
        // A storage that cannot be used cannot hold the key either.
      }
      writable = storageAvailable;
      $data.set(definition.initial);
      $status.set(storageAvailable ? { state: 'saved' } : { state: 'memory-only' });
    },
    reload() {
      writable = storageAvailable;
      load(readRaw(definition.key), false);
    },
  };

  load($raw.get(), false);
  // Values written elsewhere (another tab, or storage read again when a page returns from the back-forward cache).
  // Listening also keeps the library attached to other tabs for the page's life: it listens only while someone does.
  $raw.listen((raw) => {
    if (raw === lastWritten) return; // what this page wrote, read back
    load(raw, true);
  });

  created.set(definition.key, doc as PersistentDocument<unknown>);
  $openDocuments.set([...$openDocuments.get(), doc as PersistentDocument<unknown>]);
  return doc;
}
