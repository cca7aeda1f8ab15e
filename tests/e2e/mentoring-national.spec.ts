import { expect, test, type Browser, type Page } from '@playwright/test';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPackageFile } from '../../src/domain/mentoring/package';
import { payload } from '../unit/domain/mentoring/fixtures';
import { buildRegionalSummaryFile } from '../../src/domain/mentoring/regional-summary';
import type { RegionalSummaryPayload } from '../../src/schemas/regional-summary';
import { expectAccessible, watchPage } from './support';

// From units to the country: packages built with the site's own code for two regions, imported at two mentors'
// overviews (one browser context each), each region's summary exported, and both read at the national view in a
// fresh context. The files are written to a temporary folder in the test, never committed.
test.describe.configure({ timeout: 180_000 });

const made = new Date(Date.now() - 86_400_000).toISOString();

/** Units of a region with their overall scores; the package names the region like a unit whose profile has it. */
async function regionPackages(dir: string, region: string, units: Record<string, number>): Promise<string[]> {
  const paths: string[] = [];
  for (const [name, overall] of Object.entries(units)) {
    const base = payload(`paket-${paths.length}-${region.length}`, made, name, overall);
    const path = join(dir, `paket-${name.replace(/\W+/g, '-')}.json`);
    await writeFile(path, JSON.stringify(await buildPackageFile({ ...base, unit: { ...base.unit, region } })));
    paths.push(path);
  }
  return paths;
}

/** One mentor: imports the region's packages, names the region's list and exports "Ringkasan wilayah". */
async function mentorSummary(browser: Browser, dir: string, region: string, units: Record<string, number>, listedOnly: string[]) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const watch = watchPage(page);
  await page.goto('/pendampingan/rekap/');
  const overview = page.locator('mentoring-overview');
  await expect(page.getByLabel(/Pilih berkas paket/)).toBeEnabled();
  await page.getByLabel(/Pilih berkas paket/).setInputFiles(await regionPackages(dir, region, units));
  const count = Object.keys(units).length;
  await expect(overview.locator('[data-overview-summary]')).toHaveText(`${count} unit telah mengirim paket.`);
  await overview.getByLabel(/Unit di wilayah Anda/).fill([...Object.keys(units), ...listedOnly].join('\n'));
  await overview.getByLabel(/Nama pendamping atau kantor/).fill(`Pendamping ${region}`);
  // The region shows in its column and filters the rows.
  await expect(overview.locator('[data-overview] tbody td[data-region]').first()).toHaveText(region);
  await overview.getByRole('combobox', { name: /^Kantor Wilayah/ }).selectOption({ label: region });
  await expect(overview.locator('[data-filter-result]')).toHaveText(`${count} dari ${count} unit cocok.`);
  const download = page.waitForEvent('download');
  await overview.getByRole('button', { name: 'Unduh ringkasan wilayah' }).click();
  const file = await download;
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  await expect(overview.locator('[data-summary-status]')).toContainText(`${count + listedOnly.length} unit, ${count} sudah mengirim paket`);
  watch.expectClean();
  await context.close();
  return path;
}

async function importSummaries(page: Page, paths: string[]) {
  await expect(page.getByLabel(/Pilih berkas ringkasan wilayah/)).toBeEnabled();
  await page.getByLabel(/Pilih berkas ringkasan wilayah/).setInputFiles(paths);
}

test('two regions’ summaries read at the national view: averages, regions, units not reported; a changed file refused by name; kept after a reload', async ({
  browser,
}) => {
  const dir = await mkdtemp(join(tmpdir(), 'siaga-nasional-'));
  const utara = await mentorSummary(browser, dir, 'Kanwil Utara (fiktif)', { 'Lapas Satu (fiktif)': 80, 'Rutan Dua (fiktif)': 40 }, [
    'Bapas Tiga (fiktif)',
  ]);
  const selatan = await mentorSummary(browser, dir, 'Kanwil Selatan (fiktif)', { 'Lapas Empat (fiktif)': 30 }, []);
  expect(utara).toMatch(/ringkasan-wilayah-kanwil-utara-fiktif-\d{4}-\d\d-\d\d\.json$/);
  // A copy of one summary with a score changed by hand: its checksum no longer matches.
  const tampered = join(dir, 'ringkasan-diubah.json');
  await writeFile(tampered, (await readFile(selatan, 'utf8')).replace('"overall":30', '"overall":99'));

  const context = await browser.newContext();
  const page = await context.newPage();
  const watch = watchPage(page);
  await page.goto('/pendampingan/nasional/');
  const national = page.locator('national-overview');
  await importSummaries(page, [utara, selatan, tampered]);
  await expect(national.locator('[data-import-status]')).toHaveText('3 berkas dibaca: 2 wilayah baru, 1 ditolak.');
  await expect(national.locator('[data-rejected-file="ringkasan-diubah.json"]')).toContainText('Checksum tidak cocok');
  await expect(national.locator('[data-national-summary]')).toHaveText('2 wilayah, 4 unit, 3 sudah mengirim paket.');
  // (80 + 40 + 30) / 3 over the units, not the average of the two regions' averages.
  await expect(national.locator('[data-averages] div').first()).toHaveText(/Kesiapan keseluruhan\s*50%/);
  await expect(national.locator('[data-regions] tbody tr')).toHaveCount(2);
  await expect(national.locator('[data-regions] tbody tr').nth(1)).toContainText('Kanwil Utara (fiktif)');
  await expect(national.locator('[data-regions] tbody tr').nth(1)).toContainText('60%');
  await expect(national.locator('[data-missing-unit]')).toHaveText(['Bapas Tiga (fiktif) (Kanwil Utara (fiktif))']);
  // A region's units open under its name.
  await national.locator('summary', { hasText: 'Kanwil Utara (fiktif)' }).click();
  await expect(national.locator('details[open] tbody tr')).toHaveCount(3);
  await expect(national.locator('details[open] tbody tr').last()).toContainText('belum mengirim');
  // Both summaries were written today: none is old.
  await expect(national.locator('[data-old] li')).toHaveText(['Tidak ada ringkasan yang lebih lama dari 45 hari.']);
  await expectAccessible(page);

  // The same region again: said, not counted twice.
  await importSummaries(page, [utara]);
  await expect(national.locator('[data-import-status]')).toHaveText('1 berkas dibaca: 1 sudah tersimpan.');
  await expect(national.locator('[data-outcome-list] li')).toContainText(['sudah tersimpan']);

  // A later summary of a region replaces its earlier one, and the page says so.
  const earlier = JSON.parse(await readFile(selatan, 'utf8')) as { payload: RegionalSummaryPayload };
  const later: RegionalSummaryPayload = {
    ...earlier.payload,
    id: 'ringkasan-selatan-berikutnya',
    writtenAt: new Date().toISOString(),
    units: earlier.payload.units.map((u) => ({ ...u, overall: 60 })),
  };
  const laterPath = join(dir, 'ringkasan-selatan-baru.json');
  await writeFile(laterPath, JSON.stringify(await buildRegionalSummaryFile(later)));
  await importSummaries(page, [laterPath]);
  await expect(national.locator('[data-import-status]')).toHaveText('1 berkas dibaca: 1 menggantikan ringkasan lama.');
  await expect(national.locator('[data-outcome-list] li')).toContainText([
    'ringkasan-selatan-baru.json: ringkasan Kanwil Selatan (fiktif) yang lebih baru menggantikan ringkasan',
  ]);
  // (80 + 40 + 60) / 3
  await expect(national.locator('[data-averages] div').first()).toHaveText(/Kesiapan keseluruhan\s*60%/);

  await page.reload();
  await expect(national.locator('[data-national-summary]')).toHaveText('2 wilayah, 4 unit, 3 sudah mengirim paket.');
  await expect(national.locator('[data-regions] tbody tr')).toHaveCount(2);
  await expect(national.locator('[data-averages] div').first()).toHaveText(/Kesiapan keseluruhan\s*60%/);
  // Listed on Data saya like every other document.
  await page.goto('/data-saya/');
  await expect(page.locator('[data-items]')).toContainText('Rekap nasional');
  await expect(page.locator('[data-items]')).toContainText('2 wilayah, 4 unit');
  watch.expectClean();
  await context.close();
});
