import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { watchPage, exportAllData } from './support';

const DRILL = '/latihan/siaran-pers/pernyataan-awal-kebakaran-dapur/';
const KEY = 'siaga-krisis:siaran-pers';

const lead =
  'Kebakaran terjadi di ruang dapur Lembaga Pemasyarakatan (Lapas) Kelas IIA Telaga Bening pada Kamis, 12 Maret 2026, sekitar pukul 05.40. Api dipadamkan petugas bersama pemadam kebakaran pada pukul 06.25; penyebabnya sedang diperiksa.';
const body = [
  'Kami prihatin atas kejadian ini. Tiga warga binaan sedang dirawat di klinik lapas dalam kondisi stabil.',
  'Keluarga warga binaan dapat menghubungi layanan informasi di nomor 0812-0000-0000.',
  'Informasi berikutnya kami sampaikan pukul 12.00.',
].join('\n');

const finding = (page: Page, rule: string) => page.locator(`[data-findings] [data-rule="${rule}"]`);

test('a drill as a user does it: findings come and go, submit, compare, reload, find the attempt', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto(DRILL);
  await expect(page.getByRole('heading', { name: /Lembar tugas/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sudah pasti' })).toBeVisible();

  await page.getByLabel('Judul', { exact: true }).fill('Pernyataan Awal Lapas Kelas IIA Telaga Bening tentang Kebakaran Dapur');
  const leadField = page.getByLabel('Teras (paragraf pertama)', { exact: true });
  await leadField.fill('Tidak ada komentar. Api diduga karena korsleting listrik.');
  await expect(finding(page, 'no-comment')).toBeVisible();
  await expect(finding(page, 'speculation')).toBeVisible();
  const noComment = finding(page, 'no-comment');
  await expect(noComment.getByRole('link', { name: /Pelajari: Jam-Jam Pertama Krisis/ })).toHaveAttribute(
    'href',
    '/modul/jam-pertama/#yang-tidak-boleh-dikatakan',
  );
  await expect(noComment).toContainText('terdengar menyembunyikan sesuatu');

  // The cursor stays where the user types while the feedback updates.
  await leadField.press('End');
  await leadField.pressSequentially(' Kami');
  await expect(page.locator('[data-feedback-summary]')).toContainText('temuan');
  await expect(leadField).toBeFocused();
  expect(await leadField.evaluate((el: HTMLTextAreaElement) => el.selectionStart === el.value.length)).toBe(true);

  // "Tunjukkan di naskah" selects the words found.
  await finding(page, 'speculation').getByRole('button', { name: 'Tunjukkan di naskah' }).click();
  expect(await leadField.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd))).toBe('diduga');

  await leadField.fill(lead);
  await expect(finding(page, 'no-comment')).toHaveCount(0);
  await expect(finding(page, 'speculation')).toHaveCount(0);
  await expect(finding(page, 'next-update-missing')).toBeVisible();
  await page.getByLabel('Tubuh berita', { exact: true }).fill(body);
  await expect(finding(page, 'next-update-missing')).toHaveCount(0);
  await expect(finding(page, 'contact-missing')).toBeVisible();
  await page.getByLabel('Narahubung dan tanda akhir', { exact: true }).fill('Narahubung: Dimas Pratama, Koordinator Humas, 0812-0000-1111');
  await expect(finding(page, 'contact-missing')).toHaveCount(0);

  await page.getByRole('button', { name: 'Serahkan dan nilai' }).click();
  const result = page.locator('[data-result]');
  await expect(result).toBeVisible();
  await expect(result.locator('[data-score]')).toContainText(/Skor \d+ dari 20 \(\d+%\)\. (?:Lulus|Belum lulus)\./);
  await expect(result.locator('[data-criteria] tr')).toHaveCount(6);
  await expect(result.getByRole('heading', { name: 'Jawaban model' })).toBeVisible();
  await expect(result).toContainText('Kami tidak akan berspekulasi sebelum pemeriksaan selesai');
  await expect(result.locator('[data-submitted]')).toContainText('Pernyataan Awal Lapas Kelas IIA');

  await page.reload();
  await expect(page.getByLabel('Teras (paragraf pertama)', { exact: true })).toHaveValue(lead);
  const rows = page.locator('[data-history] tbody tr[data-attempt]');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(/\d+\/20/);
  await rows.first().getByText('Lihat naskah').click();
  await expect(rows.first()).toContainText('Informasi berikutnya kami sampaikan pukul 12.00.');

  const stored = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY)) ?? '{}');
  expect(stored.data.attempts).toHaveLength(1);
  expect(stored.data.attempts[0]).toMatchObject({ drillId: 'pernyataan-awal-kebakaran-dapur', max: 20, timed: false });
  expect(stored.data.attempts[0].secondsTaken).toBeGreaterThanOrEqual(0);
  watch.expectClean();
});

test('a pasted whole text is split into its parts', async ({ page }) => {
  await page.goto('/latihan/siaran-pers/');
  await page.getByRole('link', { name: 'Tulis untuk situasi Anda sendiri' }).click();
  await page.getByLabel('Tempel naskah utuh').check();
  await page
    .getByLabel('Naskah utuh', { exact: true })
    .fill(
      `Kebakaran Dapur Lapas Padam\n\nTelaga Bening, 12-03-2026 – Kebakaran terjadi di dapur pada Kamis pagi.\n\nNarahubung: Dimas, 0812-0000-1111\n\n-selesai-`,
    );
  await expect(page.locator('[data-split-summary]')).toContainText('Dikenali: judul, tempat dan tanggal');
  await expect(finding(page, 'dateline-format')).toBeVisible();
  await page.getByRole('button', { name: 'Pisahkan ke bagian' }).click();
  await expect(page.getByLabel('Judul', { exact: true })).toHaveValue('Kebakaran Dapur Lapas Padam');
  await expect(page.getByLabel('Tempat dan tanggal', { exact: true })).toHaveValue('Telaga Bening, 12-03-2026');
  await expect(page.getByLabel('Narahubung dan tanda akhir', { exact: true })).toHaveValue('Narahubung: Dimas, 0812-0000-1111\n-selesai-');
});

test('free mode: header lines stay above the headline, a text that names a child cannot pass, and the panel says the checker can miss things', async ({
  page,
}) => {
  await page.goto('/latihan/siaran-pers/bebas/');
  await page.getByLabel('Tempel naskah utuh').check();
  await page
    .getByLabel('Naskah utuh', { exact: true })
    .fill(
      [
        'SIARAN PERS',
        'Untuk Disiarkan Segera',
        'Perkelahian di LPKA Bukit Cahaya',
        'Bukit Cahaya, 20 Mei 2026 – Perkelahian terjadi di Lembaga Pembinaan Khusus Anak (LPKA) Kelas II Bukit Cahaya pada Selasa (19/5) pukul 16.00. Rizky Pratama (15 tahun), warga Kampung Sawo Lestari, dirawat di klinik.',
        'Narahubung: Ratri Handayani, Koordinator Humas, 0812-0000-5151',
        '-selesai-',
      ].join('\n\n'),
    );
  await expect(finding(page, 'child-identity').first()).toContainText('Rizky Pratama');
  await expect(finding(page, 'child-identity').first()).toContainText('Pasal 19');
  await expect(finding(page, 'dateline-missing')).toHaveCount(0);
  await expect(page.locator('.sk-drill__caveat')).toContainText('bisa melewatkan sesuatu');
  await page.getByRole('button', { name: 'Pisahkan ke bagian' }).click();
  await expect(page.getByLabel('Judul', { exact: true })).toHaveValue('Perkelahian di LPKA Bukit Cahaya');
  await expect(page.getByLabel('Tempat dan tanggal', { exact: true })).toHaveValue('Bukit Cahaya, 20 Mei 2026');
  await expect(page.locator('[data-action-status]')).toContainText('Baris kepala (“SIARAN PERS”, “Untuk Disiarkan Segera”)');
  await page.getByRole('button', { name: 'Serahkan dan nilai' }).click();
  await expect(page.locator('[data-result] [data-score]')).toContainText('Belum lulus: naskah mengungkap identitas');
});

test('free mode: the printed release is headed with the unit from "Data saya"', async ({ page }) => {
  await page.goto('/data-saya/');
  await page.getByLabel('Nama unit').fill('Rutan Kelas IIB Rantau Sejuk (fiktif)');
  await page.goto('/latihan/siaran-pers/bebas/');
  await page.getByLabel('Judul', { exact: true }).fill('Layanan Kunjungan Dibuka Kembali');
  await page.emulateMedia({ media: 'print' });
  const paper = page.locator('[data-paper]');
  await expect(paper.locator('.sk-release-paper__letterhead')).toHaveText('SIARAN PERS · Rutan Kelas IIB Rantau Sejuk (fiktif)');
  await expect(paper.locator('.sk-release-paper__headline')).toHaveText('Layanan Kunjungan Dibuka Kembali');
});

test('text typed just before a reload is kept (the pending save is written when the page is left)', async ({ page }) => {
  await page.goto(DRILL);
  await page.getByLabel('Judul', { exact: true }).fill('Judul yang diketik tepat sebelum memuat ulang');
  // No wait for the save pause: the reload itself must not lose the text.
  await page.reload();
  await expect(page.getByLabel('Judul', { exact: true })).toHaveValue('Judul yang diketik tepat sebelum memuat ulang');
});

test('countdown, copy, .docx export and print as a release', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(DRILL);
  await page.getByRole('button', { name: 'Mulai hitung mundur (15 menit)' }).click();
  await expect(page.locator('[data-timer]')).toContainText(/Sisa waktu 1[45]:\d\d/);
  await page.getByLabel('Judul', { exact: true }).fill('Kebakaran Dapur Lapas Telaga Bening Padam');
  await page.getByLabel('Teras (paragraf pertama)', { exact: true }).fill(lead);

  await page.getByRole('button', { name: 'Salin naskah' }).click();
  await expect(page.locator('[data-action-status]')).toHaveText('Naskah disalin ke papan klip.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`Kebakaran Dapur Lapas Telaga Bening Padam\n\n${lead}`);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Unduh .docx' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^siaran-pers-kebakaran-dapur-lapas-telaga-bening-padam-\d{4}-\d{2}-\d{2}\.docx$/);
  expect((await readFile(await file.path())).subarray(0, 2).toString()).toBe('PK');

  await page.reload();
  await expect(page.locator('[data-timer]')).toContainText('Sisa waktu');
  await page.getByRole('button', { name: 'Serahkan dan nilai' }).click();
  await expect(page.locator('[data-history] tbody tr[data-attempt]').first()).toContainText('dengan hitung mundur');

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-editor]')).toBeHidden();
  await expect(page.locator('.sk-drill__feedback')).toBeHidden();
  const paper = page.locator('[data-paper]');
  await expect(paper).toBeVisible();
  await expect(paper.locator('.sk-release-paper__headline')).toHaveText('Kebakaran Dapur Lapas Telaga Bening Padam');
  await expect(paper).toContainText('SIARAN PERS · Lapas Kelas IIA Telaga Bening (fiktif, bahan latihan)');
  // "Cetak siaran pers" prints the release alone.
  await page.evaluate(() => (document.documentElement.dataset.printRelease = ''));
  await expect(page.getByRole('heading', { name: /Lembar tugas/ })).toBeHidden();
  await expect(page.locator('main h1')).toBeHidden();
  await expect(paper).toBeVisible();
});

test('the attempts are on "Data saya" and in its export, and listed on the drills page', async ({ page }) => {
  await page.goto(DRILL);
  await page.getByLabel('Teras (paragraf pertama)', { exact: true }).fill(lead);
  await page.getByRole('button', { name: 'Serahkan dan nilai' }).click();
  await expect(page.locator('[data-result]')).toBeVisible();

  await page.goto('/latihan/siaran-pers/');
  await expect(page.getByRole('link', { name: 'Kebakaran dapur pada pagi hari' }).first()).toBeVisible();
  await expect(page.locator('press-release-history tbody tr[data-attempt]')).toHaveCount(1);

  await page.goto('/data-saya/');
  const row = page.locator(`[data-items] tr[data-key="${KEY}"]`);
  await expect(row).toContainText('Latihan siaran pers');
  await expect(row).toContainText('1 percobaan dinilai');
  const download = exportAllData(page);
  const exported = JSON.parse(await readFile(await (await download).path(), 'utf8'));
  expect(exported.documents[KEY].data.attempts[0].parts.lead).toBe(lead);
});

test('the module embeds a drill near "Latihan terkait"', async ({ page }) => {
  await page.goto('/modul/siaran-pers/');
  const drill = page.locator('press-release-drill[data-drill-id="pernyataan-awal-kebakaran-dapur"]');
  await drill.scrollIntoViewIfNeeded();
  await expect(drill).toBeVisible();
  await drill.getByLabel('Judul', { exact: true }).fill('KLARIFIKASI TERKAIT ISU KEBAKARAN');
  await expect(drill.locator('[data-findings] [data-rule="headline-all-caps"]')).toBeVisible();
});
