/** Structure: headline, dateline, lead (5W1H), inverted pyramid, quote, boilerplate, contact, end mark. */
import { DATELINE_PATTERN, END_MARK_PATTERN, headlineOf, joinRelease } from './parts';
import { countWords } from './text';
import { personNames, withoutInstitutions } from './names';
import { finding, type Finding } from './rules';
import type { ReleaseText } from './context';
import { LETTER } from './letters';
import { LOWER } from './letter-case';

export const HEADLINE_MAX_WORDS = 15;
/** The module asks for "about 40 words"; beyond 50 it is clearly too long. */
export const LEAD_MAX_WORDS = 50;

/**
 * What answers each of the four questions a lead cannot do without (what, who, when, where). Deliberately generous:
 * the rule says what is clearly absent. Why and how are often unknown in the first hours ("penyebabnya sedang
 * diperiksa"), so their absence is no fault of the lead.
 */
const FIVE_W_ONE_H: Array<[label: string, pattern: RegExp]> = [
  // What: an event word, or any verb with a prefix ("dipadamkan", "menerima", "berlangsung", "terjadi").
  [
    'apa',
    new RegExp(
      String.raw`\b(?:kebakaran|kericuhan|keributan|perkelahian|pelarian|banjir|gempa|keracunan|video|kabar|pesan berantai|unggahan|penggeledahan|pemerasan|pungutan|wabah|diare|panen|kunjungan|layanan|kegiatan|pindah|pulih|padam|tewas|wafat|kabur|sakit|terluka)\b|\b(?:me|di|ber|ter|mem|men|meng|meny)[${LOWER}]{3,}`,
      'u',
    ),
  ],
  [
    'siapa',
    /\b(?:petugas|warga binaan|WBP|narapidana|tahanan|anak binaan|anak|klien|pengunjung|keluarga|kepala|lapas|rutan|lpka|bapas|lembaga|rumah tahanan|balai|kepolisian|polisi|pemadam|warga|masyarakat|orang|siswa|pelajar|layanan|unit|tim|kami|penghuni|pegawai)\b/i,
  ],
  [
    'kapan',
    /\b(?:senin|selasa|rabu|kamis|jumat|sabtu|minggu|pukul|januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|pagi|siang|sore|malam|dini hari|sejak|hari ini|kemarin|semalam|pekan ini)\b|\d{1,2}[.:]\d{2}|\(\d{1,2}(?:[–-]\d{1,2})?\/\d{1,2}\)/i,
  ],
  // Where: a preposition with a place, or the unit named ("Lapas Kelas IIA Telaga Bening menyatakan …").
  [
    'di mana',
    new RegExp(
      String.raw`\b(?:di|ke|dari)\s+[${LETTER}]{3,}|\b(?:Lapas|Rutan|Bapas|LPKA|Lembaga Pemasyarakatan|Rumah Tahanan Negara|Balai Pemasyarakatan|Lembaga Pembinaan Khusus Anak)\b`,
      'u',
    ),
  ],
];

const CEREMONIAL_OPENING =
  /^(?:dalam rangka|sehubungan dengan|menindaklanjuti|bersama ini|puji syukur|assalamu|pada kesempatan ini|dengan hormat|menanggapi)\b/i;
const CHRONOLOGICAL_OPENING = /^(?:berawal|bermula|awalnya|kronologi|kronologis|pada awalnya)\b/i;
const BACKGROUND =
  /\b(?:didirikan|berdiri sejak|diresmikan pada|sejarah|(?:adalah|merupakan)\s+(?:salah satu\s+)?(?:unit pelaksana teknis|UPT))\b/i;

const NOT_LETTER = new RegExp(`[^${LETTER}]`, 'g');

export const QUOTE_PATTERN = /[“"«][^“”"«»]{3,}[”"»]/g;
const NEUTRAL_ATTRIBUTION =
  /\b(?:kata(?:nya)?|ujar(?:nya)?|ucap(?:nya)?|tutur(?:nya)?|ungkap(?:nya)?|jelas(?:nya)?|terang(?:nya)?|sebut(?:nya)?|tambah(?:nya)?|lanjut(?:nya)?|papar(?:nya)?|menurut|mengatakan|menyampaikan|menjelaskan|menuturkan|mengungkapkan|menambahkan)\b/i;
const DEFENSIVE_ATTRIBUTION =
  /\b(?:tegas(?:nya)?|menegaskan|membantah|bantah(?:nya)?|menampik|mengecam|berdalih|kilah(?:nya)?|berkilah|sergah(?:nya)?|menyesalkan pemberitaan)\b/i;
const CONTACT_NUMBER = /(?:\+?\d[\d\s().-]{6,}\d|[\w.+-]+@[\w-]+\.[\w.]+)/;

export function checkStructure(release: ReleaseText): Finding[] {
  const findings: Finding[] = [];
  const { parts, kind } = release;
  const holding = kind === 'pernyataan-awal';

  // Header lines ("SIARAN PERS", "Untuk Disiarkan Segera") above the headline are not judged as the headline.
  const { headline } = headlineOf(parts.headline);
  const headlineStart = Math.max(0, parts.headline.lastIndexOf(headline));
  const headlineSpan = { part: 'headline' as const, start: headlineStart, end: headlineStart + headline.length };
  if (!headline) findings.push(finding('headline-missing', 'Judul belum ada. Tulis satu kalimat yang merangkum fakta utama.'));
  else {
    const words = countWords(headline);
    if (words > HEADLINE_MAX_WORDS) {
      findings.push(
        finding('headline-too-long', `Judul berisi ${words} kata; usahakan paling banyak ${HEADLINE_MAX_WORDS} kata.`, headlineSpan),
      );
    }
    const letters = headline.replace(NOT_LETTER, '');
    if (letters.length >= 8 && letters === letters.toUpperCase()) {
      findings.push(
        finding('headline-all-caps', 'Judul ditulis dengan huruf kapital semua. Pakai huruf kapital di awal kata saja.', headlineSpan),
      );
    }
  }

  const dateline = parts.dateline.trim();
  if (!dateline && !holding) {
    findings.push(finding('dateline-missing', 'Baris tempat dan tanggal belum ada, misalnya "Telaga Bening, 12 Maret 2026 –".'));
  } else if (dateline && !DATELINE_PATTERN.test(dateline)) {
    const numericDate = /\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{2,4}/.test(dateline);
    findings.push(
      finding(
        'dateline-format',
        numericDate
          ? `Tanggal di “${dateline}” ditulis dengan angka. Tulis nama bulannya: "Kota, 12 Maret 2026 –".`
          : `“${dateline}” belum berbentuk "Kota, tanggal bulan tahun –", misalnya "Telaga Bening, 12 Maret 2026 –".`,
        { part: 'dateline', start: 0, end: parts.dateline.length },
      ),
    );
  }

  const lead = parts.lead.trim();
  if (!lead)
    findings.push(
      finding('lead-missing', 'Teras belum ada. Tulis paragraf pertama yang menjawab apa, siapa, kapan, di mana, mengapa, dan bagaimana.'),
    );
  else {
    const missing = FIVE_W_ONE_H.filter(([, pattern]) => !pattern.test(lead)).map(([label]) => label);
    if (missing.length > 0) {
      findings.push(
        finding('lead-5w1h', `Teras belum menjawab: ${missing.join(', ')}.`, { part: 'lead', start: 0, end: parts.lead.length }),
      );
    }
    const words = countWords(lead);
    if (words > LEAD_MAX_WORDS) {
      findings.push(
        finding('lead-too-long', `Teras berisi ${words} kata; usahakan sekitar 40 kata dan pindahkan rincian ke tubuh berita.`, {
          part: 'lead',
          start: 0,
          end: parts.lead.length,
        }),
      );
    }
  }

  checkInvertedPyramid(release, findings);
  checkQuotes(release, findings);

  if (!parts.boilerplate.trim() && !holding) {
    findings.push(finding('boilerplate-missing', 'Profil singkat belum ada. Tambahkan dua atau tiga kalimat “Tentang [nama UPT]”.'));
  }
  const contact = parts.contact.trim();
  if (!contact) findings.push(finding('contact-missing', 'Narahubung belum ada. Tulis nama, jabatan, dan nomor telepon yang aktif.'));
  else if (!CONTACT_NUMBER.test(contact)) {
    findings.push(
      finding('contact-missing', 'Narahubung belum mencantumkan nomor telepon atau alamat surel.', {
        part: 'contact',
        start: 0,
        end: parts.contact.length,
      }),
    );
  }
  const lastLine =
    joinRelease(parts)
      .split('\n')
      .map((line) => line.trim().replace(/^\*\*(.*)\*\*$/, '$1'))
      .filter(Boolean)
      .at(-1) ?? '';
  if (!holding && lastLine && !END_MARK_PATTERN.test(lastLine)) {
    findings.push(finding('end-mark-missing', 'Naskah belum diakhiri tanda akhir. Tulis "-selesai-" atau "###" di baris terakhir.'));
  }
  return findings;
}

function checkInvertedPyramid(release: ReleaseText, findings: Finding[]): void {
  const lead = release.paragraphs.lead[0];
  if (lead) {
    const ceremonial = CEREMONIAL_OPENING.exec(lead.text) ?? CHRONOLOGICAL_OPENING.exec(lead.text);
    if (ceremonial) {
      findings.push(
        finding('inverted-pyramid', `Teras dibuka dengan “${ceremonial[0]}”, bukan dengan fakta terpenting.`, {
          part: 'lead',
          start: lead.start,
          end: lead.start + ceremonial[0].length,
        }),
      );
      return;
    }
  }
  const opening = [release.paragraphs.lead[0], release.paragraphs.body[0]];
  for (const [index, paragraph] of opening.entries()) {
    if (!paragraph) continue;
    const background = BACKGROUND.exec(paragraph.text);
    if (background) {
      const part = index === 0 ? 'lead' : 'body';
      findings.push(
        finding(
          'inverted-pyramid',
          `${index === 0 ? 'Teras' : 'Paragraf pertama tubuh berita'} berisi latar belakang lembaga (“${background[0]}”). Taruh di profil singkat; dahulukan fakta kejadian.`,
          {
            part,
            start: paragraph.start + background.index,
            end: paragraph.start + background.index + background[0].length,
          },
        ),
      );
      return;
    }
  }
  const body = release.paragraphs.body[0];
  const chronological = body && CHRONOLOGICAL_OPENING.exec(body.text);
  if (body && chronological) {
    findings.push(
      finding(
        'inverted-pyramid',
        `Tubuh berita dibuka dengan urutan kronologis (“${chronological[0]}”). Dahulukan keadaan orang dan tindakan UPT.`,
        { part: 'body', start: body.start, end: body.start + chronological[0].length },
      ),
    );
  }
}

function checkQuotes(release: ReleaseText, findings: Finding[]): void {
  const { parts, kind } = release;
  const candidates = [
    ...release.paragraphs.quote.map((paragraph) => ({ part: 'quote' as const, paragraph })),
    ...release.paragraphs.body
      .filter((p) => new RegExp(QUOTE_PATTERN.source, 'u').test(p.text))
      .map((paragraph) => ({ part: 'body' as const, paragraph })),
  ];
  const quoted = candidates.filter(({ paragraph }) => new RegExp(QUOTE_PATTERN.source, 'u').test(paragraph.text));
  if (quoted.length === 0) {
    if (parts.quote.trim()) {
      findings.push(
        finding('quote-missing', 'Kutipan belum diberi tanda petik. Tulis ucapan narasumber di antara tanda petik.', {
          part: 'quote',
          start: 0,
          end: parts.quote.length,
        }),
      );
    } else if (kind !== 'pernyataan-awal') {
      findings.push(
        finding(
          'quote-missing',
          'Belum ada kutipan. Tambahkan ucapan pimpinan yang berisi kepedulian dan komitmen, dengan nama dan jabatannya.',
        ),
      );
    }
    return;
  }
  for (const { part, paragraph } of quoted) {
    const attribution = paragraph.text.replace(QUOTE_PATTERN, (m) => ' '.repeat(m.length));
    const span = { part, start: paragraph.start, end: paragraph.end };
    const defensive = DEFENSIVE_ATTRIBUTION.exec(attribution);
    if (defensive)
      findings.push(
        finding('quote-attribution', `Kata kerja atribusi “${defensive[0]}” terdengar defensif. Pakai "kata" atau "ujar".`, span),
      );
    else if (!NEUTRAL_ATTRIBUTION.test(attribution))
      findings.push(finding('quote-attribution', 'Kutipan belum memakai kata kerja atribusi seperti "kata" atau "ujar".', span));
    if (personNames(withoutInstitutions(attribution)).length === 0) {
      findings.push(finding('quote-speaker', 'Kutipan belum menyebut nama lengkap narasumber beserta jabatannya.', span));
    }
  }
}
