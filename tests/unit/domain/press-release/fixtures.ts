import { analyzePressRelease, type ReleaseParts } from '@/domain/press-release';
import type { ReleaseKind } from '@/schemas/press-release-drill';

/** A sound first release (fictional): the checker finds nothing in it. Each test changes one thing. */
export const CLEAN: ReleaseParts = {
  headline: 'Kebakaran Dapur Lapas Sungai Harapan Padam, Tiga Warga Binaan Dirawat',
  dateline: 'Sungai Harapan, 12 Maret 2026',
  lead: 'Kebakaran terjadi di ruang dapur Lembaga Pemasyarakatan (Lapas) Kelas IIA Sungai Harapan pada Kamis (12/3) pukul 05.40 dan dipadamkan petugas pukul 06.25. Tiga Warga Binaan Pemasyarakatan (WBP) dirawat di klinik dalam kondisi stabil; penyebabnya sedang diperiksa.',
  body: 'Seluruh WBP berada dalam pengawasan dan jumlahnya lengkap.\nKeluarga WBP dapat menghubungi layanan informasi di nomor 0812-0000-0000.\nInformasi berikutnya kami sampaikan pukul 12.00.',
  quote:
    '"Kami prihatin atas kejadian ini dan berterima kasih kepada petugas yang bergerak cepat," kata Kepala Lapas Kelas IIA Sungai Harapan, Rina Wulandari.',
  boilerplate:
    'Tentang Lapas Kelas IIA Sungai Harapan\nLapas Kelas IIA Sungai Harapan adalah unit pelaksana teknis Direktorat Jenderal Pemasyarakatan (Ditjenpas).',
  contact: 'Narahubung: Dimas Pratama, Koordinator Humas, 0812-0000-1111\n-selesai-',
};

export const withParts = (change: Partial<ReleaseParts>): ReleaseParts => ({ ...CLEAN, ...change });
/** The clean release with one more sentence at the end of the body. */
export const withSentence = (sentence: string): ReleaseParts => withParts({ body: `${CLEAN.body}\n${sentence}` });

export function ruleIds(parts: ReleaseParts, kind?: ReleaseKind): string[] {
  return analyzePressRelease({ parts }, kind ? { kind } : {}).map((f) => f.ruleId);
}
