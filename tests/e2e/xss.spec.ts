import { expect, test, type Page } from '@playwright/test';
import { builtPages, exercisesStarted } from './support';

// What a user types or imports is always shown as text: a payload in every text field of every page must
// neither run nor become markup, now or after a reload (when stored values are rendered again).
const PAYLOAD = `<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>"'><svg onload=window.__xss=3>`;

async function noScriptRan(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(await page.locator('main img[src="x"], main svg[onload]').count()).toBe(0);
}

// Read-only fields (a summary to copy) are the page's own output, not something a user types into.
const TEXT_FIELDS = 'main input:is([type=text], [type=search], :not([type])):not([readonly]), main textarea:not([readonly])';

for (const path of builtPages()) {
  test(`${path}: a script typed into every text field shows as text`, async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    await page.goto(path);
    await exercisesStarted(page);
    // Fields the page shows before anything is typed: if they stay disabled, the exercise did not start.
    const shown = await page.locator(TEXT_FIELDS).filter({ visible: true }).count();
    const fields = page.locator(TEXT_FIELDS);
    let filled = 0;
    for (let i = 0; i < (await fields.count()); i++) {
      const field = fields.nth(i);
      // A field may hide once another is filled (a choice that changes the form); one that shows must take the text.
      if (!(await field.isVisible()) || !(await field.isEnabled())) continue;
      await field.fill(PAYLOAD);
      filled += 1;
    }
    expect(filled, 'text fields filled').toBeGreaterThanOrEqual(Math.min(shown, 1));
    if (shown > 0) expect(filled, 'every field shown at the start took the text').toBeGreaterThanOrEqual(shown);
    await noScriptRan(page);
    // Every exercise saves as the user types (the press-release drill also on leaving the page), so a reload shows
    // what was stored.
    await page.reload();
    await exercisesStarted(page);
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
    documents: {
      'siaga-krisis:profil': {
        version: 1,
        savedAt: '2026-11-29T00:00:00.000Z',
        data: { unitName: PAYLOAD, unitType: 'Lapas', personName: PAYLOAD, position: '' },
      },
    },
  };
  await page
    .getByLabel(/Impor dari berkas/)
    .setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.locator('[data-import-list]')).toContainText('<img src=x');
  await page.getByRole('button', { name: 'Impor sekarang' }).click();
  await expect(page.getByLabel('Nama unit')).toHaveValue(PAYLOAD);
  await noScriptRan(page);
  await page.goto('/kemajuan/');
  await expect(page.locator('[data-profile="personName"]').first()).toHaveText(PAYLOAD);
  await noScriptRan(page);
});
