import { expect, test, type Browser } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exercisePagesExceptSimulations, TEXT_SPACING_CSS } from './support';

// WCAG 1.4.10 and 1.4.12: at 320 px (1280 px at 400 %) no page scrolls sideways, also with the text spacing of 1.4.12
// applied, and with stored work on the pages (tables of saved items and attempts are what grew too wide).
const stateFile = join(mkdtempSync(join(tmpdir(), 'siaga-reflow-')), 'state.json');

async function storeWork(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/data-saya/');
  await page.getByLabel('Nama unit').fill('Lapas Kelas IIA Tanjung Wangi (fiktif)');
  await page.getByLabel('Nama pengisi').fill('Dimas Pratama');
  await page.goto('/latihan/siaran-pers/bebas/');
  await page.getByLabel('Judul', { exact: true }).fill('Layanan Kunjungan Lapas Tanjung Wangi Dibuka Kembali Mulai Senin');
  await page
    .getByLabel('Teras (paragraf pertama)', { exact: true })
    .fill('Tanjung Wangi, 12-03-2026 – Layanan kunjungan keluarga dibuka kembali mulai Senin setelah perbaikan ruang kunjungan selesai.');
  await page.getByLabel('Tubuh berita', { exact: true }).fill('Kunjungan berlangsung pukul 08.00–14.00 dengan pendaftaran di loket depan.');
  await page
    .getByLabel('Narahubung dan tanda akhir', { exact: true })
    .fill('Narahubung: Dimas Pratama, Koordinator Humas, 0812-0000-1111\n-selesai-');
  await page.getByRole('button', { name: 'Serahkan dan nilai' }).click();
  await expect(page.locator('[data-result]')).toBeVisible();
  await page.goto('/latihan/triase-insiden/');
  await page.locator('.tr-questions input[type=radio]').first().check();
  await page.waitForTimeout(600); // the last save pause
  await context.storageState({ path: stateFile });
  await context.close();
}

test.beforeAll(async ({ browser }) => storeWork(browser));

for (const path of exercisePagesExceptSimulations()) {
  test(`${path} does not scroll sideways at 320 px, with stored work, with and without wider text spacing`, async ({ browser }) => {
    const context = await browser.newContext({ storageState: stateFile, viewport: { width: 320, height: 640 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(path, { waitUntil: 'networkidle' });
    await page.keyboard.press('Shift'); // starts exercises that wait for the reader
    await page.waitForTimeout(300);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow(), 'plain').toBeLessThanOrEqual(0);
    await page.addStyleTag({ content: TEXT_SPACING_CSS });
    expect(await overflow(), 'with WCAG 1.4.12 text spacing').toBeLessThanOrEqual(0);
    await context.close();
  });
}
