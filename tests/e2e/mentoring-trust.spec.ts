import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { buildPackageFile } from '../../src/domain/mentoring/package';
import { buildFeedbackFile } from '../../src/domain/mentoring/feedback';
import { payloadChecksum } from '../../src/domain/mentoring/sealed-file';
import type { FeedbackPayload, PackagePayload } from '../../src/schemas/mentoring';
import { watchPage } from './support';

// Trust between people: files made with the site's own code (valid checksums) by someone who is not the unit.
test.describe.configure({ timeout: 90_000 });

const UNIT = 'Lapas Kelas IIA Sungai Harapan (fiktif)';
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();

function pkg(
  id: string,
  createdAt: string,
  name = UNIT,
  overall = 67,
  releases: PackagePayload['contents']['releases'] = [],
): PackagePayload {
  return {
    id,
    createdAt,
    unit: { name, type: 'Lapas' },
    contents: {
      assessment: {
        questionnaireId: 'kesiapan-krisis',
        completedAt: createdAt,
        dimensions: [{ id: 'struktur', name: 'Struktur tim', score: overall }],
        overall,
      },
      releases,
    },
  };
}

const file = async (name: string, payload: PackagePayload) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify(await buildPackageFile(payload))),
});
/** Changed after sealing, checksum recomputed: what anyone can do. */
const forged = async (name: string, payload: unknown) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(
    JSON.stringify({
      app: 'siaga-krisis',
      kind: 'paket-pendampingan',
      formatVersion: 1,
      checksum: { algorithm: 'SHA-256', value: await payloadChecksum(payload) },
      payload,
    }),
  ),
});

async function importInto(page: Page, files: { name: string; mimeType: string; buffer: Buffer }[]) {
  await page
    .locator('mentoring-overview')
    .getByLabel(/Pilih berkas paket/)
    .setInputFiles(files);
}

test('a forged package never becomes a unit’s current one silently, and a verdict on the older package cannot be exported', async ({
  page,
}) => {
  const watch = watchPage(page);
  await page.goto('/pendampingan/rekap/');
  const overview = page.locator('mentoring-overview');
  await importInto(page, [await file('asli.json', pkg('asli', hoursAgo(48)))]);
  await expect(overview.locator('[data-import-status]')).toContainText('1 diterima');
  const row = overview.locator('[data-overview] tbody tr');
  await expect(row.locator('[data-overall]')).toHaveText('67%');
  // The mentor accepts the self-assessment; the plan and releases were not sent, which reads differently from "not reviewed".
  await overview.getByRole('button', { name: `Buka ${UNIT}` }).click();
  await overview.locator('[data-review="asesmen"]').getByLabel('Diterima').check();
  await overview.getByRole('button', { name: '← Kembali ke rekap' }).first().click();
  await expect(row.locator('[data-deliverable="asesmen"]')).toHaveText('asesmen: diterima');
  await expect(row.locator('[data-deliverable="rencana"]')).toHaveText('rencana: tidak dikirim');

  // Dated 9999, and "zzz": refused by their dates.
  const spoofName = 'LAPAS kelas IIA  sungai-harapan (FIKTIF)';
  await importInto(page, [
    await forged('palsu-9999.json', pkg('palsu1', '9999-12-31T23:59:59.999Z', spoofName, 99)),
    await forged('palsu-zzz.json', pkg('palsu2', 'zzz', spoofName, 99)),
  ]);
  await expect(overview.locator('[data-import-status]')).toContainText('2 berkas dibaca: 0 diterima, 2 ditolak.');
  await expect(overview.locator('[data-rejected-list] li').first()).toContainText('createdAt');
  await expect(row.locator('[data-overall]')).toHaveText('67%');

  // Dated now: held back, with what it would change, until the mentor decides.
  await importInto(page, [await forged('palsu.json', pkg('palsu3', hoursAgo(0), spoofName, 99))]);
  await expect(overview.locator('[data-import-status]')).toContainText('1 menunggu keputusan Anda');
  const pending = overview.locator('[data-pending-file="palsu.json"]');
  await expect(pending).toContainText(`Nama unit ditulis berbeda: “${UNIT}” → “LAPAS kelas IIA sungai-harapan (FIKTIF)”`);
  await expect(pending).toContainText('Skor self-asesmen: 67 → 99');
  await expect(row.locator('[data-overall]')).toHaveText('67%'); // nothing changed yet
  await pending.getByRole('button', { name: /Jadikan paket terbaru/ }).click();
  await expect(row.locator('[data-overall]')).toHaveText('99%');
  // The earlier "Diterima" was for the older package: shown as such, and feedback cannot be exported with it.
  await expect(row.locator('[data-deliverable="asesmen"]')).toHaveText('asesmen: status untuk paket lama');
  await overview.getByRole('button', { name: /^Buka / }).click();
  const view = overview.locator('[data-unit-view]');
  await expect(view.locator('[data-review="asesmen"] [data-stale]')).toContainText('untuk paket lama');
  await expect(view.locator('[data-review="asesmen"]').getByLabel('Diterima')).not.toBeChecked();
  let downloads = 0;
  page.on('download', () => downloads++);
  await view.getByRole('button', { name: 'Ekspor umpan balik unit ini' }).first().click();
  await expect(view.locator('[data-view-status]')).toContainText('belum dapat diekspor');
  await page.waitForTimeout(300);
  expect(downloads).toBe(0);
  // Choosing again, on the package now shown, allows the export.
  await view.locator('[data-review="asesmen"]').getByLabel('Perlu perbaikan').check();
  const download = page.waitForEvent('download');
  await view.getByRole('button', { name: 'Ekspor umpan balik unit ini' }).first().click();
  const feedback = JSON.parse(await readFile((await (await download).path())!, 'utf8'));
  expect(feedback.payload).toMatchObject({ packageId: 'palsu3', reviews: { asesmen: { status: 'perlu-perbaikan', packageId: 'palsu3' } } });
  watch.expectClean();
});

test('a name that only looks like a known unit (a Cyrillic Н) waits for the mentor, with a warning', async ({ page }) => {
  await page.goto('/pendampingan/rekap/');
  const overview = page.locator('mentoring-overview');
  await importInto(page, [await file('asli.json', pkg('asli', hoursAgo(48)))]);
  await importInto(page, [await file('mirip.json', pkg('mirip', hoursAgo(1), 'Lapas Kelas IIA Sungai Нarapan (fiktif)'))]);
  const pending = overview.locator('[data-pending-file="mirip.json"]');
  await expect(pending).toContainText('mencampur huruf dari beberapa aksara');
  await expect(pending).toContainText('tampak sama dengan unit yang sudah ada');
  await pending.getByRole('button', { name: /^Tolak/ }).click();
  await expect(overview.locator('[data-pending]')).toBeHidden();
  await expect(overview.locator('[data-overview] tbody tr')).toHaveCount(1);
});

test('the unit refuses a feedback file written for another unit', async ({ page }) => {
  await page.goto('/data-saya/');
  await page.getByLabel('Nama unit').fill('Rutan Kelas IIB Muara Teduh (fiktif)');
  await page.goto('/pendampingan/kirim/');
  const feedback: FeedbackPayload = {
    unit: { name: UNIT, type: 'Lapas' },
    packageId: 'paket-lain',
    packageCreatedAt: hoursAgo(30),
    writtenAt: hoursAgo(1),
    mentor: 'Kanwil Contoh (fiktif)',
    reviewed: { asesmen: '', rencana: '', 'siaran-pers': '' },
    reviews: {
      asesmen: { status: 'diterima', comment: '' },
      rencana: { status: 'belum', comment: '' },
      'siaran-pers': { status: 'belum', comment: '' },
    },
  };
  await page.getByLabel(/Pilih berkas umpan balik/).setInputFiles({
    name: 'umpan-balik.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(await buildFeedbackFile(feedback))),
  });
  await expect(page.locator('[data-feedback-status]')).toContainText('bukan untuk unit Anda');
  await expect(page.locator('[data-feedback]')).toContainText('Belum ada umpan balik');
});

test('a package of 60,000 short lines is refused; one at the limits opens within a second', async ({ page }) => {
  const release = (i: number, body: string) => ({
    id: `r${i}`,
    drillId: 'bebas',
    drillTitle: `Naskah ${i + 1}`,
    parts: { headline: 'Judul', dateline: '', lead: 'Teras.', body, quote: '', boilerplate: '', contact: '' },
    submittedAt: hoursAgo(5),
    secondsTaken: 60,
    timed: false,
    points: 5,
    max: 10,
    findings: 0,
  });
  await page.goto('/pendampingan/rekap/');
  const overview = page.locator('mentoring-overview');
  // 30,000 one-letter lines in one part (the most the body field holds), in two releases: 60,000 lines.
  const tall = await forged(
    'baris.json',
    pkg('baris', hoursAgo(3), UNIT, 67, [release(0, 'a\n'.repeat(29_999) + 'a'), release(1, 'a\n'.repeat(29_999) + 'a')]),
  );
  await importInto(page, [tall]);
  await expect(overview.locator('[data-rejected-list] li')).toContainText('paling banyak 300 baris');

  // Twenty releases at the line limit with long lines: close to the most a package may hold (1 MB).
  const body = Array.from({ length: 300 }, (_, n) => `Baris ${n} `.padEnd(140, 'x')).join('\n');
  const big = await file(
    'besar.json',
    pkg(
      'besar',
      hoursAgo(2),
      UNIT,
      67,
      Array.from({ length: 20 }, (_, i) => release(i, body.slice(0, 2 * 1024 + i))),
    ),
  );
  const full = await file(
    'penuh.json',
    pkg(
      'penuh',
      hoursAgo(2),
      'Rutan Kelas IIB Muara Teduh (fiktif)',
      50,
      Array.from({ length: 20 }, (_, i) => release(i, i < 2 ? body : body.slice(0, 40_000))),
    ),
  );
  expect(full.buffer.length).toBeGreaterThan(750 * 1024);
  expect(full.buffer.length).toBeLessThan(1024 * 1024);
  await importInto(page, [big, full]);
  await expect(overview.locator('[data-import-status]')).toContainText('2 diterima');
  const started = Date.now();
  await overview.getByRole('button', { name: 'Buka Rutan Kelas IIB Muara Teduh (fiktif)' }).click();
  await expect(overview.locator('[data-unit-view] [data-release-part="body"]')).toHaveCount(20);
  expect(Date.now() - started).toBeLessThan(1000);
  expect(await page.evaluate(() => document.querySelectorAll('[data-unit-view] *').length)).toBeLessThan(1000);
  // A very long part is folded and opens on request, whole.
  const long = overview.locator('[data-unit-view] details.mo-release-long').first();
  await long.locator('summary').click();
  await expect(long.locator('[data-release-part="body"]')).toContainText('Baris 299');
});
