// npm run bench:press-release: how long the checker takes on releases of 300, 1,500 and 10,000 words, against bare
// tokenisation of the same text. A measurement to read, not a timed test: it is not part of npm test.
import { expect, it, vi } from 'vitest';
import { analyzePressRelease, joinRelease, splitRelease, tokenize, type ReleaseParts } from '@/domain/press-release';

const lead = 'Kebakaran terjadi di ruang dapur Lembaga Pemasyarakatan (Lapas) Kelas IIA Sungai Harapan pada Kamis (12/3) pukul 05.40 dan dipadamkan petugas pukul 06.25. Tiga Warga Binaan Pemasyarakatan (WBP) dirawat di klinik dalam kondisi stabil; penyebabnya sedang diperiksa.';
// A varied paragraph (about 60 words) with something for most rules to look at.
const paragraph = [
  'Seluruh WBP berada dalam pengawasan dan jumlahnya lengkap setelah penghitungan ulang pukul 07.00.',
  'Api diduga kuat berasal dari kompor, tetapi pemeriksaan oleh pihak berwenang masih berjalan.',
  'Keluarga dapat menghubungi layanan informasi di nomor 0812-0000-0000 setiap hari.',
  '"Kami prihatin atas kejadian ini," kata Kepala Lapas Kelas IIA Sungai Harapan, Rina Wulandari.',
  'Informasi berikutnya kami sampaikan pukul 12.00 dalam rangka keterbukaan.',
].join(' ');

function releaseOf(words: number): ReleaseParts {
  const perParagraph = paragraph.split(/\s+/).length;
  const body = Array.from({ length: Math.max(1, Math.round((words - 90) / perParagraph)) }, () => paragraph).join('\n');
  return {
    headline: 'Kebakaran Dapur Lapas Sungai Harapan Padam, Tiga Warga Binaan Dirawat',
    dateline: 'Sungai Harapan, 12 Maret 2026',
    lead,
    body,
    quote: '"Keselamatan warga binaan adalah prioritas kami," kata Kepala Lapas Kelas IIA Sungai Harapan, Rina Wulandari.',
    boilerplate: 'Tentang Lapas Kelas IIA Sungai Harapan\nLapas Kelas IIA Sungai Harapan adalah unit pelaksana teknis Direktorat Jenderal Pemasyarakatan.',
    contact: 'Narahubung: Dimas Pratama, Koordinator Humas, 0812-0000-1111\n-selesai-',
  };
}

/** Median of many runs, in milliseconds, after a warm-up (vitest 5 has no bench() any more, so it is measured here). */
function median(run: () => void, runs: number): number {
  for (let i = 0; i < Math.min(20, runs); i++) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

it('median time to analyse releases of 300, 1,500 and 10,000 words', () => {
  const rows = [300, 1500, 10000].map((words) => {
    const parts = releaseOf(words);
    const text = joinRelease(parts);
    const runs = words >= 10000 ? 30 : 200;
    const tokens = median(() => tokenize(text), runs);
    const byParts = median(() => analyzePressRelease({ parts }, { kind: 'siaran-pertama' }), runs);
    const whole = median(() => analyzePressRelease({ text }, { kind: 'siaran-pertama' }), runs);
    const split = median(() => splitRelease(text), runs);
    const splitParts = splitRelease(text);
    const ofSplit = median(() => analyzePressRelease({ parts: splitParts }, { kind: 'siaran-pertama' }), runs);
    return {
      kata: tokenize(text).length,
      'tokenisasi (ms)': Number(tokens.toFixed(3)),
      'analisis per bagian (ms)': Number(byParts.toFixed(3)),
      'analisis naskah utuh (ms)': Number(whole.toFixed(3)),
      'pemisahan saja (ms)': Number(split.toFixed(3)),
      'analisis bagian hasil pemisahan (ms)': Number(ofSplit.toFixed(3)),
      'kelipatan tokenisasi': Number((byParts / tokens).toFixed(1)),
    };
  });
  console.table(rows);
  expect(rows).toHaveLength(3);
});

it('the first call, on a freshly loaded checker (regular expressions compiled, stemmer cache empty)', async () => {
  const text = joinRelease(releaseOf(1500));
  const rows: Array<Record<string, number>> = [];
  for (let run = 0; run < 3; run++) {
    vi.resetModules();
    const loadStart = performance.now();
    const fresh = await import('@/domain/press-release/analyze');
    const loaded = performance.now();
    fresh.analyzePressRelease({ text }, { kind: 'siaran-pertama' });
    const first = performance.now();
    fresh.analyzePressRelease({ text }, { kind: 'siaran-pertama' });
    const second = performance.now();
    rows.push({ 'muat modul (ms)': Number((loaded - loadStart).toFixed(1)), 'panggilan pertama (ms)': Number((first - loaded).toFixed(1)), 'panggilan kedua (ms)': Number((second - first).toFixed(1)) });
  }
  console.table(rows);
  expect(rows).toHaveLength(5);
});
