import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, ENGLISH_PHRASES, findRuledOut, findRutanWbp } from '../content/ruled-out-words';

// The visible text of every built page (npm run build comes first in npm test): what a reader sees and hears,
// including interface strings from components and Starlight, which the content test cannot see.

const dist = join(process.cwd(), 'dist');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === '_astro' || name === 'pagefind' ? [] : htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'", '#34': '"' };
const decode = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#') && !(name in ENTITIES)) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const HIDDEN = new Set(['script', 'style', 'code', 'pre']);
const BLOCK =
  /^(p|li|td|th|h[1-6]|dt|dd|label|button|legend|summary|figcaption|blockquote|title|option|div|section|article|header|footer|nav|aside|table|tr|ul|ol|dl|form|fieldset|main|details|figure)$/;
const SPOKEN_ATTRIBUTES = /\s(aria-label|placeholder|title|alt)="([^"]*)"/g;

interface PageText {
  /** All text a reader meets, one block per line. */
  all: string;
  /** The same without the parts marked lang="en" (replaced by spaces). */
  outsideEnglish: string;
}

/** A small tokenizer is enough for Astro's own, well-formed output. */
function visibleText(html: string, skipGlossaryEntries: boolean): PageText {
  const body = html.replace(/<!--[\s\S]*?-->/g, '');
  const stack: { name: string; english: boolean; hidden: boolean }[] = [];
  let all = '';
  let outside = '';
  let index = 0;
  const push = (text: string, english: boolean) => {
    all += text;
    outside += english ? ' '.repeat(text.length) : text;
  };
  for (const tag of body.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g)) {
    const top = stack.at(-1);
    const text = decode(body.slice(index, tag.index));
    if (!top?.hidden) push(text, top?.english ?? false);
    index = tag.index + tag[0].length;
    const [, closing, rawName, attributes = ''] = tag;
    const name = rawName!.toLowerCase();
    if (closing) {
      const at = stack.map((s) => s.name).lastIndexOf(name);
      if (at >= 0) stack.length = at;
      if (BLOCK.test(name)) push('\n', false);
      continue;
    }
    if (BLOCK.test(name)) push('\n', false);
    const english = /\slang="en/.test(attributes) || (top?.english ?? false);
    // A glossary entry (a paragraph that opens with the term in bold) explains a ruled-out word: skip it.
    const entry = skipGlossaryEntries && name === 'p' && /^\s*(<em lang="en">)?\s*<strong>/.test(body.slice(index, index + 40));
    const hidden = HIDDEN.has(name) || entry || (top?.hidden ?? false);
    if (!hidden) for (const [, , value] of attributes.matchAll(SPOKEN_ATTRIBUTES)) push(`\n${decode(value!)}\n`, english);
    if (!VOID.has(name) && !attributes.trimEnd().endsWith('/')) stack.push({ name, english, hidden });
  }
  return { all, outsideEnglish: outside };
}

const pages = htmlFiles(dist).map((file) => [file.slice(dist.length), file] as const);

test('the build has pages to read', () => {
  expect(pages.length).toBeGreaterThan(30);
});

for (const [page, file] of pages) {
  test(`${page}: no ruled-out word, and English phrases marked lang="en"`, () => {
    const text = visibleText(readFileSync(file, 'utf8'), page === '/rujukan/glosarium/index.html');
    const hits = [...findRuledOut(text.all), ...findRutanWbp(text.all)].map(describe);
    for (const phrase of ENGLISH_PHRASES) {
      for (const match of text.outsideEnglish.matchAll(phrase)) hits.push(`lang: “${match[0]}” is not inside an element with lang="en"`);
    }
    expect(hits).toEqual([]);
  });
}
