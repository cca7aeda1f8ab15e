import { z } from '@/schemas/zod';
import type { DocumentDefinition } from './document-definition';
import { describeIssues } from './describe-issues';

/**
 * What is stored under a document's key: the data with its shape version, a revision counter that
 * lets a tab notice that another tab saved after it last looked, and when it was saved.
 */
export const envelopeSchema = z.object({
  /** Version of the data's shape (see DocumentDefinition.version). */
  version: z.int().check(z.minimum(1)),
  /** Increases by one on every save; used to keep a stale tab from overwriting newer work. */
  rev: z.int().check(z.minimum(0)),
  /** When the data was last saved (ISO 8601). */
  savedAt: z.string(),
  /** The document itself, validated by the document's own schema. */
  data: z.unknown(),
});

export type Envelope = z.output<typeof envelopeSchema>;

export type ReadResult<T> =
  | { kind: 'empty' }
  | { kind: 'ok'; data: T; rev: number; savedAt: string; migratedFrom?: number }
  | { kind: 'unreadable'; reason: string }
  | { kind: 'newer'; version: number; savedAt: string };

export type ValidateResult<T> = { ok: true; data: T; migratedFrom?: number } | { ok: false; reason: string };

/** Brings data of any older version up to the current one, step by step, and validates the result. */
export function upgradeData<T>(def: DocumentDefinition<T>, version: number, data: unknown): ValidateResult<T> {
  if (version > def.version) {
    return { ok: false, reason: `data berasal dari versi ${version}, lebih baru dari versi aplikasi ini (${def.version})` };
  }
  let current = data;
  try {
    for (let v = version; v < def.version; v++) {
      const step = def.migrations[v];
      if (!step) return { ok: false, reason: `tidak ada cara membaca data versi ${v}` };
      current = step(current);
    }
    const parsed = z.safeParse(def.schema, current);
    if (!parsed.success) return { ok: false, reason: describeIssues(parsed.error.issues) };
    return version < def.version ? { ok: true, data: parsed.data, migratedFrom: version } : { ok: true, data: parsed.data };
  } catch (error) {
    // A migration or a refinement that throws must never break the page: report it as unreadable.
    return { ok: false, reason: `data tidak dapat diproses (${error instanceof Error ? error.message : String(error)})` };
  }
}

/** Reads the raw text stored under a document's key. Never throws. */
export function readEnvelope<T>(def: DocumentDefinition<T>, raw: string | null | undefined): ReadResult<T> {
  if (raw === null || raw === undefined || raw === '') return { kind: 'empty' };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { kind: 'unreadable', reason: 'isi tersimpan bukan JSON yang utuh' };
  }
  const envelope = z.safeParse(envelopeSchema, json);
  if (!envelope.success) return { kind: 'unreadable', reason: 'isi tersimpan tidak berbentuk dokumen Siaga Krisis' };
  const { version, rev, savedAt, data } = envelope.data;
  if (version > def.version) return { kind: 'newer', version, savedAt };
  const upgraded = upgradeData(def, version, data);
  if (!upgraded.ok) return { kind: 'unreadable', reason: upgraded.reason };
  return upgraded.migratedFrom === undefined
    ? { kind: 'ok', data: upgraded.data, rev, savedAt }
    : { kind: 'ok', data: upgraded.data, rev, savedAt, migratedFrom: upgraded.migratedFrom };
}

export function writeEnvelope<T>(def: DocumentDefinition<T>, data: T, rev: number, now: Date): string {
  const envelope: Envelope = { version: def.version, rev, savedAt: now.toISOString(), data };
  return JSON.stringify(envelope);
}

/** The key under which an unreadable value is kept, byte for byte, before anything may overwrite it. */
export function backupKey(key: string, now: Date): string {
  return `siaga-krisis:cadangan:${key.replace(/^siaga-krisis:/, '')}@${now.toISOString()}`;
}

export function isBackupKey(key: string): boolean {
  return key.startsWith('siaga-krisis:cadangan:');
}

// writeEnvelope writes the revision second, so a save can read it without parsing the whole document.
const REVISION_AT_START = /^\{"version":\d+,"rev":(\d+),/;

/**
 * The revision of a stored value as writeEnvelope wrote it, read without parsing the document (a save needs only this,
 * on every keystroke); undefined for anything else (nothing stored, text written another way), which the caller then
 * reads whole.
 */
export function readRevision(raw: string | null | undefined): number | undefined {
  const head = raw ? REVISION_AT_START.exec(raw) : null;
  return head ? Number(head[1]) : undefined;
}
