import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { watchPage } from './support';

// "Ambil dari peta risiko": the plan's scenarios section offers the top risks of the user's crisis-risk map.
test.describe.configure({ timeout: 60_000 });

const PLAN = '/latihan/rencana-komunikasi/';
const KEY = 'siaga-krisis:rencana-komunikasi';
const scenarios = (page: Page) => page.locator('#bagian-skenario');
const offer = (page: Page) => page.locator('risk-scenario-offer');

async function openScenarios(page: Page) {
  const toggle = scenarios(page).getByRole('heading').getByRole('button');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
}

async function rate(page: Page, typeId: string, likelihood: string, impact: string) {
  const row = page.locator(`fieldset[data-type="${typeId}"]`);
  await row.getByLabel('Kemungkinan').selectOption(likelihood);
  await row.getByLabel('Dampak').selectOption(impact);
}

test('an empty risk map is said to be empty, with a link to fill it', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto(PLAN);
  await openScenarios(page);
  await expect(offer(page).locator('[data-offer-text]')).toContainText('Peta risiko Anda masih kosong');
  await expect(offer(page).getByRole('link', { name: 'peta risiko krisis' })).toHaveAttribute('href', '/latihan/peta-risiko/');
  await expect(offer(page).getByRole('button', { name: 'Tambahkan sebagai skenario' })).toBeHidden();
  watch.expectClean();
});

test('fill the risk map, take its top risks into the plan, reload, and they are still there, once', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto('/latihan/peta-risiko/');
  await rate(page, 'narkotika', '4', '4'); // 16
  await rate(page, 'pelarian', '2', '5'); // 10, impact 5
  await rate(page, 'kebakaran', '3', '3'); // 9
  await rate(page, 'hoaks-video-viral', '5', '2'); // 10, impact 2
  await expect(page.locator('[data-top] > li')).toHaveCount(4);

  await page.goto(PLAN);
  await expect(page.locator('[data-plan-select]')).toBeEnabled();
  // A scenario typed by hand with the name of a crisis type is not offered again.
  await openScenarios(page);
  const choices = offer(page).getByRole('group', { name: 'Risiko teratas pada peta risiko Anda' });
  await expect(choices.getByRole('checkbox')).toHaveCount(4);
  await page.locator('[data-row="scenarios.0"]').getByLabel('Jenis krisis').fill('Kebakaran');
  await expect(choices.getByRole('checkbox', { name: 'Kebakaran: skor 9 (sedang), sudah ada di rencana' })).toBeDisabled();
  // Highest first, ties broken by impact; the user leaves one out.
  await expect(choices.locator('label')).toHaveText([
    'Narkotika dari dalam unit: skor 16 (sangat tinggi)',
    'Pelarian: skor 10 (tinggi)',
    'Hoaks atau video viral: skor 10 (tinggi)',
    'Kebakaran: skor 9 (sedang), sudah ada di rencana',
  ]);
  for (const theme of ['light', 'dark']) {
    await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
    const results = await new AxeBuilder({ page })
      .include('risk-scenario-offer')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(results.violations.map((v) => `${theme}: ${v.id}`)).toEqual([]);
  }
  // Nothing is ticked until the user chooses: the button waits for a choice.
  await expect(choices.getByRole('checkbox', { checked: true })).toHaveCount(0);
  await expect(offer(page).getByRole('button', { name: 'Tambahkan sebagai skenario' })).toBeDisabled();
  await choices.getByRole('checkbox', { name: /^Narkotika/ }).check();
  await choices.getByRole('checkbox', { name: /^Pelarian/ }).check();
  await offer(page).getByRole('button', { name: 'Tambahkan sebagai skenario' }).click();
  await expect(offer(page).getByRole('status')).toHaveText('2 skenario ditambahkan: “Narkotika dari dalam unit”, “Pelarian”.');
  await expect(scenarios(page).locator('[data-row] > legend')).toHaveText([
    'Skenario 1: Kebakaran',
    'Skenario 2: Narkotika dari dalam unit',
    'Skenario 3: Pelarian',
  ]);

  await page.reload();
  await openScenarios(page);
  await expect(page.locator('[data-row="scenarios.1"]').getByLabel('Jenis krisis')).toHaveValue('Narkotika dari dalam unit');
  await expect(page.locator('[data-row="scenarios.2"]').getByLabel('Jenis krisis')).toHaveValue('Pelarian');
  const stored = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY))!);
  expect(stored.data.plans[0].scenarios.map((s: { typeId?: string; typeName: string }) => [s.typeId, s.typeName])).toEqual([
    [undefined, 'Kebakaran'],
    ['narkotika', 'Narkotika dari dalam unit'],
    ['pelarian', 'Pelarian'],
  ]);
  // Taking again adds only what is missing: the risks already in the plan are marked and cannot be ticked.
  await expect(choices.getByRole('checkbox', { checked: false, disabled: true })).toHaveCount(3);
  await expect(choices.getByRole('checkbox', { name: /^Hoaks/ })).not.toBeChecked();
  await choices.getByRole('checkbox', { name: /^Hoaks/ }).check();
  await offer(page).getByRole('button', { name: 'Tambahkan sebagai skenario' }).click();
  await expect(offer(page).getByRole('status')).toHaveText('1 skenario ditambahkan: “Hoaks atau video viral”.');
  await expect(offer(page).locator('[data-offer-text]')).toContainText('Semua risiko teratas');
  await expect(offer(page).getByRole('button', { name: 'Tambahkan sebagai skenario' })).toBeDisabled();
  await expect(scenarios(page).locator('[data-row]')).toHaveCount(4);
  watch.expectClean();
});
