import { z } from '@/schemas/zod';
import { describeIssues } from '@/domain/storage/describe-issues';
import { sha256Hex } from '@/domain/text/sha256';
import { APP_ID } from '@/domain/transfer/export-file';
import { canonicalJson } from './canonical-json';
import { verifyFileSignature, type Signer } from './signing';

export { canonicalJson };

/**
 * Files that travel between people (a unit's package, a mentor's feedback) carry a SHA-256 checksum of their payload,
 * so a file damaged on the way (a cut download, a chat app that re-encodes, a stray edit) is noticed before it is used.
 * It detects accidents, not forgery: anyone can recompute it.
 *
 * Which bytes are hashed: the payload, written as canonical JSON (object keys sorted by UTF-16 code unit at every
 * level, no spaces, arrays in their order, strings and numbers as JSON.stringify writes them), encoded as UTF-8.
 * The rest of the file (app, kind, formatVersion, checksum) and its layout (indentation, key order) are not hashed,
 * so re-indenting a file does not break it, but changing any value inside the payload does.
 */
export const CHECKSUM_ALGORITHM = 'SHA-256';
export { MAX_SEALED_BYTES } from './file-limits';
import { MAX_SEALED_BYTES } from './file-limits';

export const sealedFileSchema = z.object({
  /** Always "siaga-krisis". */
  app: z.literal(APP_ID),
  /** What the file is, e.g. "paket-pendampingan". */
  kind: z.string(),
  /** Version of the file format. */
  formatVersion: z.int().check(z.minimum(1)),
  /** Checksum of the payload (see above). */
  checksum: z.object({
    /** Always "SHA-256". */
    algorithm: z.literal(CHECKSUM_ALGORITHM),
    /** 64 lowercase hexadecimal digits. */
    value: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  }),
  /** The content, validated by the kind's own schema. */
  payload: z.unknown(),
  /** Who wrote it (signing.ts): checked in openSealedFile; absent on files from before signing. */
  signature: z.optional(z.unknown()),
});

export type SealedFile = z.output<typeof sealedFileSchema>;

/** SHA-256 of the payload's canonical JSON in UTF-8, as lowercase hex. Uses the Web Crypto API (browser and Node). */
export async function payloadChecksum(payload: unknown): Promise<string> {
  return sha256Hex(canonicalJson(payload));
}

export async function sealFile<T>(kind: string, formatVersion: number, payload: T): Promise<SealedFile & { payload: T }> {
  return { app: APP_ID, kind, formatVersion, checksum: { algorithm: CHECKSUM_ALGORITHM, value: await payloadChecksum(payload) }, payload };
}

export interface SealedKind<T> {
  kind: string;
  formatVersion: number;
  schema: z.ZodMiniType<T, any>;
  /** What the user calls this kind of file, e.g. "paket pendampingan". */
  name: string;
  /** What to do when a file of another kind of ours is given, e.g. "Impor di halaman Rekap pendampingan." */
  wrongKindHint: string;
}

/** `signer` is set when the file carries a valid signature; a file with an invalid one is never opened. */
export type OpenResult<T> = { ok: true; payload: T; signer?: Signer } | { ok: false; reason: string };

const fail = <T>(reason: string): OpenResult<T> => ({ ok: false, reason });

/**
 * Reads one sealed file: JSON, ours, the right kind, not newer than this app, checksum matches, payload valid.
 * Never throws; the reason is an Indonesian sentence saying what is wrong and what to do.
 */
export async function openSealedFile<T>(text: string, expected: SealedKind<T>): Promise<OpenResult<T>> {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes === 0 || text.trim() === '') return fail(`Berkas kosong. Minta pengirim membuat ${expected.name} lagi.`);
  if (bytes > MAX_SEALED_BYTES)
    return fail(`Berkas terlalu besar (${Math.round(bytes / 1024)} KB) untuk sebuah ${expected.name}. Periksa apakah berkasnya benar.`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail(`Berkas ini bukan JSON yang utuh (mungkin terpotong saat dikirim). Minta pengirim mengirim ulang ${expected.name}.`);
  }
  const head = (typeof json === 'object' && json !== null && !Array.isArray(json) ? json : {}) as Record<string, unknown>;
  if (head.app !== APP_ID)
    return fail('Berkas ini bukan berkas Siaga Krisis (mungkin dari aplikasi lain). Pilih berkas yang dibuat di Siaga Krisis.');
  if (head.kind !== expected.kind)
    return fail(`Berkas ini berasal dari Siaga Krisis, tetapi bukan ${expected.name}. ${expected.wrongKindHint}`);
  if (typeof head.formatVersion === 'number' && head.formatVersion > expected.formatVersion) {
    return fail(
      `Berkas ini dibuat oleh versi Siaga Krisis yang lebih baru (format ${head.formatVersion}). Muat ulang halaman untuk mendapatkan versi terbaru, lalu impor lagi.`,
    );
  }
  try {
    const file = z.safeParse(sealedFileSchema, json);
    if (!file.success) return fail(`Berkas tidak sesuai format ${expected.name}: ${describeIssues(file.error.issues)}`);
    // The raw payload as read, before the schema drops anything: these are the values the sender hashed.
    if ((await payloadChecksum(head.payload)) !== file.data.checksum.value) {
      return fail(
        `Checksum tidak cocok: isi berkas berubah setelah dibuat (rusak saat dikirim atau disunting). Minta pengirim mengirim ulang ${expected.name}.`,
      );
    }
    const signature = await verifyFileSignature({
      kind: expected.kind,
      formatVersion: file.data.formatVersion,
      payload: head.payload,
      signature: head.signature,
    });
    if (signature.state === 'tidak-sah') {
      return fail(
        `Tanda tangan tidak cocok: isi berkas diubah setelah ditandatangani pengirimnya (checksum dapat dihitung ulang siapa saja, tanda tangan tidak). Jangan pakai berkas ini; minta pengirim mengirim ulang ${expected.name}.`,
      );
    }
    const payload = z.safeParse(expected.schema, head.payload);
    if (!payload.success) return fail(`Isi ${expected.name} tidak valid: ${describeIssues(payload.error.issues)}`);
    return signature.state === 'sah' ? { ok: true, payload: payload.data, signer: signature.signer } : { ok: true, payload: payload.data };
  } catch {
    return fail('Berkas tidak dapat dibaca (strukturnya rusak atau terlalu dalam).');
  }
}
