import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countMessageMap, countWords, describeMessageMapCount, speakingSeconds } from '@/domain/plan/message-map';
import type { KeyMessage } from '@/schemas/communication-plan';

const words = (n: number) => Array.from({ length: n }, (_, i) => `kata${i}`).join(' ');
const map = (...texts: string[]): KeyMessage[] => texts.map((text) => ({ text, facts: ['', '', ''] }));

describe('countWords', () => {
  it.each([
    ['', 0],
    ['   \n\t ', 0],
    ['Api sudah padam.', 3],
    ['  Api   sudah\npadam  ', 3],
    ['WBP, petugas, dan keluarga aman.', 5],
    ['Pukul 07.40 api padam', 4],
    ['Rp10.000 — tidak ada pungutan', 4],
    ['- – — , .', 0],
    ['Keselamatan-warga binaan', 2],
  ])('%j has %i words', (text, expected) => {
    expect(countWords(text)).toBe(expected);
  });

  it('adds up over texts joined by white space', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(countWords(`${a} ${b}`)).toBe(countWords(a) + countWords(b));
      }),
    );
  });
});

describe('speakingSeconds', () => {
  it.each([
    [0, 0],
    [1, 1],
    [3, 1],
    [4, 2],
    [27, 9],
    [28, 10],
    [90, 30],
  ])('%i words take about %i seconds (three words a second, rounded up)', (n, seconds) => {
    expect(speakingSeconds(n)).toBe(seconds);
  });
});

describe('countMessageMap', () => {
  it('counts an empty map as nothing written', () => {
    expect(countMessageMap(map('', '', ''))).toEqual({
      words: 0,
      seconds: 0,
      messages: 0,
      withinWords: true,
      withinSeconds: true,
      allMessages: false,
    });
  });

  it('accepts exactly 27 words in three messages: 9 seconds', () => {
    expect(countMessageMap(map(words(9), words(9), words(9)))).toEqual({
      words: 27,
      seconds: 9,
      messages: 3,
      withinWords: true,
      withinSeconds: true,
      allMessages: true,
    });
  });

  it('flags 28 words: over the words and over 9 seconds', () => {
    expect(countMessageMap(map(words(10), words(9), words(9)))).toMatchObject({
      words: 28,
      seconds: 10,
      withinWords: false,
      withinSeconds: false,
      allMessages: true,
    });
  });

  it('counts only messages that have text, and ignores supporting facts', () => {
    const messages: KeyMessage[] = [
      { text: 'Api padam.', facts: [words(20), words(20), ''] },
      { text: '   ', facts: ['Fakta', '', ''] },
      { text: 'Semua aman.', facts: ['', '', ''] },
    ];
    expect(countMessageMap(messages)).toMatchObject({ words: 4, messages: 2, allMessages: false });
  });

  it('describes the count in Indonesian against the 27/9/3 rule', () => {
    expect(describeMessageMapCount(countMessageMap(map(words(6), words(6), words(6))))).toBe(
      '18 dari 27 kata · ±6 dari 9 detik · 3 dari 3 pesan',
    );
  });

  it('is within words exactly when it is within seconds', () => {
    fc.assert(
      fc.property(fc.nat(60), fc.nat(60), fc.nat(60), (a, b, c) => {
        const count = countMessageMap(map(words(a), words(b), words(c)));
        expect(count.words).toBe(a + b + c);
        expect(count.withinWords).toBe(count.withinSeconds);
      }),
    );
  });
});
