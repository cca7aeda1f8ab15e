import { expect, test, type Page } from '@playwright/test';
import { watchPage } from './support';

// An element taken out of the page and put back (a framework moving it, a script re-ordering sections) starts again
// once: its handlers are not doubled. Before the client kit, a reconnected plan builder saved twice per keystroke.

/** The stored plan document's revision: every save adds one (README, "How the user's data is kept"). */
const revision = (page: Page) =>
  page.evaluate(() => Number(JSON.parse(localStorage.getItem('siaga-krisis:rencana-komunikasi') ?? '{"rev":0}').rev));

/** Takes the element out of the page and puts it back where it was, `times` times. */
async function reconnect(page: Page, selector: string, times = 1) {
  await page.evaluate(
    ([css, n]) => {
      const element = document.querySelector(css as string)!;
      const parent = element.parentNode!;
      const next = element.nextSibling;
      for (let i = 0; i < (n as number); i++) {
        element.remove();
        parent.insertBefore(element, next);
      }
    },
    [selector, times] as const,
  );
}

test('a reconnected plan builder saves once per keystroke, as before it was moved', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto('/latihan/rencana-komunikasi/');
  const unitName = page.locator('#bagian-identitas').getByLabel('Nama unit');
  await expect(page.locator('[data-plan-select]')).toBeEnabled();

  // The first keystroke stores the new plan; the next four are saves of it.
  await unitName.pressSequentially('Lapas');
  await expect(unitName).toHaveValue('Lapas');
  await expect.poll(() => revision(page)).toBeGreaterThan(0);
  const before = await revision(page);
  await unitName.pressSequentially(' II');
  await expect(unitName).toHaveValue('Lapas II');
  const perThreeKeys = (await revision(page)) - before;
  expect(perThreeKeys).toBe(3);

  await reconnect(page, 'plan-builder', 2);
  // The second start-up runs in later tasks; its last step enables the controls again.
  await expect(page.locator('[data-plan-select]')).toBeEnabled();
  const afterReconnect = await revision(page);
  // Taking the element out blurred the field: the caret goes back to the end before typing on.
  await unitName.focus();
  await unitName.press('End');
  await unitName.pressSequentially(' Baru');
  await expect(unitName).toHaveValue('Lapas II Baru');
  // The plan saves in the input event itself, so a doubled handler would already have saved twice per key.
  expect((await revision(page)) - afterReconnect).toBe(5);

  await page.reload();
  await expect(page.locator('#bagian-identitas').getByLabel('Nama unit')).toHaveValue('Lapas II Baru');
  watch.expectClean();
});

test('a reconnected checklist opens its confirm dialog once (a second showModal would throw) and resets', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto('/daftar-periksa/jam-pertama/');
  const first = page.locator('checklist-form input[type="checkbox"][data-item]').first();
  await expect(first).toBeEnabled();
  await reconnect(page, 'checklist-form', 2);
  await first.check();
  await expect(page.locator('checklist-form [data-progress]')).toContainText('1 dari');
  await page.locator('checklist-form [data-action="reset"]').click();
  const dialog = page.getByRole('dialog', { name: 'Kosongkan daftar periksa ini?' });
  await dialog.getByRole('button', { name: 'Ya, kosongkan' }).click();
  await expect(dialog).toBeHidden();
  await expect(first).not.toBeChecked();
  watch.expectClean();
});
