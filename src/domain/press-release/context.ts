/** The release as the checks read it: its parts, and every part cut into paragraphs and sentences once. */
import type { ReleaseKind } from '@/schemas/press-release-drill';
import { PART_KEYS, type PartKey, type ReleaseParts } from './parts';
import { countWords, paragraphsOf, sentencesOf, tokenize, type Segment } from './text';
import { stemWord } from './stem';
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
  /** In a drill, the facts its fact sheet gives: words taken from there are not the writer's own. */
  factSheet?: string;
}

export function readRelease(parts: ReleaseParts, kind: ReleaseKind | undefined, factSheet?: string): ReleaseText {
  const paragraphs = {} as Record<PartKey, Segment[]>;
  const sentences: Sentence[] = [];
  for (const part of PART_KEYS) {
    paragraphs[part] = paragraphsOf(parts[part]);
    for (const [index, paragraph] of paragraphs[part].entries()) {
      for (const sentence of sentencesOf(paragraph))
        sentences.push({ ...sentence, part, paragraph: index, words: countWords(sentence.text) });
    }
  }
  const release: ReleaseText = { parts, kind, paragraphs, sentences };
  if (factSheet) release.factSheet = factSheet;
  return release;
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
  const before = text
    .slice(Math.max(0, index - 40), index)
    .split(/\s+/)
    .filter(Boolean)
    .slice(-3)
    .join(' ');
  return /\b(?:tidak|tak|belum|bukan|tanpa|jangan|enggan|nihil)\b/i.test(before);
}

/** Ranges of quoted speech in a text. */
export function quotedRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const match of text.matchAll(/[“"«][^“”"«»]*[”"»]/g)) ranges.push([match.index, match.index + match[0].length]);
  return ranges;
}

/** "Quoted" within the text of a part: inside “…”, "…" or “…”. */
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

/**
 * A sentence as its roots: each word lower-cased and stemmed ("Kami jamin" → "kami jamin", "kelalaiannya" → "lalai"),
 * one space apart, with where each word starts in that line and in the sentence. Rules written over roots match
 * every affixed, suffixed or reduplicated form and any case. Made once per sentence, when a rule first asks.
 */
export interface LemmaLine {
  line: string;
  /** For each word: its start in `line`, and its span in the sentence's text. */
  words: Array<{ at: number; start: number; end: number }>;
}

const lemmaLines = new WeakMap<Sentence, LemmaLine>();

export function lemmaLineOf(sentence: Sentence): LemmaLine {
  let cached = lemmaLines.get(sentence);
  if (cached) return cached;
  const words: LemmaLine['words'] = [];
  let line = '';
  for (const token of tokenize(sentence.text)) {
    if (line) line += ' ';
    words.push({ at: line.length, start: token.start, end: token.end });
    line += /\d/.test(token.text) ? token.text.toLowerCase() : stemWord(token.text.replace(/[’'.,/]/g, ''));
  }
  cached = { line, words };
  lemmaLines.set(sentence, cached);
  return cached;
}

/** The first match of a pattern over a sentence's roots (only looked for when `hint` finds something in the sentence as written), as a span of the sentence's own words (index, length, text). */
export function matchRoots(sentence: Sentence, pattern: RegExp, hint?: RegExp): { index: number; length: number; text: string } | null {
  // Stemming every sentence costs more than the rest of the checker: a cheap test of the surface text comes first.
  if (hint && !hint.test(sentence.text)) return null;
  const { line, words } = lemmaLineOf(sentence);
  const match = pattern.exec(line);
  if (!match) return null;
  const from = match.index;
  const to = from + Math.max(1, match[0].trimEnd().length) - 1;
  let first = words.findIndex((w, i) => (words[i + 1]?.at ?? Infinity) > from);
  let last = words.findIndex((w, i) => (words[i + 1]?.at ?? Infinity) > to);
  if (first < 0) first = words.length - 1;
  if (last < 0) last = words.length - 1;
  const start = words[first]?.start ?? 0;
  const end = words[last]?.end ?? sentence.text.length;
  return { index: start, length: end - start, text: sentence.text.slice(start, end) };
}
