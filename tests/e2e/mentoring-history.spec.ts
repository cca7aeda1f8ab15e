import { expect, test, type Page } from '@playwright/test';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPackageFile } from '../../src/domain/mentoring/package';
import { payload } from '../unit/domain/mentoring/fixtures';
import { expectAccessible, watchPage } from './support';

// The history of older packages the mentor controls: counts and the browser's storage estimate on the overview,
// pruning for every unit and for one, asked through the page's dialog, with a report of what was deleted.
const UNITS = ['Lapas Kelas III Bukit Pandan (fiktif)', 'Rutan Kelas IIB Lembah Sejuk (fiktif)', 'LPKA Kelas II Tanjung Lestari (fiktif)'];

/** Unit 0 sends 5 packages, unit 1 sends 2, unit 2 one; newest first, so the older ones go straight into the history. */
async function packageFiles(): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'siaga-riwayat-'));
  const paths: string[] = [];
  for (const [u, count] of [5, 2, 1].entries()) {
    for (let p = count; p >= 1; p--) {
      const made = new Date(Date.now() - (10 - p) * 86_400_000).toISOString();
      const path = join(dir, `paket-${u}-${p}.json`);
      await writeFile(path, JSON.stringify(await buildPackageFile(payload(`riwayat-${u}-${p}`, made, UNITS[u]))));
      paths.push(path);
    }
  }
  return paths;
}

async function importAll(page: Page) {
  const overview = page.locator('mentoring-overview');
  await expect(page.getByLabel(/Pilih berkas paket/)).toBeEnabled();
  await page.getByLabel(/Pilih berkas paket/).setInputFiles(await packageFiles());
  await expect(overview.locator('[data-import-status]')).toContainText('8 berkas dibaca: 8 diterima, 0 ditolak.');
}

test('the history panel counts packages and storage; pruning asks, deletes only older packages and says which', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto('/pendampingan/rekap/');
  const overview = page.locator('mentoring-overview');
  const summary = overview.locator('[data-history-summary]');
  await importAll(page);
  await expect(summary).toHaveText(/^Riwayat: 8 paket dari 3 unit \(5 paket lama\), .+ dari perkiraan ruang .+\.$/);

  // Every unit: keep 2. Cancelling changes nothing.
  const panel = overview.locator('[data-prune]');
  await panel.getByLabel('Simpan berapa paket terakhir per unit').fill('2');
  await panel.getByRole('button', { name: 'Rapikan riwayat semua unit' }).click();
  const dialog = page.locator('dialog[data-confirm]');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading')).toHaveText('Rapikan riwayat semua unit?');
  await expect(dialog.locator('[data-confirm-text]')).toHaveText(
    '3 paket lama dari 1 unit akan dihapus dari peramban ini. Setiap unit tetap menyimpan 2 paket terakhirnya, termasuk paket terbaru yang tampil di rekap. Berkas paket asli di perangkat Anda tidak berubah.',
  );
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Batal' }).click();
  await expect(overview.locator('[data-prune-status]')).toHaveText('Riwayat tidak diubah.');
  await expect(summary).toContainText('Riwayat: 8 paket dari 3 unit (5 paket lama)');

  await panel.getByRole('button', { name: 'Rapikan riwayat semua unit' }).click();
  await dialog.getByRole('button', { name: 'Hapus paket lama' }).click();
  await expect(overview.locator('[data-prune-status]')).toHaveText('3 paket lama dihapus dari 1 unit.');
  await expect(summary).toContainText('Riwayat: 5 paket dari 3 unit (2 paket lama)');
  await overview.getByText('Paket lama yang dihapus, per unit').click();
  await expect(overview.locator('[data-pruned-unit]')).toHaveCount(1);
  await expect(overview.locator('[data-pruned-unit]')).toContainText(`${UNITS[0]}: 3 paket (dibuat `);
  await expect(overview.locator(`[data-unit] th:has-text("${UNITS[0]}")`)).toContainText('(1 paket lama)');

  // One unit, from its view: keep only the newest.
  await page.getByRole('button', { name: `Buka ${UNITS[1]}` }).click();
  const view = overview.locator('[data-unit-view]');
  await expect(view.locator('[data-unit-history]')).toContainText('Paket lama tersimpan (1)');
  await view.getByLabel('Simpan berapa paket terakhir unit ini').fill('1');
  await view.getByRole('button', { name: 'Rapikan riwayat unit ini' }).click();
  await expect(dialog.locator('[data-confirm-text]')).toContainText('1 paket lama dari unit ini akan dihapus');
  await dialog.getByRole('button', { name: 'Hapus paket lama' }).click();
  await expect(view.locator('[data-view-status]')).toContainText('1 paket lama dihapus dari 1 unit. Paket yang dihapus: dibuat ');
  await expect(view.locator('[data-unit-history]')).toHaveCount(0);
  await view.getByRole('button', { name: '← Kembali ke rekap' }).first().click();
  await expect(summary).toContainText('Riwayat: 4 paket dari 3 unit (1 paket lama)');

  // Nothing left above the limit: said, and nothing asked.
  await panel.getByRole('button', { name: 'Rapikan riwayat semua unit' }).click();
  await expect(overview.locator('[data-prune-status]')).toHaveText(
    'Tidak ada paket lama yang dihapus: tidak ada unit yang menyimpan lebih dari 2 paket.',
  );
  await expect(dialog).toBeHidden();

  // What was deleted is gone from storage; every unit keeps its current package.
  await page.reload();
  await expect(summary).toContainText('Riwayat: 4 paket dari 3 unit (1 paket lama)');
  await expect(overview.locator('[data-overview-summary]')).toHaveText('3 unit telah mengirim paket.');
  watch.expectClean();
});

test('without a storage estimate the panel says so', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(StorageManager.prototype, 'estimate', { value: undefined });
  });
  await page.goto('/pendampingan/rekap/');
  await expect(page.locator('[data-history-summary]')).toHaveText(
    'Riwayat: 0 paket dari 0 unit (0 paket lama), peramban ini tidak memberi perkiraan ruang penyimpanan.',
  );
});
