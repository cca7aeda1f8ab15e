import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectAccessible } from './support';

// Every confirmation and question dialog, scanned by axe while it is open (light and dark), and every button in it
// that can be reached has a name: a button hidden by the script but shown by a display rule read "button" with no name.

async function expectDialogAccessible(page: Page, dialog: Locator) {
  await expect(dialog).toBeVisible();
  await expectAccessible(page);
  for (const button of await dialog.locator('button').all()) {
    if (await button.isVisible()) await expect(button).toHaveAccessibleName(/\S/);
  }
  await dialog.getByRole('button', { name: 'Batal' }).click();
  await expect(dialog).toBeHidden();
}

test('plan builder: delete, new-plan and personal-data dialogs', async ({ page }) => {
  test.slow();
  await page.goto('/latihan/rencana-komunikasi/');
  const identity = page.locator('#bagian-identitas');
  await identity.getByLabel('Nama unit').fill('Lapas Kelas IIA Tanjung Wangi (fiktif)');
  await page.locator('#bagian-identitas').getByLabel('Penanggung jawab dokumen').fill('Rina Lestari');
  await page.getByRole('button', { name: 'Hapus rencana' }).click();
  const confirm = page.getByRole('dialog', { name: 'Hapus rencana?' });
  // The alternative button of this dialog is not offered here: it is not shown, and no nameless button is reachable.
  await expect(confirm.locator('[data-confirm-alt]')).toBeHidden();
  await expectDialogAccessible(page, confirm);
  await page.getByRole('button', { name: 'Buat rencana baru' }).click();
  await expectDialogAccessible(page, page.getByRole('dialog', { name: 'Buat rencana baru' }));
  await page.getByRole('button', { name: 'Unduh JSON' }).click();
  await expectDialogAccessible(page, page.getByRole('dialog', { name: 'Sertakan data pribadi?' }));
});

test('Data saya: the delete dialogs', async ({ page }) => {
  test.slow();
  await page.goto('/data-saya/');
  await page.getByLabel('Nama pengisi').fill('Dimas Pratama');
  await page.getByRole('button', { name: 'Hapus Profil unit dan pengisi' }).click();
  await expectDialogAccessible(page, page.getByRole('dialog', { name: 'Hapus data ini?' }));
  await page.getByRole('button', { name: 'Hapus semua data…' }).click();
  await expectDialogAccessible(page, page.getByRole('dialog', { name: 'Hapus semua data?' }));
});

test('checklist: the reset dialog', async ({ page }) => {
  await page.goto('/daftar-periksa/jam-pertama/');
  await page.getByRole('checkbox').first().check();
  await page.getByRole('button', { name: 'Kosongkan daftar ini…' }).click();
  await expectDialogAccessible(page, page.getByRole('dialog', { name: 'Kosongkan daftar periksa ini?' }));
});
