import { expect, test, type Page } from '@playwright/test';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPackageFile } from '../../src/domain/mentoring/package';
import { payload } from '../unit/domain/mentoring/fixtures';
import { expectAccessible, watchPage } from './support';

// The mentor's overview at the size of a country: packages built with the site's own code (a full package: plan,
// self-assessment, risk map, releases), written to a temporary folder in the test, never committed.
test.describe.configure({ timeout: 300_000 });

const unitName = (i: number) => `Lapas Kelas III Nomor ${String(i).padStart(3, '0')} (fiktif)`;

async function packageFiles(count: number): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'siaga-paket-'));
  const made = new Date(Date.now() - 86_400_000).toISOString();
  const paths: string[] = [];
  for (let i = 1; i <= count; i++) {
    const path = join(dir, `paket-${String(i).padStart(3, '0')}.json`);
    await writeFile(path, JSON.stringify(await buildPackageFile(payload(`paket-${i}`, made, unitName(i)))));
    paths.push(path);
  }
  return paths;
}

async function importFiles(page: Page, paths: string[]) {
  await expect(page.getByLabel(/Pilih berkas paket/)).toBeEnabled();
  await page.getByLabel(/Pilih berkas paket/).setInputFiles(paths);
}

test('700 packages: each saved as read, with progress; all there after a reload; first, middle and last found by search', async ({
  page,
}) => {
  const watch = watchPage(page);
  const paths = await packageFiles(700);
  await page.goto('/pendampingan/rekap/');
  const overview = page.locator('mentoring-overview');
  await importFiles(page, paths);
  // Progress while it runs, counted per file.
  await expect(overview.locator('[data-import-count]')).toHaveText(/^\d+\/700$/);
  await expect(overview.locator('[data-import-status]')).toContainText('700 berkas dibaca: 700 diterima, 0 ditolak.', { timeout: 240_000 });
  await expect(overview.locator('[data-overview-summary]')).toHaveText('700 unit telah mengirim paket.', { timeout: 30_000 });
  // One page of rows in the document, not 700.
  await expect(overview.locator('[data-overview] tbody tr')).toHaveCount(50);
  await page.reload();
  await expect(overview.locator('[data-overview-summary]')).toHaveText('700 unit telah mengirim paket.');
  for (const i of [1, 350, 700]) {
    await overview.getByLabel('Cari nama unit').fill(`nomor ${String(i).padStart(3, '0')}`);
    await expect(overview.locator('[data-overview] tbody tr')).toHaveCount(1);
    await expect(overview.locator('[data-overview] tbody th')).toContainText(unitName(i));
  }
  await expect(overview.locator('[data-filter-result]')).toHaveText('1 dari 700 unit cocok.');
  await overview.getByLabel('Cari nama unit').fill('');
  await overview.getByRole('button', { name: 'Berikutnya ›' }).click();
  await expect(overview.locator('[data-page-label]')).toContainText('Halaman 2 dari 14');
  watch.expectClean();
});

test('a full storage: the report names exactly the files kept and not kept, and a reload shows only the kept ones', async ({ page }) => {
  const paths = await packageFiles(60);
  await page.goto('/pendampingan/rekap/');
  // Room for only part of them: Chromium's own quota, lowered for this origin.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(page.url()).origin, quotaSize: 300_000 });
  const overview = page.locator('mentoring-overview');
  await importFiles(page, paths);
  await expect(overview.locator('[data-import-status]')).toContainText('tidak tersimpan', { timeout: 120_000 });
  const kept = await overview.locator('[data-kept-file]').allTextContents();
  const notKept = await overview.locator('[data-not-kept-file]').allTextContents();
  expect(kept.length).toBeGreaterThan(0);
  expect(notKept.length).toBeGreaterThan(0);
  expect([...kept, ...notKept].sort()).toEqual(paths.map((p) => p.split('/').pop()).sort());
  await expect(overview.locator('[data-import-status]')).toContainText(
    `60 berkas dibaca: ${kept.length} diterima, 0 ditolak, ${notKept.length} tidak tersimpan.`,
  );
  await expect(overview.locator('[data-not-kept]')).toBeVisible();
  await expectAccessible(page);
  await page.reload();
  await expect(overview.locator('[data-overview-summary]')).toHaveText(`${kept.length} unit telah mengirim paket.`);
});
