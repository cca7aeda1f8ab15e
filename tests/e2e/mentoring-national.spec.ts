import { expect, test, type Browser, type Page } from '@playwright/test';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPackageFile } from '../../src/domain/mentoring/package';
import { payload } from '../unit/domain/mentoring/fixtures';
import { buildRegionalSummary, buildRegionalSummaryFile } from '../../src/domain/mentoring/regional-summary';
import { addPackage, EMPTY_MENTOR_STORE } from '../../src/domain/mentoring/mentor-store';
import { generateSigningKey, keyFingerprint } from '../../src/domain/mentoring/signing';
import { payloadChecksum } from '../../src/domain/mentoring/sealed-file';
import type { RegionalSummaryPayload } from '../../src/schemas/regional-summary';
import { exportAllData, expectAccessible, watchPage } from './support';

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
  await overview.getByRole('combobox', { name: /^Kanwil Ditjenpas/ }).selectOption({ label: region });
  await expect(overview.locator('[data-filter-result]')).toHaveText(`${count} dari ${count} unit cocok.`);
  const download = page.waitForEvent('download');
  await overview.getByRole('button', { name: 'Unduh ringkasan wilayah' }).click();
  const file = await download;
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  await expect(overview.locator('[data-summary-status]')).toContainText(`${count + listedOnly.length} unit, ${count} sudah mengirim paket`);
  await expect(overview.locator('[data-summary-status]')).toContainText('ditandatangani dengan kunci peramban ini');
  // Signed with the same key as the mentor's feedback: its fingerprint is the one the page shows.
  const own = overview.locator('[data-own-key]');
  await expect(own).toContainText(/Sidik kunci peramban ini: [0-9A-F]{4} /);
  const fingerprint = (await own.textContent())!.match(/[0-9A-F]{4}( [0-9A-F]{4}){3}/)![0];
  watch.expectClean();
  await context.close();
  return { path, fingerprint };
}

async function importSummaries(page: Page, paths: string[]) {
  await expect(page.getByLabel(/Pilih berkas ringkasan wilayah/)).toBeEnabled();
  await page.getByLabel(/Pilih berkas ringkasan wilayah/).setInputFiles(paths);
}

test('two regions’ summaries read at the national view: averages, regions, units not reported; a changed file refused by name; kept after a reload', async ({
  browser,
}) => {
  const dir = await mkdtemp(join(tmpdir(), 'siaga-nasional-'));
  const { path: utara, fingerprint: utaraKey } = await mentorSummary(
    browser,
    dir,
    'Kanwil Utara (fiktif)',
    { 'Lapas Satu (fiktif)': 80, 'Rutan Dua (fiktif)': 40 },
    ['Bapas Tiga (fiktif)'],
  );
  const { path: selatan } = await mentorSummary(browser, dir, 'Kanwil Selatan (fiktif)', { 'Lapas Empat (fiktif)': 30 }, []);
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
  // Each region's key was pinned on this first signed summary; its fingerprint is the one the mentor's page showed.
  await expect(national.locator('[data-regions] tbody tr').nth(1).locator('[data-signer]')).toHaveText(
    new RegExp(`^${utaraKey} \\(tersemat sejak \\d{1,2} \\S+ \\d{4}, \\d\\d\\.\\d\\d\\)$`),
  );
  await expect(national.locator('[data-outcome-list] li')).toContainText([`Kunci ${utaraKey} dicatat sebagai kunci Kanwil Utara (fiktif)`]);
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

  // A later summary of a region replaces its earlier one, and the page says so. This one is written without a signature
  // (as by an older version of the site) while the region's key is pinned: it waits until the person accepts it.
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
  await expect(national.locator('[data-import-status]')).toHaveText(
    '1 berkas dibaca: 1 menunggu keputusan Anda (tanda tangan tidak cocok atau tidak ada).',
  );
  const held = national.locator('[data-held-file="ringkasan-selatan-baru.json"]');
  await expect(held).toContainText('PERINGATAN: berkas ini tidak bertanda tangan');
  await held.getByRole('button', { name: /Tetap terima tanpa tanda tangan/ }).click();
  await expect(national.locator('[data-import-status]')).toContainText(
    '“ringkasan-selatan-baru.json” diterima. ringkasan-selatan-baru.json: ringkasan Kanwil Selatan (fiktif) yang lebih baru menggantikan ringkasan',
  );
  await expect(national.locator('[data-held]')).toBeHidden();
  await expect(national.locator('[data-regions] tbody tr').first().locator('[data-signer]')).toHaveText(
    /^Tanpa tanda tangan \(kunci tersemat /,
  );
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

test('a region’s key is pinned on its first signed summary; a file signed by another key is held and refused, then accepted; a changed signed file is refused; nothing lost', async ({
  browser,
}) => {
  const dir = await mkdtemp(join(tmpdir(), 'siaga-nasional-kunci-'));
  // Summaries built with the site's own code and signed with keys made here: the region's mentor's, and another one.
  const region = 'Kanwil Timur (fiktif)';
  const unit = payload('paket-timur', made, 'Lapas Lima (fiktif)', 70);
  const store = addPackage(
    { ...EMPTY_MENTOR_STORE, mentor: 'Pendamping Timur (fiktif)' },
    { ...unit, unit: { ...unit.unit, region } },
    made,
  ).store;
  const summaryAt = (id: string, daysAgo: number, overall: number): RegionalSummaryPayload => {
    const s = buildRegionalSummary(store, { id, now: new Date(Date.now() - daysAgo * 86_400_000), region });
    return { ...s, units: s.units.map((u) => ({ ...u, overall })), averages: { ...s.averages, overall } };
  };
  const [mentorKey, otherKey] = [await generateSigningKey(new Date()), await generateSigningKey(new Date())];
  const [mentorPrint, otherPrint] = [await keyFingerprint(mentorKey.publicKey), await keyFingerprint(otherKey.publicKey)];
  const write = async (name: string, file: unknown) => {
    const path = join(dir, name);
    await writeFile(path, JSON.stringify(file));
    return path;
  };
  const first = await write('timur-1.json', await buildRegionalSummaryFile(summaryAt('timur-1', 3, 70), mentorKey));
  const byOther = await write('timur-kunci-lain.json', await buildRegionalSummaryFile(summaryAt('timur-2', 1, 20), otherKey));
  // The mentor's signed file with a score changed and its checksum recomputed, as anyone can: the signature no longer fits.
  const signed = await buildRegionalSummaryFile(summaryAt('timur-3', 1, 70), mentorKey);
  const changed = { ...signed.payload, averages: { ...signed.payload.averages, overall: 99 } };
  const forged = await write('timur-diubah.json', {
    ...signed,
    payload: changed,
    checksum: { algorithm: 'SHA-256', value: await payloadChecksum(changed) },
  });
  // A summary from before signing, from another region.
  const old = await write(
    'barat-lama.json',
    await buildRegionalSummaryFile({ ...summaryAt('barat-1', 2, 50), region: 'Kanwil Barat (fiktif)' }),
  );

  const context = await browser.newContext();
  const page = await context.newPage();
  const watch = watchPage(page);
  await page.goto('/pendampingan/nasional/');
  const national = page.locator('national-overview');
  const timur = national.locator(`[data-regions] tbody tr[data-region="${region}"]`);
  await importSummaries(page, [first, old]);
  await expect(national.locator('[data-import-status]')).toHaveText('2 berkas dibaca: 2 wilayah baru.');
  await expect(national.locator('[data-outcome-file="timur-1.json"]')).toContainText(
    `Kunci ${mentorPrint} dicatat sebagai kunci ${region}`,
  );
  await expect(national.locator('[data-outcome-file="barat-lama.json"]')).toContainText('Ringkasan ini tidak bertanda tangan');
  await expect(national.locator('[data-regions] tbody tr[data-region="Kanwil Barat (fiktif)"] [data-signer]')).toHaveText(
    'Tanpa tanda tangan',
  );
  await expect(timur.locator('[data-signer]')).toContainText(`${mentorPrint} (tersemat sejak`);
  await expect(timur).toContainText('70%');

  // Another key, and a changed signed file, in one batch: the first waits for the person, the second is refused.
  await importSummaries(page, [byOther, forged]);
  await expect(national.locator('[data-import-status]')).toHaveText(
    '2 berkas dibaca: 1 menunggu keputusan Anda (tanda tangan tidak cocok atau tidak ada), 1 ditolak.',
  );
  await expect(national.locator('[data-rejected-file="timur-diubah.json"]')).toContainText(
    'Tanda tangan tidak cocok: isi berkas diubah setelah ditandatangani pengirimnya',
  );
  const held = national.locator('[data-held-file="timur-kunci-lain.json"]');
  await expect(held).toContainText(
    `PERINGATAN: berkas ini ditandatangani kunci ${otherPrint}, bukan kunci ${mentorPrint} yang dipakai pendamping ${region} sejak`,
  );
  await expect(held).toContainText(`Terima ringkasan ini dan percayai kunci baru ${region}?`);
  // Nothing changed while it waits.
  await expect(timur).toContainText('70%');
  await expectAccessible(page);
  await held.getByRole('button', { name: /^Tolak/ }).click();
  await expect(national.locator('[data-import-status]')).toHaveText('“timur-kunci-lain.json” ditolak; rekap nasional tidak berubah.');
  await expect(national.locator('[data-held]')).toBeHidden();
  await expect(national.getByLabel(/Pilih berkas ringkasan wilayah/)).toBeFocused();

  // Nothing lost: after a reload the region keeps its first summary and its pinned key; the refused file is not kept.
  await page.reload();
  await expect(national.locator('[data-national-summary]')).toHaveText('2 wilayah, 2 unit, 2 sudah mengirim paket.');
  await expect(timur).toContainText('70%');
  await expect(timur.locator('[data-signer]')).toContainText(`${mentorPrint} (tersemat sejak`);

  // Read again, the person now trusts the new key (say the mentor confirmed by phone that the device was replaced).
  await importSummaries(page, [byOther]);
  await national
    .locator('[data-held-file="timur-kunci-lain.json"]')
    .getByRole('button', { name: /Percayai kunci baru dan terima/ })
    .click();
  await expect(national.locator('[data-import-status]')).toContainText(`Kunci baru ${otherPrint} kini dipercaya untuk ${region}`);
  await expect(timur).toContainText('20%');
  await page.reload();
  await expect(timur.locator('[data-signer]')).toContainText(`${otherPrint} (tersemat sejak`);
  // The mentor's old key is now "another key" for this region.
  await importSummaries(page, [first]);
  await expect(national.locator('[data-import-status]')).toHaveText(
    '1 berkas dibaca: 1 menunggu keputusan Anda (tanda tangan tidak cocok atau tidak ada).',
  );
  watch.expectClean();
  await context.close();
});

test('a national document stored before signing still loads; Data saya carries the regions’ pinned keys to a fresh profile', async ({
  browser,
}) => {
  const dir = await mkdtemp(join(tmpdir(), 'siaga-nasional-data-'));
  const region = 'Kanwil Tengah (fiktif)';
  const unit = payload('paket-tengah', made, 'Rutan Enam (fiktif)', 55);
  const store = addPackage(EMPTY_MENTOR_STORE, { ...unit, unit: { ...unit.unit, region } }, made).store;
  const summaryAt = (id: string, daysAgo: number) =>
    buildRegionalSummary(store, { id, now: new Date(Date.now() - daysAgo * 86_400_000), region });
  const [mentorKey, otherKey] = [await generateSigningKey(new Date()), await generateSigningKey(new Date())];
  const mentorPrint = await keyFingerprint(mentorKey.publicKey);
  const signedPath = join(dir, 'tengah-baru.json');
  await writeFile(signedPath, JSON.stringify(await buildRegionalSummaryFile(summaryAt('tengah-2', 1), mentorKey)));
  const otherPath = join(dir, 'tengah-kunci-lain.json');
  await writeFile(otherPath, JSON.stringify(await buildRegionalSummaryFile(summaryAt('tengah-3', 0), otherKey)));

  // The document as the national view stored it before summaries were signed: no pins, no signer per summary.
  const context = await browser.newContext();
  const page = await context.newPage();
  const watch = watchPage(page);
  await page.goto('/pendampingan/nasional/');
  const stored = { regions: [{ summary: summaryAt('tengah-1', 3), importedAt: new Date(Date.now() - 2 * 86_400_000).toISOString() }] };
  await page.evaluate(
    (data) =>
      localStorage.setItem('siaga-krisis:rekap-nasional', JSON.stringify({ version: 1, rev: 1, savedAt: new Date().toISOString(), data })),
    stored,
  );
  await page.reload();
  const national = page.locator('national-overview');
  const row = national.locator(`[data-regions] tbody tr[data-region="${region}"]`);
  await expect(national.locator('[data-national-summary]')).toHaveText('1 wilayah, 1 unit, 1 sudah mengirim paket.');
  await expect(row.locator('[data-signer]')).toHaveText('Tanpa tanda tangan');
  await expect(page.locator('storage-notices')).not.toContainText('tidak dapat dibaca');
  // Its first signed summary pins the region's key.
  await importSummaries(page, [signedPath]);
  await expect(national.locator('[data-import-status]')).toHaveText('1 berkas dibaca: 1 menggantikan ringkasan lama.');
  await expect(row.locator('[data-signer]')).toContainText(`${mentorPrint} (tersemat sejak`);

  await page.goto('/data-saya/');
  await expect(page.getByRole('button', { name: 'Ekspor semua data' })).toBeEnabled();
  const download = await exportAllData(page);
  const file = { name: download.suggestedFilename(), mimeType: 'application/json', buffer: await readFile((await download.path())!) };
  watch.expectClean();
  await context.close();

  // A fresh profile: the backup brings the summary and the region's key along.
  const fresh = await browser.newContext();
  const freshPage = await fresh.newPage();
  const freshWatch = watchPage(freshPage);
  await freshPage.goto('/data-saya/');
  await expect(freshPage.getByLabel(/Impor dari berkas/)).toBeEnabled();
  await freshPage.getByLabel(/Impor dari berkas/).setInputFiles(file);
  await expect(freshPage.locator('[data-import-list]')).toContainText('Rekap nasional: 1 wilayah, 1 unit');
  await freshPage.getByRole('button', { name: 'Impor sekarang' }).click();
  await expect(freshPage.locator('[data-import-message]')).toContainText('Impor selesai');
  await freshPage.goto('/pendampingan/nasional/');
  const freshNational = freshPage.locator('national-overview');
  await expect(freshNational.locator(`[data-regions] tbody tr[data-region="${region}"] [data-signer]`)).toContainText(
    `${mentorPrint} (tersemat sejak`,
  );
  await importSummaries(freshPage, [otherPath]);
  await expect(freshNational.locator('[data-import-status]')).toHaveText(
    '1 berkas dibaca: 1 menunggu keputusan Anda (tanda tangan tidak cocok atau tidak ada).',
  );
  await expect(freshNational.locator('[data-held-file="tengah-kunci-lain.json"]')).toContainText(`bukan kunci ${mentorPrint}`);
  freshWatch.expectClean();
  await fresh.close();
});
