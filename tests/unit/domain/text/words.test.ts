import { describe, expect, it } from 'vitest';
import { countWords } from '@/domain/text/words';
import { countWords as pressReleaseCount } from '@/domain/press-release/text';
import { countWords as messageMapCount } from '@/domain/plan/message-map';
import { countWords as simulationCount } from '@/domain/simulation/writing';

describe('countWords: one definition of a word for the whole site', () => {
  it.each<[string, number]>([
    ['', 0],
    ['   \n\t ', 0],
    ['Kami prihatin.', 2],
    // The sentence that was counted 6, 6 and 8 by three counters: a dash standing alone is not a word.
    ['Api padam pukul 06.10 — semua selamat – terima kasih', 8],
    ['Rp10.000, 0812-0000, dan/atau anak-anak', 4],
    ['“Kami menyesal,” kata Kepala Lapas (fiktif).', 6],
    ['• butir satu\n• butir dua', 4],
    ['WBP, tahanan, dan petugas', 4],
  ])('%j has %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });

  it('is the same function wherever a word count is taken (drill checker, plan, simulation)', () => {
    expect(pressReleaseCount).toBe(countWords);
    expect(messageMapCount).toBe(countWords);
    expect(simulationCount).toBe(countWords);
  });
});
