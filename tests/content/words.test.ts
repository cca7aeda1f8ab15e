import { describe as group, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { proseOf, readDocs } from './docs';
import { describe, findRuledOut, findRutanWbp, RULED_OUT, type RuledOut } from './ruled-out-words';

const contentRoot = new URL('../../src/content/', import.meta.url).pathname;

/** Keys whose values are identifiers or the rubric's search words, never text a reader sees. */
const NOT_TEXT = new Set([
  'id',
  'next',
  'module',
  'crisisType',
  'channel',
  'relatedModules',
  'keywords',
  'forbid',
  'mention',
  'avoid',
  'kind',
  'genre',
  'tone',
  'expect',
  'dimension',
]);

function stringsOf(value: unknown, key = ''): string[] {
  if (NOT_TEXT.has(key)) return [];
  // A template's tags ({{#jika pilihan = "nilai"}}) are syntax, not text a reader sees.
  if (typeof value === 'string') return [value.replace(/\{\{[^{}]*\}\}/g, ' ')];
  if (Array.isArray(value)) return value.flatMap((item) => stringsOf(item));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => stringsOf(v, k));
  return [];
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return yamlFiles(full);
    return name.endsWith('.yaml') ? [full] : [];
  });
}

/** What a reader of an MDX page reads: the prose, the frontmatter's title and description, and the quiz's text attributes. */
function readableText(file: string, frontmatter: string, body: string): string {
  // The glossary's entries explain the ruled-out words; everything else on that page is checked.
  const checked = file === 'rujukan/glosarium.mdx' ? body.replace(/^(?:<En>)?\*\*.*$/gm, '') : body;
  const attributes = [...checked.matchAll(/\b(?:prompt|feedback|title|label)="([^"]*)"/g)].map((m) => m[1]!);
  const meta = [...frontmatter.matchAll(/^\s*(?:title|description|tagline|label|text): (.*)$/gm)].map((m) => m[1]!);
  return [...meta, proseOf(checked), ...attributes].join('\n');
}

group('ruled-out words', () => {
  it.each(RULED_OUT.map((rule) => [rule.id, rule] as [string, RuledOut]))('the list catches its own example of %s', (_id, rule) => {
    expect(findRuledOut(rule.caught, [rule]).map((hit) => hit.rule)).toContain(rule.id);
    if (rule.allowed) expect(findRuledOut(rule.allowed, [rule])).toEqual([]);
  });

  it('“WBP” is caught in a sentence about a Rutan, and allowed where the two terms are explained', () => {
    expect(findRutanWbp('Seluruh WBP Rutan Muara Teduh dalam pengawasan.')).toHaveLength(1);
    expect(findRutanWbp('Tiga WBP sesak napas.', true)).toHaveLength(1);
    expect(findRutanWbp('Tiga WBP Lapas sesak napas.')).toEqual([]);
    expect(findRutanWbp('Di Rutan, sebutan WBP dari undang-undang yang sudah dicabut tidak mencakup tahanan.')).toEqual([]);
  });

  it.each(readDocs().map((doc) => [doc.file, doc] as const))('%s uses none of them', (file, doc) => {
    const text = readableText(file, doc.frontmatter, doc.body);
    expect([...findRuledOut(text), ...findRutanWbp(text)].map(describe)).toEqual([]);
  });

  it.each(yamlFiles(contentRoot).map((full) => [full.slice(contentRoot.length), full]))('%s uses none of them', (_name, full) => {
    const data = parse(readFileSync(full, 'utf8')) as { unit?: string | { kind?: string } };
    const strings = stringsOf(data);
    // A scenario or drill set in a Rutan speaks of detainees in every sentence, named or not.
    const unit = typeof data.unit === 'string' ? data.unit : data.unit?.kind;
    const rutan = /^Rutan\b/.test(unit ?? '');
    const hits = strings.flatMap((text) => [...findRuledOut(text), ...findRutanWbp(text, rutan)]);
    expect(hits.map(describe)).toEqual([]);
  });
});
