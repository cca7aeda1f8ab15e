/**
 * Completes Astro's Content-Security-Policy after the build, and puts it first in <head>.
 *
 * Astro's `security.csp` hashes the scripts and styles it bundles, but not `is:inline` ones, and Starlight has several
 * (theme, sidebar state, search, tabs), plus inline `style` attributes (icon sizes). Listing their hashes by hand would
 * break silently on the next Starlight upgrade; instead this step parses every built page with an HTML parser (parse5,
 * the browser's own parsing rules, <template> contents included), hashes every inline script, style element and style
 * attribute it really contains, and adds exactly those hashes to that page's policy. No 'unsafe-inline' anywhere:
 * style attributes are allowed by hash through 'unsafe-hashes'.
 *
 * A policy applies only to what comes after its <meta> tag, and Astro writes it after Starlight's inline theme script,
 * so the tag is moved to the start of <head> (after <meta charset>, which must stay within the first 1,024 bytes).
 * The build fails, naming the page, when a page with inline code has no policy this step recognises: a page shipped
 * without one would have every Starlight script blocked or, worse, unprotected.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, type DefaultTreeAdapterTypes as Tree } from 'parse5';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

export interface InlineSources {
  scripts: string[];
  styles: string[];
  styleAttributes: string[];
}

/** Script types the browser runs (anything else, e.g. application/json, is a data block the policy does not cover). */
const RUNNABLE_SCRIPT = /^(|module|text\/javascript|application\/javascript|text\/ecmascript|application\/ecmascript)$/i;

const attribute = (element: Tree.Element, name: string) => element.attrs.find((a) => a.name === name)?.value;
const isElement = (node: Tree.ChildNode): node is Tree.Element => 'tagName' in node;
const textOf = (element: Tree.Element) =>
  element.childNodes.map((child) => (child.nodeName === '#text' ? (child as Tree.TextNode).value : '')).join('');

function* elements(parent: Tree.ParentNode): Generator<Tree.Element> {
  for (const node of parent.childNodes) {
    if (!isElement(node)) continue;
    yield node;
    // A template's markup is checked too: it meets the policy when the page puts it in place.
    yield* elements(node.tagName === 'template' ? (node as Tree.Template).content : node);
  }
}

/** The inline code a page runs, as the browser sees it. */
export function findInlineSources(html: string): InlineSources {
  const found: InlineSources = { scripts: [], styles: [], styleAttributes: [] };
  for (const element of elements(parse(html))) {
    if (
      element.tagName === 'script' &&
      attribute(element, 'src') === undefined &&
      RUNNABLE_SCRIPT.test((attribute(element, 'type') ?? '').trim())
    ) {
      found.scripts.push(textOf(element));
    }
    if (element.tagName === 'style') found.styles.push(textOf(element));
    const style = attribute(element, 'style');
    if (style !== undefined) found.styleAttributes.push(style);
  }
  return found;
}

const hasInlineCode = ({ scripts, styles, styleAttributes }: InlineSources) => scripts.length + styles.length + styleAttributes.length > 0;

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * Adds the hashes of a page's inline sources to its CSP <meta> tag and moves the tag to the start of <head>.
 * Throws when the page has inline code and no policy (or more than one), or when the page has no <head> to put it in.
 */
export function completePolicy(html: string): string {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const all = [...elements(document)];
  const policies = all.filter((e) => e.tagName === 'meta' && attribute(e, 'http-equiv')?.toLowerCase() === 'content-security-policy');
  const sources = findInlineSources(html);
  if (policies.length === 0) {
    if (hasInlineCode(sources))
      throw new Error('halaman berisi skrip atau gaya inline tetapi tidak memiliki <meta http-equiv="content-security-policy">');
    return html;
  }
  if (policies.length > 1) throw new Error(`halaman memiliki ${policies.length} tag kebijakan CSP; seharusnya satu`);
  const meta = policies[0]!;
  const head = all.find((e) => e.tagName === 'head');
  const headStart = head?.sourceCodeLocation?.startTag?.endOffset;
  const metaLocation = meta.sourceCodeLocation;
  if (headStart === undefined || !metaLocation) throw new Error('halaman tidak memiliki <head> tertulis untuk kebijakan CSP');

  const directives = (attribute(meta, 'content') ?? '')
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => d.split(/\s+/));
  if (!directives.some((d) => d[0] === 'script-src')) throw new Error('kebijakan CSP halaman tidak memiliki script-src');
  const add = (name: string, list: string[]) => {
    let directive = directives.find((d) => d[0] === name);
    if (!directive) {
      directive = [name, "'self'"];
      directives.push(directive);
    }
    for (const source of list) if (!directive.includes(source)) directive.push(source);
  };
  add('script-src', sources.scripts.map(hash));
  add('style-src', sources.styles.map(hash));
  if (sources.styleAttributes.length > 0) add('style-src', ["'unsafe-hashes'", ...sources.styleAttributes.map(hash)]);
  const policy = directives.map((d) => d.join(' ')).join('; ');
  const tag = `<meta http-equiv="content-security-policy" content="${escapeAttribute(policy)}">`;

  // First in <head>, except for <meta charset> when it leads (the encoding must be declared in the first 1,024 bytes).
  const first = head!.childNodes.find(isElement);
  const charsetFirst = first !== undefined && first !== meta && first.tagName === 'meta' && attribute(first, 'charset') !== undefined;
  const insertAt = charsetFirst ? first.sourceCodeLocation!.endOffset : headStart;
  const withoutMeta = html.slice(0, metaLocation.startOffset) + html.slice(metaLocation.endOffset);
  // The meta tag always comes after the insertion point (it is inside <head>, after the charset), so offsets hold.
  if (metaLocation.startOffset < insertAt) throw new Error('tag kebijakan CSP berada sebelum awal <head>');
  return withoutMeta.slice(0, insertAt) + tag + withoutMeta.slice(insertAt);
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return htmlFiles(path);
      return Promise.resolve(entry.name.endsWith('.html') ? [path] : []);
    }),
  );
  return nested.flat();
}

export default function cspInlineHashes(): AstroIntegration {
  return {
    name: 'siaga-krisis:csp-inline-hashes',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = await htmlFiles(root);
        const problems: string[] = [];
        let changed = 0;
        for (const file of files) {
          const html = await readFile(file, 'utf8');
          let completed: string;
          try {
            completed = completePolicy(html);
          } catch (error) {
            problems.push(`${relative(root, file)}: ${error instanceof Error ? error.message : String(error)}`);
            continue;
          }
          if (completed !== html) {
            await writeFile(file, completed);
            changed += 1;
          }
        }
        if (problems.length > 0) {
          throw new Error(`Kebijakan CSP tidak dapat dilengkapi di ${problems.length} halaman:\n  ${problems.join('\n  ')}`);
        }
        logger.info(`CSP dilengkapi dengan hash skrip dan gaya inline di ${changed} halaman dan diletakkan di awal <head>.`);
      },
    },
  };
}
