import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { watchPage } from './support';

// "Data saya": the full export asks before it writes officers' names and phone numbers kept in plans.
test.describe.configure({ timeout: 60_000 });

const unit = 'Rutan Kelas IIB Rantau Sejuk (fiktif)';
const officer = 'Budi Santoso';
const phone = '0812-3456-7890';

/** A plan with a unit, and an officer's name and phone number in the team. */
async function fillPlanWithOfficer(page: Page) {
  await page.goto('/latihan/rencana-komunikasi/');
  await page.locator('#bagian-identitas').getByLabel('Nama unit').fill(unit);
  const toggle = page.locator('#bagian-tim').getByRole('heading').getByRole('button');
  await toggle.click();
  const spokesperson = page.locator('[data-row="team.1"]');
  await spokesperson.getByLabel('Nama petugas').fill(officer);
  await spokesperson.getByLabel('Telepon', { exact: true }).fill(phone);
  await expect(page.locator('[data-save-status]')).toContainText('Tersimpan otomatis');
}

async function exportAll(page: Page, choice: string): Promise<string> {
  await page.getByRole('button', { name: 'Ekspor semua data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sertakan data pribadi?' });
  await expect(dialog).toContainText('“Rencana komunikasi krisis” berisi nama orang, nomor telepon seluler dan alamat surel');
  // The dialog says plainly what free text may still hold.
  await expect(dialog).toContainText('Nama yang ditulis bebas dengan cara lain dapat tertinggal');
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: choice }).click();
  return readFile(await (await download).path(), 'utf8');
}

test('the full export writes officers’ names only when the user agrees, and writes nothing on cancel', async ({ page }) => {
  const watch = watchPage(page);
  await fillPlanWithOfficer(page);
  await page.goto('/data-saya/');
  await expect(page.getByRole('button', { name: 'Ekspor semua data' })).toBeEnabled();

  const withNames = await exportAll(page, 'Sertakan nama dan nomor');
  expect(withNames).toContain(officer);
  expect(withNames).toContain(phone);
  expect(withNames).toContain(unit);
  await expect(page.locator('[data-import-message]')).toContainText(/dibuat berisi \d+ data\.$/);

  const withoutNames = await exportAll(page, 'Tanpa nama dan nomor');
  expect(withoutNames).not.toContain(officer);
  expect(withoutNames).not.toContain(phone);
  expect(withoutNames).toContain(unit); // the plan itself is still in the file
  expect(JSON.parse(withoutNames).documents['siaga-krisis:rencana-komunikasi'].data.plans[0].team[1]).toMatchObject({
    role: 'Juru bicara',
    name: '',
    phone: '',
  });
  await expect(page.locator('[data-import-message]')).toContainText('tanpa nama orang, nomor telepon seluler dan alamat surel');

  let downloads = 0;
  page.on('download', () => downloads++);
  await page.getByRole('button', { name: 'Ekspor semua data' }).click();
  await page.getByRole('dialog', { name: 'Sertakan data pribadi?' }).getByRole('button', { name: 'Batal' }).click();
  // The cancel is handled (its message shows) before any file could be written: no wait needed.
  await expect(page.locator('[data-import-message]')).toContainText('Ekspor dibatalkan');
  expect(downloads).toBe(0);
  // What is stored in this browser is not changed by an export without names.
  expect(await page.evaluate(() => localStorage.getItem('siaga-krisis:rencana-komunikasi'))).toContain(officer);
  watch.expectClean();
});

test('without personal data in any plan, the full export does not ask', async ({ page }) => {
  await page.goto('/latihan/rencana-komunikasi/');
  await page.locator('#bagian-identitas').getByLabel('Nama unit').fill(unit);
  await expect(page.locator('[data-save-status]')).toContainText('Tersimpan otomatis');
  await page.goto('/data-saya/');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ekspor semua data' }).click();
  expect(await readFile(await (await download).path(), 'utf8')).toContain(unit);
  await expect(page.getByRole('dialog', { name: 'Sertakan data pribadi?' })).toBeHidden();
});
