import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expectAccessible, readPdf, watchPage } from './support';

// The issue register on a phone, with the clock under the test's control: findings over several days, a warning and
// its reason, an escalation into the crisis room, the daily summary, the weekly report on one A4 page, CSV out and in.
const REGISTER_KEY = 'siaga-krisis:pemantauan-isu';
const RISK_KEY = 'siaga-krisis:peta-risiko';
// Monday 7 December 2026, 07.45 WIB (the config's time zone is Asia/Jakarta).
const MONDAY = new Date('2026-12-07T00:45:00.000Z');
const HOUR = 60 * 60 * 1000;

test.use({ viewport: { width: 360, height: 780 }, hasTouch: true });

async function addFinding(page: Page, summary: string, options: { sentiment?: string; reach?: string; type?: string } = {}) {
  const form = page.locator('form[data-add]');
  await form.getByLabel('Isu (satu kalimat, tanpa kesimpulan)').fill(summary);
  if (options.sentiment) await form.getByRole('radio', { name: options.sentiment, exact: true }).check();
  if (options.reach) await form.getByRole('radio', { name: new RegExp(`^${options.reach}:`) }).check();
  if (options.type) {
    await form.locator('details[data-more]').evaluate((d: HTMLDetailsElement) => (d.open = true));
    await form.getByLabel('Jenis krisis').selectOption({ label: options.type });
  }
  await form.getByRole('button', { name: 'Simpan temuan' }).click();
  await expect(page.locator('[data-saved]')).toContainText('Temuan disimpan sebagai No.');
}

const entry = (page: Page, number: number) =>
  page.locator('[data-entry]').filter({ has: page.getByRole('heading', { name: new RegExp(`^No\\. ${number} ·`) }) });

test('a week of findings: warnings with reasons, escalation into the crisis room, the daily summary and the weekly report on one A4 page', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  const watch = watchPage(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.clock.install({ time: MONDAY });
  // The unit's risk map rates illegal levies highest: a finding of that type is about a top risk.
  await page.addInitScript(
    ([key]) => {
      if (!localStorage.getItem(key!)) {
        localStorage.setItem(
          key!,
          JSON.stringify({
            version: 1,
            rev: 1,
            savedAt: '2026-12-01T00:00:00.000Z',
            data: { entries: { 'pungli-pemerasan': { likelihood: 4, impact: 4, controls: '', owner: '' } } },
          }),
        );
      }
    },
    [RISK_KEY],
  );
  await page.goto('/pemantauan/');
  await expect(page.locator('issue-register[data-ready]')).toBeAttached();

  // Day 1: a calm finding takes one sentence and one button; the defaults do the rest.
  await addFinding(page, 'Akun info kota fiktif mengunggah keluhan antrean kunjungan');
  await expect(entry(page, 1)).toContainText('nada netral, jangkauan rendah');
  await expect(entry(page, 1).locator('.ir-flags')).toHaveCount(0);
  // A negative finding with high reach is flagged, with its reason.
  await addFinding(page, 'Video keributan di ruang kunjungan beredar di grup warga', { sentiment: 'Negatif', reach: 'Tinggi' });
  await expect(entry(page, 2).locator('.ir-flags')).toHaveText('Nada negatif dengan jangkauan tinggi.');
  // One about the unit's top risk is flagged, naming the risk.
  await addFinding(page, 'Keluarga menulis bahwa titipan barang harus bayar', { type: 'Pemerasan atau pungutan liar' });
  await expect(entry(page, 3).locator('.ir-flags')).toContainText('“Pemerasan atau pungutan liar”, salah satu risiko teratas');

  // Day 2 and 3: two follow-ups on the topic of No. 1 make three entries within 48 hours.
  await page.clock.setSystemTime(new Date(MONDAY.getTime() + 24 * HOUR));
  await page.reload();
  await entry(page, 1).getByRole('button', { name: 'Catat lanjutan topik' }).click();
  await expect(page.locator('[data-form-title]')).toHaveText('Catat lanjutan topik No. 1');
  await addFinding(page, 'Keluhan antrean kunjungan muncul lagi di kolom komentar');
  await expect(entry(page, 4).locator('.ir-flags')).toHaveCount(0);
  await page.clock.setSystemTime(new Date(MONDAY.getTime() + 47 * HOUR));
  await page.reload();
  await entry(page, 1).getByRole('button', { name: 'Catat lanjutan topik' }).click();
  await addFinding(page, 'Wartawan lokal menanyakan antrean kunjungan');
  await expect(entry(page, 5).locator('.ir-flags')).toContainText('Topik ini tercatat 3 kali; 3 di antaranya dalam 48 jam.');
  await expect(entry(page, 1).locator('.ir-flags')).toContainText('Topik ini tercatat 3 kali');
  await expect(entry(page, 5)).toContainText('Topik sama dengan No. 1: 3 catatan (No. 1, No. 4, No. 5)');
  await expect(page.locator('[data-warn-count]')).toHaveText(/^5 isu perlu perhatian sekarang/);

  // The daily summary, in the module's format, copied for WhatsApp. Wednesday 9 December, 06.45 WIB.
  await page.getByRole('button', { name: 'Salin ringkasan' }).click();
  await expect(page.locator('[data-daily-status]')).toHaveText('Ringkasan disalin. Tempel di WhatsApp untuk Kepala UPT.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  // No. 4 (Tuesday 07.45) and No. 5 were seen in the last 24 hours; Monday's three are older.
  expect(copied.split('\n').slice(0, 4)).toEqual([
    'Pemantauan Rabu, 06.45. Dua temuan baru:',
    '1. Media sosial: Keluhan antrean kunjungan muncul lagi di kolom komentar. Nada netral, jangkauan rendah.',
    '2. Media sosial: Wartawan lokal menanyakan antrean kunjungan. Nada netral, jangkauan rendah.',
    'Isu lama yang masih dipantau atau ditangani: 3.',
  ]);
  expect(copied).toContain('- No. 2: Nada negatif dengan jangkauan tinggi.');
  expect(copied).toContain('- No. 3: Menyangkut “Pemerasan atau pungutan liar”, salah satu risiko teratas di peta risiko unit.');

  // Escalation: the hand-over goes to the crisis room through sessionStorage, never the address, and the register records it.
  await entry(page, 2).getByRole('button', { name: 'Eskalasi No. 2' }).click();
  await expect(page).toHaveURL(/\/ruang-krisis\/\?eskalasi=1$/);
  await expect(page.locator('[data-form="start"]').getByLabel('Apa yang dilaporkan')).toHaveValue(
    'Video keributan di ruang kunjungan beredar di grup warga',
  );
  await expect(page.locator('[data-message]')).toContainText('Isu dari pemantauan dibawa ke sini');
  expect(await page.evaluate(() => sessionStorage.getItem('siaga-krisis:eskalasi'))).toBeNull();
  await page.goto('/pemantauan/');
  await expect(entry(page, 2)).toHaveCount(0); // no longer open
  await page.getByLabel('Tampilkan').selectOption('semua');
  await expect(entry(page, 2).getByLabel('Status')).toHaveValue('dieskalasi');
  await expect(entry(page, 2)).toContainText('Dieskalasi: 9 Des 2026');
  await expect(entry(page, 2).locator('.ir-flags')).toHaveCount(0);

  // A status change is kept.
  await entry(page, 3).getByLabel('Status').selectOption('ditangani');
  await page.reload();
  await page.getByLabel('Tampilkan').selectOption('semua');
  await expect(entry(page, 3).getByLabel('Status')).toHaveValue('ditangani');

  // The weekly report: five new issues (Mon 3, Tue 1, Wed 1), one escalation, the same numbers in chart and table.
  await page.getByRole('button', { name: 'Laporan pekan ini' }).click();
  const report = page.locator('.ir-report');
  await expect(report.getByRole('heading', { level: 3 })).toHaveText('Laporan pemantauan isu pekanan: 7 Desember – 13 Desember 2026');
  await expect(report).toContainText('Isu baru: 5. Dieskalasi: 1. Masih terbuka saat ini: 4.');
  await expect(report.getByRole('img')).toHaveAttribute(
    'aria-label',
    'Isu baru per hari: Sen 7 3; Sel 8 1; Rab 9 1; Kam 10 0; Jum 11 0; Sab 12 0; Min 13 0',
  );
  await expect(report.locator('table').first().locator('tbody tr').first()).toHaveText('Sen 73');
  await expectAccessible(page);

  await page.evaluate(() => document.querySelector('issue-register')!.setAttribute('data-printing', ''));
  await page.emulateMedia({ media: 'print' });
  const { pages, text } = readPdf(await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }));
  expect(pages).toBe(1);
  const flat = text.replace(/\s+/g, ' ');
  expect(flat).toContain('Laporan pemantauan isu pekanan: 7 Desember – 13 Desember 2026');
  expect(flat).toContain('Isu baru: 5. Dieskalasi: 1.');
  for (const label of ['Sen 7', 'Sel 8', 'Rab 9', 'Kam 10']) expect(flat).toContain(label);
  expect(flat).toMatch(/Sen 7 3/); // the table's row
  expect(flat).toContain('Halaman 1 dari 1');
  expect(flat).not.toContain('Catat temuan');

  // The risk map shows, beside each crisis type, the register's issues of that type in the last 90 days.
  await page.emulateMedia({ media: 'screen' });
  await page.goto('/latihan/peta-risiko/');
  await expect(page.locator('[data-type="pungli-pemerasan"] [data-issue-count]')).toHaveText(
    'Register pemantauan: 1 isu jenis ini dalam 90 hari terakhir.',
  );
  await expect(page.locator('[data-type="pelarian"] [data-issue-count]')).toHaveText(
    'Register pemantauan: 0 isu jenis ini dalam 90 hari terakhir.',
  );
  watch.expectClean();
});

test('CSV: export from one profile, import into a fresh one after a preview; a file with two bad rows names both and writes nothing', async ({
  page,
  browser,
}) => {
  test.setTimeout(60_000);
  await page.clock.install({ time: MONDAY });
  await page.goto('/pemantauan/');
  await expect(page.locator('issue-register[data-ready]')).toBeAttached();
  await addFinding(page, 'Unggahan “antre sejak subuh”; keluarga kesal', {
    sentiment: 'Negatif',
    reach: 'Sedang',
    type: 'Kelebihan hunian',
  });
  await addFinding(page, 'Ucapan terima kasih keluarga atas layanan video call', { sentiment: 'Positif' });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ekspor CSV' }).click();
  const file = await (await download).path();
  const bytes = await readFile(file);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = bytes.toString('utf8');
  expect(csv).toContain('No;Tanggal dan jam;Media;');
  expect(csv).toContain(
    '1;07/12/2026 07:45;Media sosial;;;"Unggahan “antre sejak subuh”; keluarga kesal";negatif;sedang;Kelebihan hunian;',
  );

  const fresh = await browser.newContext({ viewport: { width: 360, height: 780 } });
  const other = await fresh.newPage();
  await other.goto('/pemantauan/');
  await expect(other.locator('issue-register[data-ready]')).toBeAttached();
  await other.getByLabel('Impor CSV').setInputFiles(file);
  await expect(other.locator('[data-import-result]')).toContainText('2 baris siap diimpor');
  expect(await other.evaluate((key) => localStorage.getItem(key), REGISTER_KEY)).toBeNull();
  await other.getByRole('button', { name: 'Impor 2 isu' }).click();
  await expect(other.locator('[data-csv-status]')).toHaveText('2 isu diimpor ke register.');
  await expect(other.locator('[data-entry]')).toHaveCount(2);
  await expect(other.locator('[data-entry]').filter({ hasText: 'antre sejak subuh' })).toContainText('Kelebihan hunian');

  // Two bad rows among good ones: both named with their line, and nothing written while the preview is open or after cancel.
  const bad = [
    'Tanggal;Isu;Nada',
    '01/12/2026 08:00;Keluhan air bersih;negatif',
    '31/02/2026;Tanggal tidak ada;netral',
    '02/12/2026 09:15;Antrean panjang;positif',
    '03/12/2026;;marah',
  ].join('\r\n');
  const before = await other.evaluate((key) => localStorage.getItem(key), REGISTER_KEY);
  await other.getByLabel('Impor CSV').setInputFiles({ name: 'register-lama.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
  const errors = other.locator('.ir-import-errors');
  await expect(errors).toContainText('2 baris ditolak');
  await expect(errors.getByRole('listitem')).toHaveText([
    'Baris 3: tanggal “31/02/2026” tidak terbaca (tulis 07/12/2026 08:30).',
    'Baris 5: isu kosong; nada “marah” bukan negatif, netral, atau positif.',
  ]);
  await other.getByRole('button', { name: 'Batal' }).click();
  await expect(other.locator('[data-csv-status]')).toHaveText('Impor dibatalkan. Tidak ada yang disimpan.');
  expect(await other.evaluate((key) => localStorage.getItem(key), REGISTER_KEY)).toBe(before);
  await expect(other.locator('[data-entry]')).toHaveCount(2);
  await fresh.close();
});

test('the narrative record: a month per aim with the balance between aims, on one A4 page', async ({ page }) => {
  test.setTimeout(60_000);
  await page.clock.install({ time: MONDAY });
  await page.goto('/pemantauan/narasi/');
  await expect(page.locator('narrative-record[data-ready]')).toBeAttached();
  const add = async (title: string, aim: string, views?: string) => {
    await page.getByLabel('Apa yang dipublikasikan').fill(title);
    await page.getByRole('radio', { name: aim }).check();
    if (views) await page.getByLabel('Dilihat').fill(views);
    await page.getByRole('button', { name: 'Simpan publikasi' }).click();
    await expect(page.locator('[data-saved]')).toHaveText(`Publikasi “${title}” disimpan.`);
  };
  await add('Video prosedur kunjungan tanpa biaya', 'Memperkuat pemahaman publik', '1200');
  await add('Unggahan jadwal kunjungan', 'Memperkuat pemahaman publik', '300');
  await add('Pameran hasil karya bersama warga', 'Membangun minat dan keterlibatan publik');
  const rows = page.locator('[data-aims] tr');
  await expect(rows.nth(0)).toHaveText(/Memperkuat pemahaman publik267%1\.500/);
  await expect(rows.nth(2)).toHaveText(/Mendorong dukungan pembuat kebijakan00%/);
  await expect(page.locator('[data-balance]')).toHaveText(
    'Belum ada keluaran untuk tujuan “Mendorong dukungan pembuat kebijakan” bulan ini.',
  );
  await expectAccessible(page);
  await page.emulateMedia({ media: 'print' });
  const { pages, text } = readPdf(await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }));
  expect(pages).toBe(1);
  expect(text.replace(/\s+/g, ' ')).toContain('Laporan narasi bulanan: Desember 2026');
  expect(text).not.toContain('Simpan publikasi');
});

test('the mentoring package may carry the numbers (not the entries); the mentor overview shows them with the region totals', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.clock.install({ time: MONDAY });
  await page.goto('/pemantauan/');
  await expect(page.locator('issue-register[data-ready]')).toBeAttached();
  await addFinding(page, 'Keluhan antrean dari akun fiktif Warga Kota', { sentiment: 'Negatif', reach: 'Tinggi' });
  await page.goto('/pemantauan/narasi/');
  await expect(page.locator('narrative-record[data-ready]')).toBeAttached();
  await page.getByLabel('Apa yang dipublikasikan').fill('Paparan program pembinaan kepada DPRD');
  await page.getByRole('radio', { name: 'Mendorong dukungan pembuat kebijakan' }).check();
  await page.getByRole('button', { name: 'Simpan publikasi' }).click();

  await page.goto('/pendampingan/kirim/');
  const builder = page.locator('mentoring-package');
  await builder.getByLabel('Nama unit').fill('Lapas Kelas IIB Contoh Pantau (fiktif)');
  await builder.getByLabel(/Angka pemantauan isu dan catatan narasi/).check();
  await expect(builder.locator('[data-preview] li')).toHaveText([
    'Pemantauan 30 hari terakhir: 1 isu baru, 0 dieskalasi, 1 masih terbuka; publikasi per tujuan: pemahaman 0, keterlibatan 0, dukungan kebijakan 1.',
  ]);
  const downloadPromise = page.waitForEvent('download');
  await builder.getByRole('button', { name: 'Unduh paket (.json)' }).click();
  const text = await readFile((await (await downloadPromise).path())!, 'utf8');
  expect(text).not.toContain('Warga Kota');
  expect(text).not.toContain('Paparan program');

  await page.goto('/pendampingan/rekap/');
  await page
    .locator('mentoring-overview')
    .getByLabel(/Pilih berkas paket/)
    .setInputFiles({ name: 'paket.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  const table = page.locator('[data-overview]');
  await expect(table.locator('tbody td[data-monitoring]')).toHaveText(
    '1 isu terbuka, 0 eskalasi; publikasi: pemahaman 0, keterlibatan 0, kebijakan 1',
  );
  await expect(table.locator('tfoot td[data-monitoring]')).toHaveText(
    'Jumlah 1 unit: 1 isu terbuka, 0 eskalasi; publikasi: pemahaman 0, keterlibatan 0, kebijakan 1',
  );
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });
  test('after one visit the register, its report and its CSV export work with no network', async ({ page, context }) => {
    test.setTimeout(90_000);
    await page.goto('/');
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 45_000 }).toBe(true);
    // The whole site is precached once the worker is active.
    await page.evaluate(() => navigator.serviceWorker.ready);
    await context.setOffline(true);
    await page.goto('/pemantauan/');
    await expect(page.locator('issue-register[data-ready]')).toBeAttached();
    await addFinding(page, 'Temuan saat tanpa jaringan');
    await page.getByRole('button', { name: 'Laporan pekan ini' }).click();
    await expect(page.locator('.ir-report')).toContainText('Isu baru: 1.');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Ekspor CSV' }).click();
    expect(await readFile(await (await download).path(), 'utf8')).toContain('Temuan saat tanpa jaringan');
  });
});
