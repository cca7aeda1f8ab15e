import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LETTER, LOWER, NUMBER, UPPER } from '@/domain/press-release/letters';
import { DATELINE_PATTERN } from '@/domain/press-release/parts';

const inLatinBlocks = (code: number) => code <= 0x024f || (code >= 0x1e00 && code <= 0x1eff);
const char = (code: number) => String.fromCharCode(code);

/** Every character of the Basic Multilingual Plane (surrogate halves aside). */
const BMP = Array.from({ length: 0x10000 }, (_, code) => code)
  .filter((code) => code < 0xd800 || code > 0xdfff)
  .map(char)
  .join('');
/** The characters of the Latin blocks, without the two whose case folding differs between /i and /iu (ſ and ẞ). */
const LATIN = [...BMP].filter((c) => inLatinBlocks(c.charCodeAt(0)) && c !== 'ſ' && c !== 'ẞ').join('');

/** Small letters whose other case lies outside the Latin blocks. */
const CASE_OUTSIDE = 'µßƛȿɀ';

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

  it('under the i flag alone LETTER and UPPER fold case as \\p{L} and \\p{Lu} do under i and u', () => {
    expect(matches(new RegExp(`[${LETTER}]`, 'gi'), LATIN)).toBe(matches(/\p{L}/giu, LATIN));
    // Five small letters whose capital lies outside the Latin blocks (Greek Μ, ẞ, Ƛ, Ȿ, Ɀ): \p{Lu} reaches them under
    // i and u, UPPER under i does not. None starts an Indonesian place name (UPPER is used under i only there).
    const caseOutside = new RegExp(`[${CASE_OUTSIDE}]`, 'g');
    expect(matches(new RegExp(`[${UPPER}]`, 'gi'), LATIN)).toBe(matches(/\p{Lu}/giu, LATIN).replace(caseOutside, ''));
  });

  it('every Latin letter has the same case partners under /i as under /iu, and \\b sees the same word characters', () => {
    for (const c of LATIN) {
      const escaped = `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
      expect(matches(new RegExp(escaped, 'gi'), LATIN), c).toBe(matches(new RegExp(escaped, 'giu'), LATIN));
    }
    expect(matches(/\w/gi, LATIN)).toBe(matches(/\w/giu, LATIN));
  });

  it('the dateline pattern reads Latin text with diacritics as the \\p{…} pattern with i and u did', () => {
    const reference = new RegExp(
      DATELINE_PATTERN.source.replaceAll(UPPER, '\\p{Lu}').replaceAll(LETTER, '\\p{L}'),
      `${DATELINE_PATTERN.flags}u`,
    );
    expect(reference.source).toContain('\\p{Lu}');
    const alphabet = [...LATIN].filter((c) => !CASE_OUTSIDE.includes(c));
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
