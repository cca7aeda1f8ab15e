import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOWER, UPPER } from '@/domain/press-release/letter-case';
import { LETTER, NUMBER } from '@/domain/press-release/letters';
import { DATELINE_PATTERN, startsSmall } from '@/domain/press-release/parts';

const inLatinBlocks = (code: number) => code <= 0x024f || (code >= 0x1e00 && code <= 0x1eff);
const char = (code: number) => String.fromCharCode(code);

/** Every character of the Basic Multilingual Plane (surrogate halves aside). */
const BMP = Array.from({ length: 0x10000 }, (_, code) => code)
  .filter((code) => code < 0xd800 || code > 0xdfff)
  .map(char)
  .join('');
/** The characters of the Latin blocks, without the two whose case folding differs between /i and /iu (ſ and ẞ). */
const LATIN = [...BMP].filter((c) => inLatinBlocks(c.charCodeAt(0)) && c !== 'ſ' && c !== 'ẞ').join('');

const matches = (pattern: RegExp, text: string) => text.match(pattern)?.join('') ?? '';

describe('letter classes over the Latin blocks', () => {
  it.each([
    ['LETTER', LETTER, 'L'],
    ['UPPER', UPPER, 'Lu'],
    ['LOWER', LOWER, 'Ll'],
    ['NUMBER', NUMBER, 'N'],
  ])('%s matches exactly what \\p{%s} matches in the Latin blocks, and nothing outside them', (_name, body, property) => {
    const derived = [...BMP].filter((c) => inLatinBlocks(c.charCodeAt(0)) && new RegExp(`\\p{${property}}`, 'u').test(c)).join('');
    expect(matches(new RegExp(`[${body}]`, 'gu'), BMP)).toBe(derived);
    expect(matches(new RegExp(`[${body}]`, 'g'), BMP)).toBe(derived);
  });

  it('under the i flag alone LETTER folds case as \\p{L} does under i and u', () => {
    expect(matches(new RegExp(`[${LETTER}]`, 'gi'), LATIN)).toBe(matches(/\p{L}/giu, LATIN));
  });

  it('every Latin letter has the same case partners under /i as under /iu, and \\b sees the same word characters', () => {
    for (const c of LATIN) {
      const escaped = `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
      expect(matches(new RegExp(escaped, 'gi'), LATIN), c).toBe(matches(new RegExp(escaped, 'giu'), LATIN));
    }
    expect(matches(/\w/gi, LATIN)).toBe(matches(/\w/giu, LATIN));
  });

  it('a line starts small as \\p{Ll} says, except for the small letters that have no capital', () => {
    const differs = [...LATIN].filter((c) => startsSmall(`${c} lagi`) !== /^\p{Ll}/u.test(c)).join('');
    expect(differs).toBe('ĸƍƪƫƺƾȡȴȵȶȷȸȹẜẝẟ');
    expect(startsSmall('dan dipadamkan')).toBe(true);
    expect(startsSmall('Dipadamkan')).toBe(false);
    expect(startsSmall('12.00')).toBe(false);
  });

  it('the dateline pattern reads Latin text with diacritics as the \\p{…} pattern with i and u did', () => {
    // The dateline may start with any letter under i; \p{Lu} under i and u took every letter that has a case.
    const uncased = [...LATIN].filter((c) => new RegExp(`[${LETTER}]`).test(c) && !/\p{Lu}/iu.test(c)).join('');
    expect(uncased).toBe('ªºıĸŉƍƪƫƺƻƾǀǁǂǃǰȡȴȵȶȷȸȹẖẗẘẙẚẜẝẟ');
    const reference = new RegExp(
      DATELINE_PATTERN.source.replace(`^[${LETTER}]`, '^\\p{Lu}').replaceAll(LETTER, '\\p{L}'),
      `${DATELINE_PATTERN.flags}u`,
    );
    expect(reference.source).toMatch(/^\^\\p\{Lu\}\[\\p\{L\}/);
    const alphabet = [...LATIN].filter((c) => !uncased.includes(c));
    const latinChar = fc.integer({ min: 0, max: alphabet.length - 1 }).map((i) => alphabet[i]!);
    const word = fc.array(fc.oneof(latinChar, fc.constantFrom('a', 'e', 'K', 'Ş', 'é', 'ñ', ' ', '.', '’')), {
      minLength: 1,
      maxLength: 12,
    });
    const dateline = fc
      .tuple(
        word,
        fc.constantFrom('', 'Senin, ', 'Kamis '),
        fc.integer({ min: 0, max: 40 }),
        fc.constantFrom('Maret', 'MEI', 'agustus', 'Desémber'),
      )
      .map(([city, day, date, month]) => `${city.join('')}, ${day}${date} ${month} 2026 –`);
    const outcomes = new Set<boolean>();
    fc.assert(
      fc.property(
        fc.oneof(
          dateline,
          word.map((w) => w.join('')),
        ),
        (text) => {
          const matched = DATELINE_PATTERN.test(text);
          expect(matched).toBe(reference.test(text));
          outcomes.add(matched);
        },
      ),
      { numRuns: 2000 },
    );
    // Both outcomes occurred: the property compared datelines as well as other text.
    expect([...outcomes].sort()).toEqual([false, true]);
  });
});
