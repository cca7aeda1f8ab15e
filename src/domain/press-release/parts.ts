/**
 * A press release as the parts an editor knows, and the conversions between those parts and one whole text
 * (what a user pastes, copies to the clipboard or prints). Pure functions: no DOM.
 */
import { LETTER } from './letters';

/** The labelled parts, in the order they appear in a release. */
export const PART_KEYS = ['headline', 'dateline', 'lead', 'body', 'quote', 'boilerplate', 'contact'] as const;
export type PartKey = (typeof PART_KEYS)[number];
export type ReleaseParts = Record<PartKey, string>;

/** What each part is called on screen. */
export const PART_LABELS: Record<PartKey, string> = {
  headline: 'Judul',
  dateline: 'Tempat dan tanggal',
  lead: 'Teras (paragraf pertama)',
  body: 'Tubuh berita',
  quote: 'Kutipan',
  boilerplate: 'Profil singkat',
  contact: 'Narahubung dan tanda akhir',
};

export function emptyParts(): ReleaseParts {
  return { headline: '', dateline: '', lead: '', body: '', quote: '', boilerplate: '', contact: '' };
}

/** Fills the parts a caller left out with empty text. */
export function completeParts(parts: Partial<Record<PartKey, string>>): ReleaseParts {
  const complete = emptyParts();
  for (const key of PART_KEYS) complete[key] = parts[key] ?? '';
  return complete;
}

export const MONTHS = [
  'januari',
  'februari',
  'maret',
  'april',
  'mei',
  'juni',
  'juli',
  'agustus',
  'september',
  'oktober',
  'november',
  'desember',
];
const MONTH = `(?:${MONTHS.join('|')})`;

/** "Telaga Bening, 12 Maret 2026 –" (city, day, month in words, year, then a dash). The dash is optional here. */
export const DATELINE_PATTERN = new RegExp(
  `^[${LETTER}][${LETTER} .'’-]{1,48},\\s+(?:[${LETTER}]+,?\\s+)?\\d{1,2}\\s+${MONTH}\\s+\\d{4}\\s*(?:[–—-]+\\s*)?$`,
  'i',
);
/** The same at the start of a paragraph, followed by the lead. */
const DATELINE_AT_START = new RegExp(
  `^([${LETTER}][${LETTER} .'’-]{1,48},\\s+(?:[${LETTER}]+,?\\s+)?\\d{1,2}\\s+${MONTH}\\s+\\d{4})\\s*[–—-]+\\s*`,
  'i',
);
/** A looser dateline before a dash ("Telaga Bening, 12-03-2026 –", "SUNGAI HARAPAN –"): still a dateline, in the wrong form. */
const LOOSE_DATELINE_AT_START = /^([^\n–—.!?"“]{3,60}?)\s+[–—]\s+/;

/** "###", "-selesai-", "- 30 -", "(selesai)": the mark that tells an editor the release ends here. */
export const END_MARK_PATTERN = /^(?:#{3}|\*{3}|-+\s*(?:selesai|akhir|30)\s*-+|\(\s*selesai\s*\))$/i;

const CONTACT_START = /^(?:\**\s*)(?:narahubung|kontak|contact person|cp|hubungi|informasi lebih lanjut)\b/i;
const BOILERPLATE_START = /^(?:\**\s*)(?:tentang|profil singkat)\s/i;
const BOILERPLATE_SENTENCE = /\b(?:adalah|merupakan)\s+(?:salah satu\s+)?(?:unit pelaksana teknis|UPT)\b/i;
const HAS_QUOTE = /[“"«][^“”"«»]{3,}[”"»]/;

/**
 * A line that starts with a small letter (\p{Ll}, but without its ~1 KB class on the pages that only split a release:
 * a letter that has a capital and is not one; letters.test.ts lists where that differs).
 */
export function startsSmall(line: string): boolean {
  const first = line.charAt(0);
  return first.toLowerCase() === first && first.toUpperCase() !== first;
}

/** Lines of a pasted text as paragraphs; a hard-wrapped line that continues a sentence is joined to the one before. */
function pastedParagraphs(text: string): string[] {
  const paragraphs: string[] = [];
  let joinNext = false;
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (!line) {
      joinNext = false;
      continue;
    }
    if (joinNext && startsSmall(line) && paragraphs.length > 0) paragraphs[paragraphs.length - 1] += ` ${line}`;
    else paragraphs.push(line);
    joinNext = !/[.!?:;”"»)]$/.test(line);
  }
  return paragraphs;
}

/**
 * Lines a release carries above its headline: "SIARAN PERS", "Untuk Disiarkan Segera", "Siaran Pers Nomor: 07/…",
 * "Nomor: …", "Pernyataan Resmi". They are kept (as the first lines of the headline part) but are not the headline.
 */
export const HEADER_LINE =
  /^(?:\**\s*)(?:(?:siaran|rilis|keterangan|pernyataan)\s+(?:pers|resmi|media)(?:\s+(?:nomor|no\.?)\s*:?.*)?|untuk\s+(?:segera\s+)?(?:disiarkan|dirilis|diterbitkan|dipublikasikan|diberitakan)(?:\s+segera)?|(?:for\s+immediate\s+release|press\s+release)|(?:nomor|no\.)\s*:.*|embargo\b.*|(?:siaran pers|rilis)\s*[-–—]\s*.{0,40})\s*\**\s*[.:]?$/i;

/** The headline proper (its last line) and the header lines above it. */
export function headlineOf(headlinePart: string): { headline: string; header: string[] } {
  const lines = headlinePart
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const header: string[] = [];
  while (lines.length > 1 && HEADER_LINE.test(lines[0]!)) header.push(lines.shift()!);
  return { headline: lines.join(' '), header };
}

const stripBold = (line: string) => line.replace(/^\*\*(.*)\*\*$/, '$1').trim();

/**
 * Splits a whole pasted release into its parts. It recognises a release in the usual order (headline, dateline and
 * lead, body, quote, "Tentang …" profile, contact, end mark); whatever it cannot place stays in the body, so
 * nothing the user wrote is lost.
 */
export function splitRelease(text: string): ReleaseParts {
  const parts = emptyParts();
  const paragraphs = pastedParagraphs(text);
  if (paragraphs.length === 0) return parts;

  // From the end: the end mark, then the contact, then the profile.
  const tail: string[] = [];
  while (paragraphs.length > 0 && END_MARK_PATTERN.test(stripBold(paragraphs[paragraphs.length - 1]!))) tail.unshift(paragraphs.pop()!);
  const contactAt = paragraphs.findIndex((p, i) => i > 0 && CONTACT_START.test(p));
  if (contactAt >= 0) parts.contact = [...paragraphs.splice(contactAt), ...tail].join('\n');
  else parts.contact = tail.join('\n');
  let boilerplateAt = paragraphs.findIndex((p, i) => i > 0 && BOILERPLATE_START.test(p));
  if (boilerplateAt < 0) {
    const last = paragraphs.length - 1;
    if (last > 1 && BOILERPLATE_SENTENCE.test(paragraphs[last]!) && !HAS_QUOTE.test(paragraphs[last]!)) boilerplateAt = last;
  }
  if (boilerplateAt > 0) parts.boilerplate = paragraphs.splice(boilerplateAt).join('\n');

  // From the start: header lines, the headline, then the dateline and the lead.
  const header: string[] = [];
  while (paragraphs.length > 1 && HEADER_LINE.test(paragraphs[0]!)) header.push(stripBold(paragraphs.shift()!));
  let first = paragraphs.shift() ?? '';
  const startsWithDateline = (p: string) => DATELINE_AT_START.test(p) || DATELINE_PATTERN.test(p) || LOOSE_DATELINE_AT_START.test(p);
  const looksLikeHeadline = !startsWithDateline(first) && first.split(/\s+/).length <= 30 && !/[.]$/.test(stripBold(first));
  if (looksLikeHeadline && paragraphs.length > 0) {
    parts.headline = stripBold(first);
    first = paragraphs.shift() ?? '';
  }
  if (DATELINE_PATTERN.test(first) && paragraphs.length > 0) {
    parts.dateline = first;
    first = paragraphs.shift() ?? '';
  }
  const dated = DATELINE_AT_START.exec(first) ?? (parts.dateline ? null : LOOSE_DATELINE_AT_START.exec(first));
  if (dated && !parts.dateline) {
    parts.dateline = dated[1]!.trim();
    first = first.slice(dated[0].length);
  }
  parts.lead = first;
  if (header.length > 0) parts.headline = [...header, parts.headline].filter(Boolean).join('\n');

  // The first paragraph with quoted speech is the quote; the rest is the body.
  const quoteAt = paragraphs.findIndex((p) => HAS_QUOTE.test(p));
  if (quoteAt >= 0) parts.quote = paragraphs.splice(quoteAt, 1)[0]!;
  parts.body = paragraphs.join('\n\n');
  return parts;
}

/** Puts the parts back together as one text, in the order of a release: what is copied, printed and exported. */
export function joinRelease(parts: ReleaseParts): string {
  const dateline = parts.dateline.trim().replace(/\s*[–—-]+\s*$/, '');
  const lead = parts.lead.trim();
  const opening = dateline && lead ? `${dateline} – ${lead}` : dateline || lead;
  return [parts.headline.trim(), opening, parts.body.trim(), parts.quote.trim(), parts.boilerplate.trim(), parts.contact.trim()]
    .filter(Boolean)
    .join('\n\n');
}
