import { z } from '@/schemas/zod';
import type { AnyDocumentDefinition } from '../storage/document-definition';
import { upgradeData } from '../storage/envelope';

/**
 * The export file: everything a user saved, in one JSON file they keep or move to another browser.
 * Imports go through parseExportFile, which checks size, format, origin, version and every field
 * before anything in storage changes.
 */
export const APP_ID = 'siaga-krisis';
export const EXPORT_KIND = 'ekspor-data';
export const EXPORT_FORMAT_VERSION = 1;
/** Larger files are rejected before they are read: a mentor holding 700 units exports about 30–40 MB. */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

export const exportFileSchema = z.object({
  /** Always "siaga-krisis": tells our files from other applications' JSON. */
  app: z.literal(APP_ID),
  /** What the file holds: a full export of this browser's data. */
  kind: z.literal(EXPORT_KIND),
  /** Version of this file format. */
  formatVersion: z.int().check(z.minimum(1)),
  /** When the file was written (ISO 8601). */
  exportedAt: z.string(),
  /** One entry per stored document, by key: its shape version, when it was saved, and its data. */
  documents: z.record(z.string(), z.object({ version: z.int().check(z.minimum(1)), savedAt: z.string(), data: z.unknown() })),
});

export type ExportFile = z.output<typeof exportFileSchema>;

export interface StoredDocument {
  key: string;
  version: number;
  savedAt: string;
  data: unknown;
}

export function buildExportFile(documents: readonly StoredDocument[], now: Date): ExportFile {
  const entries: ExportFile['documents'] = {};
  for (const doc of documents) {
    entries[doc.key] = { version: doc.version, savedAt: doc.savedAt, data: doc.data };
  }
  return { app: APP_ID, kind: EXPORT_KIND, formatVersion: EXPORT_FORMAT_VERSION, exportedAt: now.toISOString(), documents: entries };
}

export function exportFileName(now: Date): string {
  return `siaga-krisis-data-${now.toISOString().slice(0, 10)}.json`;
}

export interface ImportedDocument {
  key: string;
  label: string;
  savedAt: string;
  /** Validated and upgraded to the current version. */
  data: unknown;
  summary: string;
}

export type ImportResult =
  { ok: true; exportedAt: string; documents: ImportedDocument[]; skipped: string[] } | { ok: false; message: string };

const fail = (message: string): ImportResult => ({ ok: false, message });

/** First check, before the file's text is even read. */
export function checkImportSize(bytes: number, max = MAX_IMPORT_BYTES): ImportResult | null {
  if (bytes === 0) return fail('Berkas kosong: tidak ada data untuk diimpor.');
  if (bytes > max) {
    return fail(
      `Berkas terlalu besar (${(bytes / 1024 / 1024).toFixed(1)} MB). Batasnya ${max / 1024 / 1024} MB; berkas ekspor Siaga Krisis biasanya jauh lebih kecil.`,
    );
  }
  return null;
}

/**
 * Reads an export file's text. Never throws and never changes anything: the caller shows the
 * preview and writes only after the user confirms.
 */
export function parseExportFile(text: string, definitions: readonly AnyDocumentDefinition[]): ImportResult {
  const sizeProblem = checkImportSize(new TextEncoder().encode(text).length);
  if (sizeProblem) return sizeProblem;
  if (text.trim() === '') return fail('Berkas kosong: tidak ada data untuk diimpor.');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail('Berkas ini bukan JSON yang utuh. Pilih berkas hasil tombol “Ekspor semua data” dari Siaga Krisis.');
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json) || (json as { app?: unknown }).app !== APP_ID) {
    return fail('Berkas ini bukan berkas ekspor Siaga Krisis (mungkin dari aplikasi lain).');
  }
  const head = json as { kind?: unknown; formatVersion?: unknown };
  if (head.kind !== EXPORT_KIND) {
    return fail(
      'Berkas ini berasal dari Siaga Krisis, tetapi bukan ekspor data lengkap (misalnya paket pendampingan). Gunakan halaman yang sesuai untuk berkas itu.',
    );
  }
  if (typeof head.formatVersion === 'number' && head.formatVersion > EXPORT_FORMAT_VERSION) {
    return fail(
      `Berkas ini dibuat oleh versi Siaga Krisis yang lebih baru (format ${head.formatVersion}). Muat ulang halaman untuk mendapatkan versi terbaru, lalu coba lagi.`,
    );
  }
  let file: ExportFile;
  try {
    const parsed = z.safeParse(exportFileSchema, json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const path = issue ? issue.path.map(String).join('.') : '';
      return fail(`Berkas tidak valid: kolom “${path || '(seluruh isi)'}” tidak sesuai format ekspor.`);
    }
    file = parsed.data;
  } catch {
    return fail('Berkas tidak dapat dibaca (strukturnya terlalu dalam atau rusak).');
  }

  const byKey = new Map(definitions.map((def) => [def.key, def]));
  const documents: ImportedDocument[] = [];
  const skipped: string[] = [];
  // Object.keys, not for-in: a "__proto__" key in the file stays an ordinary (unknown) key.
  for (const key of Object.keys(file.documents)) {
    const entry = file.documents[key];
    const def = byKey.get(key as AnyDocumentDefinition['key']);
    if (!def || !entry) {
      skipped.push(key);
      continue;
    }
    if (entry.version > def.version) {
      return fail(
        `Data “${def.label}” dalam berkas ini berasal dari versi Siaga Krisis yang lebih baru. Muat ulang halaman untuk mendapatkan versi terbaru, lalu coba lagi.`,
      );
    }
    const upgraded = upgradeData(def, entry.version, entry.data);
    if (!upgraded.ok) return fail(`Data “${def.label}” tidak valid: ${upgraded.reason}`);
    documents.push({
      key: def.key,
      label: def.label,
      savedAt: entry.savedAt,
      data: upgraded.data,
      summary: safeSummary(def, upgraded.data),
    });
  }
  if (documents.length === 0) {
    return fail('Berkas ini tidak berisi data yang dapat diimpor.');
  }
  return { ok: true, exportedAt: file.exportedAt, documents, skipped };
}

function safeSummary(def: AnyDocumentDefinition, data: unknown): string {
  try {
    return def.summarize(data);
  } catch {
    return def.label;
  }
}
