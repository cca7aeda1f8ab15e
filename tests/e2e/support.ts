import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

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

/** WCAG 2.1 AA in light and dark themes for what is on the page now (the site-wide scan sees exercises before use). */
export async function expectAccessible(page: Page) {
  for (const theme of ['light', 'dark']) {
    await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const summary = results.violations.map((v) => `${theme}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
    expect(summary, summary.join('\n')).toEqual([]);
  }
}

/** In a simulation: skips the waits until the task for `stepId` is open. */
export async function reachTask(page: Page, stepId: string) {
  const form = page.locator(`[data-task="${stepId}"]`);
  await expect(async () => {
    if (!(await form.isVisible())) await page.getByRole('button', { name: 'Lompat ke kejadian berikutnya' }).click();
    await expect(form).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 10_000 });
  return form;
}

/** In a simulation: reaches the decision `stepId` and takes the option whose label matches. */
export async function decide(page: Page, stepId: string, option: RegExp) {
  const form = await reachTask(page, stepId);
  await form.getByRole('radio', { name: option }).check();
  await form.getByRole('button', { name: 'Putuskan' }).click();
}

/**
 * Waits until the page's exercises have started: every custom element in its main part is defined (its set-up runs
 * when it is). Exercises far down a module page start at the reader's first key (load-when-near.ts): this presses one.
 * The state to wait for, rather than a quiet network.
 */
export async function exercisesStarted(page: Page) {
  await page.keyboard.press('Shift');
  await expect(page.locator('main :not(:defined)')).toHaveCount(0);
}

/** Waits until the page has loaded and the browser has been idle twice: whatever a page does at its first idle moment has run. */
export async function pageIdle(page: Page) {
  await page.waitForLoadState('load');
  for (let i = 0; i < 2; i++) await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve())));
}
