import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { watchPage } from './support';

// Each test fills a long form; on a busy two-core machine that takes longer than the default 30 seconds.
test.describe.configure({ timeout: 60_000 });

const PAGE = '/latihan/rencana-komunikasi/';
const KEY = 'siaga-krisis:rencana-komunikasi';
const unit = 'Lapas Kelas IIA Telaga Bening (fiktif)';

const section = (page: Page, id: string) => page.locator(`#bagian-${id}`);
/** Sections start closed (all but the first): open one as a user would, by its heading. */
async function openSection(page: Page, id: string) {
  const toggle = section(page, id).getByRole('heading').getByRole('button');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
}
const row = (page: Page, path: string) => page.locator(`[data-row="${path}"]`);

/** Fills a plan across several sections, as a humas team would over a first sitting. */
async function fillPlan(page: Page) {
  // The plan's name is the user's own: nothing is named for them ("Rencana baru" used to print on the cover).
  await expect(page.locator('[data-plan-form]').getByLabel('Nama rencana')).toHaveValue('');
  await page.locator('[data-plan-form]').getByLabel('Nama rencana').fill('Rencana 2026');
  const identity = section(page, 'identitas');
  await identity.getByLabel('Nama unit').fill(unit);
  await identity.getByLabel('Jenis unit').selectOption('Lapas');
  await identity.getByLabel('Penanggung jawab dokumen').fill('Rina Lestari');
  await identity.getByLabel('Versi').fill('1.1');

  await openSection(page, 'tim');
  const spokesperson = row(page, 'team.1');
  await expect(spokesperson.locator('legend')).toHaveText('Juru bicara');
  await spokesperson.getByLabel('Nama petugas').fill('Budi Santoso');
  await spokesperson.getByLabel('Telepon', { exact: true }).fill('0812-3456-7890');

  await openSection(page, 'persetujuan');
  await row(page, 'approval.2').getByLabel('Batas waktu (menit)').fill('30');
  await openSection(page, 'kontak');
  await row(page, 'contacts.3').getByLabel('Telepon').fill('(0511) 335 0110');

  await openSection(page, 'skenario');
  const scenario = row(page, 'scenarios.0');
  await scenario.getByLabel('Jenis krisis').fill('Kebakaran dapur');
  await scenario
    .getByLabel('Pernyataan awal', { exact: true })
    .fill('Pagi ini terjadi kebakaran di dapur. Api sudah padam. Keterangan berikutnya pukul 12.00.');
  await scenario.getByLabel('Pesan kunci 1', { exact: true }).fill('Api sudah padam dan semua aman.');
  await scenario.getByLabel('Pesan kunci 2', { exact: true }).fill('Kami merawat yang terdampak.');
  await scenario.getByLabel('Pesan kunci 3', { exact: true }).fill('Keluarga dapat bertanya di layanan pengunjung.');
  await scenario.locator('.plan-message').first().getByLabel('Fakta pendukung 1').fill('Api padam pukul 07.40.');

  await openSection(page, 'evaluasi');
  await section(page, 'evaluasi').getByLabel('Jadwal tinjauan rencana').fill('Setiap enam bulan');
}

test('fill, reload, duplicate, rename, print, export .docx and JSON, and import into a fresh browser', async ({ page, browser }) => {
  test.setTimeout(120_000); // a whole working session in one journey
  const watch = watchPage(page);
  await page.goto(PAGE);
  await expect(page.locator('[data-plan-select]')).toBeEnabled();
  await expect(page.locator('.plan-privacy')).toContainText('tetap di peramban ini');
  await fillPlan(page);

  // Live message-map count and completeness.
  await expect(row(page, 'scenarios.0').locator('[data-map-count]')).toHaveText(
    'Peta pesan: 16 dari 27 kata · ±6 dari 9 detik · 3 dari 3 pesan',
  );
  await expect(page.locator('[data-meter="identitas"] [data-meter-text]')).toHaveText('3/5 (60%)');
  await expect(section(page, 'identitas').locator('[data-section-summary]')).toContainText('2 hal belum diisi');
  await section(page, 'identitas').locator('[data-section-summary]').click();
  await expect(section(page, 'identitas').locator('[data-section-missing]')).toHaveText(
    'Identitas: jabatannya, tanggal tinjauan berikutnya belum diisi.',
  );

  // Reload: everything is still there.
  await page.reload();
  await expect(section(page, 'identitas').getByLabel('Nama unit')).toHaveValue(unit);
  // The page arrives with the first section open; the others are drawn from the stored plan when opened.
  for (const id of ['tim', 'skenario', 'evaluasi']) await openSection(page, id);
  await expect(row(page, 'team.1').getByLabel('Nama petugas')).toHaveValue('Budi Santoso');
  await expect(row(page, 'scenarios.0').getByLabel('Pesan kunci 3', { exact: true })).toHaveValue(
    'Keluarga dapat bertanya di layanan pengunjung.',
  );
  await expect(section(page, 'evaluasi').getByLabel('Jadwal tinjauan rencana')).toHaveValue('Setiap enam bulan');
  await expect(row(page, 'scenarios.0').locator('legend').first()).toHaveText('Skenario 1: Kebakaran dapur');

  // Duplicate, then rename the copy.
  await page.getByRole('button', { name: 'Duplikat' }).click();
  const nameDialog = page.getByRole('dialog', { name: 'Duplikat rencana' });
  await expect(nameDialog.getByLabel('Nama rencana')).toHaveValue('Rencana 2026 (salinan)');
  await nameDialog.getByLabel('Nama rencana').fill('Revisi 2027');
  await nameDialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.locator('[data-plan-select] option')).toHaveText(['Rencana 2026', 'Revisi 2027']);
  await expect(page.locator('[data-plan-select]')).toHaveValue(/.+/);
  await expect(section(page, 'identitas').getByLabel('Nama unit')).toHaveValue(unit);
  await section(page, 'identitas').getByLabel('Versi').fill('2.0');
  await page.getByRole('button', { name: 'Ganti nama' }).click();
  await page.getByRole('dialog', { name: 'Ganti nama rencana' }).getByLabel('Nama rencana').fill('Revisi 2027 untuk Kanwil');
  await page.getByRole('dialog', { name: 'Ganti nama rencana' }).getByRole('button', { name: 'Simpan' }).click();
  await expect(page.locator('[data-plan-select] option')).toHaveText(['Rencana 2026', 'Revisi 2027 untuk Kanwil']);
  // The original keeps its own version.
  await page.locator('[data-plan-select]').selectOption({ label: 'Rencana 2026' });
  await expect(section(page, 'identitas').getByLabel('Versi')).toHaveValue('1.1');
  await page.locator('[data-plan-select]').selectOption({ label: 'Revisi 2027 untuk Kanwil' });
  await expect(section(page, 'identitas').getByLabel('Versi')).toHaveValue('2.0');
  await page.reload();
  await expect(page.locator('[data-plan-select] option:checked')).toHaveText('Revisi 2027 untuk Kanwil');

  // Print: the signed document, not the editor.
  await page.emulateMedia({ media: 'print' });
  const paper = page.locator('[data-paper]');
  await expect(paper).toBeVisible();
  await expect(page.locator('[data-plan-form]')).toBeHidden();
  await expect(page.locator('.plan-privacy')).toBeHidden();
  await expect(page.locator('.sl-markdown-content > p').first()).toBeHidden();
  await expect(paper.locator('.paper-cover h1')).toHaveText(/Rencana Manajemen Komunikasi Krisis/); // the plan's title is the printout's one H1, its sections H2
  await expect(paper.locator('.paper-cover')).toContainText('Rencana Manajemen Komunikasi Krisis');
  await expect(paper.locator('.paper-cover')).toContainText(unit);
  await expect(paper.locator('.paper-cover')).toContainText('2.0');
  await expect(paper.locator('.paper-contents li')).toHaveCount(11);
  await expect(paper.locator('section[data-paper-section] > h2')).toHaveText([
    '1. Identitas unit dan dokumen',
    '2. Tim komunikasi krisis',
    '3. Alur persetujuan pernyataan',
    '4. Direktori kontak',
    '5. Peta pemangku kepentingan',
    '6. Skenario risiko dan peta pesan',
    '7. Saluran dan akun resmi',
    '8. Pemantauan dan tingkat eskalasi',
    '9. Protokol jam pertama',
    '10. Evaluasi pascakrisis dan jadwal tinjauan',
    'Pengesahan',
  ]);
  await expect(paper.locator('[data-paper-section="tim"] tr', { hasText: 'Juru bicara' })).toContainText('Budi Santoso');
  await expect(paper.locator('[data-paper-section="skenario"]')).toContainText('Api sudah padam dan semua aman.');
  await expect(paper.locator('.paper-signature')).toContainText(`Kepala ${unit}`);
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
  await page.emulateMedia({ media: 'screen' });

  // Export .docx: personal data needs a confirmation first; the library is loaded only now.
  const docxRequests: string[] = [];
  page.on('request', (request) => {
    if (/plan-docx/.test(request.url())) docxRequests.push(request.url());
  });
  expect(docxRequests).toEqual([]);
  await page.getByRole('button', { name: 'Unduh Word (.docx)' }).click();
  const confirm = page.getByRole('dialog', { name: 'Sertakan data pribadi?' });
  await expect(confirm).toContainText('nama dan nomor telepon petugas');
  const docxDownload = page.waitForEvent('download');
  await confirm.getByRole('button', { name: 'Sertakan nama dan nomor' }).click();
  const docx = await docxDownload;
  expect(docx.suggestedFilename()).toMatch(/^rencana-komunikasi-lapas-kelas-iia-telaga-bening-fiktif-v2-0-\d{4}-\d{2}-\d{2}\.docx$/);
  const docxPath = await docx.path();
  expect((await readFile(docxPath)).subarray(0, 2).toString()).toBe('PK');
  const xml = execFileSync('unzip', ['-p', docxPath, 'word/document.xml'], { encoding: 'utf8' });
  expect(xml).toContain('Budi Santoso');
  expect(xml).toContain('10. Evaluasi pascakrisis dan jadwal tinjauan');
  expect(docxRequests.length).toBeGreaterThan(0);

  // Export JSON.
  await page.getByRole('button', { name: 'Unduh JSON' }).click();
  const jsonDownload = page.waitForEvent('download');
  await page.getByRole('dialog', { name: 'Sertakan data pribadi?' }).getByRole('button', { name: 'Sertakan nama dan nomor' }).click();
  const json = await jsonDownload;
  const exported = await readFile(await json.path());
  const file = JSON.parse(exported.toString());
  expect(file).toMatchObject({ app: 'siaga-krisis', kind: 'rencana-komunikasi', formatVersion: 1, dataVersion: 1 });
  expect(file.plan).toMatchObject({ name: 'Revisi 2027 untuk Kanwil', identity: { unitName: unit, version: '2.0' } });
  watch.expectClean();

  // A fresh browser profile imports the file, after a preview, and finds the same plan.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const otherWatch = watchPage(other);
  await other.goto(PAGE);
  await expect(other.locator('[data-plan-select] option')).toHaveText(['Rencana tanpa nama (belum disimpan)']);
  await other
    .getByLabel('Impor rencana dari berkas JSON')
    .setInputFiles({ name: json.suggestedFilename(), mimeType: 'application/json', buffer: exported });
  const preview = other.locator('[data-import-preview]');
  await expect(preview).toBeVisible();
  await expect(preview).toContainText('Revisi 2027 untuk Kanwil');
  await expect(preview).toContainText(unit);
  await expect(preview).toContainText('Ada nama atau nomor telepon petugas');
  expect(await other.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
  await other.getByRole('button', { name: 'Tambahkan sebagai rencana baru' }).click();
  await expect(other.locator('[data-message]')).toContainText('ditambahkan');
  await other.reload();
  await expect(other.locator('[data-plan-select] option')).toHaveText(['Revisi 2027 untuk Kanwil']);
  await expect(section(other, 'identitas').getByLabel('Nama unit')).toHaveValue(unit);
  for (const id of ['tim', 'skenario']) await openSection(other, id);
  await expect(row(other, 'team.1').getByLabel('Nama petugas')).toHaveValue('Budi Santoso');
  await expect(row(other, 'scenarios.0').getByLabel('Jenis krisis')).toHaveValue('Kebakaran dapur');
  // And "Data saya" lists it, ready for the full export.
  await other.goto('/data-saya/');
  await expect(other.locator(`[data-items] tr[data-key="${KEY}"]`)).toContainText('1 rencana: Revisi 2027 untuk Kanwil');
  otherWatch.expectClean();
  await fresh.close();
});

// Issue 21: the template's examples and the model's text are not the unit's work, and adding a scenario is not a step back.
test('a new plan is at 0 %, typing raises it, adding a scenario keeps it; examples show as examples', async ({ page }) => {
  await page.goto(PAGE);
  await expect(page.locator('[data-plan-select]')).toBeEnabled();
  const overall = page.locator('[data-overall]');
  await expect(overall).toContainText('lengkap 0%');
  await openSection(page, 'pemangku');
  const audience = row(page, 'stakeholders.0').getByLabel('Khalayak', { exact: true });
  await expect(audience).toHaveValue('');
  await expect(audience).toHaveAttribute('placeholder', 'Contoh: Keluarga narapidana dan tahanan');

  await section(page, 'identitas').getByLabel('Nama unit').fill(unit);
  await section(page, 'identitas').getByLabel('Jenis unit').selectOption('Lapas');
  await expect(overall).not.toContainText('lengkap 0%');
  const percent = async () => Number((await overall.textContent())!.match(/lengkap (\d+)%/)![1]);
  const typed = await percent();
  expect(typed).toBeGreaterThan(0);

  await openSection(page, 'skenario');
  await section(page, 'skenario').getByRole('button', { name: 'Tambah skenario' }).click();
  await expect(row(page, 'scenarios.1')).toHaveCount(1);
  await expect(page.locator('[data-meter="skenario"] [data-meter-text]')).toHaveText('0/8 (0%)');
  expect(await percent()).toBe(typed);
});

test('validation messages appear next to the field, in Indonesian, and go away when corrected', async ({ page }) => {
  await page.goto(PAGE);
  await openSection(page, 'tim');
  const spokesperson = row(page, 'team.1');
  const phone = spokesperson.getByLabel('Telepon', { exact: true });
  await phone.fill('kantor humas');
  const error = page.locator('#rk-team-1-phone-galat');
  await expect(error).toHaveText(/^Ini bukan nomor telepon\./);
  await expect(phone).toHaveAttribute('aria-invalid', 'true');
  await expect(phone).toHaveAccessibleDescription(/bukan nomor telepon/);
  // The team section is started: every role without a holder says so.
  const head = row(page, 'team.0');
  await expect(head.getByLabel('Nama petugas')).toHaveAccessibleDescription(/Belum ada petugas untuk peran ini/);
  await phone.fill('0812 3456 7890');
  await expect(error).toBeHidden();
  await expect(phone).not.toHaveAttribute('aria-invalid', 'true');

  await openSection(page, 'skenario');
  const scenario = row(page, 'scenarios.0');
  await scenario.getByLabel('Pernyataan awal', { exact: true }).fill(Array.from({ length: 95 }, () => 'kata').join(' '));
  await expect(page.locator('#rk-scenarios-0-holdingStatement-galat')).toContainText('Pernyataan awal terlalu panjang: 95 kata');
  await expect(scenario.locator('[data-holding-count]')).toHaveText('Pernyataan awal: 95 dari 90 kata · ±32 detik');
  await scenario.getByLabel('Pesan kunci 1', { exact: true }).fill(Array.from({ length: 28 }, () => 'pesan').join(' '));
  await expect(scenario.locator('[data-map-count]')).toHaveText('Peta pesan: 28 dari 27 kata · ±10 dari 9 detik · 1 dari 3 pesan');
  await expect(scenario.locator('[data-error-field="messages"]')).toContainText('Tiga pesan kunci berjumlah 28 kata');
});

test('rows can be added and removed, and a plan deleted, each asking first when work would be lost', async ({ page }) => {
  await page.goto(PAGE);
  await expect(section(page, 'kontak').getByRole('button', { name: 'Tambah kontak' })).toBeHidden();
  // The completeness list opens the section it links to.
  await page.locator('[data-meter="kontak"] a').click();
  await page.getByRole('button', { name: 'Tambah kontak' }).click();
  const added = row(page, 'contacts.8');
  await expect(added.getByLabel('Kelompok')).toBeFocused();
  await added.getByLabel('Instansi atau media').fill('Radio Suara Pelita (fiktif)');
  await added.getByLabel('Kelompok').selectOption('media');
  await page.reload();
  await expect(row(page, 'contacts.8').getByLabel('Instansi atau media')).toHaveValue('Radio Suara Pelita (fiktif)');
  await openSection(page, 'kontak');
  await row(page, 'contacts.8').getByRole('button', { name: 'Hapus Radio Suara Pelita (fiktif)' }).click();
  await page.getByRole('dialog', { name: 'Hapus baris?' }).getByRole('button', { name: 'Batal' }).click();
  await expect(row(page, 'contacts.8')).toHaveCount(1);
  await row(page, 'contacts.8')
    .getByRole('button', { name: /^Hapus/ })
    .click();
  await page.getByRole('dialog', { name: 'Hapus baris?' }).getByRole('button', { name: 'Ya, hapus' }).click();
  await expect(row(page, 'contacts.8')).toHaveCount(0);

  await page.getByRole('button', { name: 'Buat rencana baru' }).click();
  // Asked, not given: the name field starts empty and the dialog will not close on an empty name.
  await expect(page.getByRole('dialog', { name: 'Buat rencana baru' }).getByLabel('Nama rencana')).toHaveValue('');
  await page.getByRole('dialog', { name: 'Buat rencana baru' }).getByLabel('Nama rencana').fill('Rutan Kelas IIB Rantau Sejuk (fiktif)');
  await page.getByRole('dialog', { name: 'Buat rencana baru' }).getByRole('button', { name: 'Simpan' }).click();
  await expect(page.locator('[data-plan-select] option')).toHaveText(['Rencana tanpa nama', 'Rutan Kelas IIB Rantau Sejuk (fiktif)']);
  await expect(row(page, 'contacts.8')).toHaveCount(0);
  await page.getByRole('button', { name: 'Hapus rencana' }).click();
  await page.getByRole('dialog', { name: 'Hapus rencana?' }).getByRole('button', { name: 'Ya, hapus' }).click();
  await expect(page.locator('[data-plan-select] option')).toHaveText(['Rencana tanpa nama']);
  const stored = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY))!);
  expect(stored.data.plans.map((p: { name: string }) => p.name)).toEqual(['']);
});

test('an export without personal data leaves names and phone numbers out of the file', async ({ page }) => {
  await page.goto(PAGE);
  await fillPlan(page);
  await page.getByRole('button', { name: 'Unduh JSON' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('dialog', { name: 'Sertakan data pribadi?' }).getByRole('button', { name: 'Tanpa nama dan nomor' }).click();
  const text = await readFile(await (await download).path(), 'utf8');
  expect(text).toContain(unit);
  expect(text).not.toContain('Budi Santoso');
  expect(text).not.toContain('0812-3456-7890');
  expect(text).not.toContain('Rina Lestari');
  await expect(page.locator('[data-message]')).toContainText('tanpa nama dan nomor telepon');
  // Cancelling writes no file at all.
  let downloads = 0;
  page.on('download', () => downloads++);
  await page.getByRole('button', { name: 'Unduh Word (.docx)' }).click();
  const question = page.getByRole('dialog', { name: 'Sertakan data pribadi?' });
  await question.getByRole('button', { name: 'Batal' }).click();
  // Answered, the question closes; a file would have been announced as in preparation, and nothing is.
  await expect(question).toBeHidden();
  await expect(page.locator('[data-message]')).not.toContainText('Menyiapkan');
  expect(downloads).toBe(0);
});

test('import refuses a file that is not a plan, and changes nothing', async ({ page }) => {
  await page.goto(PAGE);
  await fillPlan(page);
  const before = await page.evaluate((k) => localStorage.getItem(k), KEY);
  for (const [contents, message] of [
    ['bukan json', 'bukan JSON yang utuh'],
    [JSON.stringify({ app: 'siaga-krisis', kind: 'ekspor-data', formatVersion: 1, exportedAt: 'x', documents: {} }), 'halaman Data saya'],
    [
      JSON.stringify({
        app: 'siaga-krisis',
        kind: 'rencana-komunikasi',
        formatVersion: 1,
        dataVersion: 1,
        exportedAt: 'x',
        plan: { id: 'x' },
      }),
      'Rencana dalam berkas tidak valid',
    ],
  ]) {
    await page
      .getByLabel('Impor rencana dari berkas JSON')
      .setInputFiles({ name: 'berkas.json', mimeType: 'application/json', buffer: Buffer.from(contents!) });
    await expect(page.locator('[data-message]')).toContainText(message!);
    await expect(page.locator('[data-import-preview]')).toBeHidden();
  }
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(before);
});
