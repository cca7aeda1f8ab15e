/** The release as the checks read it: its parts, and every part cut into paragraphs and sentences once. */
import type { ReleaseKind } from '@/schemas/press-release-drill';
import { PART_KEYS, type PartKey, type ReleaseParts } from './parts';
import { countWords, paragraphsOf, sentencesOf, type Segment } from './text';
import type { Finding } from './rules';

export interface Sentence extends Segment {
  part: PartKey;
  /** Index of its paragraph within the part. */
  paragraph: number;
  /** Number of words, counted once for every rule that needs it. */
  words: number;
}

export interface ReleaseText {
  parts: ReleaseParts;
  /** The kind of text asked for, when known (a drill): some parts are optional in a holding statement. */
  kind: ReleaseKind | undefined;
  paragraphs: Record<PartKey, Segment[]>;
  /** Sentences of every part, in reading order. */
  sentences: Sentence[];
}

export function readRelease(parts: ReleaseParts, kind: ReleaseKind | undefined): ReleaseText {
  const paragraphs = {} as Record<PartKey, Segment[]>;
  const sentences: Sentence[] = [];
  for (const part of PART_KEYS) {
    paragraphs[part] = paragraphsOf(parts[part]);
    for (const [index, paragraph] of paragraphs[part].entries()) {
      for (const sentence of sentencesOf(paragraph)) sentences.push({ ...sentence, part, paragraph: index, words: countWords(sentence.text) });
    }
  }
  return { parts, kind, paragraphs, sentences };
}

/** The prose a reader reads (not the contact block). */
export const PROSE_PARTS: readonly PartKey[] = ['headline', 'lead', 'body', 'quote', 'boilerplate'];

export function proseSentences(release: ReleaseText, parts: readonly PartKey[] = PROSE_PARTS): Sentence[] {
  return release.sentences.filter((sentence) => parts.includes(sentence.part));
}

/** The span of a regular-expression match inside a sentence. */
export function spanIn(sentence: Sentence, index: number, length: number): NonNullable<Finding['span']> {
  return { part: sentence.part, start: sentence.start + index, end: sentence.start + index + length };
}

/** True when a negation ("tidak", "belum", "bukan", "tanpa") stands in the three words before the position. */
export function negatedBefore(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 40), index).split(/\s+/).filter(Boolean).slice(-3).join(' ');
  return /\b(?:tidak|tak|belum|bukan|tanpa|jangan|enggan|nihil)\b/iu.test(before);
}

/** Ranges of quoted speech in a text. */
export function quotedRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const match of text.matchAll(/[“"«][^“”"«»]*[”"»]/gu)) ranges.push([match.index, match.index + match[0].length]);
  return ranges;
}

/** "Quoted" within the text of a part: inside “…”, "…" or «…». */
export function insideQuotes(ranges: Array<[number, number]>, index: number): boolean {
  return ranges.some(([start, end]) => index > start && index < end);
}

/** Regex helper: the first match of each distinct (lower-cased) phrase in a sentence. */
export function* distinctMatches(pattern: RegExp, text: string, seen: Set<string>): Generator<RegExpExecArray> {
  for (const match of text.matchAll(pattern)) {
    const key = match[0].toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    yield match as RegExpExecArray;
  }
}
