import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { readPdf, watchPage, expectAccessible, exportAllData } from './support';

const UNIT = 'Lapas Kelas IIA Telaga Bening (fiktif)';
const PERSON = 'Rina Lestari';
const SA_KEY = 'siaga-krisis:self-asesmen';
const RISK_KEY = 'siaga-krisis:peta-risiko';
const TRIAGE_KEY = 'siaga-krisis:triase-insiden';

async function fillProfile(page: Page) {
  await page.goto('/data-saya/');
  await page.getByLabel('Nama unit').fill(UNIT);
  await page.getByLabel('Nama pengisi').fill(PERSON);
  await page.getByLabel('Jabatan').fill('Koordinator Humas');
}

/** Finds the saved item on "Data saya" and the same data in the export file. */
async function exportedData(page: Page, key: string, summary: RegExp | string) {
  await page.goto('/data-saya/');
  await expect(page.locator(`[data-items] tr[data-key="${key}"]`)).toContainText(summary);
  const download = exportAllData(page);
  const file = JSON.parse(await readFile(await (await download).path(), 'utf8'));
  return file.documents[key].data;
}

// First assessment: most dimensions “Ada sebagian”; spokesperson all “Belum ada”; training “Baru dimulai”;
// media and stakeholders 2, 2, 2, 1. Expected: 67 × 5, 0, 33, 58 → overall 53 (berkembang).
const FIRST: Record<string, string | string[]> = {
  'juru-bicara': 'Belum ada',
  'latihan-simulasi': 'Baru dimulai',
  'media-pemangku': ['Ada sebagian', 'Ada sebagian', 'Ada sebagian', 'Baru dimulai'],
};
// Second: spokesperson all “Ada dan teruji” (100); family information service down to “Belum ada” (media 50) → 65 (siap).
const SECOND: Record<string, string | string[]> = {
  ...FIRST,
  'juru-bicara': 'Ada dan teruji',
  'media-pemangku': ['Ada sebagian', 'Ada sebagian', 'Ada sebagian', 'Belum ada'],
};

async function answerDimension(dimension: Locator, answer: string | string[], onlyFirst = Infinity) {
  const items = dimension.locator('.sa-item');
  const count = Math.min(await items.count(), onlyFirst);
  for (let i = 0; i < count; i++) {
    const label = Array.isArray(answer) ? answer[i]! : answer;
    await items.nth(i).getByLabel(label, { exact: true }).check();
  }
  return count;
}

async function answerAll(page: Page, plan: Record<string, string | string[]>, fromDimension = 0) {
  const dimensions = page.locator('.sa-dimension');
  const count = await dimensions.count();
  for (let d = fromDimension; d < count; d++) {
    const id = (await dimensions.nth(d).getAttribute('data-dimension'))!;
    await answerDimension(dimensions.nth(d), plan[id] ?? 'Ada sebagian');
  }
}

test('self-assessment: fill half, reload, finish, see the report, repeat and compare, print, find it on Data saya', async ({ page }) => {
  test.setTimeout(180_000); // 32 items answered twice, as a user would
  const watch = watchPage(page);
  await fillProfile(page);
  await page.goto('/latihan/self-asesmen/');
  const tool = page.locator('self-assessment');
  // The report header defaults to the profile.
  await expect(tool.getByLabel('Nama unit')).toHaveValue(UNIT);
  await expect(tool.getByLabel('Diisi oleh')).toHaveValue(PERSON);
  await expect(page.locator('.sa-item')).toHaveCount(32);

  // Half of the questionnaire: the first four dimensions.
  const dimensions = page.locator('.sa-dimension');
  for (let d = 0; d < 4; d++) {
    const id = (await dimensions.nth(d).getAttribute('data-dimension'))!;
    await answerDimension(dimensions.nth(d), FIRST[id] ?? 'Ada sebagian');
  }
  await expect(tool.locator('[data-progress-text]')).toContainText('16 dari 32 butir dijawab');
  await expect(tool.locator('progress')).toHaveAttribute('value', '16');

  await page.reload();
  await expect(tool.locator('[data-form-message]')).toContainText('Melanjutkan isian yang tersimpan (16 butir');
  await expect(tool.locator('.sa-item input:checked')).toHaveCount(16);
  await expect(dimensions.first().locator('[data-dimension-count]')).toHaveText('4/4 dijawab');

  // Finishing early names what is missing and keeps the history empty.
  await tool.getByRole('button', { name: 'Selesai dan lihat hasil' }).click();
  // In words, not only in orange: the focused summary lists a link to each, and each item says "Belum dijawab".
  const summary = tool.locator('[data-missing-summary]');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Masih ada 16 butir yang belum dijawab');
  await expect(summary.getByRole('link')).toHaveCount(16);
  await expect(tool.locator('.sa-item[data-missing]')).toHaveCount(16);
  const firstMissing = tool.locator('.sa-item[data-missing]').first();
  await expect(firstMissing.locator('legend')).toContainText('Belum dijawab');
  await expect(firstMissing.locator('input[aria-invalid="true"]')).toHaveCount(4);
  await summary.getByRole('link').nth(1).click();
  await expect(tool.locator('.sa-item[data-missing]').nth(1).locator('input').first()).toBeFocused();
  await page.keyboard.press('Space'); // answers it: its mark and its link go
  await expect(tool.locator('.sa-item[data-missing]')).toHaveCount(15);
  await expect(summary.getByRole('link')).toHaveCount(15);
  await expect(tool.locator('[data-result]')).toBeHidden();

  await answerAll(page, FIRST, 4);
  await tool.getByRole('button', { name: 'Selesai dan lihat hasil' }).click();
  const result = tool.locator('[data-result]');
  await expect(result).toBeVisible();
  await expect(result.locator('[data-overall]')).toHaveText('53');
  await expect(result.locator('[data-level-name]')).toHaveText('Tingkat kesiapan: Kesiapan berkembang');
  await expect(result.locator('[data-report="unitName"]')).toHaveText(UNIT);
  await expect(result.locator('[data-comparison-summary]')).toContainText('Ini asesmen pertama');
  // The chart and the table give the same numbers.
  const chart = result.locator('svg[role="img"]');
  await expect(chart).toHaveAttribute('aria-label', /Kapasitas juru bicara 0, .*Pelatihan dan simulasi 33/);
  const rows = result.locator('[data-score-table] tbody tr');
  await expect(rows).toHaveCount(9);
  await expect(rows.filter({ hasText: 'Kapasitas juru bicara' })).toContainText('0');
  await expect(rows.last()).toContainText('Keseluruhan53');
  // Weakest first, with recommendations that link to modules.
  const weak = result.locator('[data-weak-areas] > li');
  await expect(weak).toHaveCount(3);
  await expect(weak.nth(0).locator('h4')).toHaveText('Kapasitas juru bicara (skor 0)');
  await expect(weak.nth(1).locator('h4')).toHaveText('Pelatihan dan simulasi (skor 33)');
  await expect(weak.nth(2).locator('h4')).toHaveText('Media dan pemangku kepentingan (skor 58)');
  await expect(weak.nth(0).locator('a[href="/modul/juru-bicara/"]').first()).toContainText('Menjadi Juru Bicara');
  await expect(weak.nth(2).locator('li').first()).toContainText('layanan informasi keluarga');
  await expect(tool.locator('[data-history-rows] tr')).toHaveCount(1);

  // Three months later: better spokesperson, worse family service.
  await page.reload();
  await expect(result.locator('[data-overall]')).toHaveText('53');
  await answerAll(page, SECOND);
  await tool.getByRole('button', { name: 'Selesai dan lihat hasil' }).click();
  await expect(result.locator('[data-overall]')).toHaveText('65');
  await expect(result.locator('[data-level-name]')).toHaveText('Tingkat kesiapan: Siap dengan catatan');
  await expect(result.locator('[data-comparison-summary]')).toContainText('(skor 53): +12 poin');
  await expect(result.locator('[data-changes]')).toContainText('Kapasitas juru bicara: 0 → 100 (+100)');
  await expect(result.locator('[data-changes]')).toContainText('Media dan pemangku kepentingan: 58 → 50 (−8)');
  await expect(rows.filter({ hasText: 'Kapasitas juru bicara' }).locator('td')).toHaveText(['100', '0', '+100']);
  await expect(tool.locator('[data-history-rows] tr')).toHaveCount(2);
  // Finishing the same answers again does not add a duplicate.
  await tool.getByRole('button', { name: 'Selesai dan lihat hasil' }).click();
  await expect(tool.locator('[data-form-message]')).toContainText('tidak dicatat dua kali');
  await expect(tool.locator('[data-history-rows] tr')).toHaveCount(2);
  // An older report can be shown again.
  await tool
    .locator('[data-history-rows] tr')
    .last()
    .getByRole('button', { name: /Tampilkan/ })
    .click();
  await expect(result.locator('[data-overall]')).toHaveText('53');
  await expectAccessible(page);

  // Paper: the report, not the form; signature lines; no buttons.
  await tool
    .locator('[data-history-rows] tr')
    .first()
    .getByRole('button', { name: /Tampilkan/ })
    .click();
  await page.emulateMedia({ media: 'print' });
  await expect(tool.locator('.sa-form')).toBeHidden();
  await expect(result).toBeVisible();
  await expect(result.locator('.sa-signatures')).toBeVisible();
  await expect(result.getByRole('button')).toBeHidden();
  await expect(tool.locator('[data-history]')).toBeHidden();
  const { pages, text } = readPdf(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  expect(pages).toBeLessThanOrEqual(4);
  // Header cells are narrow on paper, so long values may wrap: look for their first words.
  for (const expected of [
    'Lapas Kelas IIA',
    PERSON,
    'Koordinator',
    'Siap dengan catatan',
    'Kapasitas juru bicara',
    'Mengetahui',
    'Kepala UPT',
    'Tiga area terlemah',
  ]) {
    expect(text).toContain(expected);
  }
  expect(text).not.toContain('Mengapa penting');
  await page.emulateMedia({ media: 'screen' });

  const data = await exportedData(page, SA_KEY, '2 asesmen selesai, terakhir skor 65');
  expect(data.history['kesiapan-krisis'].map((entry: { overall: number }) => entry.overall)).toEqual([53, 65]);
  expect(data.history['kesiapan-krisis'][1].respondent).toEqual({ unitName: UNIT, personName: PERSON, position: 'Koordinator Humas' });
  expect(Object.keys(data.drafts['kesiapan-krisis'].answers)).toHaveLength(32);
  watch.expectClean();
});

test('self-assessment: without JavaScript the questionnaire reads and prints as a paper form', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/latihan/self-asesmen/');
  await expect(page.locator('.sa-item')).toHaveCount(32);
  await expect(page.locator('.sa-item').first()).toContainText('Mengapa penting');
  await expect(page.locator('.sa-item').first().getByRole('radio')).toHaveCount(4);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.sa-form')).toBeVisible();
  const { text } = readPdf(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  expect(text).toContain('Tim dan struktur');
  expect(text).toContain('Evaluasi dan pembelajaran');
  await context.close();
});

/** The fieldset of one crisis type on the risk map. */
const riskRow = (page: Page, typeId: string) => page.locator(`fieldset[data-type="${typeId}"]`);

async function rate(page: Page, typeId: string, likelihood: string, impact: string, owner = '', controls = '') {
  const row = riskRow(page, typeId);
  await row.getByLabel('Kemungkinan').selectOption(likelihood);
  await row.getByLabel('Dampak').selectOption(impact);
  if (owner) await row.getByLabel('Pemilik risiko').fill(owner);
  if (controls) await row.getByLabel('Pengendalian yang sudah ada').fill(controls);
}

test('risk map: rate, reload, finish, see the heat map and top risks, print, find it on Data saya', async ({ page }) => {
  test.setTimeout(120_000);
  const watch = watchPage(page);
  await page.goto('/latihan/peta-risiko/');
  await expect(page.locator('fieldset[data-type]')).toHaveCount(13);
  await rate(page, 'pelarian', '2', '5', 'Kepala KPLP', 'Apel dan penghitungan empat kali sehari');
  await rate(page, 'narkotika', '4', '4', 'Kepala Seksi Pembinaan');
  await expect(riskRow(page, 'narkotika').locator('[data-score]')).toHaveText('Skor 16: sangat tinggi');
  await riskRow(page, 'kebakaran').getByLabel('Kemungkinan').selectOption('2');

  await page.reload();
  await expect(riskRow(page, 'pelarian').getByLabel('Kemungkinan')).toHaveValue('2');
  await expect(riskRow(page, 'pelarian').getByLabel('Pemilik risiko')).toHaveValue('Kepala KPLP');
  await expect(riskRow(page, 'kebakaran').getByLabel('Kemungkinan')).toHaveValue('2');
  await expect(riskRow(page, 'kebakaran').getByLabel('Dampak')).toHaveValue('');
  await expect(page.locator('[data-status]')).toContainText('2 dari 13 jenis krisis sudah dinilai');

  await riskRow(page, 'kebakaran').getByLabel('Dampak').selectOption('4');
  await rate(page, 'hoaks-video-viral', '4', '2');
  await rate(page, 'kelebihan-hunian', '5', '3');

  // Heat map (types numbered by group, then name): pelarian (no. 3) at likelihood 2, impact 5; narkotika (no. 8) at 4 × 4.
  await expect(page.locator('[data-cell="2-5"] .rm-chip')).toHaveText(['3']);
  await expect(page.locator('[data-cell="2-5"]')).toContainText('Pelarian');
  await expect(page.locator('[data-cell="4-4"] .rm-chip')).toHaveText(['8']);
  await expect(page.locator('[data-cell="2-4"] .rm-chip')).toHaveText(['5']);
  await expect(page.locator('[data-cell="2-5"]')).toHaveAttribute('data-band', 'tinggi');
  const top = page.locator('[data-top] > li');
  await expect(top).toHaveCount(5);
  await expect(top.nth(0)).toContainText('Narkotika dari dalam unit: skor 16 (sangat tinggi)');
  await expect(top.nth(1)).toContainText('Kelebihan hunian: skor 15');
  await expect(top.nth(2)).toContainText('Pelarian: skor 10');
  await expect(top.nth(2)).toContainText('Pemilik: Kepala KPLP');
  // Beside each top risk, the scenarios and drills of its type from the one crisis-type list.
  await expect(top.nth(0).locator('.rm-practice a')).toHaveText(['Petugas kedapatan membawa bungkusan serbuk']);
  await expect(top.nth(0).locator('.rm-practice a')).toHaveAttribute('href', '/latihan/simulasi/petugas-narkoba/');
  await expect(top.nth(2).locator('.rm-practice a')).toHaveText([
    'Satu WBP tidak ada saat apel pagi',
    'Satu dari dua pelarian ditemukan',
    'Siaran penutup setelah pelarian',
  ]);
  await expect(top.nth(1).locator('.rm-practice')).toHaveCount(0);
  await expect(page.locator('tr[data-register="narkotika"]')).toContainText('16 sangat tinggi');
  await expectAccessible(page);

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.rm-form')).toBeHidden();
  await expect(page.locator('[data-heat]')).toBeVisible();
  await expect(top.first()).toBeVisible();
  const { text } = readPdf(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  expect(text).toContain('Lima risiko teratas');
  expect(text).toContain('Apel dan penghitungan empat kali sehari');
  await page.emulateMedia({ media: 'screen' });

  const data = await exportedData(page, RISK_KEY, '5 jenis krisis dinilai');
  expect(data.entries.narkotika).toEqual({ likelihood: 4, impact: 4, controls: '', owner: 'Kepala Seksi Pembinaan' });
  expect(data.entries.pelarian.controls).toBe('Apel dan penghitungan empat kali sehari');
  watch.expectClean();
});

async function answerTriage(page: Page, answers: Array<[string, string]>) {
  for (const [prompt, option] of answers) {
    await page.getByRole('group', { name: prompt }).getByLabel(option, { exact: true }).check();
  }
}

test('incident triage: answer, reload mid-way, finish, copy and print the summary, each triage kept with its time', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  const watch = watchPage(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/latihan/triase-insiden/');
  const tool = page.locator('incident-triage');
  await tool.getByLabel('Jenis kejadian').selectOption({ label: 'Kebakaran' });
  await tool.getByLabel(/Uraian singkat/).fill('Api di dapur, sudah padam');
  await answerTriage(page, [
    ['Apakah sudah ada kejadian nyata yang terverifikasi?', 'Ya'],
    ['Apakah ada korban?', 'Luka ringan'],
    ['Apakah ancaman keselamatan masih berlangsung atau belum terkendali?', 'Tidak'],
    ['Apakah keselamatan warga di luar unit terancam?', 'Tidak'],
  ]);
  await expect(tool.locator('[data-progress]')).toContainText('4 dari 9 pertanyaan dijawab');
  await expect(tool.locator('[data-result]')).toBeHidden();

  await page.reload();
  await expect(tool.getByLabel('Jenis kejadian')).toHaveValue('kebakaran');
  await expect(tool.getByLabel(/Uraian singkat/)).toHaveValue('Api di dapur, sudah padam');
  await expect(page.getByRole('group', { name: 'Apakah ada korban?' }).getByLabel('Luka ringan')).toBeChecked();
  await answerTriage(page, [
    ['Sejauh mana kejadian ini sudah diketahui publik?', 'Beredar di media sosial atau grup percakapan'],
    ['Apakah ada dugaan keterlibatan petugas?', 'Tidak'],
    ['Apakah ada anak yang terlibat?', 'Tidak'],
    ['Apakah kejadian serupa terjadi di beberapa UPT atau melibatkan beberapa instansi?', 'Tidak'],
    ['Apakah informasi yang sudah disampaikan ternyata keliru?', 'Tidak'],
  ]);
  const result = tool.locator('[data-result]');
  await expect(result).toBeVisible();
  await expect(result.locator('[data-level-name]')).toHaveText('Tingkat 3: Siaga');
  await expect(result.locator('[data-reasons]')).toContainText('Naik satu tingkat karena kejadian beredar di media sosial');
  await expect(result.locator('[data-notify] th')).toHaveText([
    'Kepala UPT',
    'Kantor Wilayah Direktorat Jenderal Pemasyarakatan',
    'Direktorat Jenderal Pemasyarakatan (Ditjenpas)',
    'Layanan kesehatan unit atau rumah sakit rujukan',
  ]);
  await expect(result.locator('[data-actions] li').first()).toContainText('Pastikan keselamatan orang');
  await expect(result.locator('[data-actions] li').last()).toContainText('Tetapkan jam kabar berikutnya');
  await expect(result.getByRole('link', { name: /templat pernyataan awal/ })).toHaveAttribute(
    'href',
    '/modul/jam-pertama/#langkah-3-pernyataan-awal',
  );
  await expect(result.locator('[data-meta]')).toContainText('Belum disimpan');
  await expectAccessible(page);

  await result.getByRole('button', { name: 'Salin ringkasan' }).click();
  await expect(result.locator('[data-action-message]')).toContainText('Ringkasan disalin');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('TINGKAT 3: SIAGA (model latihan Siaga Krisis, bukan ketentuan resmi)');
  expect(copied).toContain('Jenis kejadian: Kebakaran');
  expect(copied).toMatch(/Waktu triase: \d/);
  expect(copied).toContain('/modul/jam-pertama/#langkah-3-pernyataan-awal');
  await expect(result.locator('[data-meta]')).toContainText('Triase disimpan');
  await expect(tool.locator('[data-record-rows] tr')).toHaveCount(1);
  await expect(tool.locator('[data-record-rows] tr')).toContainText('3 · Siaga');
  // Saving the same triage again keeps one record.
  await result.getByRole('button', { name: 'Simpan triase ini' }).click();
  await expect(result.locator('[data-action-message]')).toContainText('sudah tersimpan');
  await expect(tool.locator('[data-record-rows] tr')).toHaveCount(1);

  await page.emulateMedia({ media: 'print' });
  await expect(tool.locator('.tr-form')).toBeHidden();
  await expect(result.locator('[data-level-name]')).toBeVisible();
  await expect(result.getByRole('button')).toBeHidden();
  const { text } = readPdf(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  expect(text).toContain('Tingkat 3: Siaga');
  expect(text).toContain('Tindakan pertama, berurutan');
  await page.emulateMedia({ media: 'screen' });

  // A new incident: the form empties, the saved triage stays.
  await tool.getByRole('button', { name: 'Mulai triase baru' }).click();
  await expect(result).toBeHidden();
  await expect(tool.locator('.tr-questions input:checked')).toHaveCount(0);
  await expect(tool.locator('[data-record-rows] tr')).toHaveCount(1);

  const data = await exportedData(page, TRIAGE_KEY, '1 triase tersimpan, terakhir tingkat 3');
  expect(data.records).toHaveLength(1);
  expect(data.records[0]).toMatchObject({
    level: 3,
    context: { crisisTypeId: 'kebakaran', description: 'Api di dapur, sudah padam' },
    answers: { exposure: 'social', casualties: 'minor' },
  });
  expect(new Date(data.records[0].savedAt).getTime()).toBeGreaterThan(Date.now() - 5 * 60_000);
  watch.expectClean();
});

test('the holding-statement template the triage links to exists', async ({ page }) => {
  await page.goto('/modul/jam-pertama/#langkah-3-pernyataan-awal');
  await expect(page.locator('#langkah-3-pernyataan-awal')).toHaveText('Langkah 3: pernyataan awal');
});
