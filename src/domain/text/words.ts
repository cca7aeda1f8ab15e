/**
 * The site's one definition of a word, used by every counter (press-release checker, plan's message map and holding
 * statement, simulation writing tasks), so a drill and a simulation judge the same text alike. A word is a run of
 * letters or digits; "12.00", "Rp10.000", "0812-0000", "dan/atau" and "anak-anak" stay one word, and punctuation
 * standing alone ("—", "–", "•") is not a word.
 */
export const WORD_PATTERN = /[\p{L}\p{N}]+(?:[-'’.,/][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  return text.match(WORD_PATTERN)?.length ?? 0;
}
