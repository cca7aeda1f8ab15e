import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
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

/**
 * A site path ("/modul/jam-pertama/") as page.goto and page.request take it: relative, so it lands under the base path
 * of the project's baseURL (the sub-path project serves the site under /siaga-krisis/; a leading "/" would leave it).
 */
export function at(path: string): string {
  return `.${path}`;
}

/** The base path the current project serves the site under: "/" or "/siaga-krisis/". */
export function basePath(): string {
  return new URL(test.info().project.use.baseURL ?? `http://${ORIGIN_HOST}/`).pathname.replace(/\/?$/, '/');
}

/** Collects console errors, page errors, any request to another origin and any request outside the base path. */
export function watchPage(page: Page) {
  const origin = new URL(test.info().project.use.baseURL ?? `http://${ORIGIN_HOST}/`);
  const base = basePath();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['http:', 'https:'].includes(url.protocol)) return; // data:, blob:
    if (url.host !== origin.host) problems.push(`foreign request: ${request.url()}`);
    else if (!url.pathname.startsWith(base)) problems.push(`request outside the base path ${base}: ${request.url()}`);
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
    const summary = results.violations.map(
      (v) =>
        `${theme}: ${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')})`,
    );
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

/** What a fixed or sticky element covers of the element that has the focus (WCAG 2.4.11, Focus Not Obscured). */
export interface FocusCover {
  /** The focused element, described for a message ("input[name=q1-2]", "button “Selesai”"). */
  focused: string;
  /** The fixed or sticky element on top of it. */
  coveredBy: string;
  /** Share of the focused element's visible box that is covered, 0–1. */
  share: number;
}

/**
 * Is the focused element (partly) under a fixed or sticky element that does not contain it? Samples a grid of points
 * over the part of its box inside the viewport and asks the browser what is on top at each point, so an element that
 * is merely near a sticky bar, or a bar that is not stuck, is not reported. Returns null when nothing covers it.
 */
export async function focusCover(page: Page): Promise<FocusCover | null> {
  return page.evaluate(() => {
    const focused = document.activeElement as HTMLElement | null;
    if (!focused || focused === document.body || focused === document.documentElement) return null;
    const describe = (element: Element) => {
      const name =
        element.getAttribute('name') ?? element.getAttribute('aria-label') ?? element.textContent?.trim().replace(/\s+/g, ' ').slice(0, 40);
      return `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/).join('.')}` : ''} “${name ?? ''}”`;
    };
    const target = focused;
    const box = target.getBoundingClientRect();
    const left = Math.max(box.left, 0);
    const right = Math.min(box.right, innerWidth);
    const top = Math.max(box.top, 0);
    const bottom = Math.min(box.bottom, innerHeight);
    if (right - left < 1 || bottom - top < 1) return null; // off screen or not drawn: the browser's own scrolling is not ours to judge
    const pinnedAncestor = (element: Element | null): Element | null => {
      for (let node = element; node && node !== document.documentElement; node = node.parentElement) {
        const position = getComputedStyle(node).position;
        if (position === 'fixed' || position === 'sticky') return node;
      }
      return null;
    };
    // Only what scrolls can slide under a bar: a control that is itself in the fixed header is laid out with it.
    if (pinnedAncestor(focused)) return null;
    const steps = 6;
    let covered = 0;
    let coveredBy: Element | null = null;
    for (let i = 0; i < steps; i++) {
      for (let j = 0; j < steps; j++) {
        const x = left + ((i + 0.5) * (right - left)) / steps;
        const y = top + ((j + 0.5) * (bottom - top)) / steps;
        const hit = document.elementFromPoint(x, y);
        if (!hit || target.contains(hit) || hit.contains(target)) continue;
        const pinned = pinnedAncestor(hit);
        if (!pinned || pinned.contains(target)) continue;
        covered++;
        coveredBy = pinned;
      }
    }
    const share = covered / (steps * steps);
    // An element larger than the window (a long table that scrolls) cannot be shown whole: there only "entirely
    // hidden" counts, as WCAG 2.4.11 puts it. Anything that fits must be wholly clear of the bars.
    const fits = box.width <= innerWidth && box.height <= innerHeight;
    if (!coveredBy || (!fits && share < 1)) return null;
    return { focused: describe(focused), coveredBy: describe(coveredBy), share };
  });
}

/**
 * Moves the focus through the page with Tab, then back with Shift+Tab (at most `limit` stops each way), and returns
 * every stop at which a fixed or sticky element covers part of the focused element.
 */
export async function coveredFocusStops(page: Page, limit = 150): Promise<FocusCover[]> {
  const found: FocusCover[] = [];
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let stop = 0; stop < limit; stop++) {
      await page.keyboard.press(key);
      const cover = await focusCover(page);
      if (cover) found.push({ ...cover, focused: `${key}: ${cover.focused}` });
      if (await page.evaluate(() => document.activeElement === document.body)) break; // left the page at one end
    }
  }
  return found;
}

/**
 * The exercise pages other than the simulations (whose own specs cover them). The drills and the checklists each
 * share one component: one page of each kind stands for the others.
 */
export function exercisePagesExceptSimulations(): string[] {
  return builtPages().filter(
    (path) =>
      (/^\/(latihan|pendampingan)\//.test(path) &&
        !/^\/latihan\/(simulasi|siaran-pers\/(?!bebas\/|pernyataan-awal-kebakaran-dapur\/).)/.test(path)) ||
      ['/data-saya/', '/kemajuan/', '/daftar-periksa/', '/daftar-periksa/jam-pertama/'].includes(path),
  );
}

/** The text spacing WCAG 1.4.12 asks a page to survive (the usual bookmarklet's rules). */
export const TEXT_SPACING_CSS =
  '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';

/**
 * Starts counting writes to the page's live regions (aria-live other than "off", and the roles status, alert, log):
 * each change of a region's text, seen by a MutationObserver, is one write. The returned function reads the counts,
 * keyed by a short description of each region that was written to.
 */
export async function countLiveRegionWrites(page: Page): Promise<() => Promise<Record<string, number>>> {
  await page.evaluate(() => {
    const counts: Record<string, number> = {};
    (window as unknown as { __liveWrites: Record<string, number> }).__liveWrites = counts;
    const regions = document.querySelectorAll<HTMLElement>(
      '[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]',
    );
    regions.forEach((region, index) => {
      const name = `${index}:${region.tagName.toLowerCase()}${Object.keys(region.dataset)
        .map((k) => `[data-${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}]`)
        .join('')}`;
      new MutationObserver((records) => {
        const writes = records.filter((r) => r.type === 'characterData' || r.addedNodes.length > 0).length;
        if (writes) counts[name] = (counts[name] ?? 0) + writes;
      }).observe(region, { childList: true, characterData: true, subtree: true });
    });
  });
  return () => page.evaluate(() => ({ ...(window as unknown as { __liveWrites: Record<string, number> }).__liveWrites }));
}

/**
 * Presses "Ekspor semua data" on Data saya and returns the download. When the stored data names a person, the export
 * asks first ("Sertakan data pribadi?"): this answers that it may include them.
 */
export async function exportAllData(page: Page) {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ekspor semua data' }).click();
  const question = page.getByRole('dialog', { name: 'Sertakan data pribadi?' });
  const first = await Promise.race([download.then(() => 'download' as const), question.waitFor().then(() => 'question' as const)]);
  if (first === 'question') await question.getByRole('button', { name: 'Sertakan nama dan nomor' }).click();
  return download;
}
