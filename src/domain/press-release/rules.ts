/**
 * Every rule of the press-release checker: what it is called, why it matters, and which module teaches it.
 * The checks themselves live in checks-*.ts; this table is what a finding's reason and link come from.
 */
import type { PartKey } from './parts';

export type RuleFamily = 'structure' | 'style' | 'crisis-risk' | 'privacy';
/** error: must be fixed before publishing; warning: should be fixed; info: worth a second look. */
export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  ruleId: RuleId;
  family: RuleFamily;
  severity: Severity;
  /** What is wrong here, in one Indonesian sentence (quotes the words found). */
  message: string;
  /** Why it matters, in one or two sentences. */
  reason: string;
  /** The module section that teaches it. */
  moduleHref: string;
  /** Where: offsets within the text of one part (absent when the problem is something missing). */
  span?: { part: PartKey; start: number; end: number };
}

export const FAMILY_LABELS: Record<RuleFamily, string> = {
  structure: 'Struktur',
  style: 'Gaya bahasa',
  'crisis-risk': 'Risiko krisis',
  privacy: 'Privasi dan hukum',
};

export const SEVERITY_LABELS: Record<Severity, string> = { error: 'Wajib diperbaiki', warning: 'Perlu diperbaiki', info: 'Pertimbangkan' };

const SP = '/modul/siaran-pers/';
const JP = '/modul/jam-pertama/';
const HE = '/modul/hukum-etika/';
const MS = '/modul/media-sosial-hoaks/';

interface RuleInfo {
  family: RuleFamily;
  severity: Severity;
  title: string;
  reason: string;
  moduleHref: string;
}

export const RULES = {
  // Structure
  'headline-missing': {
    family: 'structure',
    severity: 'warning',
    title: 'Judul ada',
    moduleHref: `${SP}#anatomi-siaran-pers`,
    reason: 'Judul merangkum berita dalam satu kalimat; penyunting memutuskan membaca atau tidak dari judul.',
  },
  'headline-too-long': {
    family: 'structure',
    severity: 'warning',
    title: 'Judul ringkas',
    moduleHref: `${SP}#anatomi-siaran-pers`,
    reason: 'Judul yang panjang sulit dibaca sekilas dan biasanya dipotong redaksi. Cukup satu kalimat aktif yang spesifik.',
  },
  'headline-all-caps': {
    family: 'structure',
    severity: 'warning',
    title: 'Judul tanpa huruf kapital semua',
    moduleHref: `${SP}#anatomi-siaran-pers`,
    reason: 'Huruf kapital semua terbaca seperti berteriak dan lebih lambat dibaca.',
  },
  'dateline-missing': {
    family: 'structure',
    severity: 'warning',
    title: 'Baris tempat dan tanggal ada',
    moduleHref: `${SP}#anatomi-siaran-pers`,
    reason: 'Baris tempat dan tanggal menunjukkan asal dan waktu naskah; tanpa itu wartawan tidak tahu kapan fakta berlaku.',
  },
  'dateline-format': {
    family: 'structure',
    severity: 'warning',
    title: 'Tempat dan tanggal dalam bentuk lazim',
    moduleHref: `${SP}#anatomi-siaran-pers`,
    reason:
      'Bentuk yang lazim adalah nama kota, tanggal dengan nama bulan, lalu tanda pisah: "Telaga Bening, 12 Maret 2026 –". Tanggal angka mudah disalahartikan.',
  },
  'lead-missing': {
    family: 'structure',
    severity: 'error',
    title: 'Teras ada',
    moduleHref: `${SP}#teras-5w1h`,
    reason: 'Teras adalah paragraf pertama yang paling banyak dibaca. Tanpa teras, fakta utama tenggelam.',
  },
  'lead-5w1h': {
    family: 'structure',
    severity: 'warning',
    title: 'Teras menjawab 5W1H',
    moduleHref: `${SP}#teras-5w1h`,
    reason:
      'Teras menjawab apa, siapa, kapan, di mana, mengapa, dan bagaimana. Bila penyebab belum diketahui, tulis bahwa penyebab sedang diperiksa.',
  },
  'lead-too-long': {
    family: 'structure',
    severity: 'info',
    title: 'Teras pendek',
    moduleHref: `${SP}#teras-5w1h`,
    reason: 'Usahakan teras tidak lebih dari sekitar 40 kata; rincian berikutnya masuk ke tubuh berita.',
  },
  'inverted-pyramid': {
    family: 'structure',
    severity: 'warning',
    title: 'Piramida terbalik',
    moduleHref: `${SP}#piramida-terbalik`,
    reason:
      'Fakta terpenting ditulis lebih dulu; pembukaan seremonial, latar belakang, atau urutan kronologis menaruh fakta utama di bagian yang dipotong penyunting.',
  },
  'quote-missing': {
    family: 'structure',
    severity: 'warning',
    title: 'Kutipan ada',
    moduleHref: `${SP}#kutipan`,
    reason: 'Kutipan menghadirkan suara manusia: kepedulian, makna, dan komitmen pimpinan.',
  },
  'quote-speaker': {
    family: 'structure',
    severity: 'warning',
    title: 'Kutipan dengan narasumber bernama',
    moduleHref: `${SP}#kutipan`,
    reason: 'Wartawan perlu tahu siapa yang berbicara dan dalam kapasitas apa: tulis nama lengkap dan jabatan, bukan "pihak Lapas".',
  },
  'quote-attribution': {
    family: 'structure',
    severity: 'warning',
    title: 'Kata kerja atribusi yang netral',
    moduleHref: `${SP}#kutipan`,
    reason:
      'Kata kerja atribusi yang netral seperti "kata" atau "ujar" menandai siapa berbicara tanpa terdengar defensif; "tegasnya" atau "membantah" terdengar menyerang.',
  },
  'boilerplate-missing': {
    family: 'structure',
    severity: 'info',
    title: 'Profil singkat ada',
    moduleHref: `${SP}#anatomi-siaran-pers`,
    reason: 'Profil singkat menjelaskan siapa UPT Anda dalam dua atau tiga kalimat baku.',
  },
  'contact-missing': {
    family: 'structure',
    severity: 'warning',
    title: 'Narahubung lengkap',
    moduleHref: `${SP}#anatomi-siaran-pers`,
    reason: 'Wartawan yang tidak bisa bertanya akan mencari sumber lain. Tulis nama, jabatan, dan nomor telepon yang aktif.',
  },
  'end-mark-missing': {
    family: 'structure',
    severity: 'info',
    title: 'Tanda akhir',
    moduleHref: `${SP}#anatomi-siaran-pers`,
    reason: 'Tanda akhir ("-selesai-" atau "###") memastikan redaksi tahu naskah sudah utuh.',
  },
  // Style
  'sentence-too-long': {
    family: 'style',
    severity: 'info',
    title: 'Kalimat pendek',
    moduleHref: `${SP}#kesalahan-yang-sering-terjadi`,
    reason: 'Kalimat lebih dari sekitar 30 kata sulit dipahami dan mudah dikutip sepotong-sepotong. Pecah menjadi dua kalimat.',
  },
  'paragraph-too-long': {
    family: 'style',
    severity: 'info',
    title: 'Paragraf pendek',
    moduleHref: `${SP}#anatomi-siaran-pers`,
    reason: 'Paragraf siaran pers berisi dua atau tiga kalimat, agar mudah dipindai dan dipotong.',
  },
  'acronym-unexplained': {
    family: 'style',
    severity: 'warning',
    title: 'Singkatan dijelaskan',
    moduleHref: `${SP}#kesalahan-yang-sering-terjadi`,
    reason: 'Pembaca umum tidak mengenal singkatan internal. Tulis kepanjangannya pada penyebutan pertama, lalu singkatannya dalam kurung.',
  },
  jargon: {
    family: 'style',
    severity: 'info',
    title: 'Tanpa bahasa birokrasi',
    moduleHref: `${SP}#kesalahan-yang-sering-terjadi`,
    reason: 'Ungkapan surat dinas membuat naskah kaku dan terdengar menutupi. Tulis faktanya langsung.',
  },
  'vague-time': {
    family: 'style',
    severity: 'info',
    title: 'Waktu yang pasti',
    moduleHref: `${SP}#teras-5w1h`,
    reason: 'Naskah bisa dibaca berhari-hari kemudian. Sebut hari, tanggal, dan jam, bukan "hari ini" atau "baru-baru ini".',
  },
  'passive-bureaucratic': {
    family: 'style',
    severity: 'info',
    title: 'Kalimat aktif, bukan gaya surat dinas',
    moduleHref: `${SP}#kesalahan-yang-sering-terjadi`,
    reason:
      'Kalimat pasif ala surat dinas ("bersama ini disampaikan", "dimohon pengertiannya") menyembunyikan siapa yang berbuat dan terdengar menjauh dari pembaca. Sebut pelakunya dan tulis dalam kalimat aktif.',
  },
  shouting: {
    family: 'style',
    severity: 'warning',
    title: 'Nada tenang',
    moduleHref: `${MS}#cara-meluruskan`,
    reason: 'Huruf kapital semua dan tanda seru berulang terdengar marah; klarifikasi yang tenang lebih dipercaya.',
  },
  // Crisis risk
  'no-comment': {
    family: 'crisis-risk',
    severity: 'error',
    title: 'Tanpa "tidak ada komentar"',
    moduleHref: `${JP}#yang-tidak-boleh-dikatakan`,
    reason:
      '"Tidak ada komentar" terdengar menyembunyikan sesuatu dan membiarkan dugaan berkembang. Sampaikan yang sudah dipastikan dan jam kabar berikutnya.',
  },
  speculation: {
    family: 'crisis-risk',
    severity: 'error',
    title: 'Tanpa spekulasi penyebab',
    moduleHref: `${JP}#yang-tidak-boleh-dikatakan`,
    reason: 'Dugaan penyebab yang ternyata keliru merusak kredibilitas seluruh naskah. Tulis bahwa penyebab sedang diperiksa.',
  },
  blaming: {
    family: 'crisis-risk',
    severity: 'error',
    title: 'Tidak menyalahkan korban atau WBP',
    moduleHref: `${JP}#yang-tidak-boleh-dikatakan`,
    reason:
      'Menyalahkan korban atau Warga Binaan Pemasyarakatan (WBP) terdengar lepas tangan dan melanggar prinsip menghormati yang terdampak.',
  },
  minimising: {
    family: 'crisis-risk',
    severity: 'warning',
    title: 'Tidak meremehkan',
    moduleHref: `${JP}#yang-tidak-boleh-dikatakan`,
    reason: 'Kata seperti "hanya" atau "insiden kecil" meremehkan pengalaman orang yang terdampak. Uraikan faktanya tanpa penilaian.',
  },
  'unkeepable-promise': {
    family: 'crisis-risk',
    severity: 'warning',
    title: 'Janji yang bisa ditepati',
    moduleHref: '/modul/pascakrisis/#siaran-pers-penutup',
    reason:
      'Janji mutlak ("menjamin", "tidak akan terulang", "100 persen aman") tidak dapat dibuktikan dan akan ditagih. Janjikan langkah konkret dengan tenggat.',
  },
  'institution-first': {
    family: 'crisis-risk',
    severity: 'warning',
    title: 'Empati sebelum citra',
    moduleHref: `${JP}#empati-lebih-dulu`,
    reason:
      'Bila kalimat pertama berbunyi "aman terkendali", pembaca mendengar bahwa yang dipikirkan UPT adalah citranya. Mulailah dari orang yang terdampak.',
  },
  'empathy-missing': {
    family: 'crisis-risk',
    severity: 'warning',
    title: 'Empati bila ada yang terdampak',
    moduleHref: `${JP}#empati-lebih-dulu`,
    reason:
      'Bila ada yang terluka, sakit, atau dirugikan, ungkapkan kepedulian kepada mereka dan keluarganya. Empati bukan pengakuan bersalah.',
  },
  'next-step-missing': {
    family: 'crisis-risk',
    severity: 'warning',
    title: 'Langkah berikutnya disebut',
    moduleHref: `${JP}#langkah-3-pernyataan-awal`,
    reason: 'Publik dan keluarga perlu tahu apa yang sedang dilakukan dan apa yang bisa mereka lakukan.',
  },
  'next-update-missing': {
    family: 'crisis-risk',
    severity: 'warning',
    title: 'Jam kabar berikutnya',
    moduleHref: `${JP}#langkah-3-pernyataan-awal`,
    reason: 'Jam kabar berikutnya memberi kepastian kepada publik dan wartawan, sehingga mereka tidak mencari ke sumber lain.',
  },
  'hoax-opens-with-claim': {
    family: 'crisis-risk',
    severity: 'warning',
    title: 'Klarifikasi dibuka dengan fakta',
    moduleHref: `${MS}#cara-meluruskan`,
    reason:
      'Buka klarifikasi dengan keadaan yang benar; sebut klaim keliru cukup sekali, sesudahnya. Yang diingat pembaca adalah kalimat pertama.',
  },
  'threatens-public': {
    family: 'crisis-risk',
    severity: 'warning',
    title: 'Tidak mengancam pengunggah',
    moduleHref: `${MS}#cara-meluruskan`,
    reason:
      'Banyak orang meneruskan kabar keliru karena cemas. Ancaman laporan polisi dalam klarifikasi membuat UPT tampak menyerang dan sering menjadi berita baru.',
  },
  // Privacy and law
  'national-id-number': {
    family: 'privacy',
    severity: 'error',
    title: 'Tanpa Nomor Induk Kependudukan',
    moduleHref: `${HE}#data-pribadi-warga-binaan-dan-tahanan`,
    reason: 'Nomor Induk Kependudukan (NIK) adalah data pribadi. Nomor seperti ini tidak pernah dimuat dalam siaran pers.',
  },
  'inmate-name-offence': {
    family: 'privacy',
    severity: 'error',
    title: 'Tanpa nama atau inisial narapidana, tahanan, atau klien',
    moduleHref: `${HE}#data-pribadi-warga-binaan-dan-tahanan`,
    reason:
      'Catatan kejahatan adalah data pribadi yang bersifat spesifik (UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi, Pasal 4 ayat (2) huruf d). Di lingkungan yang kecil, nama atau inisial ditambah usia, asal, dan perkara cukup untuk mengenali seseorang: siaran pers unit menyebut statusnya saja. Pengecualiannya pelarian: foto dan ciri orang yang dicari diumumkan, diputuskan bersama kepolisian.',
  },
  'child-identity': {
    family: 'privacy',
    severity: 'error',
    title: 'Identitas anak dirahasiakan',
    moduleHref: `${HE}#anak-yang-berkonflik-dengan-hukum`,
    reason:
      'Identitas anak, anak korban, dan anak saksi wajib dirahasiakan dalam pemberitaan: nama anak, nama orang tua, alamat, wajah, dan hal lain yang dapat mengungkap jati dirinya, termasuk sekolah dan inisial (UU No. 11 Tahun 2012 tentang Sistem Peradilan Pidana Anak, Pasal 19; Pasal 97 mengancam pelanggarnya dengan pidana penjara paling lama 5 tahun dan denda paling banyak Rp500 juta). UU No. 35 Tahun 2014 Pasal 64 huruf i melindungi anak yang berkonflik dengan hukum dari pemberitaan identitasnya, dan Kode Etik Jurnalistik Pasal 5 melarang wartawan menyiarkan identitas anak pelaku kejahatan.',
  },
  'health-details': {
    family: 'privacy',
    severity: 'error',
    title: 'Tanpa rincian kesehatan perorangan',
    moduleHref: `${HE}#boleh-diumumkan-dan-tidak-boleh-diumumkan`,
    reason:
      'Diagnosis dan hasil pemeriksaan seseorang adalah data pribadi. Sampaikan kondisi umum ("dirawat, kondisi stabil") sebatas yang dipastikan pihak berwenang.',
  },
} as const satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof RULES;
export const RULE_IDS = Object.keys(RULES) as RuleId[];

/** A finding of the given rule, with its family, reason and module link from the table. */
export function finding(ruleId: RuleId, message: string, span?: Finding['span'], severity?: Severity): Finding {
  const rule: RuleInfo = RULES[ruleId];
  const result: Finding = {
    ruleId,
    family: rule.family,
    severity: severity ?? rule.severity,
    message,
    reason: rule.reason,
    moduleHref: rule.moduleHref,
  };
  if (span) result.span = span;
  return result;
}
