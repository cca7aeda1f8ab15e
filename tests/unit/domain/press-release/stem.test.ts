import { describe, expect, it } from 'vitest';
import { stemWord } from '@/domain/press-release/stem';
import { stemmer as snowballIndonesian } from '@orama/stemmers/indonesian';

/** Words the checker's rules must see as their root (affixes, clitics, confixes, reduplication). */
export const GOLD: Array<[string, string]> = [
  ['kelalaiannya', 'lalai'],
  ['kelalaian', 'lalai'],
  ['kecerobohan', 'ceroboh'],
  ['ulahnya', 'ulah'],
  ['kesalahan', 'salah'],
  ['menyalahkan', 'salah'],
  ['menduga', 'duga'],
  ['diduga', 'duga'],
  ['dugaan', 'duga'],
  ['dugaannya', 'duga'],
  ['kemungkinan', 'mungkin'],
  ['diperkirakan', 'kira'],
  ['perkiraan', 'kira'],
  ['bermula', 'mula'],
  ['berawal', 'awal'],
  ['diawali', 'awal'],
  ['dipicu', 'picu'],
  ['pemicunya', 'picu'],
  ['pernyataan', 'nyata'],
  ['memberikan', 'beri'],
  ['menanggapi', 'tanggap'],
  ['tanggapan', 'tanggap'],
  ['ditanggapi', 'tanggap'],
  ['berkomentar', 'komentar'],
  ['bersedia', 'sedia'],
  ['disampaikan', 'sampai'],
  ['menyampaikan', 'sampai'],
  ['sampaikan', 'sampai'],
  ['keterangan', 'terang'],
  ['menjawab', 'jawab'],
  ['pertanyaan', 'tanya'],
  ['jaminan', 'jamin'],
  ['menjamin', 'jamin'],
  ['dijamin', 'jamin'],
  ['pastikan', 'pasti'],
  ['dipastikan', 'pasti'],
  ['memastikan', 'pasti'],
  ['terulang', 'ulang'],
  ['dirawat', 'rawat'],
  ['perawatan', 'rawat'],
  ['kebakaran', 'bakar'],
  ['pencurian', 'curi'],
  ['ditiadakan', 'tiada'],
  ['pengertiannya', 'erti'],
  ['memberitahukan', 'beritahu'],
  ['pemberitaan', 'berita'],
  ['menolak', 'tolak'],
  ['mencapai', 'capai'],
  ['penahanan', 'tahan'],
  ['anak-anak', 'anak'],
  ['tanggapannyalah', 'tanggap'],
  ['jaminankah', 'jamin'],
  ['ditemukan', 'temu'],
  ['pemeriksaan', 'periksa'],
  ['diperiksa', 'periksa'],
];

describe('stemWord', () => {
  it.each(GOLD)('%s → %s', (word, root) => {
    expect(stemWord(word)).toBe(root);
  });

  it('ignores case and leaves words it does not know alone (only clitics come off)', () => {
    expect(stemWord('Kelalaiannya')).toBe('lalai');
    expect(stemWord('Narapidana')).toBe('narapidana');
    expect(stemWord('sekolah')).toBe('sekolah');
    expect(stemWord('dapurnya')).toBe('dapur');
    expect(stemWord('12.00')).toBe('12.00');
  });

  it('gets more of the rules’ words right than the Snowball (Tala) stemmer of @orama/stemmers', () => {
    const ours = GOLD.filter(([word, root]) => stemWord(word) === root).length;
    const snowball = GOLD.filter(([word, root]) => snowballIndonesian(word) === root).length;
    console.log(`stemmer agreement with the list: ours ${ours}/${GOLD.length}, Snowball ${snowball}/${GOLD.length}`);
    expect(ours).toBe(GOLD.length);
    expect(snowball).toBeLessThan(ours);
  });
});
