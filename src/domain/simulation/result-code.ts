/**
 * A result as text a participant can copy from their phone and a trainer can paste: the same result file, compressed
 * (deflate-raw) and written in base64url, with a checksum so a code cut short or mistyped is refused rather than
 * misread. "SK1.<data>.<8 hex characters of SHA-256 over the data>". Works wherever CompressionStream and
 * crypto.subtle exist (current browsers, Node 18+); no server, nothing leaves the device.
 */
import { MAX_RESULT_BYTES } from './result-import';

export const RESULT_CODE_PREFIX = 'SK1';

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, limit = Infinity): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw new RangeError('too large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

async function checksum(data: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(data)));
  return [...digest.slice(0, 4)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The code for a result file's JSON text. */
export async function encodeResultCode(json: string): Promise<string> {
  const data = toBase64Url(await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw')));
  return `${RESULT_CODE_PREFIX}.${data}.${await checksum(data)}`;
}

export type DecodedCode = { ok: true; json: string } | { ok: false; reason: string };

/** The result file's JSON text from a code. Never throws; the reason says what to do. */
export async function decodeResultCode(code: string): Promise<DecodedCode> {
  const parts = code.replace(/\s+/g, '').split('.');
  if (parts.length !== 3 || parts[0] !== RESULT_CODE_PREFIX) {
    return {
      ok: false,
      reason: 'Ini bukan kode hasil Siaga Krisis (kode dimulai dengan “SK1.”). Salin ulang seluruh kode dari layar peserta.',
    };
  }
  const [, data = '', sum = ''] = parts;
  if (!/^[A-Za-z0-9_-]+$/.test(data) || (await checksum(data)) !== sum.toLowerCase()) {
    return {
      ok: false,
      reason: 'Kode tidak utuh atau ada huruf yang berubah (pemeriksa kode tidak cocok). Salin ulang seluruh kode dari layar peserta.',
    };
  }
  try {
    const bytes = await pipe(fromBase64Url(data), new DecompressionStream('deflate-raw'), MAX_RESULT_BYTES);
    return { ok: true, json: new TextDecoder().decode(bytes) };
  } catch {
    return {
      ok: false,
      reason: 'Kode cocok dengan pemeriksanya tetapi isinya tidak dapat dibuka. Minta peserta menampilkan kodenya lagi.',
    };
  }
}

/** Every code in a pasted text (codes never contain spaces; any whitespace or line break separates them). */
export function splitCodes(text: string): string[] {
  return text.split(/[\s,;]+/).filter((part) => part.length > 0);
}
