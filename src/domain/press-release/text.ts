/** Splitting text into words, sentences and paragraphs, keeping each piece's position so findings can point at it. */

export interface Segment {
  text: string;
  /** Offset of the first character in the text that was split. */
  start: number;
  /** Offset just after the last character. */
  end: number;
}

import { WORD_PATTERN as WORD } from '@/domain/text/words';
import { UPPER } from './letter-case';

export { countWords } from '@/domain/text/words';

/** The words of a text: "12.00", "0812-0000" and "anak-anak" stay one word. This is the benchmark's baseline. */
export function tokenize(text: string): Segment[] {
  const words: Segment[] = [];
  for (const match of text.matchAll(WORD)) words.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  return words;
}

/** Non-empty lines (a paragraph per line; blank lines between paragraphs are optional). */
export function paragraphsOf(text: string, offset = 0): Segment[] {
  const paragraphs: Segment[] = [];
  for (const match of text.matchAll(/[^\n]+/g)) {
    const leading = match[0].length - match[0].trimStart().length;
    const trimmed = match[0].trim();
    if (!trimmed) continue;
    const start = offset + match.index + leading;
    paragraphs.push({ text: trimmed, start, end: start + trimmed.length });
  }
  return paragraphs;
}

/**
 * A sentence ends at . ! or ? (with any closing quote) followed by a space and a capital letter or an opening quote.
 * So "pukul 06.25", "No. 27 Tahun 2022" and "(12/3)" never end a sentence.
 */
const SENTENCE_END = new RegExp(`[.!?]+[”"»’)]*(?=\\s+[${UPPER}“"«(])`, 'gu');

const ABBREVIATION_BEFORE = new RegExp(String.raw`(?:^|[\s(.])(?:Ir|Dr|dr|Drs|Dra|Hj|H|Prof|Sdr|Sdri|Ny|Tn|KH|No|Jl|Bpk|[${UPPER}])$`, 'u');

export function sentencesOf(paragraph: Segment): Segment[] {
  const sentences: Segment[] = [];
  let from = 0;
  const push = (to: number) => {
    const raw = paragraph.text.slice(from, to);
    const leading = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) sentences.push({ text, start: paragraph.start + from + leading, end: paragraph.start + from + leading + text.length });
  };
  for (const match of paragraph.text.matchAll(SENTENCE_END)) {
    // "Ir. Joko Susilo", "dr. Sari", "A.S. dan": a title or an initial, not the end of a sentence.
    if (match[0] === '.' && ABBREVIATION_BEFORE.test(paragraph.text.slice(Math.max(0, match.index - 5), match.index))) continue;
    push(match.index + match[0].length);
    from = match.index + match[0].length;
  }
  push(paragraph.text.length);
  return sentences;
}
