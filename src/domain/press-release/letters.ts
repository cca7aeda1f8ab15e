/**
 * Letter and digit classes for the checker's patterns, spelled out over the Latin blocks instead of \p{L}, \p{Lu},
 * \p{Ll} and \p{N}. Each is the body of a character class: write `[${LETTER}]` or `[${LETTER}’'-]`.
 *
 * Why: V8 builds every \p{…} class from Unicode's tables when a pattern first runs, and under the i and u flags
 * together it also closes the class over case; with a hundred patterns that was most of the checker's first call.
 * Over the Latin blocks (Basic Latin, Latin-1 Supplement, Latin Extended-A and -B, Latin Extended Additional) these
 * classes match exactly the characters \p{…} matches (letters.test.ts derives them from \p{…} and compares every
 * character); letters of other scripts (Greek, Cyrillic, Arabic, …) are not letters here, as an Indonesian release
 * is written in Latin letters. The capitals and small letters are in letter-case.ts, loaded with the checker rather
 * than with every page that only splits or joins a release.
 *
 * Patterns that needed the u flag only for \p{…} drop it with them: over the Latin blocks the i flag alone folds case
 * as i with u did, except for the long s "ſ" and the capital sharp s "ẞ", and LETTER under i matches as \p{L} under i
 * and u (letters.test.ts checks both). UPPER and LOWER are for case-sensitive patterns only.
 */

/** Every letter of the Latin blocks: ª, µ and º included, × and ÷ not. */
export const LETTER = 'A-Za-zªµºÀ-ÖØ-öø-ɏḀ-ỿ';

/** Digits and the number signs of Latin-1 (², ³, ¹, ¼, ½, ¾), as \p{N} has them. */
export const NUMBER = '0-9²³¹¼-¾';
