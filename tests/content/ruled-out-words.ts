// The words the content guide rules out, in one place. tests/content/words.test.ts checks the MDX and YAML sources
// against this list, and tests/e2e/words.spec.ts checks the visible text of the built pages (dist/), so a variant that
// comes back through an interface string or a component is caught too. The glossary's entries are the one place
// where a ruled-out word is explained, and both tests skip them.

export interface RuledOut {
  id: string;
  /** What may not appear (global, so every occurrence is found). */
  pattern: RegExp;
  /** What to write instead: shown in the failure message. */
  use: string;
  /** A sentence that also matches this is an explanation (a law quoted, a term defined) and may keep the word. */
  allowedIn?: RegExp;
  /** An occurrence the rule must catch, and (with allowedIn) one it must let through: the list's own test. */
  caught: string;
  allowed?: string;
}

export const RULED_OUT: readonly RuledOut[] = [
  { id: 'guillemets', pattern: /[«»]/g, use: '“…” (and ‘…’ inside)', caught: 'menulis «hoaks»' },
  { id: 'straight-quotes', pattern: /"/g, use: '“…” (and ‘…’ inside)', caught: 'menulis "hoaks"' },
  { id: 'rilis', pattern: /\b(?:me|di)?rilis\b/giu, use: '“siaran pers”, “menerbitkan”', caught: 'Kirim rilis ke media' },
  { id: 'konferensi-pers', pattern: /\bkonferensi pers\b/giu, use: '“jumpa pers”', caught: 'Siapkan konferensi pers' },
  { id: 'kanal', pattern: /\bkanal\b/giu, use: '“saluran”', caught: 'di kanal resmi' },
  {
    id: 'kantor-wilayah-ditjenpas',
    pattern: /\bKantor Wilayah Ditjenpas\b/gu,
    use: '“Kantor Wilayah Direktorat Jenderal Pemasyarakatan (Kanwil Ditjenpas)” at first use, then “Kanwil Ditjenpas”',
    caught: 'lapor ke Kantor Wilayah Ditjenpas',
  },
  {
    id: 'wajib',
    pattern: /\bwajib\b/giu,
    use: 'training-model wording (“langkah utama”, “perlu”, “harus”); “wajib” only when a law is quoted',
    allowedIn: /\bPasal \d+|\bwajib lapor/iu,
    caught: 'Setiap peran wajib punya cadangan.',
    allowed: 'Menurut Pasal 19, identitas anak wajib dirahasiakan.',
  },
  {
    id: 'paling-lambat',
    pattern: /\bpaling lambat\b/giu,
    use: '“dalam …” (a training model, not a regulation); “paling lambat” only when a law is quoted',
    allowedIn: /\bPasal \d+/u,
    caught: 'Jadwalkan rapat paling lambat dua minggu.',
    allowed: 'Pasal 46 meminta pemberitahuan tertulis paling lambat 3 × 24 jam.',
  },
  { id: 'inject', pattern: /\binjects?\b/giu, use: '“kabar masuk”', caught: 'Rilis inject berikutnya' },
  {
    id: 'debrief',
    pattern: /\bdebrief(?:ing)?\b/giu,
    use: '“rapat evaluasi” (a group) or “evaluasi” (one participant’s report)',
    caught: 'Debrief: laporan',
  },
  { id: 'tabletop', pattern: /\btabletop\b/giu, use: '“latihan meja”', caught: 'latihan meja (tabletop)' },
  { id: 'holding-statement', pattern: /\bholding statement\b/giu, use: '“pernyataan awal”', caught: 'Pernyataan awal (holding statement)' },
  { id: 'boilerplate', pattern: /\bboilerplate\b/giu, use: '“profil singkat”', caught: 'Profil singkat (boilerplate)' },
  { id: 'checksum', pattern: /\bchecksum\b|\bSHA-?256\b/giu, use: '“kode pemeriksa keutuhan berkas”', caught: 'Checksum SHA-256' },
  {
    id: 'raci',
    pattern: /\bRACI\b/gu,
    use: '“tabel pembagian tugas” (pelaksana, penanggung jawab akhir, dimintai masukan, diberi tahu)',
    caught: 'Tabel RACI',
  },
  {
    id: 'scct',
    pattern: /\bSCCT\b/gu,
    use: '“teori komunikasi krisis situasional”, with the English name and the acronym only where the theory is taught',
    allowedIn: /teori komunikasi krisis situasional|Situational Crisis Communication Theory/iu,
    caught: 'Menurut SCCT, strategi yang cocok',
    allowed: 'Teori komunikasi krisis situasional (SCCT) dari W. Timothy Coombs',
  },
  { id: 'bytes', pattern: /\b\d+ B\b/gu, use: '“kurang dari 1 KB”, “12,5 KB”', caught: 'Ukuran 394 B' },
];

/**
 * English phrases the text keeps because the field uses them. They must carry lang="en" (WCAG 3.1.2) so an
 * Indonesian voice does not mispronounce them: the built-page test checks that each sits inside an element with
 * lang="en"; in MDX that is the <En> component.
 */
export const ENGLISH_PHRASES: readonly RegExp[] = [
  /\boff the record\b/giu,
  /\bsocial listening\b/giu,
  /\bbe first\b/giu,
  /\bbe right\b/giu,
  /\bbe credible\b/giu,
  /\bSituational Crisis Communication Theory\b/gu,
  /\bCrisis and Emergency Risk Communication\b/gu,
  /\bmessage mapping\b/giu,
  /\bafter-action review\b/giu,
];

/** The "WBP" of the repealed law does not cover detainees: a sentence about a Rutan uses "tahanan". */
export const RUTAN_WBP = {
  pattern: /\bWBP\b|\bWarga Binaan Pemasyarakatan\b/gu,
  /** The explanation of the two terms (Hukum dan Etika) is allowed to name both. */
  allowedIn: /tidak mencakup tahanan|sudah dicabut/u,
};

export interface Hit {
  rule: string;
  word: string;
  use: string;
  sentence: string;
}

/** Sentences, roughly: enough to decide whether an occurrence sits in an explanation. */
export function sentencesOf(text: string): string[] {
  // "UU No. 27", "W. Timothy" and "dr. Sari" do not end a sentence.
  return text.split(/(?<!\bNo\.|\b\p{Lu}\.|\bdr\.)(?<=[.!?…])\s+|\n+/u).filter((s) => s.trim() !== '');
}

/** Every ruled-out word in a text, with the sentence it stands in. */
export function findRuledOut(text: string, rules: readonly RuledOut[] = RULED_OUT): Hit[] {
  const hits: Hit[] = [];
  for (const sentence of sentencesOf(text)) {
    for (const rule of rules) {
      if (rule.allowedIn?.test(sentence)) continue;
      for (const match of sentence.matchAll(rule.pattern)) {
        hits.push({ rule: rule.id, word: match[0], use: rule.use, sentence: sentence.trim().slice(0, 160) });
      }
    }
  }
  return hits;
}

/** "WBP" in a sentence that is about a Rutan (the unit of detainees). */
export function findRutanWbp(text: string, unitIsRutan = false): Hit[] {
  const hits: Hit[] = [];
  for (const sentence of sentencesOf(text)) {
    if (!unitIsRutan && !/\bRutan\b|Rumah Tahanan/u.test(sentence)) continue;
    if (RUTAN_WBP.allowedIn.test(sentence)) continue;
    for (const match of sentence.matchAll(RUTAN_WBP.pattern)) {
      hits.push({
        rule: 'wbp-di-rutan',
        word: match[0],
        use: '“tahanan” (and “narapidana” for those sentenced)',
        sentence: sentence.trim().slice(0, 160),
      });
    }
  }
  return hits;
}

export function describe(hit: Hit): string {
  return `${hit.rule}: “${hit.word}” → ${hit.use} — “${hit.sentence}”`;
}
