import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { exercisesStarted, watchPage, exportAllData } from './support';

const KEY = 'siaga-krisis:daftar-periksa';
const folder = new URL('../../src/content/checklists/', import.meta.url);
const checklists = readdirSync(folder)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => ({
    id: name.replace(/\.yaml$/, ''),
    ...(parse(readFileSync(new URL(name, folder), 'utf8')) as { title: string; order: number }),
  }))
  .sort((a, b) => a.order - b.order);

const firstItem = 'Pastikan keselamatan orang';
const secondItem = 'Jauhkan dugaan penyebab';

function sheet(page: Page) {
  return page.locator('checklist-form[data-checklist-id="jam-pertama"]');
}

async function stored(page: Page) {
  return JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY)) ?? 'null');
}

/** The PDF Chromium prints for the current page: its number of pages and its text, page by page. */
async function printToPdf(page: Page, path: string) {
  await page.pdf({ path, format: 'A4', preferCSSPageSize: true });
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1]);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  return { pages, textByPage: text.split('\f').map((part) => part.replace(/\s+/g, ' ')) };
}

test('tick, note and session are kept through a reload; reset asks first, then empties the checklist', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto('/daftar-periksa/jam-pertama/');
  const form = sheet(page);
  await expect(form.getByRole('status').filter({ hasText: 'butir' })).toHaveText('0 dari 12 butir dicentang (0%).');
  await form.getByRole('checkbox', { name: firstItem }).check();
  await form.getByRole('checkbox', { name: secondItem }).check();
  await form.getByRole('checkbox', { name: secondItem }).uncheck();
  await form.getByRole('textbox', { name: new RegExp(`Catatan untuk “${firstItem}`) }).fill('Regu jaga B, pukul 05.45');
  await form.getByLabel('Tanggal').fill('2026-03-12');
  await form.getByLabel('Insiden atau kegiatan').fill('Kebakaran dapur Lapas Kelas IIA Telaga Bening (fiktif)');
  await form.getByLabel('Diisi oleh').fill('Dimas Pratama');
  await expect(form.locator('[data-progress]')).toHaveText('1 dari 12 butir dicentang (8%).');

  await page.reload();
  await expect(form.getByRole('checkbox', { name: firstItem })).toBeChecked();
  await expect(form.getByRole('checkbox', { name: secondItem })).not.toBeChecked();
  await expect(form.getByRole('textbox', { name: new RegExp(`Catatan untuk “${firstItem}`) })).toHaveValue('Regu jaga B, pukul 05.45');
  await expect(form.getByLabel('Tanggal')).toHaveValue('2026-03-12');
  await expect(form.getByLabel('Insiden atau kegiatan')).toHaveValue('Kebakaran dapur Lapas Kelas IIA Telaga Bening (fiktif)');
  await expect(form.getByLabel('Diisi oleh')).toHaveValue('Dimas Pratama');
  await expect(form.locator('[data-progress]')).toHaveText('1 dari 12 butir dicentang (8%).');
  expect((await stored(page)).data.checklists['jam-pertama']).toMatchObject({
    checked: ['keselamatan-ditangani'],
    notes: { 'keselamatan-ditangani': 'Regu jaga B, pukul 05.45' },
    session: { date: '2026-03-12', filledBy: 'Dimas Pratama' },
  });

  // Cancel keeps everything.
  await form.getByRole('button', { name: 'Kosongkan daftar ini…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Kosongkan daftar periksa ini?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Batal' }).click();
  await expect(dialog).toBeHidden();
  await expect(form.getByRole('checkbox', { name: firstItem })).toBeChecked();

  // Confirm empties this checklist, also after a reload.
  await form.getByRole('button', { name: 'Kosongkan daftar ini…' }).click();
  await dialog.getByRole('button', { name: 'Ya, kosongkan' }).click();
  await expect(form.locator('[data-message]')).toContainText('Daftar periksa dikosongkan');
  await expect(form.getByRole('checkbox', { name: firstItem })).not.toBeChecked();
  await expect(form.getByLabel('Tanggal')).toHaveValue('');
  await page.reload();
  await expect(form.getByRole('checkbox', { name: firstItem })).not.toBeChecked();
  await expect(form.getByRole('textbox', { name: new RegExp(`Catatan untuk “${firstItem}`) })).toHaveValue('');
  await expect(form.getByLabel('Diisi oleh')).toHaveValue('');
  expect((await stored(page)).data.checklists['jam-pertama']).toBeUndefined();
  watch.expectClean();
});

test('resetting one checklist leaves the others alone', async ({ page }) => {
  await page.goto('/daftar-periksa/24-jam-pertama/');
  await page.getByRole('checkbox', { name: 'Buka layanan informasi bagi keluarga narapidana dan tahanan.' }).check();
  await page.goto('/daftar-periksa/jam-pertama/');
  await sheet(page).getByRole('checkbox', { name: firstItem }).check();
  await sheet(page).getByRole('button', { name: 'Kosongkan daftar ini…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ya, kosongkan' }).click();
  await page.goto('/daftar-periksa/24-jam-pertama/');
  await expect(page.getByRole('checkbox', { name: 'Buka layanan informasi bagi keluarga narapidana dan tahanan.' })).toBeChecked();
});

test('on paper: empty boxes and lines, ticks and notes from the screen, the organisation and the date, no web address', async ({
  page,
}) => {
  await page.goto('/data-saya/');
  await page.getByLabel('Nama unit').fill('Lapas Kelas IIA Telaga Bening (fiktif)');
  await page.goto('/daftar-periksa/jam-pertama/');
  const form = sheet(page);
  await form.getByRole('checkbox', { name: firstItem }).check();
  await form.getByRole('textbox', { name: new RegExp(`Catatan untuk “${firstItem}`) }).fill('Regu jaga B');
  await form.getByLabel('Tanggal').fill('2026-03-12');
  await page.emulateMedia({ media: 'print' });

  const ticked = form.locator('.sk-check').filter({ hasText: firstItem });
  const unticked = form.locator('.sk-check').filter({ hasText: secondItem });
  await expect(ticked.locator('.sk-check__box')).toBeVisible();
  await expect(ticked.locator('input[type="checkbox"]')).toBeHidden();
  const boxMark = (row: typeof ticked) => row.locator('.sk-check__box').evaluate((box) => getComputedStyle(box, '::after').content);
  expect(await boxMark(ticked)).toBe('"✓"');
  expect(await boxMark(unticked)).toBe('none');
  await expect(ticked.locator('[data-note-print]')).toHaveText('Regu jaga B');
  await expect(unticked.locator('.sk-paper-line')).toHaveCount(2);
  await expect(form.locator('[data-session-print="date"]')).toHaveText('12 Maret 2026');
  await expect(form.locator('[data-profile-unit]')).toHaveText('Lapas Kelas IIA Telaga Bening (fiktif)');
  await expect(form.locator('[data-printed-on]')).toHaveText(/\d{4}$/);
  await expect(page.locator('.sk-print-org')).toBeVisible();
  // A unit's own printout carries no web address (issue 21); pages to read still say where they were printed from.
  await expect(page.locator('.sk-print-source')).toHaveCount(0);
  for (const hidden of ['input[data-note]', 'input[data-session]', 'progress', '[data-action="reset"]']) {
    await expect(form.locator(hidden).first()).toBeHidden();
  }

  const pdf = await printToPdf(page, test.info().outputPath('jam-pertama-tercentang.pdf'));
  expect(pdf.pages).toBeLessThanOrEqual(2);
  const text = pdf.textByPage.join(' ');
  expect(text).toContain('✓');
  expect(text).toContain('Regu jaga B');
  expect(text).toContain('12 Maret 2026');
});

for (const { id, title } of checklists) {
  test(`“${title}” prints on one or two A4 pages with its title`, async ({ page }) => {
    await page.goto(`/daftar-periksa/${id}/`);
    await exercisesStarted(page);
    const pdf = await printToPdf(page, test.info().outputPath(`${id}.pdf`));
    expect(pdf.pages).toBeGreaterThanOrEqual(1);
    expect(pdf.pages).toBeLessThanOrEqual(2);
    expect(pdf.textByPage[0]).toContain(title);
    expect(pdf.textByPage.join(' ')).not.toContain(`/daftar-periksa/${id}/`);
    expect(pdf.textByPage[0]).toContain(`Halaman 1 dari ${pdf.pages}`);
  });
}

test('“print all” makes one booklet: a contents page, then every checklist starting on its own page', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/daftar-periksa/jam-pertama/');
  await sheet(page).getByRole('checkbox', { name: firstItem }).check();
  await page.goto('/daftar-periksa/cetak-semua/');
  await exercisesStarted(page);
  // The booklet shows, read-only, what was ticked on the checklist's own page.
  await expect(sheet(page).locator('[data-item-id="keselamatan-ditangani"]')).toHaveAttribute('data-checked', '');
  await expect(sheet(page).locator('[data-item-id="lembar-fakta"]')).not.toHaveAttribute('data-checked', '');
  await expect(page.getByRole('button', { name: 'Cetak semua daftar periksa' })).toBeEnabled();
  const pdf = await printToPdf(page, test.info().outputPath('buku-daftar-periksa.pdf'));
  expect(pdf.pages).toBeGreaterThanOrEqual(checklists.length + 1);
  expect(pdf.pages).toBeLessThanOrEqual(2 * checklists.length + 1);
  expect(pdf.textByPage.join(' ')).toContain('✓');
  let previousPage = 0;
  for (const { title } of checklists) {
    // Titles also appear in the contents on the first page: look from the second page on, in booklet order.
    const at = pdf.textByPage.findIndex((text, index) => index > previousPage && text.trimStart().includes(title));
    expect(at, `“${title}” dimulai pada halaman baru setelah halaman ${previousPage + 1}`).toBeGreaterThan(previousPage);
    previousPage = at;
  }
});

test('the first-hour checklist embedded in the module shares its ticks with the checklist page and the index', async ({ page }) => {
  await page.goto('/modul/jam-pertama/');
  const embedded = sheet(page);
  await embedded.scrollIntoViewIfNeeded();
  await expect(embedded.getByRole('heading', { name: 'Daftar periksa jam pertama krisis' })).toBeVisible();
  await embedded.getByRole('checkbox', { name: firstItem }).check();
  await page.goto('/daftar-periksa/jam-pertama/');
  await expect(sheet(page).getByRole('checkbox', { name: firstItem })).toBeChecked();
  await page.goto('/daftar-periksa/');
  await expect(page.locator('[data-progress-for="jam-pertama"]')).toHaveText('1 dari 12 butir dicentang di peramban ini.');
  await expect(page.locator('[data-progress-for="siaran-pers"]')).toContainText('belum diisi');
  for (const { id, title } of checklists)
    await expect(page.getByRole('link', { name: title, exact: true })).toHaveAttribute('href', `/daftar-periksa/${id}/`);
});

test('the checklists appear on “Data saya” and in its export', async ({ page }) => {
  await page.goto('/daftar-periksa/siaran-pers/');
  await page.getByRole('checkbox', { name: 'Teras menjawab apa, siapa, kapan' }).check();
  await page.goto('/data-saya/');
  const row = page.locator(`[data-items] tr[data-key="${KEY}"]`);
  await expect(row).toContainText('Daftar periksa');
  await expect(row).toContainText('1 daftar periksa diisi');
  const download = exportAllData(page);
  const file = JSON.parse(await readFile(await (await download).path(), 'utf8'));
  expect(file.documents[KEY].data.checklists['siaran-pers'].checked).toEqual(['teras-5w1h']);
});
