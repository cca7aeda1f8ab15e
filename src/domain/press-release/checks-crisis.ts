/**
 * Crisis risk: "no comment", speculation on causes, blaming victims or inmates, minimising, promises that cannot be
 * kept, the institution before the people, missing empathy, missing next step or time of the next update, and
 * hoax clarifications that open with the claim or threaten the public.
 */
import { matchRoots, negatedBefore, proseSentences, spanIn, type ReleaseText, type Sentence } from './context';
import { finding, type Finding } from './rules';
import { INMATE_TERM } from './names';
import { stemWord } from './stem';
import { LETTER } from './letters';

const NO_COMMENT =
  /\b(?:tidak ada komentar|tak ada komentar|tanpa komentar|no comment|no komen|(?:tidak|tak|belum) (?:bisa |dapat |mau |ingin |akan )?(?:ber)?komentar|enggan (?:ber)?komentar|menolak (?:ber)?komentar|(?:tidak|belum) (?:bisa|dapat) (?:memberikan|memberi) (?:keterangan|tanggapan) apa ?pun)\b/i;

/**
 * Refusals over roots, so every form is one pattern: "belum bersedia memberikan pernyataan apa pun" (belum sedia beri
 * nyata apa pun), "memilih untuk tidak menanggapi dulu" (pilih untuk tidak tanggap), "menolak berkomentar".
 */
const REFUSAL_ROOTS = new RegExp(
  [
    String.raw`\b(?:tidak|tak|belum|enggan|tolak)\s+(?:(?:untuk|sedia|mau|ingin|bisa|dapat|akan|lebih|kami|dulu)\s+)*(?:beri\s+)?(?:tanggap|komentar)\b`,
    String.raw`\b(?:tidak|tak|belum|enggan|tolak)\s+(?:(?:untuk|sedia|mau|ingin|bisa|dapat|akan|kami)\s+)*(?:beri|sampai|jawab|buka)\s+(?:\S+\s+){0,2}apa\s?pun\b`,
    String.raw`\btidak ada\s+(?:hal\s+)?(?:lain\s+|lagi\s+)?yang\s+(?:dapat|bisa|perlu)\s+(?:kami\s+)?sampai\b`,
    String.raw`\btolak\s+(?:untuk\s+)?(?:bicara|jawab|beri\s+(?:terang|nyata|tanggap))\b`,
    String.raw`\bpilih\s+(?:untuk\s+)?(?:diam|bungkam)\b`,
    String.raw`\b(?:enggan|tolak|(?:tidak|tak|belum)\s+(?:sedia|mau|ingin))\s+(?:untuk\s+)?(?:beri\s+)?(?:jelas|terang|ungkap|bicara|buka|jawab|nyata)\b`,
  ].join('|'),
  'u',
);

/** Letters every form of the roots patterns contains, meN- forms included (menolak → "nolak", menyangka → "nyangka"): sentences without them are not stemmed. */
const REFUSAL_HINT = /\b(?:tidak|tak|belum|enggan)\b|tolak|nolak|pilih/i;
const SPECULATION_HINT = /duga|mungkin|kira|ngira|sangka|nyangka|curiga|tampak|nampak|sinyal|tengara|indikasi/i;
const BLAMING_HINT = /sendiri|salah|nyalah|lalai|ceroboh|bandel|ulah|teledor|provokasi|hasut/i;
const PROMISE_HINT = /jamin|pasti|masti|\b(?:tidak|tak)\s+akan\b/i;

/** Speculation markers over roots: menduga, diduga, dugaan; kemungkinan; diperkirakan, perkiraan; tampaknya; disinyalir. */
const SPECULATION_ROOTS = /\b(?:duga|mungkin|kira|sangka|curiga|tampak|sinyalir|tengarai|indikasi)\b/;
/** A forecast is not a guessed cause: "diperkirakan mencapai dua ton", "kemungkinan selesai pekan depan". */
const FORECAST_AFTER =
  /^\s*(?:\S+\s+)?(?:mencapai|sekitar|akan|selesai|rampung|tiba|hadir|naik|turun|tumbuh|panen|lebih|kurang|sebanyak|berjumlah|\d)/i;
/** A cause stated as fact while it is still being examined: "bermula dari", "dipicu", "disebabkan oleh". */
const CAUSE_CLAIM =
  /\b(?:bermula dari|berawal dari|diawali (?:oleh|dengan|dari)|dipicu|gara-gara|dilatarbelakangi|disebabkan oleh|penyebab(?:nya)? (?:adalah|ialah|yaitu))\b/i;
const UNDER_EXAMINATION =
  /\b(?:sedang|masih|akan)\s+(?:\S+\s+)?(?:diperiksa|diselidiki|didalami|ditelusuri|dipastikan)|belum (?:diketahui|dipastikan)\b/i;

/** "sesegera mungkin", "secepat mungkin": "mungkin" after a word in se-, not a guess. */
const SE_WORD_BEFORE = new RegExp(String.raw`\bse[${LETTER}]+\s+$`);

// The forms of "duga", "mungkin" and "kira" are found over roots (SPECULATION_ROOTS); these are the other markers.
const SPECULATION = /\b(?:sepertinya|agaknya|rupanya|konon|kabarnya|disinyalir|ditengarai|indikasi(?:nya)?)\b/gi;
/** "diduga" in the legal sense (an allegation under due process) is not speculation about a cause. */
const LEGAL_AFTER =
  /^\s+(?:kuat\s+)?(?:melakukan|melanggar|terlibat|menerima|meminta|memeras|menganiaya|mengedarkan|menyelundupkan|mencuri|menipu|memalsukan|menyalahgunakan|sebagai pelaku|keterlibatan|pungutan|suap|gratifikasi|penyelundupan|peredaran|pelecehan|tindak pidana|pelanggaran|korupsi|pungutan liar|pungli|pemerasan|penganiayaan|penyalahgunaan|kekerasan|pencurian|penipuan)\b/i;
const CAUSE =
  /\b(?:penyebab(?:nya)?|sebab(?:nya)?|karena|akibat|berasal dari|dipicu|pemicu(?:nya)?|disebabkan|korsleting|arus pendek|hubungan arus|puntung|rokok|kompor|tabung gas|lalai|kelalaian|lengah|sabotase|provokator|provokasi|dendam|bunuh diri|overdosis|keracunan|kesengajaan|disengaja|sengaja)\b/i;

const BLAMING_PARTS = [
  /\b(?:dikenal|terkenal) (?:sering|suka|kerap|bermasalah|nakal)\b/i,
  /\bmemang (?:sering|suka|kerap|nakal|bermasalah|bandel|dikenal|pembuat)\b/i,
  new RegExp(
    String.raw`\b(?:ulah|kesalahan|kecerobohan|kelalaian) (?:sendiri|korban|(?:para |seorang )?(?:oknum )?${INMATE_TERM}|anak binaan|pengunjung)\b`,
    'i',
  ),
  /\b(?:membuat|pembuat|biang) (?:onar|ulah|keributan|kerok|masalah)\b/i,
  /\b(?:salah(?:nya)? sendiri|akibat perbuatan(?:nya)? sendiri|cari masalah)\b/i,
  /\bresidivis\b/i,
];
/** Blame over roots: "kelalaiannya sendiri", "ulahnya sendiri", "keluarga juga salah", "korban sendiri yang lalai". */
const BLAMING_ROOTS =
  /\b(?:lalai|salah|ceroboh|ulah|teledor|perbuat)\s+sendiri\b|\b(?:ulah|provokasi|hasut)\s+(?:\S+\s+){0,2}(?:oknum|napi|narapidana|tahanan|penghuni|warga binaan|anak binaan|pengunjung|keluarga|korban)\b|\b(?:keluarga|korban|pengunjung|napi|narapidana|tahanan|penghuni|pelaku|warga binaan|anak binaan)\s+(?:(?:juga|pun|memang|sendiri|yang)\s+)*(?:salah|lalai|ceroboh|bandel)\b/;
/** "disimpan seorang penghuni tanpa sepengetahuan petugas": the inmate is made the cause. */
const WITHOUT_KNOWLEDGE = /\btanpa\s+(?:sepengetahuan|seizin|izin)\s+(?:petugas|kami|pihak)/i;
const INMATE_WORD = new RegExp(String.raw`\b(?:${INMATE_TERM}|penghuni)\b`, 'i');

/** "the stove of an inmate", "used by an inmate without permission": blame when the sentence is about the cause. */
const OWNED_BY_INMATE = new RegExp(
  String.raw`\b(?:milik|dipakai|digunakan|dibawa|dinyalakan) (?:oleh )?(?:seorang |para )?(?:oknum )?${INMATE_TERM}|\btanpa izin\b`,
  'i',
);

const MINIMISING_PARTS = [
  /\b(?:hanya|cuma|sekadar|sebatas)\s+(?:(?:berupa|sebuah|satu|insiden|kejadian)\s+)?(?:insiden|kejadian|kebakaran|perkelahian|keributan|kericuhan|gesekan|salah paham|kesalahpahaman|miskomunikasi|luka|lecet|masalah|riak|candaan|iseng)\b/i,
  /\b(?:insiden|kejadian|masalah|persoalan|keributan|gesekan|kebakaran) (?:kecil|sepele|biasa|ringan)\b/i,
  /\b(?:tidak (?:perlu|usah) (?:dibesar-besarkan|dikhawatirkan|khawatir|cemas|panik|dibesarkan)|dibesar-besarkan|hal (?:yang )?biasa|sudah biasa terjadi|wajar terjadi|sepele)\b/i,
];

/** "Kami jamin …", "dijamin", "Kami pastikan ini yang terakhir", "tak akan terulang". */
const PROMISE_ROOTS =
  /\bjamin\b|\bpasti\s+(?:\S+\s+){0,3}terakhir\b|\b(?:tidak|tak)\s+akan\s+(?:pernah\s+)?(?:ulang|jadi\s+lagi|terjadi\s+lagi)\b/;

const PROMISES_PARTS = [
  /\b(?:menjamin|dijamin|jaminan|garansi)\b/i,
  /\bpasti (?:akan )?(?:tertangkap|ditangkap|tidak|aman|selesai|berhasil|tuntas)\b/i,
  /\btidak akan (?:pernah )?(?:terulang|terjadi lagi)\b/i,
  /\b(?:100|seratus)\s*(?:%|persen)\s*(?:aman|bersih|bebas|terkendali)/i,
  /\b(?:paling aman|teraman)\b/i,
  /\b(?:bebas|bersih|steril) (?:dari )?(?:narkoba|narkotika|ponsel|telepon seluler|pungli|pungutan liar|peredaran)\b/i,
  /\bzero (?:halinar|narkoba|pelarian|kasus)\b/i,
];

/** Each family of phrases as one pattern, so a sentence is scanned once per family. */
const anyOf = (patterns: readonly RegExp[]) => new RegExp(patterns.map((p) => p.source).join('|'), 'i');
const BLAMING = anyOf(BLAMING_PARTS);
const MINIMISING = anyOf(MINIMISING_PARTS);
const PROMISES = anyOf(PROMISES_PARTS);

const INSTITUTION_FIRST = /\b(?:aman (?:dan )?terkendali|kondusif|situasi (?:sudah |telah )?normal)\b/i;

const HARM =
  /\b(?:terluka|luka(?:-luka)?|cedera|dirawat|meninggal(?: dunia)?|tewas|wafat|korban|sesak napas|keracunan|pingsan|sakit|dilarikan ke rumah sakit|dirugikan|mual|muntah|diare|trauma|dianiaya|dipukul|kekerasan|mengungsi|dievakuasi)\b/gi;
const EMPATHY =
  /\b(?:prihatin|keprihatinan|berduka|duka|belasungkawa|bela sungkawa|menyesal|menyesalkan (?:kejadian|peristiwa|insiden)|mohon maaf|meminta maaf|memohon maaf|permohonan maaf|simpati|peduli|kepedulian|mendampingi|pendampingan|mendoakan|memahami (?:kecemasan|kekhawatiran|keresahan)|turut merasakan)\b/i;

const NEXT_STEP = new RegExp(
  String.raw`\b(?:(?:informasi|kabar|keterangan|perkembangan|pemutakhiran|laporan)\s+(?:berikutnya|selanjutnya|terbaru|lanjutan)|akan\s+(?:kami\s+)?(?:sampaikan|umumkan|informasikan|perbarui|laporkan|memperkuat|memperbaiki|menambah|meninjau|mengevaluasi|memeriksa|memasang|melatih|menyelesaikan|menyampaikan|mengumumkan|melaporkan|mendampingi|membuka|menindaklanjuti|memantau)|(?:langkah|tindak lanjut|upaya)\s+(?:berikutnya|selanjutnya|perbaikan|lanjutan)|dapat menghubungi|silakan menghubungi|hubungi\s+(?:kami|kantor|layanan|petugas|nomor|polisi|pos)|diminta\s+(?:segera\s+)?(?:menghubungi|melapor)|(?:segera\s+)?melapor(?:kan(?:nya)?)?\s+(?:ke|kepada)\s|mohon (?:tidak|jangan) (?:meneruskan|menyebarkan)|mulai (?:besok|senin|selasa|rabu|kamis|jumat|sabtu|minggu|\d)|akan\s+(?:kami\s+|terus\s+|segera\s+)?(?:me|ber|di|ter)[${LETTER}]{3,}|dapat\s+(?:diajukan|ditanyakan|disampaikan)\s+(?:kepada|ke)|dijadwalkan|dibuka\s+(?:lagi|kembali)|(?:keluarga|warga|masyarakat|wartawan)(?:\s+yang\s+[${LETTER}]+)?\s+dapat\s+[${LETTER}]+|mohon\s+.{0,40}?(?:tidak|jangan)\s+(?:di)?(?:teruskan|sebarkan|bagikan))`,
  'i',
);
const UPDATE_WORD = /\b(?:berikutnya|selanjutnya|lanjutan|perkembangan|pemutakhiran|kabar|informasi terbaru)\b/i;
const UPDATE_TIME = /\b(?:pukul\s+\d{1,2}[.:]\d{2}|\d{1,2}[.:]\d{2}\s*(?:WIB|WITA|WIT)|setiap (?:\d+|satu|dua|tiga|empat|enam) jam)\b/i;

const HOAX_CLAIM = /\b(?:hoaks|hoax|tidak benar|bohong|palsu|fitnah|keliru)\b/i;
const THREAT =
  /\b(?:laporkan|melaporkan|dilaporkan|polisikan|mempolisikan|dipolisikan|proses hukum|diproses|dijerat|menjerat|menuntut|dituntut|sanksi pidana|UU ITE)\b/i;
const THREAT_TARGET = /\b(?:pengunggah(?:nya)?|penyebar(?:nya)?|pembuat(?:nya)?|akun|warganet|netizen|penyebar hoaks)\b/i;

/** Offence names that contain a harm word ("pencurian dengan kekerasan"): the offence, not a person harmed. */
const OFFENCE_WITH_HARM =
  /\b(?:(?:pencurian|perampasan|pemerasan|pengancaman|perkara|kasus|tindak pidana)\s+(?:dengan\s+)?kekerasan|kekerasan dalam rumah tangga|kekerasan seksual|tindak kekerasan terhadap anak)\b/gi;
/** "dirawat" is about a person when a place of care or a cause follows ("dirawat di klinik", "dirawat karena …"). */
const CARED_FOR_PERSON = /^\s*(?:\S+\s+){0,2}(?:di\s+(?:klinik|rumah sakit|puskesmas|RS|ruang)|inap|intensif|karena|akibat|setelah)/i;

/** People harmed, unless the text says nobody was ("tidak ada korban"). */
export function mentionsHarm(sentences: readonly Sentence[]): boolean {
  return sentences.some((sentence) => {
    const text = /kekerasan/i.test(sentence.text) ? sentence.text.replace(OFFENCE_WITH_HARM, (m) => ' '.repeat(m.length)) : sentence.text;
    return [...text.matchAll(HARM)].some((m) => {
      if (negatedBefore(text, m.index)) return false;
      if (/^dirawat$/i.test(m[0])) return CARED_FOR_PERSON.test(text.slice(m.index + m[0].length)) || /\b(?:korban|pasien)\b/i.test(text);
      return true;
    });
  });
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
    const noComment = NO_COMMENT.exec(sentence.text) ?? toMatch(matchRoots(sentence, REFUSAL_ROOTS, REFUSAL_HINT));
    if (noComment)
      add(
        `nc${sentence.start}${sentence.part}`,
        finding(
          'no-comment',
          `“${noComment[0]}” terdengar menutupi. Sampaikan yang sudah dipastikan dan jam kabar berikutnya.`,
          spanIn(sentence, noComment.index, noComment[0].length),
        ),
      );

    const rootMarker = matchRoots(sentence, SPECULATION_ROOTS, SPECULATION_HINT);
    if (
      rootMarker &&
      !negatedBefore(sentence.text, rootMarker.index) &&
      !LEGAL_AFTER.test(sentence.text.slice(rootMarker.index + rootMarker.length))
    ) {
      const root = SPECULATION_ROOTS.exec(lemmaOf(rootMarker.text))?.[0] ?? '';
      const after = sentence.text.slice(rootMarker.index + rootMarker.length);
      const forecast = (root === 'kira' || root === 'mungkin') && FORECAST_AFTER.test(after);
      const needsCause = root !== 'duga';
      const sesegera = root === 'mungkin' && SE_WORD_BEFORE.test(sentence.text.slice(0, rootMarker.index));
      if (!forecast && !sesegera && (!needsCause || CAUSE.test(sentence.text) || /\b(?:lewat|melalui|cara)\b/i.test(sentence.text))) {
        const strong = /^\s+(?:kuat|besar)\b/i.exec(after);
        const shown = strong
          ? sentence.text.slice(rootMarker.index, rootMarker.index + rootMarker.length + strong[0].length)
          : rootMarker.text;
        add(
          `sp${sentence.start}${sentence.part}`,
          finding(
            'speculation',
            `“${shown}” menyebut dugaan penyebab. Tulis bahwa penyebab sedang diperiksa pihak berwenang.`,
            spanIn(sentence, rootMarker.index, shown.length),
          ),
        );
      }
    }
    const claim = release.kind !== 'siaran-penutup' ? CAUSE_CLAIM.exec(sentence.text) : null;
    if (claim && !negatedBefore(sentence.text, claim.index) && !UNDER_EXAMINATION.test(sentence.text)) {
      add(
        `sp${sentence.start}${sentence.part}`,
        finding(
          'speculation',
          `“${claim[0]}” menyatakan penyebab sebagai fakta padahal pemeriksaan belum selesai. Tulis bahwa penyebab sedang diperiksa.`,
          spanIn(sentence, claim.index, claim[0].length),
        ),
      );
    }

    if (CAUSE.test(sentence.text)) {
      for (const marker of sentence.text.matchAll(SPECULATION)) {
        const after = sentence.text.slice(marker.index + marker[0].length);
        const before = sentence.text.slice(0, marker.index);
        if (negatedBefore(sentence.text, marker.index) || LEGAL_AFTER.test(after)) continue;
        if (/^mungkin$/i.test(marker[0]) && SE_WORD_BEFORE.test(before)) continue; // "sesegera mungkin"
        add(
          `sp${sentence.start}${sentence.part}`,
          finding(
            'speculation',
            `“${marker[0]}” menyebut dugaan penyebab. Tulis bahwa penyebab sedang diperiksa pihak berwenang.`,
            spanIn(sentence, marker.index, marker[0].length),
          ),
        );
        break;
      }
    }

    const blame =
      BLAMING.exec(sentence.text) ??
      toMatch(matchRoots(sentence, BLAMING_ROOTS, BLAMING_HINT)) ??
      (WITHOUT_KNOWLEDGE.test(sentence.text) && INMATE_WORD.test(sentence.text) ? WITHOUT_KNOWLEDGE.exec(sentence.text) : null) ??
      (CAUSE.test(sentence.text) ? OWNED_BY_INMATE.exec(sentence.text) : null);
    if (blame)
      add(
        `bl${sentence.start}${sentence.part}`,
        finding(
          'blaming',
          `“${blame[0]}” terdengar menyalahkan korban atau warga binaan. Sebut faktanya dan langkah pendampingan.`,
          spanIn(sentence, blame.index, blame[0].length),
        ),
      );

    const minimising = MINIMISING.exec(sentence.text);
    if (minimising)
      add(
        `mi${sentence.start}${sentence.part}`,
        finding(
          'minimising',
          `“${minimising[0]}” meremehkan kejadian. Uraikan faktanya tanpa penilaian.`,
          spanIn(sentence, minimising.index, minimising[0].length),
        ),
      );

    const promise = PROMISES.exec(sentence.text) ?? toMatch(matchRoots(sentence, PROMISE_ROOTS, PROMISE_HINT));
    if (promise)
      add(
        `pr${sentence.start}${sentence.part}`,
        finding(
          'unkeepable-promise',
          `“${promise[0]}” adalah janji yang tidak bisa dipastikan. Janjikan langkah konkret dengan tenggat waktu.`,
          spanIn(sentence, promise.index, promise[0].length),
        ),
      );

    if (THREAT.test(sentence.text) && THREAT_TARGET.test(sentence.text)) {
      const threat = THREAT.exec(sentence.text)!;
      add(
        `th${sentence.part}`,
        finding(
          'threatens-public',
          'Klarifikasi ini mengancam pengunggah atau penyebar. Cukup luruskan faktanya dan ajak publik tidak meneruskan.',
          spanIn(sentence, threat.index, threat[0].length),
        ),
      );
    }
  }

  const harm = mentionsHarm(sentences);
  const firstLeadSentence = sentences.find((s) => s.part === 'lead');
  if (firstLeadSentence && harm && release.kind !== 'siaran-penutup') {
    const first = INSTITUTION_FIRST.exec(firstLeadSentence.text);
    if (first)
      findings.push(
        finding(
          'institution-first',
          `Kalimat pertama teras dibuka dengan “${first[0]}” padahal ada orang yang terdampak. Sebut dulu keadaan mereka.`,
          spanIn(firstLeadSentence, first.index, first[0].length),
        ),
      );
  }
  if (firstLeadSentence) {
    const claim = HOAX_CLAIM.exec(firstLeadSentence.text);
    const opening = firstLeadSentence.text.split(/\s+/).slice(0, 8).join(' ');
    if (claim && HOAX_CLAIM.test(opening)) {
      findings.push(
        finding(
          'hoax-opens-with-claim',
          `Teras dibuka dengan “${claim[0]}”. Buka dengan keadaan yang benar, lalu sebut kabar yang keliru.`,
          spanIn(firstLeadSentence, claim.index, claim[0].length),
        ),
      );
    }
  }

  const everything = sentences.map((s) => s.text);
  if (harm && !everything.some((text) => EMPATHY.test(text.replace(/menyesalkan (?:beredarnya|pemberitaan|berita)/gi, '')))) {
    findings.push(
      finding('empathy-missing', 'Ada orang yang terdampak, tetapi naskah belum mengungkapkan kepedulian kepada mereka dan keluarganya.'),
    );
  }
  if (!everything.some((text) => NEXT_STEP.test(text))) {
    findings.push(
      finding(
        'next-step-missing',
        'Naskah belum menyebut langkah berikutnya: apa yang akan dilakukan UPT, atau apa yang dapat dilakukan keluarga dan publik.',
      ),
    );
  }
  const ongoing = release.kind === 'pernyataan-awal' || release.kind === 'siaran-pertama' || release.kind === 'pemutakhiran';
  if (ongoing && !everything.some((text) => UPDATE_WORD.test(text) && UPDATE_TIME.test(text))) {
    findings.push(
      finding(
        'next-update-missing',
        'Naskah belum menyebut jam kabar berikutnya, misalnya "Informasi berikutnya kami sampaikan pukul 12.00."',
      ),
    );
  }
  return findings;
}

/** A roots match in the shape of a regular-expression match, so both kinds feed the same finding. */
function toMatch(match: { index: number; text: string } | null): { index: number; 0: string } | null {
  return match ? { index: match.index, 0: match.text } : null;
}

const NOT_LETTER_OR_HYPHEN = new RegExp(`[^${LETTER}-]`, 'g');

/** The roots of a few words (the marker a roots match found). */
function lemmaOf(text: string): string {
  return text
    .split(/\s+/)
    .map((word) => stemWord(word.replace(NOT_LETTER_OR_HYPHEN, '')))
    .join(' ');
}
