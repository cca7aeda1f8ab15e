import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect, type Page } from '@playwright/test';

const dist = new URL('../../dist/', import.meta.url).pathname;

/** Every page of the built site, as the paths a browser asks for ("/", "/data-saya/", …). */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== '_astro' && name !== 'pagefind') walk(full);
      } else if (name === 'index.html') {
        pages.push(`/${relative(dist, dir)}/`.replace(/\/+/g, '/'));
      }
    }
  };
  walk(dist);
  return pages.sort();
}

/** Collects console errors, page errors and any request to another origin while a test runs. */
export function watchPage(page: Page) {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['http:', 'https:'].includes(url.protocol)) return; // data:, blob:
    if (url.host !== ORIGIN_HOST) problems.push(`foreign request: ${request.url()}`);
  });
  return {
    problems,
    expectClean: () => expect(problems, problems.join('\n')).toEqual([]),
  };
}

/** The only host a page may request from: the local server of playwright.config.ts. */
export const ORIGIN_HOST = `127.0.0.1:${process.env.E2E_PORT ?? 4329}`;

export const PROFILE_KEY = 'siaga-krisis:profil';

/** Reads a printed PDF back with poppler-utils (pdfinfo, pdftotext): its page count and its text. */
export function readPdf(pdf: Buffer): { pages: number; text: string } {
  const dir = mkdtempSync(join(tmpdir(), 'siaga-pdf-'));
  const file = join(dir, 'cetak.pdf');
  writeFileSync(file, pdf);
  try {
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? NaN);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    return { pages, text };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
