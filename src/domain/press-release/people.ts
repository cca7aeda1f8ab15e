/**
 * Who is in a release: a light pass over the whole text that finds people's names (with titles, "bin"/"binti",
 * "alias", single names and initials), their ages, and the role the text gives them (inmate, detainee or client,
 * child, official, victim) from the words next to them, in the same sentence or, for "Keduanya, A dan B", the
 * sentence before. The privacy rules then judge the text as a whole: a named inmate and his offence, or a child and
 * anything that identifies him, are found wherever they stand, while an official's name and rank stay clean.
 */
import type { Sentence } from './context';
import { withoutInstitutions } from './names';
import { LETTER, NUMBER } from './letters';
import { LOWER, UPPER } from './letter-case';

export type Role = 'inmate' | 'child' | 'official' | 'victim' | 'unknown';

export interface PersonMention {
  /** The name or initials as written. */
  name: string;
  initials: boolean;
  role: Role;
  age?: number;
  sentence: Sentence;
  /** Offset of the name within the sentence's text. */
  index: number;
}

const NAME_WORD = String.raw`[${UPPER}][${LOWER}’'-]+`;
const HONORIFIC = String.raw`(?:(?:Ir|Dr|dr|Drs|Dra|Hj|H|Prof|Sdr|Sdri|Ny|Tn|KH)\.\s*)`;
/** A name: capitalised words, optionally after honorifics, joined by "bin", "binti" or "alias". */
const NAME = new RegExp(String.raw`${HONORIFIC}*${NAME_WORD}(?:\s+(?:${NAME_WORD}|(?:bin|binti|alias|als\.)\s+${NAME_WORD}))*`, 'gu');
/** Initials: "RS", "A.S.", "M. F." */
const INITIALS = new RegExp(
  `(?<![${LETTER}${NUMBER}])(?:[${UPPER}]\\.\\s?){1,3}(?![${LETTER}])|(?<![${LETTER}${NUMBER}])[${UPPER}]{2,3}(?![${LETTER}${NUMBER}])`,
  'gu',
);

/** Capitalised words that are never (part of) a person's name here. */
const NOT_NAME = new Set(
  'kepala koordinator humas juru bicara kasubsi kasi seksi subseksi bidang urusan keamanan ketertiban pembinaan kesehatan pelayanan tahanan bimbingan kemasyarakatan pembimbing plt pelaksana tugas bapak ibu saudara saudari direktur jenderal sekretaris komandan kapolres kapolsek kalapas karutan kabapas dokter petugas regu jaga pengamanan staf anggota ketua wakil narahubung tentang kontak telepon surel seorang para warga binaan pemasyarakatan narapidana napi anak dan atau yang di ke dari pada dalam untuk menurut kata ujar senin selasa rabu kamis jumat sabtu minggu januari februari maret april mei juni juli agustus september oktober november desember kami kita mereka ia dia keduanya ketiganya keempatnya almarhum almarhumah mendiang tersangka terdakwa terpidana klien blok kamar ruang pos gedung lantai sisi timur barat utara selatan wib wita wit informasi keluarga penyebab tim polisi kepolisian pemadam tidak tujuh dua tiga empat lima enam delapan sembilan sepuluh satu sebelas seluruh video pesan akun kebakaran kericuhan keributan perkelahian pelarian siaran pers nomor kelas lapas rutan bapas lpka upt wbp rsud sd smp sma smk mts dinas kantor kementerian direktorat balai lembaga rumah sakit puskesmas klinik kota kabupaten desa dusun kampung kelurahan kecamatan provinsi jalan jl rt rw pasal ayat huruf undang-undang undang- undang uu peraturan instruksi presiden inpres permen menteri pemerintah tahun kode etik jurnalistik sistem peradilan pidana perlindungan pelindungan data pribadi'.split(
    ' ',
  ),
);

const ROLE_TERMS: Array<[Role, RegExp]> = [
  [
    'inmate',
    /\b(?:narapidana|napi|warga binaan(?: pemasyarakatan)?|WBP|tahanan|terpidana|terdakwa|tersangka|klien(?: pemasyarakatan)?|pelaku|penghuni|buronan|DPO)\b/gi,
  ],
  ['child', /\b(?:anak binaan|anak didik(?: pemasyarakatan)?|andikpas|anak|ABH|remaja|putra|putri)\b/gi],
  [
    'official',
    /\b(?:kepala|kasi|kasubsi|kalapas|karutan|kabapas|koordinator|petugas|pegawai|sipir|dokter|perawat|juru bicara|komandan|kapolres|kapolsek|direktur|pembimbing kemasyarakatan|staf|pejabat|kata|ujar|menurut|narahubung|jabatan)\b/gi,
  ],
  ['victim', /\b(?:korban)\b/gi],
];

const RELEVANT =
  /narapidana|napi|warga binaan|WBP|tahanan|terpidana|terdakwa|tersangka|klien|pelaku|penghuni|buron|DPO|anak|ABH|remaja|putra|putri|siswa|siswi|pelajar|\(\s*\d{1,2}|usia|umur|keduanya|ketiganya|keempatnya|mereka|masing-masing/i;
const GROUP_PRONOUN = /(?:^|[.,;]\s*)(?:keduanya|ketiganya|keempatnya|mereka|masing-masing)\s*,?\s*$/i;
const INTRO = /(?:\s+(?:bernama|atas nama|a\.n\.|berinisial|inisial|yakni|yaitu))?\s*[,:]?\s*$/;

/** The role a term before the name gives it, when the term stands close enough (a few words, institutions removed). */
function roleBefore(blanked: string, index: number): Role | null {
  const window = blanked.slice(Math.max(0, index - 120), index);
  let best: { role: Role; end: number } | null = null;
  for (const [role, pattern] of ROLE_TERMS) {
    for (const match of window.matchAll(pattern)) {
      const end = match.index + match[0].length;
      if (!best || end > best.end) best = { role, end };
    }
  }
  if (!best) return null;
  const between = window
    .slice(best.end)
    .replace(INTRO, '')
    .replace(/\([^)]*\)/g, ' ');
  // "narapidana kasus pencurian, Anton", "Seorang narapidana Lapas …, Sutrisno": a few words, no full stop or verb of speech.
  const words = between.split(/[\s,]+/).filter(Boolean);
  if (words.length > 6 || /[.;:!?]/.test(between)) return null;
  if (best.role === 'child' && /^(?:putra|putri)$/i.test(window.slice(best.end - 5, best.end).trim())) return null;
  return best.role;
}

/** "Ir. Joko": an honorific's full stop before a name. */
const HONORIFIC_STOP = new RegExp(String.raw`\b(Ir|Dr|dr|Drs|Dra|Hj|H|Prof|Sdr|Sdri|Ny|Tn|KH)\.(?=\s*[${UPPER}])`, 'gu');
/** Schools, villages and streets: "SMP Negeri 2", "Kampung Baru", "Jl. Melati". */
const PLACE_NAME = new RegExp(
  String.raw`\b(?:SD|SMP|SMA|SMK|MTs|MA|Desa|Kampung|Dusun|Kelurahan|Jalan|Jl\.)(?:\s+(?:Negeri|\d+|[${UPPER}][${LETTER}’'-]*))+`,
  'gu',
);

/** A role named right after the name: "Budi, napi kasus …", "Budi (34), narapidana …". */
const ROLE_AFTER =
  /^\s*(?:\(\s*\d{1,2}(?:\s*tahun)?\s*\))?\s*,\s*(?:seorang\s+|yang merupakan\s+|yang juga\s+)?(narapidana|napi|warga binaan|WBP|tahanan|terpidana|terdakwa|tersangka|klien|pelaku|anak binaan|anak didik|anak|siswa|siswi|pelajar|petugas|kepala|dokter|pegawai|korban)\b/i;
const INITIALS_AFTER_ROLE =
  /\b(?:narapidana|napi|warga binaan|WBP|tahanan|terpidana|terdakwa|tersangka|klien|pelaku|anak binaan|anak|remaja|siswa|siswi|pelajar)(?:\s+(?:berinisial|inisial|bernama|atas nama|a\.n\.))?\s*[,:]?\s*$/i;
const AGE_AFTER = /^\s*(?:\(\s*(\d{1,2})(?:\s*tahun)?\s*\)|,?\s*(?:berusia|berumur|usia|umur)\s+(\d{1,2})\s+tahun)/i;

function roleOfTerm(term: string): Role {
  const t = term.toLowerCase();
  if (/^(?:anak|siswa|siswi|pelajar)/.test(t)) return 'child';
  if (/^(?:petugas|kepala|dokter|pegawai)/.test(t)) return 'official';
  if (t === 'korban') return 'victim';
  return 'inmate';
}

/** Roles found in a sentence's own words (for "Keduanya, A dan B" in the next sentence). */
function rolesIn(sentence: Sentence | undefined): Role | null {
  if (!sentence) return null;
  const blanked = withoutInstitutions(sentence.text);
  for (const [role, pattern] of ROLE_TERMS) if (role !== 'official' && new RegExp(pattern.source, 'i').test(blanked)) return role;
  return null;
}

/** Every person named in the sentences, with role and age when the text gives them. */
export function findPeople(sentences: readonly Sentence[]): PersonMention[] {
  const people: PersonMention[] = [];
  sentences.forEach((sentence, position) => {
    // Only inmates, detainees, clients and children lead to findings: a sentence with none of their words, no age and
    // no "Keduanya" is skipped (most sentences of a long release).
    if (!RELEVANT.test(sentence.text)) return;
    const blanked = withoutInstitutions(sentence.text)
      // "Ir. Joko": the honorific's full stop would cut the name in two.
      .replace(HONORIFIC_STOP, '$1 ')
      // Schools, villages and streets are places, not people (the child rule looks at them separately).
      .replace(PLACE_NAME, (m) => ' '.repeat(m.length));
    const found: Array<{ name: string; index: number; initials: boolean }> = [];
    for (const match of blanked.matchAll(NAME)) {
      // Cut the run where a word that is no name interrupts it ("Kepala Seksi Keamanan, Ir. Bambang Waluyo").
      let offset = match.index;
      let current: string[] = [];
      let start = offset;
      const flush = () => {
        if (current.length > 0) found.push({ name: current.join(' '), index: start, initials: false });
        current = [];
      };
      for (const piece of match[0].split(/(\s+)/)) {
        if (/^\s+$/.test(piece) || piece === '') {
          offset += piece.length;
          continue;
        }
        const bare = piece.replace(/\.$/, '').toLowerCase();
        if (NOT_NAME.has(bare)) flush();
        else {
          if (current.length === 0) start = offset;
          current.push(piece);
        }
        offset += piece.length;
      }
      flush();
    }
    for (const match of blanked.matchAll(INITIALS)) {
      const text = match[0].trim();
      if (NOT_NAME.has(text.replace(/\./g, '').toLowerCase()) || /^[IVX]+[AB]?$/.test(text)) continue;
      found.push({ name: text, index: match.index, initials: true });
    }
    found.sort((a, b) => a.index - b.index);

    let previous: PersonMention | null = null;
    for (const candidate of found) {
      const honorific = new RegExp(`^${HONORIFIC}+`, 'u').test(candidate.name);
      const words = candidate.name.replace(new RegExp(`^${HONORIFIC}+`, 'u'), '').split(/\s+/);
      // A single capitalised word at the start of a sentence is an ordinary word ("Penyebab", "Keduanya").
      const atStart = sentence.text.slice(0, candidate.index).trim() === '' || /[.:]\s*$/.test(sentence.text.slice(0, candidate.index));
      if (!candidate.initials && words.length === 1 && atStart && !honorific) continue;
      const after = sentence.text.slice(candidate.index + candidate.name.length);
      const ageMatch = AGE_AFTER.exec(after);
      const age = ageMatch ? Number(ageMatch[1] ?? ageMatch[2]) : undefined;
      let role: Role | null = null;
      const roleAfter = ROLE_AFTER.exec(after);
      if (roleAfter) role = roleOfTerm(roleAfter[1]!);
      const before = sentence.text.slice(0, candidate.index);
      if (
        !role &&
        previous &&
        /^\s*(?:,|dan|serta)\s*(?:dan\s*)?$/i.test(sentence.text.slice(previous.index + previous.name.length, candidate.index))
      )
        role = previous.role;
      // "Keduanya, A dan B": the group named in one of the sentences before.
      for (let back = 1; !role && GROUP_PRONOUN.test(before) && back <= 3; back++) role = rolesIn(sentences[position - back]);
      if (!role) role = roleBefore(blanked, candidate.index);
      if (age !== undefined && age < 18 && role !== 'official') role = 'child';
      // Initials count only right after a role ("narapidana berinisial RS"), before one ("RS, napi") or with an age: "NIK" is no one.
      if (
        candidate.initials &&
        age === undefined &&
        !roleAfter &&
        !(previous && role === previous.role) &&
        !INITIALS_AFTER_ROLE.test(before)
      )
        continue;
      if (candidate.initials && role === 'official') continue;
      const mention: PersonMention = {
        name: candidate.name,
        initials: candidate.initials,
        role: role ?? 'unknown',
        sentence,
        index: candidate.index,
      };
      if (age !== undefined) mention.age = age;
      people.push(mention);
      previous = mention;
    }
  });
  return people;
}
