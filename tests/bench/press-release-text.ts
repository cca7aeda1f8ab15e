// The benchmark's texts, shared with the cold-start probe (press-release-probe.ts).
import type { ReleaseParts } from '@/domain/press-release';

const lead =
  'Kebakaran terjadi di ruang dapur Lembaga Pemasyarakatan (Lapas) Kelas IIA Sungai Harapan pada Kamis (12/3) pukul 05.40 dan dipadamkan petugas pukul 06.25. Tiga Warga Binaan Pemasyarakatan (WBP) dirawat di klinik dalam kondisi stabil; penyebabnya sedang diperiksa.';
// A varied paragraph (about 60 words) with something for most rules to look at.
const paragraph = [
  'Seluruh WBP berada dalam pengawasan dan jumlahnya lengkap setelah penghitungan ulang pukul 07.00.',
  'Api diduga kuat berasal dari kompor, tetapi pemeriksaan oleh pihak berwenang masih berjalan.',
  'Keluarga dapat menghubungi layanan informasi di nomor 0812-0000-0000 setiap hari.',
  '"Kami prihatin atas kejadian ini," kata Kepala Lapas Kelas IIA Sungai Harapan, Rina Wulandari.',
  'Informasi berikutnya kami sampaikan pukul 12.00 dalam rangka keterbukaan.',
].join(' ');

export function releaseOf(words: number): ReleaseParts {
  const perParagraph = paragraph.split(/\s+/).length;
  const body = Array.from({ length: Math.max(1, Math.round((words - 90) / perParagraph)) }, () => paragraph).join('\n');
  return {
    headline: 'Kebakaran Dapur Lapas Sungai Harapan Padam, Tiga Warga Binaan Dirawat',
    dateline: 'Sungai Harapan, 12 Maret 2026',
    lead,
    body,
    quote: '"Keselamatan warga binaan adalah prioritas kami," kata Kepala Lapas Kelas IIA Sungai Harapan, Rina Wulandari.',
    boilerplate:
      'Tentang Lapas Kelas IIA Sungai Harapan\nLapas Kelas IIA Sungai Harapan adalah unit pelaksana teknis Direktorat Jenderal Pemasyarakatan.',
    contact: 'Narahubung: Dimas Pratama, Koordinator Humas, 0812-0000-1111\n-selesai-',
  };
}
