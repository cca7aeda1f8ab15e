/**
 * What an import of many package files says when it ends: counts only (a live region reading 700 names helps nobody);
 * the rejected files and, when storage refused, the files kept and not kept are listed beside it, by name.
 * Nothing is counted as kept that was not saved: `kept` holds only files whose save storage confirmed.
 */
import type { PendingPackage } from './package-import';

export interface ImportTally {
  total: number;
  /** Files whose package is in storage. */
  kept: string[];
  rejected: { name: string; reason: string }[];
  /** Read and sound, waiting for the mentor's decision (not stored yet). */
  pending: PendingPackage[];
  /** Files not stored because storage refused (the one refused and every file after it). */
  notKept: string[];
}

export function importReport(tally: ImportTally): string {
  // "diterima" counts only files whose package storage confirmed.
  const parts = [`${tally.total} berkas dibaca: ${tally.kept.length} diterima, ${tally.rejected.length} ditolak`];
  if (tally.notKept.length > 0) parts.push(`${tally.notKept.length} tidak tersimpan`);
  const waiting = tally.pending.length > 0 ? ` ${tally.pending.length} menunggu keputusan Anda (lihat di bawah).` : '';
  const sentence = `${parts.join(', ')}.${waiting}`;
  return tally.notKept.length > 0
    ? `${sentence} Penyimpanan peramban menolak menyimpan lebih banyak setelah ${tally.kept.length} berkas tersimpan. Berkas yang tersimpan dan yang tidak tersimpan tercantum di bawah; berkas aslinya tidak berubah. Kosongkan ruang (hapus paket lama atau unit yang tidak lagi didampingi), lalu impor lagi berkas yang tidak tersimpan.`
    : sentence;
}
