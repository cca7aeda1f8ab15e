import { expect, test } from '@playwright/test';
import { watchPage } from './support';

// The plan page is the longest form of the site (about two hundred fields). These checks keep the work it does at
// start small: a bounded number of elements, the printed version built only for printing, closed sections kept in
// templates until opened and then drawn with the stored plan, never with stale values.
const PLAN = '/latihan/rencana-komunikasi/';
const KEY = 'siaga-krisis:rencana-komunikasi';

/** Elements in the page once it has settled (Lighthouse counts the same; it warns above 800 and 1,400). */
const DOM_BUDGET = 800;

test('the page settles under its element budget, and builds the printed version only for printing', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto(PLAN);
  await expect(page.locator('[data-action="new-plan"]')).toBeEnabled();
  // Closed sections stay in their templates: neither laid out nor read by autofill until opened.
  await expect(page.locator('#bagian-jam-pertama [data-field]')).toHaveCount(0);
  const elements = await page.evaluate(() => document.querySelectorAll('*').length);
  expect(elements).toBeLessThanOrEqual(DOM_BUDGET);
  // Error messages are made when a field has one, not kept empty for every field.
  await expect(page.locator('.plan-field > [data-error]')).toHaveCount(0);
  await expect(page.locator('[data-paper] *')).toHaveCount(0);

  await page.locator('#bagian-identitas').getByLabel('Nama unit').fill('Bapas Kelas I Tanjung Pelita (fiktif)');
  await expect(page.locator('[data-paper] *')).toHaveCount(0);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-paper] .paper-cover')).toContainText('Bapas Kelas I Tanjung Pelita (fiktif)');
  await page.emulateMedia({ media: 'screen' });
  // Opened, a closed section gets its content, linked to the plan and ready to type in.
  await page
    .locator('#bagian-jam-pertama')
    .getByRole('button', { name: /Protokol jam pertama/ })
    .click();
  const lastStep = page.locator('#bagian-jam-pertama [data-row="firstHour.5"]');
  await expect(lastStep).toHaveCount(1);
  await expect(lastStep.locator('[data-field]').first()).toBeEnabled();
  await expect(lastStep.locator('[data-field]').first()).toHaveAttribute('data-path', /^firstHour\.5\./);
  watch.expectClean();
});

// The race behind a once-flaky run of the test above: print was asked for while the printed version's code was still
// on its way (it is fetched after start-up), and the page then drew nothing. Its arrival is held here until after the
// switch to print, so the order that failed is the order tested.
test('a print asked for before the printed version’s code arrived is drawn when it arrives', async ({ page }) => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let asked!: () => void;
  const requested = new Promise<void>((resolve) => (asked = resolve));
  await page.route(/\/plan-paper\.[\w-]+\.js$/, async (route) => {
    asked();
    await held;
    await route.continue();
  });
  await page.goto(PLAN);
  await expect(page.locator('[data-action="new-plan"]')).toBeEnabled();
  await page.locator('#bagian-identitas').getByLabel('Nama unit').fill('Bapas Kelas I Tanjung Pelita (fiktif)');
  await requested;
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-paper] *')).toHaveCount(0);
  release();
  await expect(page.locator('[data-paper] .paper-cover')).toContainText('Bapas Kelas I Tanjung Pelita (fiktif)');
});

test('a closed section opened at once shows the stored plan, not the template', async ({ page }) => {
  await page.goto(PLAN);
  await page.locator('#bagian-identitas').getByLabel('Nama unit').fill('Rutan Kelas IIB Rantau Sejuk (fiktif)');
  await expect(page.locator('[data-save-status]')).toContainText('Tersimpan otomatis');
  // A stored plan whose contact directory differs from the template's: one contact only.
  await page.evaluate((key) => {
    const stored = JSON.parse(localStorage.getItem(key)!);
    stored.data.plans[0].contacts = [
      { group: 'media', organisation: 'Radio Suara Pelita (fiktif)', person: '', phone: '0511 123 456', note: '' },
    ];
    localStorage.setItem(key, JSON.stringify(stored));
  }, KEY);
  // Opened from the link in the completeness list, as soon as the page can be used.
  await page.goto(`${PLAN}`);
  await page.locator('[data-meter="kontak"] a').click();
  const rows = page.locator('#bagian-kontak [data-row]');
  await expect(rows).toHaveCount(1);
  await expect(rows.first().getByLabel('Instansi atau media')).toHaveValue('Radio Suara Pelita (fiktif)');
  await expect(rows.first().getByLabel('Kelompok')).toHaveValue('media');
  await expect(rows.first().locator('legend')).toHaveText('Radio Suara Pelita (fiktif)');
});

test('the page arrives with only the first section open; a link to a section opens that one', async ({ page }) => {
  // Sent closed in the HTML, so a phone lays out one section, not ten, before any script runs.
  const response = await page.request.get(PLAN);
  const html = await response.text();
  expect(html.match(/class="plan-section__body[^"]*"[^>]*hidden/g)?.length).toBe(9);

  await page.goto(`${PLAN}#bagian-kontak`);
  await expect(page.locator('#bagian-kontak .plan-section__body')).toBeVisible();
  await expect(page.locator('#bagian-kontak [data-action="toggle-section"]')).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('#bagian-identitas .plan-section__body')).toBeHidden();
  await expect(page.locator('#bagian-identitas [data-action="toggle-section"]')).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('#bagian-kontak').getByRole('button', { name: 'Tambah kontak' })).toBeEnabled();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page says what needs JavaScript and still shows the ten sections and the first one', async ({ page }) => {
    await page.goto(PLAN);
    // (Playwright's text search skips <noscript>, so the notice is found by its class.)
    const notice = page.locator('plan-builder .sk-notice[data-tone="warn"]');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('Penyusun rencana memerlukan JavaScript');
    await expect(page.locator('[data-completeness] a')).toHaveCount(10);
    await expect(page.locator('#bagian-identitas').getByLabel('Nama unit')).toBeVisible();
  });
});

test('a section drawn later shows what it still lacks, and keeps it current as the user types', async ({ page }) => {
  await page.goto(PLAN);
  const evaluation = page.locator('#bagian-evaluasi');
  await evaluation.getByRole('button', { name: /Evaluasi/ }).click();
  await expect(evaluation.locator('[data-section-summary]')).toContainText('hal belum diisi');
  await expect(evaluation.locator('[data-section-missing]')).toContainText('pemimpin evaluasi');
  await evaluation.getByLabel('Pemimpin evaluasi (peran)').fill('Kepala Subbagian Tata Usaha');
  await expect(evaluation.locator('[data-section-missing]')).not.toContainText('pemimpin evaluasi');
  await expect(page.locator('[data-meter="evaluasi"] [data-meter-text]')).not.toHaveText('—');
});
