import { expect, test } from '@playwright/test';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { at, basePath, watchPage } from './support';

// Runs only in the "subpath" project (playwright.config.ts): the site built with base /siaga-krisis/
// (npm run build:subpath, dist-subpath/), as a Kanwil publishes it inside its own website. site.spec.ts, csp.spec.ts
// and offline.spec.ts run against it too; this file checks what only a sub-path can break.
const dist = new URL('../../dist-subpath/', import.meta.url).pathname;
const BASE = '/siaga-krisis/';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === '_astro' || name === 'pagefind' ? [] : htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

/** The built file a path under the base answers with, as an ordinary web host finds it (folder → index.html). */
function builtFile(pathname: string): string | undefined {
  const inside = decodeURIComponent(pathname.slice(BASE.length));
  const file = join(dist, inside);
  if (existsSync(file) && statSync(file).isFile()) return file;
  if (existsSync(join(file, 'index.html'))) return join(file, 'index.html');
  return undefined;
}

test('every address written in every built page stays under the base path and points to a built file', () => {
  expect(basePath()).toBe(BASE);
  const pages = htmlFiles(dist);
  expect(pages.length).toBeGreaterThan(50);
  const escaped: string[] = [];
  const missing: string[] = [];
  for (const file of pages) {
    const html = readFileSync(file, 'utf8');
    const page = `/${relative(dist, file)}`;
    // Any attribute whose value is a root-absolute path (href, src, action, content, data-…): links, assets, the
    // manifest, the favicon, the 404 page's button, addresses handed to scripts.
    for (const [, name = '', value = ''] of html.matchAll(/\s([a-z][a-z0-9-]*)="(\/(?!\/)[^"]*)"/g)) {
      if (!value.startsWith(BASE)) escaped.push(`${page}: ${name}="${value}"`);
      else if (['href', 'src'].includes(name) && !builtFile(value.replace(/[?#].*$/, ''))) missing.push(`${page}: ${name}="${value}"`);
    }
  }
  expect(escaped, escaped.slice(0, 20).join('\n')).toEqual([]);
  expect(missing, missing.slice(0, 20).join('\n')).toEqual([]);
});

test('the service worker is registered with the base path as its scope and precaches addresses inside it', async ({ page }) => {
  test.setTimeout(60_000);
  const context = page.context();
  // This project's tests block service workers (playwright.config.ts); this one needs it.
  const worker = await context.browser()!.newContext({ serviceWorkers: 'allow', baseURL: test.info().project.use.baseURL });
  const swPage = await worker.newPage();
  await swPage.goto(at('/'));
  const scope = await swPage.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(new URL(scope).pathname).toBe(BASE);
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  expect(sw).toContain(`"${BASE}404.html"`);
  // Precached entries are relative ("modul/jam-pertama/index.html"), resolved against the worker's own folder.
  expect(sw).toMatch(/url:"modul\/jam-pertama\/index\.html"/);
  expect(sw).not.toMatch(/url:"\/(?!siaga-krisis\/)/);
  await worker.close();
});

test('links made in the browser stay under the base path: the triage summary and the list in Data saya', async ({ page, context }) => {
  test.setTimeout(60_000);
  const watch = watchPage(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(at('/latihan/triase-insiden/'));
  const tool = page.locator('incident-triage');
  await tool.getByLabel('Jenis kejadian').selectOption({ label: 'Kebakaran' });
  for (const [prompt, option] of [
    ['Apakah sudah ada kejadian nyata yang terverifikasi?', 'Ya'],
    ['Apakah ada korban?', 'Luka ringan'],
    ['Apakah ancaman keselamatan masih berlangsung atau belum terkendali?', 'Tidak'],
    ['Apakah keselamatan warga di luar unit terancam?', 'Tidak'],
    ['Sejauh mana kejadian ini sudah diketahui publik?', 'Beredar di media sosial atau grup percakapan'],
    ['Apakah ada dugaan keterlibatan petugas?', 'Tidak'],
    ['Apakah ada anak yang terlibat?', 'Tidak'],
    ['Apakah kejadian serupa terjadi di beberapa UPT atau melibatkan beberapa instansi?', 'Tidak'],
    ['Apakah informasi yang sudah disampaikan ternyata keliru?', 'Tidak'],
  ] as const) {
    await page.getByRole('group', { name: prompt }).getByLabel(option, { exact: true }).check();
  }
  const result = tool.locator('[data-result]');
  await expect(result.getByRole('link', { name: /templat pernyataan awal/ })).toHaveAttribute(
    'href',
    `${BASE}modul/jam-pertama/#langkah-3-pernyataan-awal`,
  );
  await result.getByRole('button', { name: 'Salin ringkasan' }).click();
  await expect(result.locator('[data-action-message]')).toContainText('Ringkasan disalin');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(`${new URL(page.url()).origin}${BASE}modul/jam-pertama/#langkah-3-pernyataan-awal`);

  await page.goto(at('/data-saya/'));
  const link = page.locator('[data-items] tbody a', { hasText: 'Triase insiden' });
  await expect(link).toHaveAttribute('href', `${BASE}latihan/triase-insiden/`);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${BASE}latihan/triase-insiden/$`));
  watch.expectClean();
});

test("an address outside the site answers 404, one inside it that does not exist answers with the site's 404 page", async ({ page }) => {
  const outside = await page.goto('/modul/jam-pertama/');
  expect(outside?.status()).toBe(404);
  const missing = await page.goto(at('/tidak-ada/'));
  expect(missing?.status()).toBe(404);
  const home = page.getByRole('link', { name: 'Ke beranda' });
  await expect(home).toHaveAttribute('href', BASE);
  await home.click();
  await expect(page).toHaveURL(new RegExp(`${BASE}$`));
  await expect(page.locator('h1').first()).toBeVisible();
});
