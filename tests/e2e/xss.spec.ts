import { expect, test, type Page } from '@playwright/test';
import { builtPages } from './support';

// What a user types or imports is always shown as text: a payload in every text field of every page must
// neither run nor become markup, now or after a reload (when stored values are rendered again).
const PAYLOAD = `<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>"'><svg onload=window.__xss=3>`;

async function noScriptRan(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(await page.locator('main img[src="x"], main svg[onload]').count()).toBe(0);
}

/** Exercises embedded far down a page start when the reader first uses the page (load-when-near.ts): a key does that. */
async function startExercises(page: Page) {
  await page.keyboard.press('Shift');
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(100);
}

for (const path of builtPages()) {
  test(`${path}: a script typed into every text field shows as text`, async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    await startExercises(page);
    const fields = page.locator('main input:is([type=text], [type=search], :not([type])):visible:enabled, main textarea:visible:enabled');
    const count = await fields.count();
    for (let i = 0; i < count; i++) {
      await fields.nth(i).fill(PAYLOAD).catch(() => undefined); // a field may hide once another is filled
    }
    await page.waitForTimeout(600); // debounced autosaves
    await noScriptRan(page);
    await page.reload({ waitUntil: 'networkidle' });
    await startExercises(page);
    await noScriptRan(page);
    expect(dialogs).toBe(0);
  });
}

test('an imported file carrying a script shows it as text', async ({ page }) => {
  await page.goto('/data-saya/');
  const file = {
    app: 'siaga-krisis',
    kind: 'ekspor-data',
    formatVersion: 1,
    exportedAt: '2026-11-29T00:00:00.000Z',
    documents: { 'siaga-krisis:profil': { version: 1, savedAt: '2026-11-29T00:00:00.000Z', data: { unitName: PAYLOAD, unitType: 'Lapas', personName: PAYLOAD, position: '' } } },
  };
  await page.getByLabel(/Impor dari berkas/).setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.locator('[data-import-list]')).toContainText('<img src=x');
  await page.getByRole('button', { name: 'Impor sekarang' }).click();
  await expect(page.getByLabel('Nama unit')).toHaveValue(PAYLOAD);
  await noScriptRan(page);
  await page.goto('/kemajuan/');
  await expect(page.locator('[data-profile="personName"]').first()).toHaveText(PAYLOAD);
  await noScriptRan(page);
});
