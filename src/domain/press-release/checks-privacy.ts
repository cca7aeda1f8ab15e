/**
 * Privacy and law: national ID numbers, an inmate's name or initials with the offence, a child's identity, and
 * an individual's health details. A quoted official's name is not personal data: only names standing next to an
 * inmate or child term count.
 */
import { proseSentences, spanIn, type ReleaseText } from './context';
import { finding, type Finding } from './rules';
import { FULL_NAME, INITIALS, INMATE_TERM, withoutInstitutions } from './names';
import { findPeople } from './people';
import { PART_KEYS } from './parts';
import { UPPER } from './letter-case';

const NIK_KEYWORD = /\b(?:NIK|nomor induk kependudukan)\b\s*:?\s*\d/i;
const SIXTEEN_DIGITS = /(?<![\d-])\d(?:[ .]?\d){15}(?![\d-])/g;

const NAME_OR_INITIALS = String.raw`(?:${FULL_NAME}|${INITIALS})`;
const INTRO = String.raw`(?:\s+(?:bernama|atas nama|a\.n\.|berinisial|inisial))?`;
const OFFENCE =
  /\b(?:kasus|perkara|tindak pidana|narkotika|narkoba|sabu|pencurian|pembunuhan|penipuan|korupsi|pemerkosaan|perkosaan|pencabulan|perampokan|penganiayaan|terorisme|begal|penggelapan|pemerasan|asusila|KDRT|pasal\s+\d+|vonis|divonis|dihukum|hukuman|pidana \S+ tahun|residivis)\b/i;
const ESCAPE = /\b(?:melarikan diri|kabur|pelarian|buron|buronan|DPO|daftar pencarian orang)\b/i;

/** A child in custody or before the law is in the text: the words for it, or a person under 18 (the unit's own name aside). */
const CHILD_CONTEXT =
  /\b(?:(?:seorang|dua|tiga|empat|lima|para|kedua|ketiga) anak(?! buah| perusahaan)|anak (?:itu|tersebut|laki-laki|perempuan)|anak binaan|anak didik|andikpas|anak yang berkonflik|ABH|tahanan anak|anak\s+(?:laki-laki\s+|perempuan\s+)?(?:berusia|berumur|usia)\s+\d{1,2})\b/i;
const SCHOOL = new RegExp(
  String.raw`\b(?:bersekolah di|sekolah(?:nya)? di|(?:siswa|siswi|pelajar|murid)\s+(?:kelas\s+\w+\s+)?(?:SD|SMP|SMA|SMK|MTs|MA|SLTP|SLTA|sekolah)\b|(?:SD|SMP|SMA|SMK|MTs)\s+(?:Negeri\s+|N\s+|Swasta\s+)?(?:\d+|[${UPPER}]))`,
  'u',
);
const PARENT = new RegExp(
  String.raw`\b(?:ayah|ibu|bapak|orang tua|putra|putri|anak)(?:nya)?\s+(?:dari|bernama|yaitu|adalah|pasangan)\s+[${UPPER}]|\b(?:ayah|ibu|bapak|orang tua|kakak|paman)(?:nya)?\s+(?:tinggal|bertempat tinggal|warga|berasal)\b`,
  'u',
);
const HOME = new RegExp(
  String.raw`\bdi\s+(?:Desa|Kampung|Dusun|Kelurahan|Jalan|Jl\.)\s+[${UPPER}]|\b(?:warga|tinggal di|bertempat tinggal di|berasal dari|asal|alamat(?:nya)?|rumah(?:nya)? di)\s+(?:di\s+)?(?:Desa|Kampung|Kelurahan|Dusun|Jalan|Jl\.|RT|Perumahan|Gang)\b`,
  'u',
);

function identityFindings(release: ReleaseText, findings: Finding[]): void {
  // The headline is title case and the contact block names the humas officer: people are looked for in the rest.
  const sentences = proseSentences(release, ['lead', 'body', 'quote', 'boilerplate']);
  const people = findPeople(sentences);
  const prose = sentences.map((s) => s.text).join(' ');
  const offence = OFFENCE.exec(prose);
  const escape = ESCAPE.test(prose);
  const reported = new Set<string>();

  for (const person of people) {
    if (person.role !== 'inmate' || reported.has(person.name)) continue;
    reported.add(person.name);
    const what = person.initials ? `Inisial “${person.name}”` : `Nama “${person.name}”`;
    const span = spanIn(person.sentence, person.index, person.name.length);
    if (offence) {
      findings.push(
        finding(
          'inmate-name-offence',
          `${what} disebut bersama perkaranya (“${offence[0]}”). Catatan kejahatan adalah data pribadi yang bersifat spesifik: tulis statusnya saja, misalnya "seorang narapidana laki-laki dewasa".`,
          span,
        ),
      );
    } else if (escape) {
      findings.push(
        finding(
          'inmate-name-offence',
          `${what} disebut. Dalam pelarian, foto dan ciri orang yang dicari diumumkan bersama kepolisian; pastikan keputusan itu sudah diambil bersama kepolisian dan jangan sebut perkaranya.`,
          span,
          'warning',
        ),
      );
    } else {
      findings.push(
        finding(
          'inmate-name-offence',
          `${what} menunjuk seorang narapidana, tahanan, atau klien. Siaran pers unit menyebut statusnya saja, bukan nama atau inisialnya.`,
          span,
        ),
      );
    }
  }

  const childNamed = people.filter((p) => p.role === 'child');
  for (const child of childNamed) {
    if (reported.has(child.name)) continue;
    reported.add(child.name);
    const what = child.initials ? `Inisial “${child.name}”` : `Nama “${child.name}”`;
    findings.push(
      finding(
        'child-identity',
        `${what} menunjuk seorang anak${child.age !== undefined ? ` (${child.age} tahun)` : ''}. Pakai sebutan umum seperti "seorang Anak Binaan berusia 16 tahun".`,
        spanIn(child.sentence, child.index, child.name.length),
      ),
    );
  }
  if (childNamed.length === 0 && !(/anak|ABH/i.test(prose) && CHILD_CONTEXT.test(withoutInstitutions(prose)))) return;
  for (const sentence of sentences) {
    // The sentence as written: "asal Desa Mekarsari" is exactly what must not be blanked out as an institution.
    const text = sentence.text;
    const identity = SCHOOL.exec(text) ?? PARENT.exec(text) ?? HOME.exec(text);
    if (!identity) continue;
    const shown = sentence.text
      .slice(identity.index, Math.min(sentence.text.length, identity.index + identity[0].length + 24))
      .replace(/[,.;].*$/, '')
      .trim();
    findings.push(
      finding(
        'child-identity',
        `“${shown}” dapat membuat anak dikenali (sekolah, orang tua, atau tempat tinggal). Hapus keterangan itu.`,
        spanIn(sentence, identity.index, shown.length),
      ),
    );
  }
}

const HEALTH =
  /\b(?:HIV|AIDS|ODHA|TBC|TB paru|tuberkulosis|hepatitis(?: [ABC])?|sifilis|gangguan jiwa|ODGJ|skizofrenia|depresi|bipolar|diabetes|kanker|stroke|gagal ginjal|serangan jantung|penyakit jantung|epilepsi|positif (?:narkoba|HIV|COVID(?:-19)?|sabu|amfetamin|metamfetamin)|hasil (?:tes|uji|laboratorium|lab|visum|autopsi|otopsi)|rekam medis|diagnosis|didiagnosis|riwayat (?:penyakit|sakit|gangguan)|overdosis|hamil)\b/i;
// Case written out by hand: an "i" flag would let the capitalised-name pattern match any two words.
const INDIVIDUAL = new RegExp(
  String.raw`\b(?:[Ii]a|[Dd]ia|[Bb]eliau|[Ss]eorang|[Ss]alah (?:satu|seorang)|berinisial|yang bersangkutan|[Aa]lmarhum(?:ah)?|[Mm]endiang)\b|${INMATE_TERM}${INTRO}\s+${NAME_OR_INITIALS}`,
  'u',
);

export function checkPrivacy(release: ReleaseText): Finding[] {
  const findings: Finding[] = [];

  // ID numbers anywhere, the contact block included.
  for (const part of PART_KEYS) {
    const text = release.parts[part];
    const keyword = NIK_KEYWORD.exec(text);
    const digits = [...text.matchAll(SIXTEEN_DIGITS)][0];
    const hit = keyword ?? digits;
    if (hit)
      findings.push(
        finding('national-id-number', 'Naskah memuat Nomor Induk Kependudukan (NIK) atau nomor 16 angka. Hapus nomor itu.', {
          part,
          start: hit.index,
          end: hit.index + hit[0].length,
        }),
      );
  }

  identityFindings(release, findings);

  for (const sentence of proseSentences(release)) {
    const health = HEALTH.exec(sentence.text);
    if (health && INDIVIDUAL.test(sentence.text)) {
      findings.push(
        finding(
          'health-details',
          `“${health[0]}” adalah rincian kesehatan seseorang. Sampaikan kondisi umumnya saja, setelah keluarga diberi tahu.`,
          spanIn(sentence, health.index, health[0].length),
        ),
      );
    }
  }
  return findings;
}
