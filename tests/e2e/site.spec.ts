import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { at, basePath, builtPages, exercisesStarted, pageIdle, watchPage } from './support';

const pages = builtPages();

test('the build has the pages the site promises', () => {
  expect(pages).toEqual(expect.arrayContaining(['/', '/data-saya/', '/privasi-data/']));
});

for (const path of pages) {
  test.describe(`page ${path}`, () => {
    test('loads in Indonesian with no console error and no request to another origin', async ({ page }) => {
      const watch = watchPage(page);
      const response = await page.goto(at(path));
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', 'id');
      await expect(page.locator('h1').first()).toBeVisible();
      // Storage problems are announced wherever data is kept: each exercise's script brings the notices with it.
      if (await page.locator('storage-notices').count()) {
        await page.keyboard.press('Shift'); // a reader's first key starts exercises embedded further down
        await expect.poll(() => page.evaluate(() => Boolean(customElements.get('storage-notices')))).toBe(true);
      }
      await exercisesStarted(page);
      // Every link on the page, those the exercises have just made included, stays inside the site's base path.
      const base = basePath();
      const outside = await page.locator('a[href]').evaluateAll(
        (links, base) =>
          links
            .map((a) => new URL((a as HTMLAnchorElement).href))
            .filter((url) => url.origin === location.origin && !url.pathname.startsWith(base))
            .map((url) => url.pathname),
        base,
      );
      expect(outside).toEqual([]);
      watch.expectClean();
    });

    test('has no WCAG 2.1 AA violations (axe), in light and dark themes', async ({ page }) => {
      // Two full axe scans; long pages such as the checklist booklet need more than the default 30 s.
      test.slow();
      for (const theme of ['light', 'dark']) {
        await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
        await page.goto(at(path));
        await exercisesStarted(page);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
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
    });

    test('prints without navigation, with the title, the host organisation and, on pages to read, the address', async ({ page }) => {
      // Under a sub-path only the printed address depends on the base path: the other pages print as at the root.
      test.skip(basePath() !== '/' && !/^\/(modul|rujukan)\//.test(path), 'printed like the root build');
      await page.goto(at(path));
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('header.header')).toBeHidden();
      await expect(page.locator('#starlight__sidebar')).toBeHidden();
      await expect(page.locator('.right-sidebar-container')).toBeHidden();
      // The plan prints as its own document: its cover comes first, without the site's title above it. A filled-in
      // template is a letter or statement the unit signs: its own letterhead replaces the site's title and host.
      // The checklist booklet's cover carries the booklet's own title instead of the web page's ("Cetak semua …").
      const ownDocument =
        path === '/latihan/rencana-komunikasi/' || path === '/daftar-periksa/cetak-semua/' || /^\/templat\/[^/]+\/$/.test(path);
      if (path === '/daftar-periksa/cetak-semua/') {
        await expect(page.locator('main h1').first()).toBeHidden();
        await expect(page.locator('.sk-booklet__title')).toBeVisible();
        await expect(page.locator('.sk-print-org')).toBeVisible();
      }
      const hasTitle = (await page.locator('[data-has-hero]').count()) === 0 && !ownDocument;
      if (/^\/templat\/[^/]+\/$/.test(path)) {
        await expect(page.locator('main h1').first()).toBeHidden();
        await expect(page.locator('.sk-doc')).toBeVisible();
      }
      if (hasTitle) {
        await expect(page.locator('main h1').first()).toBeVisible();
        await expect(page.locator('.sk-print-org')).toBeVisible();
        // Pages to read say where they were printed from; a unit's own printout carries no web address (issue 21).
        if (/^\/(modul|rujukan)\//.test(path))
          await expect(page.locator('.sk-print-source')).toContainText(`${basePath()}${path.slice(1)}`);
        else await expect(page.locator('.sk-print-source')).toHaveCount(0);
      }
      for (const button of await page.locator('main button').all()) await expect(button).toBeHidden();
    });
  });
}

test('a missing page answers with the Indonesian 404 page', async ({ page }) => {
  const response = await page.goto(at('/tidak-ada-halaman-ini/'));
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Halaman tidak ditemukan');
});

test('search finds Indonesian text', async ({ page }) => {
  await page.goto(at('/'));
  await page.getByRole('button', { name: 'Cari' }).first().click();
  // The search interface is built when the dialog opens, and the field has the focus as before.
  await expect(page.locator('.pagefind-ui__search-input')).toBeFocused();
  await page.locator('.pagefind-ui__search-input').fill('peramban');
  await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 10_000 });
  await expect(page.locator('.pagefind-ui__message')).toContainText('hasil untuk peramban');
  await expect(page.locator('.pagefind-ui__result-link').first()).toHaveAttribute('href', new RegExp(`^${basePath()}`));
});

test('the search interface is fetched only when the reader reaches for search', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto(at('/modul/jam-pertama/'));
  await expect(page.getByRole('button', { name: 'Cari' }).first()).toBeEnabled();
  // Past the idle moment in which Starlight's own search would build it.
  await pageIdle(page);
  const searchCode = () => fetched.filter((path) => path.includes('ui-core') || path.startsWith(`${basePath()}pagefind/`));
  expect(searchCode()).toEqual([]);
  await page.keyboard.press('Control+k');
  await expect(page.locator('.pagefind-ui__search-input')).toBeFocused();
  await page.keyboard.type('juru bicara');
  await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 10_000 });
  expect(searchCode().length).toBeGreaterThan(0);
});

test('search excerpts keep a space between a label and its text', () => {
  // Pagefind joins the text of neighbouring elements when the HTML has no space between them, so an excerpt read
  // "TujuanMemastikan…". Labels and their values are written with a space between them, and buttons are not indexed.
  const dir = join(process.cwd(), 'dist/pagefind/fragment');
  const fragments = readdirSync(dir).map((name) => gunzipSync(readFileSync(join(dir, name))).toString('utf8'));
  expect(fragments.length).toBeGreaterThan(40);
  const joined =
    /(Tujuan|Kapan dipakai|Siapa yang memakai|Pelapor|Jenis krisis|Peran Anda|Unit|Kriteria|Skor)(?=[A-Z][a-z])|Kosongkan daftar|Tandai sudah dibaca|Lompat ke kejadian/;
  for (const text of fragments) expect(text.match(joined)?.[0] ?? null).toBeNull();
});
