import { expect, test, type Page } from '@playwright/test';
import { watchPage } from './support';

const ID = 'kebocoran-data';

/** The trainer releases injects until the step's form can be used. */
async function reach(trainer: Page, stepId: string) {
  const section = trainer.locator(`[data-stage-step="${stepId}"]`);
  await expect(async () => {
    if (!(await section.isVisible())) await trainer.getByRole('button', { name: 'Keluarkan kabar berikutnya' }).click();
    await expect(section).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 10_000 });
  return section;
}

test('a facilitated session: trainer and projector windows, a tally at each decision, the reveal at the end', async ({ context }) => {
  const trainer = await context.newPage();
  const watch = watchPage(trainer);
  await trainer.goto(`/latihan/simulasi/${ID}/fasilitator/`);
  // The projector window is opened from the trainer's window, as a trainer would.
  const opened = context.waitForEvent('page');
  await trainer.getByRole('button', { name: 'Buka layar proyektor' }).click();
  const projector = await opened;
  await projector.waitForLoadState();
  expect(new URL(projector.url()).pathname).toBe(`/latihan/simulasi/${ID}/layar/`);
  await expect(projector.getByText('Menunggu sesi dimulai di jendela pelatih.')).toBeVisible();

  await trainer.getByRole('button', { name: 'Mulai sesi' }).click();
  const stage = projector.locator('[data-stage]');
  await expect(stage).toBeVisible();
  // None of the trainer's controls is on the projected screen.
  for (const name of ['Keluarkan kabar berikutnya', 'Jalankan jadwal', 'Ulang sesi', 'Catat pilihan dan lanjutkan', 'Mulai sesi']) {
    await expect(projector.getByRole('button', { name })).toHaveCount(0);
  }
  await expect(projector.locator('input')).toHaveCount(0);
  await expect(stage.locator('[data-feed-item="operator-lapor"]')).toBeVisible();

  // The first step's questions wait until its second message is out.
  const first = projector.locator('[data-stage-step="daftar-beredar"]');
  await expect(first).toBeVisible();
  await expect(first.locator('[data-discussion]')).toBeHidden();
  await expect(trainer.locator('[data-stage-step="daftar-beredar"] [data-discussion]')).toBeHidden();
  await trainer.getByRole('button', { name: 'Keluarkan kabar berikutnya' }).click();
  await expect(stage.locator('[data-feed-item="unggahan-bocor"]')).toBeVisible();
  await expect(first.locator('[data-discussion]')).toBeVisible();
  // Options carry letters and say nothing about which is recommended on the projector.
  await expect(first.locator('.sk-stage__options li')).toHaveCount(3);
  await expect(first).not.toContainText('dianjurkan');

  // A show of hands: 12, 5 and 3. With no choice marked, the option with most hands is the room's.
  const choice = trainer.locator('[data-stage-step="daftar-beredar"]');
  await choice.locator('[data-tally="amankan-lapor"]').fill('12');
  await choice.locator('[data-tally="sebar-klarifikasi"]').fill('5');
  await choice.locator('[data-tally="diam"]').fill('3');
  await choice.getByRole('button', { name: 'Catat pilihan dan lanjutkan' }).click();

  const writing = await reach(trainer, 'keluarga-takut');
  await expect(projector.locator('[data-stage-step="keluarga-takut"]')).toBeVisible();
  await writing.getByRole('button', { name: 'Tulisan diserahkan, lanjutkan' }).click();

  // A split room: the trainer records the tally and marks the option the room settled on after discussion.
  const last = await reach(trainer, 'wartawan-data');
  await last.locator('[data-tally="minta-tidak-muat"]').fill('9');
  const others = last.locator('[data-tally]:not([data-tally="minta-tidak-muat"])');
  await others.first().fill('11');
  await last.locator('input[type="radio"][value="minta-tidak-muat"]').check();
  await last.getByRole('button', { name: 'Catat pilihan dan lanjutkan' }).click();

  // The end: the room's path and the tally per decision, recommended options hidden on the projector until revealed.
  const recap = projector.locator('[data-recap]:visible');
  await expect(recap).toContainText('Rekap sesi');
  await expect(recap.locator('[data-recap-step]')).toHaveCount(2);
  await expect(recap.locator('[data-recap-step="daftar-beredar"] h6')).toHaveText(/\(20 orang\)$/);
  await expect(recap.locator('[data-recap-step="daftar-beredar"]')).toContainText('12 suara (60 %) · pilihan ruangan');
  await expect(recap.locator('[data-recap-step="wartawan-data"]')).toContainText('9 suara (45 %) · pilihan ruangan');
  for (const votes of await recap.locator('.sk-recap__votes').all()) await expect(votes).not.toContainText('dianjurkan');
  await expect(recap).not.toContainText('Jalur yang dianjurkan');
  await expect(recap).toContainText('Jalur ruangan');
  const trainerRecap = trainer.locator('[data-recap]:visible');
  await expect(trainerRecap).toContainText('dianjurkan');
  await trainer.getByRole('button', { name: 'Tampilkan opsi yang dianjurkan di layar proyektor' }).click();
  await expect(recap).toContainText('Jalur yang dianjurkan');
  await expect(recap.locator('[data-recap-step="daftar-beredar"] [data-option="amankan-lapor"]')).toContainText('dianjurkan');
  await expect(recap).toContainText('Ruangan memilih opsi yang dianjurkan pada 2 dari 2 keputusan.');

  // The session is kept: a reloaded projector shows the same recap.
  await projector.reload();
  await expect(projector.locator('[data-recap]:visible')).toContainText('Jalur yang dianjurkan');
  watch.expectClean();
});

test('the run sheet and answer key print for the trainer, with the letters of the projector', async ({ page }) => {
  await page.goto(`/latihan/simulasi/${ID}/panduan/`);
  await expect(page.getByRole('heading', { name: 'Lembar jalannya sesi' })).toBeVisible();
  for (const heading of ['Tujuan', 'Peran yang dibagikan', 'Bahan', 'Alur dan pertanyaan diskusi per langkah', 'Kunci jawaban']) {
    await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
  }
  const key = page.locator(`#kunci-daftar-beredar`).locator('..');
  await expect(key.locator('li')).toHaveCount(3);
  await expect(key.locator('li[data-recommended]')).toHaveCount(1);
  await expect(key.locator('li[data-recommended]')).toContainText('Dianjurkan');
  await expect(key).toContainText('Mengapa:');
  // Same letters as on the projector.
  await page.goto(`/latihan/simulasi/${ID}/layar/`);
  const projected = await page.locator('[data-stage-step="daftar-beredar"] .sk-stage__options li').allTextContents();
  await page.goto(`/latihan/simulasi/${ID}/panduan/`);
  const keyed = await page.locator('#kunci-daftar-beredar').locator('..').locator('li > p:first-child').allTextContents();
  expect(keyed.map((t) => t.replace(/^(\w)\. (Dianjurkan|Kurang tepat): /, '$1. '))).toEqual(projected);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});
