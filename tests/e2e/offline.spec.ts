import { expect, test } from '@playwright/test';
import { at, builtPages } from './support';

test.describe.configure({ mode: 'serial' });
test.use({ serviceWorkers: 'allow' });

test('after one visit to the home page, every page opens and an exercise works with no network', async ({ context, page }) => {
  test.setTimeout(120_000);
  await page.goto(at('/'));
  // The service worker installs in the background and precaches the whole site.
  // Its scope is the site's base path ("/" or "/siaga-krisis/"), where it was registered from.
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(scope).toBe(new URL(at('/'), page.url()).href);
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 30_000 }).toBe(true);

  await context.setOffline(true);
  for (const path of builtPages()) {
    const response = await page.goto(at(path));
    expect(response?.ok(), path).toBe(true);
    await expect(page.locator('h1').first(), path).toBeVisible();
  }
  // Search works offline too.
  await page.goto(at('/'));
  await page.getByRole('button', { name: 'Cari' }).first().click();
  await page.locator('.pagefind-ui__search-input').fill('juru bicara');
  await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 10_000 });

  // An exercise: the knowledge check of a module, checked and kept.
  await page.goto(at('/modul/juru-bicara/'));
  await page.locator('quiz-form').scrollIntoViewIfNeeded();
  for (const input of await page.locator('quiz-form .sk-option[data-correct] input').all()) await input.check();
  await page.getByRole('button', { name: 'Periksa jawaban' }).click();
  await expect(page.locator('quiz-form [data-score]')).toContainText('Skor Anda');
  await page.reload();
  await page.locator('quiz-form').scrollIntoViewIfNeeded();
  await expect(page.locator('quiz-form [data-score]')).toContainText('Skor Anda');
  await context.setOffline(false);
});

test('the site is installable: a web app manifest with icons', async ({ page, request }) => {
  await page.goto(at('/'));
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  // The manifest's addresses are relative to the manifest itself, so one file serves any base path.
  const manifestUrl = new URL(href!, page.url());
  const manifest = await (await request.get(manifestUrl.href)).json();
  expect(manifest).toMatchObject({ lang: 'id', display: 'standalone' });
  expect(new URL(manifest.start_url, manifestUrl).href).toBe(new URL(at('/'), page.url()).href);
  expect(new URL(manifest.scope, manifestUrl).href).toBe(new URL(at('/'), page.url()).href);
  for (const icon of manifest.icons) expect((await request.get(new URL(icon.src, manifestUrl).href)).ok(), icon.src).toBe(true);
  expect(manifest.icons.some((i: { sizes: string }) => i.sizes === '512x512')).toBe(true);
});

test('a new version shows a quiet notice, arrives on reload, and leaves saved data alone', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto(at('/data-saya/'));
  await page.getByLabel('Nama unit').fill('LPKA Kelas II Bukit Cahaya (fiktif)');
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 30_000 }).toBe(true);
  await expect(page.locator('update-notice')).toBeHidden();

  // "Deploy" a new version: the test server starts serving the worker with different bytes.
  expect((await page.request.post(at('/__uji/versi-baru'))).status()).toBe(204);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  const notice = page.locator('update-notice');
  await expect(notice).toBeVisible({ timeout: 30_000 });
  await expect(notice).toContainText('Versi baru Siaga Krisis tersedia');
  await notice.getByRole('button', { name: 'Muat ulang' }).click();
  await page.waitForLoadState('load');
  await expect(page.locator('update-notice')).toBeHidden();
  await expect(page.getByLabel('Nama unit')).toHaveValue('LPKA Kelas II Bukit Cahaya (fiktif)');
});
