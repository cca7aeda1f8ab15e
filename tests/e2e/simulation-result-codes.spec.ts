import { expect, test } from '@playwright/test';
import { watchPage } from './support';

// A room without a server: three participants' phones show their result as a code; the trainer pastes the codes.
test('results collected by code from three participants, one code damaged on the way', async ({ browser }) => {
  test.setTimeout(120_000); // four browser contexts, one after another
  const names = ['Sari Wulan', 'Bayu Santoso', 'Lina Marlina'];
  const codes: string[] = [];
  for (const name of names) {
    const phone = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await phone.newPage();
    const watch = watchPage(page);
    await page.goto('/latihan/simulasi/kebocoran-data/');
    await page.getByLabel('Nama Anda (boleh dikosongkan)').fill(name);
    await page.getByRole('button', { name: 'Mulai simulasi' }).click();
    const form = page.locator('[data-task="daftar-beredar"]');
    await form.locator('input[value="sebar-klarifikasi"]').check();
    await form.getByRole('button', { name: 'Putuskan' }).click();
    await expect(page.locator('[data-view="debrief"]')).toBeVisible();
    await expect(page.locator('[data-report="participant"]')).toHaveText(name);
    await page.getByRole('button', { name: 'Tampilkan kode hasil' }).click();
    const code = page.getByLabel('Kode hasil Anda');
    await expect(code).toHaveValue(/^SK1\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
    await expect(page.locator('[data-code-message]')).toContainText('Kode hasil dibuat');
    codes.push(await code.inputValue());
    watch.expectClean();
    await phone.close();
  }
  expect(new Set(codes).size).toBe(3);

  const laptop = await browser.newContext();
  const page = await laptop.newPage();
  const watch = watchPage(page);
  await page.goto('/latihan/simulasi/rekap/');
  const damaged = codes[2]!.slice(0, -12) + codes[2]!.slice(-11);
  await page.getByLabel(/tempel kode hasil peserta/).fill(`${codes[0]}\n${codes[1]}\n\n${damaged}`);
  await page.getByRole('button', { name: 'Tambahkan kode ke rekap' }).click();
  await expect(page.locator('[data-status]')).toHaveText('3 kode dibaca: 2 diterima, 1 ditolak. Rekap sekarang berisi 2 hasil.');
  await expect(page.locator('[data-rejected-list]')).toContainText('Salin ulang seluruh kode');
  // The missing one is pasted again, whole; a repeat of an accepted code is refused as already imported.
  await page.getByLabel(/tempel kode hasil peserta/).fill(`${codes[2]} ${codes[0]}`);
  await page.getByRole('button', { name: 'Tambahkan kode ke rekap' }).click();
  await expect(page.locator('[data-status]')).toHaveText('2 kode dibaca: 1 diterima, 1 ditolak. Rekap sekarang berisi 3 hasil.');
  await expect(page.locator('[data-rejected-list]')).toContainText('sudah diimpor');
  for (const name of names) await expect(page.locator('[data-summaries]')).toContainText(name);
  watch.expectClean();
  await laptop.close();
});
