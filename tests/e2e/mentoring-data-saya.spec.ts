import { expect, test, type Browser, type Page } from '@playwright/test';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPackageFile } from '../../src/domain/mentoring/package';
import { payload } from '../unit/domain/mentoring/fixtures';
import { exportAllData, watchPage } from './support';

// A mentor's overview moved through Data saya: everything exported, a fresh browser profile, the file imported, every
// unit back; and "Gabungkan", whose preview counts what the file adds and which keeps both sides.
test.describe.configure({ timeout: 120_000 });

const unitName = (i: number) => `Lapas Kelas III Nomor ${String(i).padStart(3, '0')} (fiktif)`;
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

/** Package files written to a temporary folder (never committed): [unit number, package id, days ago]. */
async function packageFiles(packages: [number, string, number][]): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'siaga-data-saya-'));
  return Promise.all(
    packages.map(async ([unit, id, age]) => {
      const path = join(dir, `${id}.json`);
      await writeFile(path, JSON.stringify(await buildPackageFile(payload(id, daysAgo(age), unitName(unit)))));
      return path;
    }),
  );
}

async function importPackages(page: Page, paths: string[]) {
  await page.goto('/pendampingan/rekap/');
  await expect(page.getByLabel(/Pilih berkas paket/)).toBeEnabled();
  await page.getByLabel(/Pilih berkas paket/).setInputFiles(paths);
  await expect(page.locator('[data-import-status]')).toContainText(`${paths.length} berkas dibaca: ${paths.length} diterima, 0 ditolak.`, {
    timeout: 60_000,
  });
}

/** Opens a unit and gives a verdict on one deliverable. */
async function review(page: Page, unit: number, deliverable: string, status: string) {
  await page.getByRole('button', { name: `Buka ${unitName(unit)}` }).click();
  await page.locator(`[data-review="${deliverable}"]`).getByLabel(status, { exact: true }).check();
  await page.getByRole('button', { name: '← Kembali ke rekap' }).first().click();
}

/** The export file, read before its browser context closes (a download goes with it). */
async function exportFile(page: Page) {
  await page.goto('/data-saya/');
  await expect(page.getByRole('button', { name: 'Ekspor semua data' })).toBeEnabled();
  const download = await exportAllData(page);
  return { name: download.suggestedFilename(), mimeType: 'application/json', buffer: await readFile(await download.path()) };
}

async function freshPage(browser: Browser) {
  const context = await browser.newContext();
  return { context, page: await context.newPage() };
}

test('150 units: exported from Data saya, imported into a fresh profile, all 150 back on the overview', async ({ page, browser }) => {
  const paths = await packageFiles(Array.from({ length: 150 }, (_, i) => [i + 1, `pindah-${i + 1}`, 1] as [number, string, number]));
  await importPackages(page, paths);
  await expect(page.locator('[data-overview-summary]')).toHaveText('150 unit telah mengirim paket.');
  const file = await exportFile(page);

  // A new profile: nothing stored.
  const fresh = await freshPage(browser);
  const watch = watchPage(fresh.page);
  await fresh.page.goto('/data-saya/');
  await expect(fresh.page.getByLabel(/Impor dari berkas/)).toBeEnabled();
  await fresh.page.getByLabel(/Impor dari berkas/).setInputFiles(file);
  await expect(fresh.page.locator('[data-import-list]')).toContainText('Rekap pendampingan: 150 unit mengirim paket');
  await fresh.page.getByRole('button', { name: 'Impor sekarang' }).click();
  await expect(fresh.page.locator('[data-import-message]')).toContainText('Impor selesai', { timeout: 60_000 });
  await fresh.page.goto('/pendampingan/rekap/');
  await expect(fresh.page.locator('[data-overview-summary]')).toHaveText('150 unit telah mengirim paket.');
  for (const i of [1, 75, 150]) {
    await fresh.page.getByLabel('Cari nama unit').fill(unitName(i));
    await expect(fresh.page.locator('[data-overview] tbody th')).toContainText(unitName(i));
  }
  watch.expectClean();
  await fresh.context.close();
});

test('“Gabungkan”: the preview counts what the file adds and keeps, and merging keeps both sides', async ({ page, browser }) => {
  // The file's side: an older package of unit 1 with two verdicts, and units 4 and 5.
  const theirs = await freshPage(browser);
  await importPackages(
    theirs.page,
    await packageFiles([
      [1, 'gabung-1-lama', 5],
      [4, 'gabung-4', 2],
      [5, 'gabung-5', 2],
    ]),
  );
  await review(theirs.page, 1, 'asesmen', 'Perlu perbaikan');
  await review(theirs.page, 1, 'rencana', 'Diterima');
  const file = await exportFile(theirs.page);
  await theirs.context.close();

  // This browser: a newer package of unit 1 with its own verdict on the self-assessment, and units 2 and 3.
  await importPackages(
    page,
    await packageFiles([
      [1, 'gabung-1-baru', 1],
      [2, 'gabung-2', 1],
      [3, 'gabung-3', 1],
    ]),
  );
  await review(page, 1, 'asesmen', 'Diterima');
  await page.goto('/data-saya/');
  await expect(page.getByLabel(/Impor dari berkas/)).toBeEnabled();
  await page.getByLabel(/Impor dari berkas/).setInputFiles(file);
  const preview = page.locator('[data-merge-preview]');
  await expect(preview.locator('[data-merge-summary]')).toHaveText(
    'Ringkasan: 2 unit baru (2 paket), 0 paket dari berkas menjadi paket terbaru, 1 paket lama ditambahkan ke riwayat, 1 status tinjauan diambil dari berkas, 1 status Anda tetap. Unit dan paket yang sudah ada di peramban ini tetap ada.',
  );
  await preview.getByText('Rincian per unit').click();
  await expect(preview.locator('[data-merge-list] li')).toHaveText([
    `${unitName(1)}: 1 paket lama ditambahkan ke riwayat.`,
    `${unitName(1)}, asesmen: status Anda “diterima” tetap (berkas berisi “perlu perbaikan”; pilih “Ganti semua” untuk memakai isi berkas).`,
    `${unitName(1)}, rencana: status “diterima” dari berkas diambil (di peramban ini belum ditinjau).`,
    `Unit baru: ${unitName(4)} (1 paket).`,
    `Unit baru: ${unitName(5)} (1 paket).`,
  ]);
  await expect(page.getByLabel(/Gabungkan/)).toBeChecked();
  await page.getByRole('button', { name: 'Impor sekarang' }).click();
  await expect(page.locator('[data-import-message]')).toContainText('Impor selesai');

  // Both sides: the units of each, unit 1's packages from both, this browser's verdict and the file's other one.
  await page.goto('/pendampingan/rekap/');
  await expect(page.locator('[data-overview-summary]')).toHaveText('5 unit telah mengirim paket.');
  const first = page.locator('[data-unit]').filter({ hasText: unitName(1) });
  await expect(first.locator('th')).toContainText('(1 paket lama)');
  await expect(first.locator('[data-deliverable="asesmen"]')).toHaveAttribute('data-state', 'diterima');
  await expect(first.locator('[data-deliverable="rencana"]')).toHaveAttribute('data-state', 'paket-lama');
  await expect(page.locator('[data-history-summary]')).toContainText('Riwayat: 6 paket dari 5 unit (1 paket lama)');
});
