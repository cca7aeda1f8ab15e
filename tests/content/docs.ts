// Reading the MDX sources for content tests (no build needed).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const docsRoot = new URL('../../src/content/docs/', import.meta.url).pathname;

export interface DocFile {
  /** Path relative to src/content/docs, e.g. "modul/jam-pertama.mdx". */
  file: string;
  /** The page's URL path, e.g. "/modul/jam-pertama/". */
  route: string;
  source: string;
  frontmatter: string;
  body: string;
}

export function readDocs(): DocFile[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.mdx?$/.test(name)) files.push(full);
    }
  };
  walk(docsRoot);
  return files.sort().map((full) => {
    const file = relative(docsRoot, full);
    const source = readFileSync(full, 'utf8');
    const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
    const slug = file.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
    return { file, route: slug ? `/${slug}/` : '/', source, frontmatter: match?.[1] ?? '', body: match?.[2] ?? source };
  });
}

/** Body text without imports, JSX tags and code: what a reader reads. */
export function proseOf(body: string): string {
  return body
    .replace(/^import .*$/gm, '')
    .replace(/```[\s\S]*?```/g, '')
    .replace(/`[^`]*`/g, '')
    .replace(/<svg[\s\S]*?<\/svg>/g, (svg) => svg.replace(/<[^>]+>/g, ' '))
    .replace(/<[^>]+>/g, ' ');
}

export interface ParsedQuestion {
  prompt: string;
  multiple: boolean;
  options: { correct: boolean; feedback: string | undefined; text: string }[];
}

export function parseQuiz(body: string): { id: string | undefined; questions: ParsedQuestion[] } | null {
  const quiz = /<Quiz\s+id="([^"]*)"\s*>([\s\S]*?)<\/Quiz>/.exec(body);
  if (!quiz) return null;
  const questions = [...quiz[2]!.matchAll(/<Question\s([^>]*)>([\s\S]*?)<\/Question>/g)].map((q) => {
    const attrs = q[1]!;
    return {
      prompt: /prompt="([^"]*)"/.exec(attrs)?.[1] ?? '',
      multiple: /(^|\s)multiple(\s|$|=)/.test(attrs),
      options: [...q[2]!.matchAll(/<Option(\s[^>]*)?>([\s\S]*?)<\/Option>/g)].map((o) => ({
        correct: /(^|\s)correct(\s|$|=)/.test(o[1] ?? ''),
        feedback: /feedback="([^"]*)"/.exec(o[1] ?? '')?.[1],
        text: o[2]!.trim(),
      })),
    };
  });
  return { id: quiz[1], questions };
}
