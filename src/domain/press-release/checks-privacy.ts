/**
 * Privacy and law: national ID numbers, an inmate's name or initials with the offence, a child's identity, and
 * an individual's health details. A quoted official's name is not personal data: only names standing next to an
 * inmate or child term count.
 */
import { proseSentences, spanIn, type ReleaseText } from './context';
import { finding, type Finding } from './rules';
import { FULL_NAME, INITIALS, INMATE_TERM } from './names';
import { PART_KEYS } from './parts';

const NIK_KEYWORD = /\b(?:NIK|nomor induk kependudukan)\b\s*:?\s*\d/iu;
const SIXTEEN_DIGITS = /(?<![\d-])\d(?:[ .]?\d){15}(?![\d-])/gu;

const NAME_OR_INITIALS = String.raw`(?:${FULL_NAME}|${INITIALS})`;
const AGE = String.raw`(?:\s*\(\s*\d{1,2}(?:\s*tahun)?\s*\))?`;
const INTRO = String.raw`(?:\s+(?:bernama|atas nama|a\.n\.|berinisial|inisial))?`;
/** "narapidana Budi Santoso", "WBP berinisial AS (34)", "Budi Santoso (34), narapidana …" */
const INMATE_NAMED = new RegExp(String.raw`\b${INMATE_TERM}${INTRO}\s+(${NAME_OR_INITIALS})${AGE}|(${NAME_OR_INITIALS})${AGE}\s*,\s*(?:seorang\s+|yang merupakan\s+)?${INMATE_TERM}\b`, 'u');
const OFFENCE = /\b(?:kasus|perkara|tindak pidana|narkotika|narkoba|sabu|pencurian|pembunuhan|penipuan|korupsi|pemerkosaan|perkosaan|pencabulan|perampokan|penganiayaan|terorisme|begal|penggelapan|pemerasan|asusila|KDRT|pasal\s+\d+|vonis|divonis|dihukum|hukuman|residivis)\b/iu;
const INSTITUTION_WORD = /\b(?:Lapas|Rutan|Bapas|LPKA|Kelas|Lembaga|Rumah|Balai|Kantor|Pemasyarakatan)\b/u;

const CHILD = /\b(?:anak binaan|anak|ABH|remaja|pelajar|siswa|siswi|santri)\b(?! buah| perusahaan)/iu;
const CHILD_INITIALS_AGE = new RegExp(String.raw`(?:^|[^\p{L}])(${INITIALS})\s*\(\s*(\d{1,2})(?:\s*tahun)?\s*\)`, 'u');
const CHILD_NAMED = new RegExp(String.raw`\b(?:anak(?: binaan)?|remaja|pelajar|siswa|siswi)${INTRO}\s+(${FULL_NAME})|\b(?:anak|putra|putri) (?:dari|pasangan)\s+\p{Lu}|\borang tua(?:nya)? (?:bernama|yaitu|adalah)\s+\p{Lu}`, 'u');
const SCHOOL = /\b(?:(?:siswa|siswi|pelajar|murid)\s+(?:kelas\s+\w+\s+)?(?:SD|SMP|SMA|SMK|MTs|MA|SLTP|SLTA|sekolah)|sekolah\s+(?:menengah|kejuruan|dasar|\p{Lu})|(?:SD|SMP|SMA|SMK|MTs)\s*(?:Negeri|N|Swasta)?\s*\d+)/u;
const HOME = /\b(?:Desa|Kampung|Kelurahan|Dusun|Jalan|Jl\.|alamat|warga (?:desa|kampung|kelurahan))\s*\p{Lu}?/u;

const HEALTH = /\b(?:HIV|AIDS|ODHA|TBC|TB paru|tuberkulosis|hepatitis(?: [ABC])?|sifilis|gangguan jiwa|ODGJ|skizofrenia|depresi|bipolar|diabetes|kanker|stroke|gagal ginjal|serangan jantung|penyakit jantung|epilepsi|positif (?:narkoba|HIV|COVID(?:-19)?|sabu|amfetamin|metamfetamin)|hasil (?:tes|uji|laboratorium|lab|visum|autopsi|otopsi)|rekam medis|diagnosis|didiagnosis|riwayat (?:penyakit|sakit|gangguan)|overdosis|hamil)\b/iu;
// Case written out by hand: an "i" flag would let the capitalised-name pattern match any two words.
const INDIVIDUAL = new RegExp(String.raw`\b(?:[Ss]eorang|[Ss]alah (?:satu|seorang)|berinisial|yang bersangkutan|[Aa]lmarhum(?:ah)?|[Mm]endiang)\b|${INMATE_TERM}${INTRO}\s+${NAME_OR_INITIALS}`, 'u');

export function checkPrivacy(release: ReleaseText): Finding[] {
  const findings: Finding[] = [];

  // ID numbers anywhere, the contact block included.
  for (const part of PART_KEYS) {
    const text = release.parts[part];
    const keyword = NIK_KEYWORD.exec(text);
    const digits = [...text.matchAll(SIXTEEN_DIGITS)][0];
    const hit = keyword ?? digits;
    if (hit) findings.push(finding('national-id-number', 'Naskah memuat Nomor Induk Kependudukan (NIK) atau nomor 16 angka. Hapus nomor itu.', { part, start: hit.index, end: hit.index + hit[0].length }));
  }

  for (const sentence of proseSentences(release)) {
    const named = INMATE_NAMED.exec(sentence.text);
    const who = named ? (named[1] ?? named[2] ?? '') : '';
    if (named && who && !INSTITUTION_WORD.test(who) && OFFENCE.test(sentence.text)) {
      const fullName = new RegExp(String.raw`^${FULL_NAME}$`, 'u').test(who);
      findings.push(
        finding(
          'inmate-name-offence',
          fullName
            ? `Nama «${who}» disebut bersama perkaranya. Catatan kejahatan tidak diumumkan; cukup "seorang WBP laki-laki dewasa".`
            : `Inisial «${who}» disebut bersama perkaranya; inisial, usia, dan perkara masih dapat mengungkap identitas. Hapus perkaranya.`,
          spanIn(sentence, named.index, named[0].length),
          fullName ? 'error' : 'warning',
        ),
      );
    }

    if (CHILD.test(sentence.text)) {
      const initialsAge = CHILD_INITIALS_AGE.exec(sentence.text);
      const childByAge = initialsAge && Number(initialsAge[2]) < 18 ? initialsAge : null;
      const identity = childByAge ?? CHILD_NAMED.exec(sentence.text) ?? SCHOOL.exec(sentence.text) ?? HOME.exec(sentence.text);
      if (identity) {
        const shown = identity[0].trim();
        const start = identity.index + identity[0].indexOf(shown);
        findings.push(finding('child-identity', `«${shown}» dapat membuat anak dikenali. Pakai sebutan umum seperti "seorang Anak Binaan berusia 16 tahun".`, spanIn(sentence, start, shown.length)));
      }
    }

    const health = HEALTH.exec(sentence.text);
    if (health && INDIVIDUAL.test(sentence.text)) {
      findings.push(finding('health-details', `«${health[0]}» adalah rincian kesehatan seseorang. Sampaikan kondisi umumnya saja, setelah keluarga diberi tahu.`, spanIn(sentence, health.index, health[0].length)));
    }
  }
  return findings;
}
