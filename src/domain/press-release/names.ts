/**
 * Telling people's names from institutions, titles and places, well enough for a checker: a named speaker under a
 * quote is wanted, an inmate's or a child's name is not.
 */
import { LETTER } from './letters';
import { LOWER, UPPER } from './letter-case';

/** A unit or office name: "Lapas Kelas IIA Telaga Bening", "Kantor Wilayah Ditjenpas". Removed before looking for people. */
const INSTITUTION = new RegExp(
  String.raw`\b(?:Lapas|Rutan|Bapas|LPKA|Lembaga Pemasyarakatan|Rumah Tahanan Negara|Rumah Tahanan|Balai Pemasyarakatan|Lembaga Pembinaan Khusus Anak|Kantor Wilayah|Kanwil|Direktorat Jenderal|Ditjenpas|Kementerian|Kepolisian|Polres|Polsek|Dinas|Rumah Sakit|RSUD|Puskesmas|Kota|Kabupaten|Desa|Kelurahan|Kecamatan|Provinsi)(?:\s*\([${UPPER}][${LETTER}]*\)|\s+(?:Kelas\s+[IVX]+[AB]?|[IVX]+[AB]?|[${UPPER}][${LETTER}’']*|dan|Daerah))*`,
  'gu',
);

/** Capitalised words that are titles or roles, never part of a person's name. */
const TITLE_WORDS = new Set(
  'kepala koordinator humas juru bicara kasubsi kasi kepala seksi subseksi bidang urusan keamanan ketertiban pembinaan kesehatan pelayanan tahanan bimbingan kemasyarakatan pembimbing plt pelaksana tugas bapak ibu saudara saudari sdr direktur jenderal sekretaris komandan kapolres kapolsek dokter petugas regu jaga pengamanan staf anggota ketua wakil narahubung tentang kontak telepon surel seorang para warga binaan pemasyarakatan narapidana anak dan atau yang di ke dari pada dalam untuk menurut kata ujar senin selasa rabu kamis jumat sabtu minggu januari februari maret april mei juni juli agustus september oktober november desember kami kita mereka ia dia'.split(
    ' ',
  ),
);

const CAPITALISED_RUN = new RegExp(String.raw`[${UPPER}][${LOWER}’'-]+(?:\s+[${UPPER}][${LOWER}’'-]+)+`, 'gu');

export function withoutInstitutions(text: string): string {
  return text.replace(INSTITUTION, (match) => ' '.repeat(match.length));
}

/** Runs of two or more capitalised words that are not titles, roles, days or months: likely a person's full name. */
export function personNames(text: string): Array<{ name: string; index: number }> {
  const names: Array<{ name: string; index: number }> = [];
  for (const match of withoutInstitutions(text).matchAll(CAPITALISED_RUN)) {
    // Split the run where a title word interrupts it ("Kepala Rina Wulandari" → "Rina Wulandari").
    let current: string[] = [];
    let offset = match.index;
    let start = offset;
    const flush = () => {
      if (current.length >= 2) names.push({ name: current.join(' '), index: start });
      current = [];
    };
    for (const word of match[0].split(/(\s+)/)) {
      if (/^\s+$/.test(word)) {
        offset += word.length;
        continue;
      }
      if (TITLE_WORDS.has(word.toLowerCase())) flush();
      else {
        if (current.length === 0) start = offset;
        current.push(word);
      }
      offset += word.length;
    }
    flush();
  }
  return names;
}

/** People in custody or under supervision, as a release names them. */
export const INMATE_TERM = String.raw`(?:WBP|warga binaan(?: pemasyarakatan)?|narapidana|napi|tahanan|terpidana|terdakwa|tersangka|klien(?: pemasyarakatan)?|pelaku)`;
/** A full name (two or more capitalised words) or initials ("AS", "A.S."). */
export const FULL_NAME = String.raw`[${UPPER}][${LOWER}’'-]+(?:\s+[${UPPER}][${LOWER}’'-]+)+`;
export const INITIALS = String.raw`[${UPPER}]{1,3}(?:\.\s?[${UPPER}]{1,3})*\.?(?![${LETTER}])`;
