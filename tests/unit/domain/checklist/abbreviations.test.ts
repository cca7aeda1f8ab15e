import { describe, expect, it } from 'vitest';
import { abbreviationLikeWords, abbreviationsUsed, checklistTexts } from '@/domain/checklist/abbreviations';

describe('abbreviationsUsed', () => {
  it('lists the known abbreviations used as whole words, sorted', () => {
    expect(abbreviationsUsed(['Lapor ke Kepala UPT.', 'Keluarga WBP menunggu.']).map((a) => a.short)).toEqual(['UPT', 'WBP']);
  });

  it.each([
    ['inside another word', ['UPTD tidak dihitung'], []],
    ['explained in place', ['kamera pengawas (CCTV)'], []],
    ['lower-case humas', ['tim humas'], ['humas']],
    ['digits and letters', ['teras 5W1H'], ['5W1H']],
    ['at the end of a sentence', ['Kantor Wilayah Ditjenpas.'], ['Ditjenpas']],
    ['nothing', ['Tidak ada singkatan.'], []],
  ])('%s', (_name, texts, expected) => {
    expect(abbreviationsUsed(texts).map((a) => a.short)).toEqual(expected);
  });
});

describe('abbreviationLikeWords', () => {
  it.each([
    ['Kepala UPT dan WBP', ['UPT', 'WBP']],
    ['UU No. 14 Tahun 2008', ['UU']],
    ['teras 5W1H', ['5W1H']],
    ['pukul 2026 dan A saja', []],
  ])('%s', (text, expected) => {
    expect(abbreviationLikeWords(text)).toEqual(expected);
  });
});

it('checklistTexts reads a checklist in order', () => {
  expect(
    checklistTexts({ purpose: 'p', whenToUse: 'w', whoUses: 's', groups: [{ title: 'g', items: [{ text: 't', explanation: 'e' }] }] }),
  ).toEqual(['p', 'w', 's', 'g', 't', 'e']);
});
