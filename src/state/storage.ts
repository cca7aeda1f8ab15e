/**
 * The one place that touches localStorage. It decides once per page whether storage works
 * (private mode, disabled cookies and blocked storage make every access throw) and, when it does not,
 * points @nanostores/persistent at an in-memory object so the page keeps working.
 */
import { setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';

export const NAMESPACE = 'siaga-krisis:';
const PROBE_KEY = 'siaga-krisis:uji-tulis';

type Engine = Record<string, string>;

function probeLocalStorage(): Storage | null {
  try {
    const storage = window.localStorage;
    storage.setItem(PROBE_KEY, '1');
    storage.removeItem(PROBE_KEY);
    return storage;
  } catch {
    return null;
  }
}

const memory: Engine = {};
let local = typeof window === 'undefined' ? null : probeLocalStorage();

/** False in private mode or when the browser blocks storage: data then lives only as long as the page. */
export let storageAvailable = local !== null;

if (!storageAvailable && typeof window !== 'undefined') {
  // Same event source (other tabs cannot write anyway), memory instead of the throwing storage.
  setPersistentEngine(memory, windowPersistentEvents);
}

/** The object @nanostores/persistent reads and writes (localStorage, or the memory fallback). */
export let engine: Engine = (local as unknown as Engine | null) ?? memory;

/**
 * For unit tests: read and write `storage` (@nanostores/persistent's getTestStorage(), after useTestStorageEngine(),
 * possibly wrapped to throw as a full storage does), or, with null, behave as a browser that blocks storage.
 */
export function useStorageForTests(storage: Engine | null): void {
  local = null;
  storageAvailable = storage !== null;
  engine = storage ?? {};
}

export function readRaw(key: string): string | undefined {
  try {
    return key in engine ? engine[key] : undefined;
  } catch {
    return undefined;
  }
}

/** Writes a value; throws what the browser throws (QuotaExceededError) so the caller can tell the user. */
export function writeRaw(key: string, value: string): void {
  if (local) local.setItem(key, value);
  else engine[key] = value;
}

export function removeRaw(key: string): void {
  try {
    if (local) local.removeItem(key);
    else delete engine[key];
  } catch {
    // Nothing to do: a storage that cannot be read cannot hold the key either.
  }
}

/** Every key of ours currently stored, sorted. */
export function ourKeys(): string[] {
  try {
    const keys = Object.keys(local ?? engine);
    return keys.filter((k) => k.startsWith(NAMESPACE) && k !== PROBE_KEY).sort();
  } catch {
    return [];
  }
}

export function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');
}
