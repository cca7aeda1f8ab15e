import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { watchPage, reachTask, decide } from './support';

const PAGE = '/latihan/simulasi/pelarian-apel-pagi/';
const STORE_KEY = 'siaga-krisis:simulasi';

const holdingStatement =
  'Pernyataan awal Lapas Kelas IIB Bukit Embun. Pukul 05.30 hari ini satu warga binaan tidak berada di kamarnya saat apel pagi. ' +
  'Kami bersama kepolisian sedang melakukan pencarian. Kami memahami kekhawatiran warga dan keluarga. Bila melihat hal mencurigakan, ' +
  'hubungi kantor polisi terdekat. Informasi berikutnya kami sampaikan pukul 09.00.';
const pressRelease =
  'SIARAN PERS Lapas Kelas IIB Bukit Embun. Satu warga binaan yang tidak berada di kamarnya saat apel pagi pukul 05.30 ditemukan ' +
  'kepolisian pukul 08.20 dan sudah kembali ke lapas dalam keadaan sehat. Kami berterima kasih atas kerja sama kepolisian dan warga, ' +
  'dan kami memahami kekhawatiran masyarakat serta keluarga. Pemeriksaan atas kejadian ini sedang berjalan sebagai bahan evaluasi ' +
  'pengamanan. Layanan kunjungan dibuka kembali besok pukul 08.00. Narahubung: Koordinator Humas, 0812-0000-1111.';

const tasks = (page: Page) => page.locator('.sk-sim__tasks');

async function write(page: Page, stepId: string, text: string) {
  const form = await reachTask(page, stepId);
  await form.getByRole('textbox').fill(text);
  await form.getByRole('button', { name: 'Kirim' }).click();
}

test('a participant plays a scenario to its end in accelerated mode, resumes after a reload, prints the debrief and exports results', async ({
  page,
}) => {
  const watch = watchPage(page);
  await page.goto('/data-saya/');
  await page.getByLabel('Nama pengisi').fill('Rina Lestari');
  await page.goto(PAGE);
  await expect(page.getByText('Skenario fiktif.')).toBeVisible();
  await expect(page.getByRole('radio', { name: /Dipercepat/ })).toBeChecked();
  await page.getByRole('button', { name: 'Mulai simulasi' }).click();

  // Injects arrive in the channel view, styled per channel.
  const feed = page.locator('[data-feed]');
  await expect(feed.locator('[data-channel="pesan"]').first()).toContainText('Apel pagi Blok C kurang satu');
  await expect(page.locator('[data-clock-state]')).toContainText('dipercepat ×10');

  await decide(page, 'laporan-apel', /Mulai lembar fakta/);
  await expect(tasks(page).locator('[data-log] li')).toHaveCount(1);
  await expect(tasks(page).locator('[data-log]')).toContainText('tiga fakta terverifikasi');

  // The social post arrives and its share count rises while the clock runs.
  const form = await reachTask(page, 'video-warga');
  const shares = feed.locator('[data-feed-item="unggahan-lima-napi"] [data-shares]');
  await expect(shares).toBeVisible();
  const before = Number((await shares.textContent())!.replace(/\D/g, ''));
  await expect.poll(async () => Number((await shares.textContent())!.replace(/\D/g, '')), { timeout: 10_000 }).toBeGreaterThan(before);

  // Half-written, the page is reloaded: the run comes back paused, with its feed, log and draft.
  await form.getByRole('textbox').fill(holdingStatement);
  await expect
    .poll(async () => JSON.parse((await page.evaluate((k) => localStorage.getItem(k), STORE_KEY))!).data.solo['pelarian-apel-pagi'].draft)
    .toBe(holdingStatement);
  await page.reload();
  await expect(page.locator('[data-clock-state]')).toHaveText('Dijeda');
  await expect(page.locator('[data-announcer]')).toContainText('Simulasi dilanjutkan');
  await expect(tasks(page).locator('[data-log] li')).toHaveCount(1);
  await expect(feed.locator('[data-feed-item="apel-kurang"]')).toBeVisible();
  await expect(page.locator('[data-task="video-warga"] textarea')).toHaveValue(holdingStatement);
  // Paused, the text box stays usable (WCAG 2.2.1): the participant keeps working while the clock stands still.
  await expect(page.locator('[data-task="video-warga"] textarea')).toBeEnabled();
  await page.getByRole('button', { name: 'Lanjutkan' }).click();
  await expect(page.locator('[data-clock-state]')).toHaveText(/Berjalan|Berhenti selama Anda menulis/);
  await page.locator('[data-task="video-warga"]').getByRole('button', { name: 'Kirim' }).click();

  await decide(page, 'wartawan', /Jawab dengan pernyataan awal/);
  await decide(page, 'keluarga', /Tugaskan petugas layanan informasi/);
  await write(page, 'rilis', pressRelease);
  await decide(page, 'sebelum-terbit', /Kirim draf ke Kepala Lapas/);

  // Debrief.
  const debrief = page.locator('[data-view="debrief"]');
  await expect(debrief).toBeVisible();
  await expect(debrief.locator('[data-ending]')).toContainText('Akhir cerita: Satu narasi terjaga');
  await expect(debrief.locator('[data-scores] tbody tr')).toHaveCount(5);
  await expect(debrief.locator('[data-scores]')).toContainText('Koordinasi dan persetujuan');
  await expect(debrief.locator('[data-timeline] tbody tr')).toHaveCount(7);
  await expect(debrief.locator('[data-decisions] article')).toHaveCount(4);
  await expect(debrief.locator('[data-writings] article')).toHaveCount(2);
  await expect(debrief.locator('[data-writings]')).toContainText('✓ Menyebut jumlah yang sudah dipastikan');
  await expect(debrief.getByRole('link', { name: 'Pelajari di modul' }).first()).toHaveAttribute('href', '/modul/jam-pertama/');
  await expect(debrief.locator('[data-report="participant"]')).toHaveText('Rina Lestari');

  // A4 after-action report: the debrief prints, the play view and the controls do not.
  await page.emulateMedia({ media: 'print' });
  await expect(debrief.getByRole('heading', { name: 'Evaluasi: laporan pascalatihan' })).toBeVisible();
  await expect(debrief.locator('[data-timeline] table')).toBeVisible();
  await expect(page.locator('[data-view="start"]')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Ekspor hasil (.json)' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // Export the result file for the trainer.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ekspor hasil (.json)' }).click();
  const file = JSON.parse(await readFile(await (await download).path(), 'utf8'));
  expect((await download).suggestedFilename()).toMatch(/^hasil-simulasi-pelarian-apel-pagi-rina-lestari-\d{4}-\d{2}-\d{2}\.json$/);
  expect(file).toMatchObject({
    app: 'siaga-krisis',
    kind: 'hasil-simulasi',
    formatVersion: 1,
    result: {
      scenario: { id: 'pelarian-apel-pagi' },
      participant: { name: 'Rina Lestari' },
      speed: 10,
      ending: { id: 'akhir-terkendali', tone: 'baik' },
    },
  });
  expect(file.result.decisions.map((d: { optionId: string }) => d.optionId)).toEqual([
    'verifikasi-lapor',
    'jawab-pernyataan',
    'layanan-informasi',
    'setujui-dulu',
  ]);
  expect(file.result.dimensions.akurasi.points).toBeGreaterThan(0);

  // The finished run survives a reload and shows on "Data saya".
  await page.reload();
  await expect(page.locator('[data-view="debrief"]')).toBeVisible();
  await page.goto('/data-saya/');
  await expect(page.locator(`[data-items] tr[data-key="${STORE_KEY}"]`)).toContainText('1 simulasi selesai');
  watch.expectClean();
});

test('an unanswered decision asks for a choice, and a paused simulation still takes answers', async ({ page }) => {
  await page.goto('/latihan/simulasi/kebocoran-data/');
  await page.getByRole('radio', { name: /Waktu nyata/ }).check();
  await page.getByRole('button', { name: 'Mulai simulasi' }).click();
  await expect(page.locator('[data-clock-state]')).toHaveText('Berjalan · waktu nyata');
  const form = page.locator('[data-task="daftar-beredar"]');
  await form.getByRole('button', { name: 'Putuskan' }).click();
  await expect(page.locator('[data-task-error]')).toHaveText('Pilih salah satu opsi, lalu tekan “Putuskan”.');
  await page.getByRole('button', { name: 'Jeda' }).click();
  await expect(page.locator('[data-clock-state]')).toHaveText('Dijeda');
  await expect(form.getByRole('button', { name: 'Putuskan' })).toBeEnabled();
  await expect(page.locator('[data-waiting]')).toContainText(
    'Simulasi dijeda: jam tidak berjalan, tetapi Anda tetap dapat membaca dan mengerjakan tugas',
  );
  // A branch that ends the story early still leads to a debrief, decided while paused.
  await form.getByRole('radio', { name: /cap “HOAKS”/ }).check();
  await form.getByRole('button', { name: 'Putuskan' }).click();
  await expect(page.locator('[data-ending]')).toContainText('Kebocoran meluas');
  await expect(page.locator('[data-writings]')).toContainText('tidak memuat tugas menulis');
  await page.getByRole('button', { name: 'Main lagi dari awal' }).click();
  await expect(page.getByRole('button', { name: 'Mulai simulasi' })).toBeVisible();
});

function resultFile(id: string, name: string, optionId: string, optionLabel: string, recommended: boolean) {
  const tally = (points: number, possible: number) => ({ points, possible });
  return JSON.stringify({
    app: 'siaga-krisis',
    kind: 'hasil-simulasi',
    formatVersion: 1,
    exportedAt: '2026-03-12T09:00:00.000Z',
    result: {
      id,
      scenario: { id: 'pelarian-apel-pagi', title: 'Satu WBP tidak ada saat apel pagi' },
      participant: { name, unit: 'Rutan Kelas IIB Rantau Sejuk (fiktif)' },
      speed: 10,
      startedAt: '2026-03-12T08:00:00.000Z',
      endedAt: '2026-03-12T08:20:00.000Z',
      minutes: 110,
      ending: { id: 'akhir-terkendali', title: 'Satu narasi terjaga', tone: 'baik' },
      dimensions: { kecepatan: tally(8, 12), akurasi: tally(10, 20), empati: tally(3, 6), koordinasi: tally(6, 12), hukum: tally(4, 8) },
      decisions: [
        {
          stepId: 'laporan-apel',
          prompt: 'Apa langkah pertama Anda sebagai koordinator humas?',
          optionId,
          optionLabel,
          recommended,
          took: 3,
        },
      ],
      writings: [],
    },
  });
}

test('a trainer imports three result files at once: the invalid one is rejected with a reason, the others fill the table and charts', async ({
  page,
}) => {
  const watch = watchPage(page);
  await page.goto('/latihan/simulasi/rekap/');
  await page.getByLabel(/Pilih berkas hasil peserta/).setInputFiles([
    {
      name: 'rina.json',
      mimeType: 'application/json',
      buffer: Buffer.from(resultFile('hasil-rina-0001', 'Rina Lestari', 'verifikasi-lapor', 'Mulai lembar fakta', true)),
    },
    {
      name: 'rusak.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"app":"siaga-krisis","kind":"hasil-simulasi","formatVersion":1,"result":{"id":"x"}'),
    },
    {
      name: 'dimas.json',
      mimeType: 'application/json',
      buffer: Buffer.from(resultFile('hasil-dimas-0002', 'Dimas Pratama', 'tunggu', 'Tunggu', false)),
    },
  ]);
  await expect(page.locator('[data-status]')).toHaveText('3 berkas dibaca: 2 diterima, 1 ditolak. Rekap sekarang berisi 2 hasil.');
  await expect(page.locator('[data-rejected-list] li')).toHaveCount(1);
  await expect(page.locator('[data-rejected-list]')).toContainText('rusak.json: Berkas ini bukan JSON yang utuh');
  const summary = page.locator('[data-summary="pelarian-apel-pagi"]');
  await expect(summary.locator('table').first().locator('tbody tr')).toHaveCount(2);
  await expect(summary).toContainText('Rina Lestari');
  await expect(summary).toContainText('Dimas Pratama');
  await expect(summary.getByRole('img', { name: /Rata-rata per dimensi/ })).toHaveAttribute('aria-label', /Akurasi 50%/);
  const decision = summary.locator('[data-decision="laporan-apel"]');
  await expect(decision.getByRole('img')).toHaveAttribute(
    'aria-label',
    /Opsi A \(dianjurkan\) 1 peserta; Opsi B 0 peserta; Opsi C 1 peserta/,
  );
  await expect(decision.locator('tbody tr')).toHaveCount(3);

  // The same file again is noticed; the good results stay.
  await page.getByLabel(/Pilih berkas hasil peserta/).setInputFiles([
    {
      name: 'rina-lagi.json',
      mimeType: 'application/json',
      buffer: Buffer.from(resultFile('hasil-rina-0001', 'Rina Lestari', 'verifikasi-lapor', 'Mulai lembar fakta', true)),
    },
  ]);
  await expect(page.locator('[data-rejected-list]')).toContainText('sudah diimpor');
  await expect(summary.locator('table').first().locator('tbody tr')).toHaveCount(2);

  await page.emulateMedia({ media: 'print' });
  await expect(summary.locator('table').first()).toBeVisible();
  await expect(page.getByLabel(/Pilih berkas hasil peserta/)).toBeHidden();
  watch.expectClean();
});

test('a facilitator releases injects by hand, records the room’s choice, and prints the inject cards', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto('/latihan/simulasi/pelarian-apel-pagi/fasilitator/');
  await page.getByRole('button', { name: 'Mulai sesi' }).click();
  const stage = page.locator('[data-stage]');
  await expect(stage.locator('[data-timer]')).toHaveText(/^00:00:0\d$/);
  await expect(stage.locator('[data-feed-item="apel-kurang"]')).toBeVisible();
  await expect(stage.locator('[data-feed-item="penyisiran-mulai"]')).toBeHidden();
  await page.getByRole('button', { name: 'Jeda jadwal' }).click();
  await expect(page.getByRole('button', { name: 'Jalankan jadwal' })).toHaveAttribute('aria-pressed', 'false');
  await page.getByRole('button', { name: 'Keluarkan kabar berikutnya' }).click();
  await expect(stage.locator('[data-feed-item="penyisiran-mulai"]')).toBeVisible();
  await expect(stage.locator('[data-timer]')).toHaveText('00:04:00');
  await expect(stage.locator('[data-stage-step="laporan-apel"]').getByRole('heading', { name: 'Pertanyaan diskusi' })).toBeVisible();
  await stage.getByRole('radio', { name: /Mulai lembar fakta/ }).check();
  await stage.getByRole('button', { name: 'Catat pilihan dan lanjutkan' }).click();
  await expect(stage.locator('[data-next]')).toContainText('Kabar berikutnya pukul 05.45');
  await page.getByRole('button', { name: 'Keluarkan kabar berikutnya' }).click();
  await expect(stage.locator('[data-feed-item="unggahan-lima-napi"]')).toBeVisible();
  await page.reload();
  await expect(stage.locator('[data-feed-item="unggahan-lima-napi"]')).toBeVisible();
  await expect(stage.locator('[data-timer]')).toHaveText('00:15:00');

  await page.emulateMedia({ media: 'print' });
  await expect(stage).toBeHidden();
  const cards = page.locator('.sk-cards');
  await expect(cards).toBeVisible();
  await expect(cards.locator('.sk-inject')).toHaveCount(await page.locator('.sk-cards [data-inject]').count());
  await expect(cards).toContainText('Kartu keputusan: Apa langkah pertama Anda sebagai koordinator humas?');
  watch.expectClean();
});
