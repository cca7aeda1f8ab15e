/**
 * Crisis risk: "no comment", speculation on causes, blaming victims or inmates, minimising, promises that cannot be
 * kept, the institution before the people, missing empathy, missing next step or time of the next update, and
 * hoax clarifications that open with the claim or threaten the public.
 */
import { negatedBefore, proseSentences, spanIn, type ReleaseText, type Sentence } from './context';
import { finding, type Finding } from './rules';
import { INMATE_TERM } from './names';

const NO_COMMENT = /\b(?:tidak ada komentar|tak ada komentar|tanpa komentar|no comment|no komen|(?:tidak|tak|belum) (?:bisa |dapat |mau |ingin |akan )?(?:ber)?komentar|enggan (?:ber)?komentar|menolak (?:ber)?komentar|(?:tidak|belum) (?:bisa|dapat) (?:memberikan|memberi) (?:keterangan|tanggapan) apa ?pun)\b/iu;

const SPECULATION = /\b(?:patut diduga|diduga(?: kuat)?|dugaan(?:nya)?|kemungkinan(?: besar)?|mungkin|sepertinya|tampaknya|agaknya|diperkirakan|disinyalir|ditengarai|konon|kabarnya|indikasi(?:nya)?)\b/giu;
/** "diduga" in the legal sense (an allegation under due process) is not speculation about a cause. */
const LEGAL_AFTER = /^\s+(?:kuat\s+)?(?:melakukan|melanggar|terlibat|menerima|meminta|memeras|menganiaya|mengedarkan|menyelundupkan|mencuri|menipu|memalsukan|menyalahgunakan|sebagai pelaku|tindak pidana|pelanggaran|korupsi|pungutan liar|pungli|pemerasan|penganiayaan|penyalahgunaan|kekerasan|pencurian|penipuan)\b/iu;
const CAUSE = /\b(?:penyebab(?:nya)?|sebab(?:nya)?|karena|akibat|berasal dari|dipicu|pemicu(?:nya)?|disebabkan|korsleting|arus pendek|hubungan arus|puntung|rokok|kompor|tabung gas|lalai|kelalaian|lengah|sabotase|provokator|provokasi|dendam|bunuh diri|overdosis|keracunan|kesengajaan|disengaja|sengaja)\b/iu;

const BLAMING_PARTS = [
  /\b(?:dikenal|terkenal) (?:sering|suka|kerap|bermasalah|nakal)\b/iu,
  /\bmemang (?:sering|suka|kerap|nakal|bermasalah|bandel|dikenal|pembuat)\b/iu,
  new RegExp(String.raw`\b(?:ulah|kesalahan|kecerobohan|kelalaian) (?:sendiri|korban|(?:para |seorang )?(?:oknum )?${INMATE_TERM}|anak binaan|pengunjung)\b`, 'iu'),
  /\b(?:membuat|pembuat|biang) (?:onar|ulah|keributan|kerok|masalah)\b/iu,
  /\b(?:salah(?:nya)? sendiri|akibat perbuatan(?:nya)? sendiri|cari masalah)\b/iu,
  /\bresidivis\b/iu,
];
/** "the stove of an inmate", "used by an inmate without permission": blame when the sentence is about the cause. */
const OWNED_BY_INMATE = new RegExp(String.raw`\b(?:milik|dipakai|digunakan|dibawa|dinyalakan) (?:oleh )?(?:seorang |para )?(?:oknum )?${INMATE_TERM}|\btanpa izin\b`, 'iu');

const MINIMISING_PARTS = [
  /\b(?:hanya|cuma|sekadar|sebatas)\s+(?:(?:berupa|sebuah|satu|insiden|kejadian)\s+)?(?:insiden|kejadian|kebakaran|perkelahian|keributan|kericuhan|gesekan|salah paham|kesalahpahaman|miskomunikasi|luka|lecet|masalah|riak|candaan|iseng)\b/iu,
  /\b(?:insiden|kejadian|masalah|persoalan|keributan|gesekan|kebakaran) (?:kecil|sepele|biasa|ringan)\b/iu,
  /\b(?:tidak (?:perlu|usah) (?:dibesar-besarkan|dikhawatirkan|khawatir|cemas|panik|dibesarkan)|dibesar-besarkan|hal (?:yang )?biasa|sudah biasa terjadi|wajar terjadi|sepele)\b/iu,
];

const PROMISES_PARTS = [
  /\b(?:menjamin|dijamin|jaminan|garansi)\b/iu,
  /\bpasti (?:akan )?(?:tertangkap|ditangkap|tidak|aman|selesai|berhasil|tuntas)\b/iu,
  /\btidak akan (?:pernah )?(?:terulang|terjadi lagi)\b/iu,
  /\b(?:100|seratus)\s*(?:%|persen)\s*(?:aman|bersih|bebas|terkendali)/iu,
  /\b(?:paling aman|teraman)\b/iu,
  /\b(?:bebas|bersih|steril) (?:dari )?(?:narkoba|narkotika|ponsel|telepon seluler|pungli|pungutan liar|peredaran)\b/iu,
  /\bzero (?:halinar|narkoba|pelarian|kasus)\b/iu,
];

/** Each family of phrases as one pattern, so a sentence is scanned once per family. */
const anyOf = (patterns: readonly RegExp[]) => new RegExp(patterns.map((p) => p.source).join('|'), 'iu');
const BLAMING = anyOf(BLAMING_PARTS);
const MINIMISING = anyOf(MINIMISING_PARTS);
const PROMISES = anyOf(PROMISES_PARTS);

const INSTITUTION_FIRST = /\b(?:aman (?:dan )?terkendali|kondusif|situasi (?:sudah |telah )?normal)\b/iu;

const HARM = /\b(?:terluka|luka(?:-luka)?|cedera|dirawat|meninggal(?: dunia)?|tewas|wafat|korban|sesak napas|keracunan|pingsan|sakit|dilarikan ke rumah sakit|dirugikan|mual|muntah|diare|trauma|dianiaya|dipukul|kekerasan|mengungsi|dievakuasi)\b/giu;
const EMPATHY = /\b(?:prihatin|keprihatinan|berduka|duka|belasungkawa|bela sungkawa|menyesal|menyesalkan (?:kejadian|peristiwa|insiden)|mohon maaf|meminta maaf|memohon maaf|permohonan maaf|simpati|peduli|kepedulian|mendampingi|pendampingan|mendoakan|memahami (?:kecemasan|kekhawatiran|keresahan)|turut merasakan)\b/iu;

const NEXT_STEP = /\b(?:(?:informasi|kabar|keterangan|perkembangan|pemutakhiran|laporan)\s+(?:berikutnya|selanjutnya|terbaru|lanjutan)|akan\s+(?:kami\s+)?(?:sampaikan|umumkan|informasikan|perbarui|laporkan|memperkuat|memperbaiki|menambah|meninjau|mengevaluasi|memeriksa|memasang|melatih|menyelesaikan|menyampaikan|mengumumkan|melaporkan|mendampingi|membuka|menindaklanjuti|memantau)|(?:langkah|tindak lanjut|upaya)\s+(?:berikutnya|selanjutnya|perbaikan|lanjutan)|dapat menghubungi|silakan menghubungi|hubungi\s+(?:kami|kantor|layanan|petugas|nomor|polisi|pos)|diminta\s+(?:segera\s+)?(?:menghubungi|melapor)|(?:segera\s+)?melapor(?:kan(?:nya)?)?\s+(?:ke|kepada)\s|mohon (?:tidak|jangan) (?:meneruskan|menyebarkan)|mulai (?:besok|senin|selasa|rabu|kamis|jumat|sabtu|minggu|\d))/iu;
const UPDATE_WORD = /\b(?:berikutnya|selanjutnya|lanjutan|perkembangan|pemutakhiran|kabar|informasi terbaru)\b/iu;
const UPDATE_TIME = /\b(?:pukul\s+\d{1,2}[.:]\d{2}|\d{1,2}[.:]\d{2}\s*(?:WIB|WITA|WIT)|setiap (?:\d+|satu|dua|tiga|empat|enam) jam)\b/iu;

const HOAX_CLAIM = /\b(?:hoaks|hoax|tidak benar|bohong|palsu|fitnah|keliru)\b/iu;
const THREAT = /\b(?:laporkan|melaporkan|dilaporkan|polisikan|mempolisikan|dipolisikan|proses hukum|diproses|dijerat|menjerat|menuntut|dituntut|sanksi pidana|UU ITE)\b/iu;
const THREAT_TARGET = /\b(?:pengunggah(?:nya)?|penyebar(?:nya)?|pembuat(?:nya)?|akun|warganet|netizen|penyebar hoaks)\b/iu;

/** People harmed, unless the text says nobody was ("tidak ada korban"). */
export function mentionsHarm(sentences: readonly Sentence[]): boolean {
  return sentences.some((sentence) => [...sentence.text.matchAll(HARM)].some((m) => !negatedBefore(sentence.text, m.index)));
}

export function checkCrisisRisk(release: ReleaseText): Finding[] {
  const findings: Finding[] = [];
  const sentences = proseSentences(release);
  const once = new Set<string>();
  const add = (key: string, f: Finding) => {
    if (once.has(key)) return;
    once.add(key);
    findings.push(f);
  };

  for (const sentence of sentences) {
    const noComment = NO_COMMENT.exec(sentence.text);
    if (noComment) add(`nc${sentence.start}${sentence.part}`, finding('no-comment', `«${noComment[0]}» terdengar menutupi. Sampaikan yang sudah dipastikan dan jam kabar berikutnya.`, spanIn(sentence, noComment.index, noComment[0].length)));

    if (CAUSE.test(sentence.text)) {
      for (const marker of sentence.text.matchAll(SPECULATION)) {
        const after = sentence.text.slice(marker.index + marker[0].length);
        const before = sentence.text.slice(0, marker.index);
        if (negatedBefore(sentence.text, marker.index) || LEGAL_AFTER.test(after)) continue;
        if (/^mungkin$/iu.test(marker[0]) && /\bse\p{L}+\s+$/u.test(before)) continue; // "sesegera mungkin"
        add(`sp${sentence.start}${sentence.part}`, finding('speculation', `«${marker[0]}» menyebut dugaan penyebab. Tulis bahwa penyebab sedang diperiksa pihak berwenang.`, spanIn(sentence, marker.index, marker[0].length)));
        break;
      }
    }

    const blame = BLAMING.exec(sentence.text) ?? (CAUSE.test(sentence.text) ? OWNED_BY_INMATE.exec(sentence.text) : null);
    if (blame) add(`bl${sentence.start}${sentence.part}`, finding('blaming', `«${blame[0]}» terdengar menyalahkan korban atau warga binaan. Sebut faktanya dan langkah pendampingan.`, spanIn(sentence, blame.index, blame[0].length)));

    const minimising = MINIMISING.exec(sentence.text);
    if (minimising) add(`mi${sentence.start}${sentence.part}`, finding('minimising', `«${minimising[0]}» meremehkan kejadian. Uraikan faktanya tanpa penilaian.`, spanIn(sentence, minimising.index, minimising[0].length)));

    const promise = PROMISES.exec(sentence.text);
    if (promise) add(`pr${sentence.start}${sentence.part}`, finding('unkeepable-promise', `«${promise[0]}» adalah janji yang tidak bisa dipastikan. Janjikan langkah konkret dengan tenggat waktu.`, spanIn(sentence, promise.index, promise[0].length)));

    if (THREAT.test(sentence.text) && THREAT_TARGET.test(sentence.text)) {
      const threat = THREAT.exec(sentence.text)!;
      add(`th${sentence.part}`, finding('threatens-public', 'Klarifikasi ini mengancam pengunggah atau penyebar. Cukup luruskan faktanya dan ajak publik tidak meneruskan.', spanIn(sentence, threat.index, threat[0].length)));
    }
  }

  const harm = mentionsHarm(sentences);
  const firstLeadSentence = sentences.find((s) => s.part === 'lead');
  if (firstLeadSentence && harm && release.kind !== 'siaran-penutup') {
    const first = INSTITUTION_FIRST.exec(firstLeadSentence.text);
    if (first) findings.push(finding('institution-first', `Kalimat pertama teras dibuka dengan «${first[0]}» padahal ada orang yang terdampak. Sebut dulu keadaan mereka.`, spanIn(firstLeadSentence, first.index, first[0].length)));
  }
  if (firstLeadSentence) {
    const claim = HOAX_CLAIM.exec(firstLeadSentence.text);
    const opening = firstLeadSentence.text.split(/\s+/).slice(0, 8).join(' ');
    if (claim && HOAX_CLAIM.test(opening)) {
      findings.push(finding('hoax-opens-with-claim', `Teras dibuka dengan «${claim[0]}». Buka dengan keadaan yang benar, lalu sebut kabar yang keliru.`, spanIn(firstLeadSentence, claim.index, claim[0].length)));
    }
  }

  const everything = sentences.map((s) => s.text);
  if (harm && !everything.some((text) => EMPATHY.test(text.replace(/menyesalkan (?:beredarnya|pemberitaan|berita)/giu, '')))) {
    findings.push(finding('empathy-missing', 'Ada orang yang terdampak, tetapi naskah belum mengungkapkan kepedulian kepada mereka dan keluarganya.'));
  }
  if (!everything.some((text) => NEXT_STEP.test(text))) {
    findings.push(finding('next-step-missing', 'Naskah belum menyebut langkah berikutnya: apa yang akan dilakukan UPT, atau apa yang dapat dilakukan keluarga dan publik.'));
  }
  const ongoing = release.kind === 'pernyataan-awal' || release.kind === 'siaran-pertama' || release.kind === 'pemutakhiran';
  if (ongoing && !everything.some((text) => UPDATE_WORD.test(text) && UPDATE_TIME.test(text))) {
    findings.push(finding('next-update-missing', 'Naskah belum menyebut jam kabar berikutnya, misalnya "Informasi berikutnya kami sampaikan pukul 12.00."'));
  }
  return findings;
}
