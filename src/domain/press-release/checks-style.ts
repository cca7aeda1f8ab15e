/** Style: sentence and paragraph length, acronyms at first use, jargon, vague time words, shouting. */
import { distinctMatches, insideQuotes, proseSentences, quotedRanges, spanIn, type ReleaseText } from './context';
import { finding, type Finding } from './rules';
import type { PartKey } from './parts';
import { LETTER, NUMBER } from './letters';
import { UPPER } from './letter-case';

export const SENTENCE_MAX_WORDS = 30;
export const PARAGRAPH_MAX_SENTENCES = 4;
export const PARAGRAPH_MAX_WORDS = 90;

/** Acronyms a general reader knows, and Roman numerals of unit classes ("Kelas IIA"). */
const KNOWN_ACRONYMS = new Set(['WIB', 'WITA', 'WIT', 'RI', 'NKRI', 'TV', 'RT', 'RW', 'SD', 'SMP', 'SMA', 'SMK']);
const ROMAN_CLASS = /^[IVX]+[AB]?$/;
/** Capitalised words that are shouted, not abbreviations. */
const SHOUTED_WORDS = new Set([
  'HOAKS',
  'HOAX',
  'BOHONG',
  'PALSU',
  'WASPADA',
  'PENTING',
  'AWAS',
  'BENAR',
  'TIDAK',
  'INFO',
  'KLARIFIKASI',
  'FITNAH',
]);
/** Abbreviations written in mixed case that readers outside the service do not know. */
const MIXED_CASE_ACRONYMS = new Set([
  'Lapas',
  'Rutan',
  'Bapas',
  'Kanwil',
  'Ditjenpas',
  'Kalapas',
  'Karutan',
  'Kabapas',
  'Kemenimipas',
  'Kemenkumham',
  'Polres',
  'Polsek',
  'Polda',
  'Damkar',
  'Kasubsi',
  'Kasi',
  'Napi',
  'Kamtib',
  'Binadik',
]);

/** Words that start with a capital: the only ones that can be abbreviations (found without looking at every word). */
const ACRONYM_CANDIDATE = new RegExp(`(?<![${LETTER}${NUMBER}])[${UPPER}][${LETTER}${NUMBER}]{1,11}(?![${LETTER}${NUMBER}])`, 'g');
/** Three capitals in a row or "!!": a sentence that might shout (the full pattern runs only then). */
const SHOUT_HINT = new RegExp(`!!|[${UPPER}]{3}`);
/** "!!", or three words in capitals in a row. */
const SHOUT = new RegExp(String.raw`!{2,}|(?:\b[${UPPER}]{3,}\b[\s,!]+){2,}\b[${UPPER}]{3,}\b`);
/** "WBP", "UPT", "PK2": two to six capitals and digits, at least two of them capitals. */
const UPPER_ACRONYM = new RegExp(`^(?=(?:.*[${UPPER}]){2})[${UPPER}${NUMBER}]{2,6}$`);
/** "WBP (Warga Binaan …)": the expansion right after the abbreviation. */
const EXPANSION_AFTER = new RegExp(String.raw`^\s*\(\s*[${UPPER}]`);
const JARGON =
  /\b(?:dalam rangka|demikian (?:kami )?(?:disampaikan|sampaikan|untuk menjadi perhatian)|sesuai (?:dengan )?(?:prosedur|SOP|ketentuan)(?: operasional)? yang berlaku|kondusif|dapat (?:kami|di)sampaikan|adapun|terkait hal tersebut|sehubungan dengan hal tersebut|tersebut di atas|bahwasanya|oknum|giat|sidak|pihak terkait|menindaklanjuti)\b/gi;
const VAGUE_TIME = new RegExp(
  String.raw`\b(?:hari ini(?!,?\s*(?:senin|selasa|rabu|kamis|jumat|sabtu|minggu|\())|kemarin|besok|lusa|tadi(?: pagi| siang| sore| malam)?|baru-baru ini|beberapa (?:waktu|hari|saat|jam) (?:yang )?lalu|belakangan ini|akhir-akhir ini|dalam waktu dekat|secepatnya|sesegera mungkin|segera mungkin|nanti)(?![${LETTER}])`,
  'gi',
);

/**
 * Passive, bureaucratic phrasing, each with the active sentence to write instead. Information level: the text is
 * not wrong, it is distant.
 */
const PASSIVE_BUREAUCRATIC: Array<[RegExp, string]> = [
  [
    /\bbersama ini (?:kami )?(?:disampaikan|diberitahukan|diumumkan|dimaklumkan)(?: bahwa)?/i,
    'Mulailah dengan pelakunya: "Lapas meliburkan kunjungan mulai Senin …".',
  ],
  [/\b(?:di)?beritahukan (?:kepada|bahwa)\b/i, 'Sapa pembacanya langsung: "Keluarga tahanan, jadwal kunjungan Rabu pindah ke Kamis …".'],
  [
    /\b(?:untuk sementara )?ditiadakan\b/i,
    'Sebut siapa yang meniadakan dan sampai kapan: "Lapas meliburkan layanan kunjungan pada Senin dan Selasa".',
  ],
  [
    new RegExp(String.raw`\b(?:atas perhatiannya,? )?dimohon (?:pengertian|perhatian|kesediaan|maklum|kerja sama)[${LETTER}]*`, 'i'),
    'Tulis sebagai permintaan dari unit: "Kami mohon maaf atas ketidaknyamanan ini".',
  ],
  [/\bmohon dimaklumi\b/i, 'Tulis sebagai permintaan dari unit: "Kami mohon maaf atas ketidaknyamanan ini".'],
  [
    /\b(?:demikian (?:untuk|agar) (?:dapat )?(?:dipergunakan|diketahui)|(?:dapat )?dipergunakan sebagaimana mestinya|sebagaimana mestinya)\b/i,
    'Hapus penutup surat dinas ini; akhiri dengan narahubung dan jam kabar berikutnya.',
  ],
  [
    /\b(?:perlu|dapat) (?:kami )?(?:informasikan|sampaikan|beritahukan|umumkan) bahwa\b/i,
    'Langsung ke faktanya: "Lapas menutup layanan kunjungan pada Jumat …".',
  ],
  [
    /\b(?:agar|untuk|supaya) (?:dapat )?(?:ditanyakan|dimaklumi|diperhatikan|dipatuhi|dilaksanakan)\b/i,
    'Tulis ajakan aktif: "Silakan bertanya kepada petugas layanan kunjungan di nomor …".',
  ],
];

/** Words every passive pattern contains: sentences without any of them are not read seven times. */
const PASSIVE_HINT =
  /bersama ini|beritahukan|ditiadakan|dimohon|dimaklumi|mestinya|dipergunakan|informasikan|sampaikan bahwa|umumkan bahwa|\bagar\b|\bsupaya\b|\buntuk dapat\b/i;

const PROSE_FOR_STYLE: readonly PartKey[] = ['lead', 'body', 'quote', 'boilerplate'];

export function checkStyle(release: ReleaseText): Finding[] {
  const findings: Finding[] = [];
  const sentences = proseSentences(release, PROSE_FOR_STYLE);

  // Sentences and words per paragraph, from the counts made once when the release was read.
  const perParagraph = new Map<string, { sentences: number; words: number }>();
  for (const sentence of sentences) {
    if (sentence.words > SENTENCE_MAX_WORDS) {
      findings.push(
        finding(
          'sentence-too-long',
          `Kalimat ini berisi ${sentence.words} kata; pecah menjadi kalimat yang lebih pendek (paling banyak sekitar ${SENTENCE_MAX_WORDS} kata).`,
          spanIn(sentence, 0, sentence.text.length),
        ),
      );
    }
    const key = `${sentence.part}:${sentence.paragraph}`;
    const totals = perParagraph.get(key) ?? { sentences: 0, words: 0 };
    totals.sentences += 1;
    totals.words += sentence.words;
    perParagraph.set(key, totals);
  }

  for (const part of ['lead', 'body', 'boilerplate'] as const) {
    for (const [index, paragraph] of release.paragraphs[part].entries()) {
      const { sentences: count, words } = perParagraph.get(`${part}:${index}`) ?? { sentences: 0, words: 0 };
      if (count > PARAGRAPH_MAX_SENTENCES || words > PARAGRAPH_MAX_WORDS) {
        findings.push(
          finding(
            'paragraph-too-long',
            `Paragraf ini berisi ${count} kalimat dan ${words} kata; siaran pers memakai paragraf dua atau tiga kalimat.`,
            { part, start: paragraph.start, end: paragraph.end },
          ),
        );
      }
    }
  }

  checkAcronyms(release, findings);

  const passiveSeen = new Set<string>();
  for (const sentence of sentences) {
    if (!PASSIVE_HINT.test(sentence.text)) continue;
    for (const [pattern, suggestion] of PASSIVE_BUREAUCRATIC) {
      const match = pattern.exec(sentence.text);
      if (!match || passiveSeen.has(match[0].toLowerCase())) continue;
      passiveSeen.add(match[0].toLowerCase());
      findings.push(
        finding(
          'passive-bureaucratic',
          `“${match[0]}” adalah kalimat pasif ala surat dinas. ${suggestion}`,
          spanIn(sentence, match.index, match[0].length),
        ),
      );
    }
  }

  const factSheet = release.factSheet?.toLowerCase() ?? '';
  const seenJargon = new Set<string>();
  const seenVague = new Set<string>();
  const shoutedParts = new Set<PartKey>();
  for (const sentence of sentences) {
    for (const match of distinctMatches(JARGON, sentence.text, seenJargon)) {
      findings.push(
        finding(
          'jargon',
          `“${match[0]}” adalah bahasa surat dinas. Tulis faktanya langsung.`,
          spanIn(sentence, match.index, match[0].length),
        ),
      );
    }
    const quotes = /[“"«]/.test(sentence.text) ? quotedRanges(sentence.text) : [];
    for (const match of sentence.text.matchAll(VAGUE_TIME)) {
      const key = match[0].toLowerCase().trim();
      // A drill's fact sheet says "hari ini": the writer did not invent the vague time.
      if (seenVague.has(key) || insideQuotes(quotes, match.index) || (factSheet && factSheet.includes(key))) continue;
      seenVague.add(key);
      findings.push(
        finding(
          'vague-time',
          `“${match[0].trim()}” tidak menyebut waktu yang pasti. Tulis hari, tanggal, atau jamnya.`,
          spanIn(sentence, match.index, match[0].trim().length),
        ),
      );
    }
    if (shoutedParts.has(sentence.part) || !SHOUT_HINT.test(sentence.text)) continue;
    const shout = SHOUT.exec(sentence.text);
    if (shout && !/^(?:[IVX]+[AB]?\s*)+$/.test(shout[0])) {
      shoutedParts.add(sentence.part);
      findings.push(
        finding(
          'shouting',
          `“${shout[0]}” terdengar seperti berteriak. Tulis dengan huruf biasa dan satu tanda baca.`,
          spanIn(sentence, shout.index, shout[0].length),
        ),
      );
    }
  }
  return findings;
}

/** An acronym is explained when its first use stands next to its expansion: "Warga Binaan Pemasyarakatan (WBP)" or "WBP (Warga Binaan …)". */
function checkAcronyms(release: ReleaseText, findings: Finding[]): void {
  const seen = new Set<string>();
  for (const part of PROSE_FOR_STYLE) {
    const text = release.parts[part];
    for (const match of text.matchAll(ACRONYM_CANDIDATE)) {
      const word = match[0];
      const upperAcronym = UPPER_ACRONYM.test(word);
      if (!upperAcronym && !MIXED_CASE_ACRONYMS.has(word)) continue;
      if (KNOWN_ACRONYMS.has(word) || ROMAN_CLASS.test(word) || SHOUTED_WORDS.has(word) || seen.has(word)) continue;
      // An abbreviation the drill's fact sheet itself uses ("CCTV") is the drill's word, not the writer's.
      if (release.factSheet && new RegExp(`(?<![${LETTER}])${word}(?![${LETTER}])`).test(release.factSheet)) continue;
      const after = text.slice(match.index + word.length);
      // Initials of a person ("berinisial AS", "AS (34)") are not abbreviations (the privacy rules look at them).
      if (/(?:berinisial|inisial)\s*$/i.test(text.slice(0, match.index)) || /^\s*\(\s*\d/.test(after)) continue;
      seen.add(word);
      const explained = insideShortParentheses(text, match.index) || EXPANSION_AFTER.test(after);
      if (!explained) {
        findings.push(
          finding(
            'acronym-unexplained',
            `“${word}” dipakai tanpa kepanjangan. Pada penyebutan pertama tulis kepanjangannya, lalu “${word}” dalam kurung.`,
            { part, start: match.index, end: match.index + word.length },
          ),
        );
      }
    }
  }
}

/** True inside a short bracketed group such as "(WBP)" or "(Kantor Wilayah Ditjenpas)": the abbreviation after its expansion. */
function insideShortParentheses(text: string, index: number): boolean {
  const open = text.lastIndexOf('(', index);
  const close = text.indexOf(')', index);
  if (open < 0 || close < 0 || close - open > 48) return false;
  return !text.slice(open + 1, index).includes(')') && !text.slice(index, close).includes('(');
}
