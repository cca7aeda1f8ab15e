/**
 * A small rule-based Indonesian stemmer for the checker's rules, so "kelalaiannya", "dijamin", "menanggapi" and
 * "tanggapan" meet the rule written for "lalai", "jamin" and "tanggap".
 *
 * It strips what matters for matching: the particles -lah, -kah, -pun, -tah; the possessive -nya (and -ku, -mu);
 * the suffixes -kan, -an, -i; the prefixes di-, ke-, se-, ter-, ber-, per- and meN-/peN- with their sound changes
 * (menanggapi → tanggap, memukul → pukul, menyampaikan → sampai, mengambil → ambil); the confixes ke-…-an,
 * per-…-an, peN-…-an; two stacked prefixes (diperiksa, memperbaiki); and reduplication (anak-anak → anak).
 * Without a dictionary an affix is ambiguous ("menilai": me-nilai or meN-tilai?), so the candidates are tried
 * against the roots the rules are written over (ROOTS) first; any other word gets the most likely reading.
 * Why not a library: the Snowball (Tala) stemmer in @orama/stemmers, measured on the same word list in
 * tests/unit/domain/press-release/stem.test.ts, gets the words the rules need wrong ("menanggapi" → "anggap",
 * "pemberitaan" → "ita") and does not undo reduplication.
 */

/** Roots the checker's rules are written over, and other roots that look affixed (they are never cut further). */
const ROOTS = new Set(
  (
    'duga mungkin kira awal mula picu sebab asal tanggap komentar nyata terang jawab sampai beri sedia jamin pasti ulang ' +
    'lalai salah ceroboh ulah teledor tahu simpan bawa milik rawat luka curi bunuh tipu aniaya peras rampok edar tiada ' +
    'mohon erti arti maklum periksa hubung lapor duka prihatin maaf damping peduli sesal layan tutup buka tunda henti ' +
    'guna pakai kena beritahu berita sangka tuduh ancam kabar sebar unggah rekam tangkap cari temu kembali pulih ' +
    'ajar bina didik sekolah tinggal tahan pidana hukum vonis kasus perkara bicara kata ucap tutur jelas ungkap tambah ' +
    'perhati hormat tuju pimpin jabat kelola awas jaga atur sesuai mesti tentu timbang tanya sila minta harap ' +
    'terima kasih kirim tetap catat nilai tindak lanjut laku ikut jadi buat bentuk alih pindah tempat ' +
    'diri kabur lari larikan lepas tinggalkan rusak bakar padam api asap racun makan minum sakit obat mati tewas wafat ' +
    'tenang aman kendali normal kondusif bersih bebas steril terakhir tuntas selesai berhasil ' +
    'anak warga napi narapidana petugas pegawai pejabat kepala keluarga korban saksi pelaku klien ' +
    'sendiri juga memang dikenal sering kerap suka nakal onar biang kerok masalah bandel ' +
    'diam tolak enggan pilih dulu lain hal apa pun saat ini seperti capai'
  ).split(' '),
);

/** Words that keep their form: their "affixes" are part of the root (or the rules want the whole word). */
const KEEP = new Set(
  'narapidana tahanan tersangka petugas pemasyarakatan pelaku keluarga kelurahan kecamatan kabupaten pukul pertama kepada terhadap bersama tersebut karena sebagai selama seluruh semua setiap sekitar segera sesudah sebelum setelah sedang sekolah masalah berapa ketika bahwa belum sudah telah hanya tanpa dengan kemudian kembali perkara pelayanan pengadilan perempuan pemerintah pemilik selasa sabtu minggu senin kamis jumat rabu'.split(
    ' ',
  ),
);

const VOWEL = /^[aiueo]/;

/** The root of one word (lower-cased, letters only; a word with digits or fewer than four letters is returned as is). */
export function stemWord(word: string): string {
  const w = word.toLowerCase();
  const cached = cache.get(w);
  if (cached !== undefined) return cached;
  const result = computeStem(w);
  if (cache.size > 20_000) cache.clear();
  cache.set(w, result);
  return result;
}

const cache = new Map<string, string>();

function computeStem(w: string): string {
  if (w.includes('-')) {
    const [first = '', second = ''] = w.split('-');
    // anak-anak → anak; tembak-menembak → tembak; sayur-mayur → sayur; kira-kiranya → kira
    if (first && second && (first === second || second.endsWith(first) || stemWord(second) === stemWord(first) || second.startsWith(first)))
      return stemWord(first);
    return w;
  }
  if (w.length < 4 || /[^a-z]/.test(w) || KEEP.has(w) || ROOTS.has(w)) return w;
  const candidates = candidatesOf(w);
  for (const candidate of candidates) if (ROOTS.has(candidate)) return candidate;
  // Not a root the rules know: only the particles and -nya come off, so no two unknown words are made one.
  return bases(w).at(-1) ?? w;
}

/** Readings of a word from the least to the most cut, each a possible root. The first plausible one is the guess. */
function candidatesOf(w: string): string[] {
  const out: string[] = [];
  for (const base of bases(w)) {
    const withoutPrefix = stripPrefixes(base);
    // Prefix first, then suffix (the order of Nazief–Adriani): dijamin → jamin, pernyataan → nyata.
    for (const stem of withoutPrefix) {
      out.push(stem);
      for (const suffix of ['kan', 'an', 'i'])
        if (stem.endsWith(suffix) && stem.length - suffix.length >= 3) out.push(stem.slice(0, -suffix.length));
    }
  }
  return out;
}

/** The word, without a particle (-lah, -kah, -pun, -tah), and without -nya, -ku or -mu. */
function bases(w: string): string[] {
  const list = [w];
  for (const particle of ['lah', 'kah', 'pun', 'tah'])
    if (w.endsWith(particle) && w.length - particle.length >= 5) list.push(w.slice(0, -particle.length));
  for (const base of [...list])
    for (const possessive of ['nya', 'ku', 'mu'])
      if (base.endsWith(possessive) && base.length - possessive.length >= (possessive === 'nya' ? 3 : 5))
        list.push(base.slice(0, -possessive.length));
  return list;
}

/** Every reading of the word with zero, one or two prefixes removed (the word itself first). */
function stripPrefixes(word: string): string[] {
  const once = [word, ...prefixReadings(word)];
  const twice: string[] = [];
  for (const reading of once.slice(1)) for (const inner of prefixReadings(reading)) twice.push(inner);
  return [...once, ...twice];
}

function prefixReadings(w: string): string[] {
  const r: string[] = [];
  const rest = (n: number) => w.slice(n);
  if (w.length < 5) return r;
  if (w.startsWith('di')) r.push(rest(2));
  if (w.startsWith('ke')) r.push(rest(2));
  if (w.startsWith('se')) r.push(rest(2));
  if (w.startsWith('ter')) r.push(rest(3), 'r' + rest(3));
  if (w.startsWith('ber')) r.push(rest(3), 'r' + rest(3));
  else if (w.startsWith('be')) r.push(rest(2));
  if (w.startsWith('per')) r.push(rest(3), 'r' + rest(3));
  for (const head of ['me', 'pe']) {
    if (!w.startsWith(head)) continue;
    const t = w.slice(2);
    if (t.startsWith('ny') && VOWEL.test(t.slice(2))) r.push('s' + t.slice(2), t);
    else if (t.startsWith('ng') && (VOWEL.test(t.slice(2)) || /^[ghk]/.test(t.slice(2))))
      r.push(t.slice(2), 'k' + t.slice(2), 'ng' + t.slice(2));
    else if (t.startsWith('m') && /^[bpf]/.test(t.slice(1))) r.push(t.slice(1));
    else if (t.startsWith('m') && VOWEL.test(t.slice(1))) r.push('p' + t.slice(1), t);
    else if (t.startsWith('n') && /^[cdjtsz]/.test(t.slice(1))) r.push(t.slice(1));
    else if (t.startsWith('n') && VOWEL.test(t.slice(1))) r.push('t' + t.slice(1), t);
    else if (t.startsWith('r') && VOWEL.test(t.slice(1))) r.push(t, t.slice(1));
    else if (/^[lrwy]/.test(t)) r.push(t);
    else if (head === 'pe') r.push(t);
  }
  return r;
}
