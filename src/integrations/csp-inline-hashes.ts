/**
 * Completes Astro's Content-Security-Policy after the build.
 *
 * Astro's `security.csp` hashes the scripts and styles it bundles, but not `is:inline` ones, and Starlight has several
 * (theme, sidebar state, search, tabs), plus inline `style` attributes (icon sizes). Listing their hashes by hand would
 * break silently on the next Starlight upgrade; instead this step reads every built page, hashes every inline
 * script, style element and style attribute it really contains, and adds exactly those hashes to that page's policy.
 * No 'unsafe-inline' anywhere: style attributes are allowed by hash through 'unsafe-hashes'.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const decodeAttribute = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

export interface InlineSources {
  scripts: string[];
  styles: string[];
  styleAttributes: string[];
}

/** The inline code a page runs, as the browser sees it (HTML's raw-text rules: a script ends at the first </script). */
export function findInlineSources(html: string): InlineSources {
  const scripts = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi)]
    .filter((m) => !/\stype="application\/(ld\+)?json"/i.test(m[0]))
    .map((m) => m[1]!);
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]!);
  // Style attributes live in tags, never inside script or style bodies.
  const markup = html.replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, '');
  const styleAttributes = [...markup.matchAll(/<[a-z][^>]*?\sstyle="([^"]*)"/gi)].map((m) => decodeAttribute(m[1]!));
  return { scripts, styles, styleAttributes };
}

/** Adds the hashes of a page's inline sources to its CSP meta tag. Returns the page unchanged if it has no policy. */
export function completePolicy(html: string): string {
  const meta = /<meta http-equiv="content-security-policy" content="([^"]*)">/i.exec(html);
  if (!meta) return html;
  const { scripts, styles, styleAttributes } = findInlineSources(html);
  const directives = meta[1]!
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => d.split(/\s+/));
  const add = (name: string, sources: string[]) => {
    let directive = directives.find((d) => d[0] === name);
    if (!directive) {
      directive = [name, "'self'"];
      directives.push(directive);
    }
    for (const source of sources) if (!directive.includes(source)) directive.push(source);
  };
  add('script-src', scripts.map(hash));
  add('style-src', styles.map(hash));
  if (styleAttributes.length > 0) add('style-src', ["'unsafe-hashes'", ...styleAttributes.map(hash)]);
  const policy = directives.map((d) => d.join(' ')).join('; ');
  return html.replace(meta[0], `<meta http-equiv="content-security-policy" content="${policy}">`);
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
        const files = await htmlFiles(fileURLToPath(dir));
        let changed = 0;
        for (const file of files) {
          const html = await readFile(file, 'utf8');
          const completed = completePolicy(html);
          if (completed !== html) {
            await writeFile(file, completed);
            changed += 1;
          }
        }
        logger.info(`CSP dilengkapi dengan hash skrip dan gaya inline di ${changed} halaman.`);
      },
    },
  };
}
