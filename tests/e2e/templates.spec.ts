import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, readPdf, watchPage } from './support';

test.use({ viewport: { width: 390, height: 844 } });

async function fillUnit(page: Page) {
  await page.getByLabel('Nama unit').fill('Rutan Kelas IIB Batu Merah Contoh');
  await page.getByLabel('Kota (untuk tempat dan tanggal)').fill('Batu Merah');
  await page.getByLabel('Nama petugas humas (narahubung)').fill('Sari Humas Contoh');
  await page.getByLabel('Telepon humas (narahubung)').fill('0800-1111-2222');
}

test('the library lists every template by group and links to each', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto('/templat/');
  await expect(page.getByRole('heading', { level: 2, name: 'Surat' })).toBeVisible();
  const links = page.locator('.sk-template-list a');
  expect(await links.count()).toBeGreaterThanOrEqual(15);
  await page.getByRole('link', { name: 'Surat permintaan hak jawab' }).click();
  await expect(page).toHaveURL(/\/templat\/hak-jawab\/$/);
  watch.expectClean();
});

test('fill three documents on a phone, reload, print, .docx and copy; unit details are filled once', async ({ page, context }) => {
  const watch = watchPage(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);

  // 1. A holding statement: the unit details typed here are remembered for every template.
  await page.goto('/templat/pernyataan-awal-tingkat-3/');
  await fillUnit(page);
  await page.getByLabel('Nama juru bicara').fill('Dewi Jubir Contoh');
  await page.getByLabel('Jabatan juru bicara').fill('Kepala Rutan');
  await page.getByLabel('Tanggal pernyataan').fill('2026-03-12');
  // The time zone is chosen once for the unit (WIB, WITA or WIT) and follows every time the templates print.
  await page.getByLabel('Zona waktu unit').selectOption('WITA');
  await page.getByLabel('Jam pernyataan').fill('02:30');
  await page
    .getByLabel('Apa yang terjadi (hanya yang sudah pasti)')
    .fill('terjadi kebakaran kecil di gudang pada pukul 01.40 WIB dan api padam pukul 02.00 WIB');
  await page.getByLabel('Kalimat empati').fill('Kami memahami kekhawatiran keluarga');
  await page.getByLabel('Keadaan orang yang terdampak').fill('Tidak ada yang terluka');
  await page.getByLabel('Yang sudah dan sedang dilakukan').fill('Penghuni dihitung ulang dan lengkap\nGudang ditutup');
  await page.getByLabel('Yang belum diketahui').fill('Penyebab kebakaran masih diperiksa');
  await page.getByLabel('Kapan informasi berikutnya disampaikan').fill('pukul 09.00 WIB');
  const preview = page.locator('[data-preview]');
  await expect(preview).toContainText('Batu Merah, 12 Maret 2026, pukul 02.30 WITA — Rutan Kelas IIB Batu Merah Contoh menyampaikan');
  await expect(preview.locator('li')).toHaveText(['Penghuni dihitung ulang dan lengkap', 'Gudang ditutup']);
  await expect(page.locator('[data-missing]')).toBeEmpty();

  // Copy: a statement goes through the press-release checker first; this one passes and is copied.
  await page.getByRole('button', { name: 'Salin teks' }).click();
  await expect(page.locator('[data-action-status]')).toHaveText(/Teks disalin/);
  await expect(page.locator('[data-check-summary]')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('Narahubung: Sari Humas Contoh, humas Rutan Kelas IIB Batu Merah Contoh, telepon 0800-1111-2222.');

  // 2. A letter: the unit details are already there; the letterhead asks for the address too.
  await page.goto('/templat/hak-jawab/');
  await expect(page.getByLabel('Nama unit')).toHaveValue('Rutan Kelas IIB Batu Merah Contoh');
  await page.getByLabel('Alamat unit').fill('Jalan Contoh Nomor 7, Batu Merah');
  await page.getByLabel('Nama Kepala UPT').fill('Bambang Kepala Contoh');
  await page.getByLabel('Tanggal surat').fill('2026-03-14');
  await page.getByLabel('Nama media (redaksi yang dituju)').fill('Kabar Contoh Daring');
  await page.getByLabel('Judul berita').fill('Gudang Rutan Terbakar, Penghuni Kabur');
  await page.getByLabel('Tanggal berita terbit').fill('2026-03-12');
  await page.getByLabel('Bagian berita yang keliru (kutip persis)').fill('Sejumlah penghuni kabur saat kebakaran');
  await page.getByLabel('Fakta yang sebenarnya').fill('Tidak ada penghuni yang melarikan diri; penghitungan pukul 02.10 WIB lengkap');
  await expect(page.locator('[data-missing]')).toBeEmpty();

  // 3. A script for the phone desk.
  await page.goto('/templat/naskah-penerima-telepon/');
  await page
    .getByLabel('Kalimat yang boleh disampaikan (dari pernyataan yang sudah disetujui)')
    .fill('Tadi malam terjadi kebakaran kecil di gudang. Api sudah padam');
  await page.getByLabel('Informasi untuk keluarga').fill('Keluarga dapat bertanya di pintu utama mulai pukul 08.00 WIB');
  await page.getByLabel('Kapan informasi berikutnya').fill('pukul 09.00 WIB');

  // Reload: every document and the unit details are still there.
  await page.reload();
  await expect(page.getByLabel('Informasi untuk keluarga')).toHaveValue('Keluarga dapat bertanya di pintu utama mulai pukul 08.00 WIB');
  await page.goto('/templat/hak-jawab/');
  await expect(page.getByLabel('Fakta yang sebenarnya')).toHaveValue(/Tidak ada penghuni yang melarikan diri/);
  await expect(page.getByRole('listitem').filter({ hasText: 'Sedang dibuka' })).toHaveCount(1);

  // Print: letterhead, values and signature on one A4 page; no site chrome, link or training footer.
  await page.emulateMedia({ media: 'print' });
  const { pages, text } = readPdf(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  await page.emulateMedia({ media: 'screen' });
  expect(pages).toBe(1);
  expect(text).toContain('RUTAN KELAS IIB BATU MERAH CONTOH');
  expect(text).toContain('Jalan Contoh Nomor 7, Batu Merah');
  expect(text).toContain('Batu Merah, 14 Maret 2026');
  expect(text).toContain('Kabar Contoh Daring');
  expect(text).toMatch(/Kepala Rutan Kelas IIB Batu Merah Contoh[\s\S]*Bambang Kepala Contoh/);
  expect(text).not.toContain('Semua templat');
  expect(text).not.toContain('materi pelatihan');
  expect(text).not.toContain('Isi dokumen');

  // .docx: made in the browser, with the same content.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Unduh .docx' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^hak-jawab-\d{4}-\d{2}-\d{2}\.docx$/);
  const path = await file.path();
  expect((await readFile(path)).subarray(0, 2).toString()).toBe('PK');
  const xml = execFileSync('unzip', ['-p', path, 'word/document.xml'], { encoding: 'utf8' });
  for (const expected of ['Rutan Kelas IIB Batu Merah Contoh', 'Permintaan hak jawab', 'Kabar Contoh Daring', 'Bambang Kepala Contoh'])
    expect(xml).toContain(expected);

  // The library lists them by date, and a link reopens one.
  await page.goto('/templat/');
  await expect(page.getByRole('heading', { name: 'Dokumen Anda (3)' })).toBeVisible();
  await page.locator('template-recent').getByRole('link', { name: 'Surat permintaan hak jawab' }).click();
  await expect(page.getByLabel('Fakta yang sebenarnya')).toHaveValue(/Tidak ada penghuni yang melarikan diri/);

  // Data saya lists the documents.
  await page.goto('/data-saya/');
  await expect(page.getByText('3 dokumen templat')).toBeVisible();
  watch.expectClean();
});

test('duplicate, open and delete a document; a statement with a must-fix finding asks before it is copied', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/templat/pernyataan-awal-tingkat-2/');
  await page
    .getByLabel('Apa yang terjadi (hanya yang sudah pasti)')
    .fill('narapidana Budi Santoso kasus narkotika berkelahi dengan penghuni lain');
  await page.getByRole('button', { name: 'Gandakan dokumen yang diubah', exact: false }).click();
  await expect(page.locator('[data-action-status]')).toHaveText('Dokumen digandakan; salinannya sekarang dibuka.');
  await expect(page.locator('.sk-template__doc')).toHaveCount(2);

  await page.getByRole('button', { name: 'Salin teks' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('wajib diperbaiki');
  await dialog.getByRole('button', { name: 'Batal' }).click();
  await expect(page.locator('[data-action-status]')).not.toHaveText(/Teks disalin/);
  await expect(page.locator('[data-check-list] li').first()).toContainText('Wajib diperbaiki');

  await page
    .locator('.sk-template__doc')
    .first()
    .getByRole('button', { name: /^Hapus/ })
    .click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ya, hapus' }).click();
  await expect(page.locator('.sk-template__doc')).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Mulai dokumen baru' })).toBeFocused();
  await page.reload();
  await expect(page.locator('.sk-template__doc')).toHaveCount(1);
});

test("template pages are accessible in both themes, with a document open and with the checker's findings", async ({ page }) => {
  test.setTimeout(90_000); // four full axe scans on a shared two-core machine
  await page.goto('/templat/');
  await expectAccessible(page);
  await page.goto('/templat/siaran-pers-pemutakhiran/');
  await page.getByLabel('Judul').fill('Judul Contoh');
  await page.getByRole('button', { name: 'Cetak (A4)' }).evaluate((button) => {
    // Printing opens the browser's dialog; only the checker's part of the action is wanted here.
    window.print = () => undefined;
    (button as HTMLButtonElement).click();
  });
  await expect(page.locator('[data-check]')).toBeVisible();
  await expectAccessible(page);
});
