/**
 * The incident log's hash chain. Each entry carries the SHA-256 of the entry before it (`prev`) and of itself
 * (`hash`, over its content and `prev`). Changing, inserting or removing an entry after it was written makes that
 * entry's hash (or its link to the one before) disagree, so verifyChain names the first entry that no longer fits.
 * What it shows: an accidental or naive later edit (of the stored data or a file). What it does not show: deliberate
 * forgery, since whoever edits an entry and recomputes every later hash is not caught (the hashes carry no secret);
 * that the last entries were not cut off (a shorter chain is still valid); or who wrote an entry.
 * WebCrypto (crypto.subtle), present in browsers and Node 24: nothing to download.
 */
import type { IncidentEntry } from '@/schemas/incident';
import { sha256Hex } from '@/domain/text/sha256';

export const GENESIS = '0'.repeat(64);

export type EntryDraft = Pick<IncidentEntry, 'at' | 'kind' | 'text'> & Partial<Pick<IncidentEntry, 'ref' | 'fields'>>;

/** The bytes that are hashed: every field but `hash`, in a fixed order (fields sorted by name). */
export function canonicalEntry(entry: Omit<IncidentEntry, 'hash'>): string {
  const fields = Object.keys(entry.fields)
    .sort()
    .map((key) => [key, entry.fields[key]]);
  return JSON.stringify([entry.seq, entry.at, entry.kind, entry.text, entry.ref ?? null, fields, entry.prev]);
}

/** The log with one more entry, chained to the last one. Never changes the entries already there. */
export async function appendEntry(log: readonly IncidentEntry[], draft: EntryDraft): Promise<IncidentEntry[]> {
  const last = log.at(-1);
  const unsigned = {
    seq: log.length + 1,
    at: draft.at,
    kind: draft.kind,
    text: draft.text,
    ...(draft.ref ? { ref: draft.ref } : {}),
    fields: draft.fields ?? {},
    prev: last?.hash ?? GENESIS,
  };
  const entry: IncidentEntry = { ...unsigned, hash: await sha256Hex(canonicalEntry(unsigned)) };
  return [...log, entry];
}

/** Several entries at once, in order. */
export async function appendEntries(log: readonly IncidentEntry[], drafts: readonly EntryDraft[]): Promise<IncidentEntry[]> {
  let next = [...log];
  for (const draft of drafts) next = await appendEntry(next, draft);
  return next;
}

export type ChainCheck = { intact: true; count: number } | { intact: false; count: number; brokenAt: number; reason: string };

/**
 * Checks the whole log: numbering, each entry's link to the one before, each entry's own hash.
 * `brokenAt` is the number (seq position, 1-based) of the first entry that does not fit; every entry before it is intact.
 */
export async function verifyChain(log: readonly IncidentEntry[]): Promise<ChainCheck> {
  let prev = GENESIS;
  for (const [index, entry] of log.entries()) {
    const position = index + 1;
    const broken = (reason: string): ChainCheck => ({ intact: false, count: log.length, brokenAt: position, reason });
    if (entry.seq !== position) return broken(`nomor catatan ${entry.seq} tidak berada di urutan ${position}`);
    if (entry.prev !== prev)
      return broken('tidak tersambung dengan catatan sebelumnya (ada catatan yang diubah, disisipkan, atau dihapus)');
    const { hash, ...unsigned } = entry;
    if ((await sha256Hex(canonicalEntry(unsigned))) !== hash) return broken('isinya berubah setelah dicatat');
    prev = hash;
  }
  return { intact: true, count: log.length };
}

/**
 * What the check found, for the printout (`full`, with everything it does not prove) or the room's header, where a
 * phone has room for two lines above the deadlines (`short`).
 */
export function describeChain(check: ChainCheck, length: 'full' | 'short' = 'full'): string {
  if (check.intact) {
    if (check.count === 0) return 'Kronologi masih kosong.';
    if (length === 'short')
      return `Kronologi utuh: ${check.count} catatan, tidak ada yang berubah atau hilang karena salah sunting. Ini tidak membuktikan bebas dari pemalsuan yang disengaja.`;
    return `Kronologi utuh: ${check.count} catatan tersambung tanpa celah. Artinya tidak ada catatan yang berubah, disisipkan, atau dihapus karena kekeliruan atau suntingan biasa sesudah dicatat. Pemeriksaan ini tidak menangkap pemalsuan yang disengaja: orang yang mengubah sebuah catatan lalu menghitung ulang semua kode sesudahnya tidak tertangkap, begitu pula catatan terakhir yang dipotong. Pemeriksaan ini juga tidak membuktikan siapa penulisnya atau kapan catatan dibuat: jam setiap catatan berasal dari jam perangkat dan dari isian pengguna.`;
  }
  const before =
    check.brokenAt === 1
      ? 'Tidak ada catatan yang dapat dipastikan utuh.'
      : check.brokenAt === 2
        ? 'Catatan #1 masih utuh.'
        : `Catatan #1 sampai #${check.brokenAt - 1} masih utuh.`;
  return `Kronologi tidak utuh mulai catatan #${check.brokenAt}: ${check.reason}. ${before} Jangan hapus atau buat ulang kejadian ini; lanjutkan mencatat dan sebutkan hal ini saat melapor kepada Kepala UPT.`;
}
