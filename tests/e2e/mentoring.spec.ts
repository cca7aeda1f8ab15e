import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { keyFingerprint, verifyFileSignature } from '../../src/domain/mentoring/signing';
import { readPdf, watchPage, expectAccessible } from './support';

// Two people, two browsers: a unit and its mentor. Each step fills real forms, so allow more than the default.
test.describe.configure({ timeout: 150_000 });

const UNIT = 'Lapas Kelas IIA Telaga Bening (fiktif)';
const MENTOR_KEY = 'siaga-krisis:pendampingan-rekap';

/** The unit's work: a completed self-assessment (every item “Ada sebagian”) and a plan with named officers. */
async function fillUnitWork(page: Page) {
  await page.goto('/latihan/self-asesmen/');
  const tool = page.locator('self-assessment');
  await tool.getByLabel('Nama unit').fill(UNIT);
  const items = page.locator('.sa-item');
  await expect(items).toHaveCount(32);
  for (let i = 0; i < 32; i++) await items.nth(i).getByLabel('Ada sebagian', { exact: true }).check();
  await tool.getByRole('button', { name: 'Selesai dan lihat hasil' }).click();
  await expect(tool.locator('[data-result] [data-overall]')).toHaveText('67');

  await page.goto('/latihan/rencana-komunikasi/');
  await expect(page.locator('[data-plan-select]')).toBeEnabled();
  await page.locator('[data-plan-form]').getByLabel('Nama rencana').fill('Rencana 2026');
  const identity = page.locator('#bagian-identitas');
  await identity.getByLabel('Nama unit').fill(UNIT);
  await identity.getByLabel('Jenis unit').selectOption('Lapas');
  await identity.getByLabel('Penanggung jawab dokumen').fill('Rina Lestari');
  const team = page.locator('#bagian-tim');
  await team.getByRole('heading').getByRole('button').click();
  await page.locator('[data-row="team.1"]').getByLabel('Nama petugas').fill('Budi Santoso');
  await page.locator('[data-row="team.1"]').getByLabel('Telepon', { exact: true }).fill('0812-3456-7890');
  // The plan saves on every input; its status says so.
  await expect(page.locator('[data-save-status]')).toContainText('Tersimpan otomatis');
}

test('a unit sends a package, the mentor reviews the region and answers, the unit reads the feedback', async ({ browser }) => {
  // ── The unit ──
  const unitContext = await browser.newContext();
  const unit = await unitContext.newPage();
  const unitWatch = watchPage(unit);
  await fillUnitWork(unit);

  await unit.goto('/pendampingan/kirim/');
  const builder = unit.locator('mentoring-package');
  await expect(builder.getByLabel('Nama unit')).toHaveValue(UNIT); // from the plan
  await builder.getByLabel(/Hasil self-asesmen terakhir/).check();
  await builder.getByRole('radio', { name: /Rencana 2026/ }).check();
  // Personal data: warned, and left out unless the unit decides otherwise.
  const warning = builder.locator('[data-personal]');
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('memuat 3 nama atau nomor telepon petugas');
  await expect(warning.getByRole('checkbox')).toBeChecked();
  // The preview shows what will be written, before anything is.
  const preview = builder.locator('[data-preview] li');
  await expect(preview).toHaveCount(2);
  await expect(preview.nth(0)).toContainText('skor keseluruhan 67');
  await expect(preview.nth(1)).toContainText('nama dan nomor telepon petugas dihapus');
  await expectAccessible(unit);

  const downloadPromise = unit.waitForEvent('download');
  await builder.getByRole('button', { name: 'Unduh paket (.json)' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^paket-pendampingan-lapas-kelas-iia-telaga-bening-fiktif-\d{4}-\d{2}-\d{2}\.json$/);
  const packageText = await readFile((await download.path())!, 'utf8');
  const sealed = JSON.parse(packageText);
  expect(sealed).toMatchObject({ app: 'siaga-krisis', kind: 'paket-pendampingan', formatVersion: 1, checksum: { algorithm: 'SHA-256' } });
  expect(sealed.checksum.value).toMatch(/^[0-9a-f]{64}$/);
  // Signed with the key this browser made for it; its fingerprint is on the page, to be read to the mentor.
  expect(sealed.signature).toMatchObject({ algorithm: 'ECDSA-P256-SHA256', publicKey: expect.stringMatching(/^[\w-]{87}$/) });
  const unitFingerprint = await keyFingerprint(sealed.signature.publicKey);
  await expect(builder.locator('[data-own-key]')).toContainText(`Sidik kunci peramban ini: ${unitFingerprint}`);
  await expect(builder.locator('[data-package-status]')).toContainText('ditandatangani dengan kunci peramban ini');
  expect(packageText).not.toContain('Budi Santoso');
  expect(packageText).not.toContain('0812-3456-7890');
  await expect(builder.locator('[data-package-status]')).toContainText('diunduh');

  // The printed summary: the preview without the form.
  await unit.emulateMedia({ media: 'print' });
  await expect(builder.locator('[data-preview]')).toBeVisible();
  await expect(builder.locator('[data-package]')).toBeHidden();
  await unit.emulateMedia({ media: 'screen' });

  // ── The mentor, in a fresh browser profile ──
  const mentorContext = await browser.newContext();
  const mentor = await mentorContext.newPage();
  const mentorWatch = watchPage(mentor);
  await mentor.goto('/pendampingan/rekap/');
  const overview = mentor.locator('mentoring-overview');
  await overview.getByLabel(/Unit di wilayah Anda/).fill(`${UNIT}\nRutan Kelas IIB Rantau Sejuk (fiktif)`);
  await overview.getByLabel(/Nama pendamping/).fill('Kanwil Contoh (fiktif)');
  // One byte changed inside the payload: the file is still JSON, but no longer what the unit wrote.
  const corrupted = packageText.replace('"overall": 67', '"overall": 97');
  expect(corrupted).not.toBe(packageText);
  await overview.getByLabel(/Pilih berkas paket/).setInputFiles([
    { name: 'paket-unit.json', mimeType: 'application/json', buffer: Buffer.from(packageText) },
    { name: 'paket-rusak.json', mimeType: 'application/json', buffer: Buffer.from(corrupted) },
    { name: 'peta.geojson.json', mimeType: 'application/json', buffer: Buffer.from('{"type":"FeatureCollection","features":[]}') },
  ]);
  await expect(overview.locator('[data-import-status]')).toContainText('3 berkas dibaca: 1 diterima, 2 ditolak.');
  const rejected = overview.locator('[data-rejected-list] li');
  await expect(rejected).toHaveCount(2);
  await expect(rejected.filter({ hasText: 'paket-rusak.json' })).toContainText('Checksum tidak cocok');
  await expect(rejected.filter({ hasText: 'peta.geojson.json' })).toContainText('bukan berkas Siaga Krisis');
  const rows = overview.locator('[data-overview] tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(UNIT);
  await expect(rows.first().locator('[data-overall]')).toHaveText('67%');
  // The unit's key is pinned on its first package and named in its row.
  await expect(rows.first().locator('[data-signer="kunci-tersemat"]')).toHaveText(`kunci ${unitFingerprint}`);
  await expect(overview.locator('[data-averages] [data-overall]')).toHaveText('67%');
  await expect(overview.locator('[data-missing] li')).toHaveText(['Rutan Kelas IIB Rantau Sejuk (fiktif)']);
  // Sorting is a real button in the column header that says its state.
  const overallHeader = overview.locator('th', { has: mentor.getByRole('button', { name: /Kesiapan keseluruhan/ }) });
  await expect(overallHeader).not.toHaveAttribute('aria-sort');
  await overallHeader.getByRole('button').click();
  await expect(overallHeader).toHaveAttribute('aria-sort', 'ascending');
  await overallHeader.getByRole('button').click();
  await expect(overallHeader).toHaveAttribute('aria-sort', 'descending');
  await expectAccessible(mentor);

  // Kept in the mentor's browser, listed on Data saya.
  await mentor.reload();
  await expect(rows).toHaveCount(1);
  await mentor.goto('/data-saya/');
  await expect(mentor.locator(`[data-items] tr[data-key="${MENTOR_KEY}"]`)).toContainText('1 unit mengirim paket; daftar wilayah 2 unit');
  await mentor.goto('/pendampingan/rekap/');

  // Open the unit read-only, write feedback per deliverable, export it.
  await overview.getByRole('button', { name: `Buka ${UNIT}` }).click();
  const view = overview.locator('[data-unit-view]');
  await expect(view.getByRole('heading', { level: 2 })).toHaveText(`${UNIT} (Lapas)`);
  await expect(view.locator('[data-part="rencana"]')).toContainText('Unit menghapus nama dan nomor telepon petugas');
  await expect(view.locator('[data-part="rencana"]')).toContainText('[dihapus]');
  await expect(view.locator('[data-part="rencana"]')).not.toContainText('Budi Santoso');
  const planReview = view.locator('[data-review="rencana"]');
  await planReview.getByLabel('Perlu perbaikan').check();
  await planReview.getByLabel('Komentar untuk unit').fill('Lengkapi nomor cadangan juru bicara dan alur persetujuan.');
  await view.locator('[data-review="asesmen"]').getByLabel('Diterima').check();
  await expectAccessible(mentor);
  // The unit view prints on portrait paper, without the feedback form.
  await mentor.emulateMedia({ media: 'print' });
  await expect(view.locator('[data-part="rencana"]')).toBeVisible();
  await expect(planReview).toBeHidden();
  await mentor.emulateMedia({ media: 'screen' });

  const feedbackPromise = mentor.waitForEvent('download');
  await view.getByRole('button', { name: 'Ekspor umpan balik unit ini' }).last().click();
  const feedbackDownload = await feedbackPromise;
  expect(feedbackDownload.suggestedFilename()).toMatch(/^umpan-balik-lapas-kelas-iia-telaga-bening-fiktif-/);
  const feedbackText = await readFile((await feedbackDownload.path())!, 'utf8');
  expect(JSON.parse(feedbackText)).toMatchObject({
    kind: 'umpan-balik-pendampingan',
    payload: { mentor: 'Kanwil Contoh (fiktif)', reviews: { rencana: { status: 'perlu-perbaikan' } } },
  });
  // Signed by the mentor's own browser key (another key than the unit's), which verifies against the file.
  const feedbackCheck = await verifyFileSignature(JSON.parse(feedbackText));
  expect(feedbackCheck.state).toBe('sah');
  const mentorFingerprint = feedbackCheck.state === 'sah' ? feedbackCheck.signer.fingerprint : '';
  expect(mentorFingerprint).not.toBe(unitFingerprint);
  await expect(overview.locator('[data-own-key]')).toContainText(mentorFingerprint);
  await view.getByRole('button', { name: '← Kembali ke rekap' }).first().click();
  await expect(rows.first()).toContainText('rencana: perlu perbaikan');

  // ── Back to the unit ──
  await unit.goto('/pendampingan/kirim/');
  await builder
    .getByLabel(/Pilih berkas umpan balik/)
    .setInputFiles({ name: feedbackDownload.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(feedbackText) });
  await expect(builder.locator('[data-feedback-status]')).toContainText('dibaca dan disimpan');
  await expect(builder.locator('[data-feedback-signer]')).toHaveText(`Ditandatangani pendamping dengan kunci ${mentorFingerprint}.`);
  const planFeedback = builder.locator('[data-feedback] [data-deliverable="rencana"]');
  await expect(planFeedback).toContainText('Perlu perbaikan');
  await expect(planFeedback.locator('[data-comment]')).toHaveText('Lengkapi nomor cadangan juru bicara dan alur persetujuan.');
  // Beside the comment: what the mentor read, and the unit's own work now.
  await expect(planFeedback).toContainText('Yang ditinjau: Rencana “Rencana 2026”');
  await expect(planFeedback).toContainText('Sekarang: “');
  await expect(builder.locator('[data-feedback] [data-deliverable="asesmen"]')).toContainText('Diterima');
  await unit.reload();
  await expect(planFeedback.locator('[data-comment]')).toHaveText('Lengkapi nomor cadangan juru bicara dan alur persetujuan.');
  await expectAccessible(unit);

  unitWatch.expectClean();
  mentorWatch.expectClean();
  await unitContext.close();
  await mentorContext.close();
});

test('packages can be dropped on the page; the overview prints on A4 landscape; a unit can be removed', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await fillUnitWork(page);
  await page.goto('/pendampingan/kirim/');
  await page.getByLabel(/Hasil self-asesmen terakhir/).check();
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Unduh paket (.json)' }).click();
  const text = await readFile((await (await downloadPromise).path())!, 'utf8');

  await page.goto('/pendampingan/rekap/');
  // Dropped, as from a file manager: two copies of one package, the second refused as already read.
  const files = await page.evaluateHandle((content) => {
    const transfer = new DataTransfer();
    for (const name of ['paket.json', 'salinan.json']) transfer.items.add(new File([content], name, { type: 'application/json' }));
    return transfer;
  }, text);
  const zone = page.locator('[data-drop]');
  await zone.dispatchEvent('dragover', { dataTransfer: files });
  await expect(zone).toHaveAttribute('data-dragging', '');
  await zone.dispatchEvent('drop', { dataTransfer: files });
  await expect(page.locator('[data-import-status]')).toContainText('2 berkas dibaca: 1 diterima, 1 ditolak.');
  await expect(page.locator('[data-rejected-list] li')).toContainText('salinan.json: Paket ini sudah diimpor sebelumnya');
  await expect(page.locator('[data-overview] tbody tr')).toHaveCount(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-overview]')).toBeVisible();
  await expect(page.locator('[data-drop]')).toBeHidden();
  await expect(page.locator('[data-overview] thead')).toContainText('Kesiapan keseluruhan'); // header labels stay when the sort buttons are hidden
  const landscape = readPdf(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  expect(landscape.text).toContain('Kelas IIA');
  expect(landscape.text).toMatch(/Rata-rata wilayah/);
  expect(landscape.text).not.toContain('Tarik dan lepas'); // the import box stays off paper
  const pdf = await page.pdf({ preferCSSPageSize: true });
  const size = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf.toString('latin1'));
  expect(Number(size?.[1])).toBeGreaterThan(Number(size?.[2])); // wider than tall

  // Removing a unit asks first, and takes only that unit.
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: `Hapus ${UNIT}` }).click();
  await expect(page.locator('dialog[data-confirm] [data-confirm-text]')).toContainText(`${UNIT} beserta semua paket`);
  await page.locator('dialog[data-confirm]').getByRole('button', { name: 'Hapus unit' }).click();
  await expect(page.locator('[data-overview-summary]')).toHaveText('Belum ada paket yang diimpor.');
  await expect(page.getByRole('heading', { name: 'Rekap wilayah' })).toBeFocused(); // not lost to the page
  await page.reload();
  await expect(page.locator('[data-overview] tbody tr')).toHaveCount(0);

  await page.goto('/pendampingan/kirim/');
  const portrait = await page.pdf({ preferCSSPageSize: true });
  const portraitSize = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\]/.exec(portrait.toString('latin1'));
  expect(Number(portraitSize?.[1])).toBeLessThan(Number(portraitSize?.[2]));
  await context.close();
});
