import { expect, test } from '@playwright/test';
import { builtPages, exercisesStarted } from './support';

test.use({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });

const exercisePage = (path: string) => !/^\/(modul|rujukan)\//.test(path) && !['/', '/privasi-data/'].includes(path);

for (const path of builtPages()) {
  test(`${path} has no horizontal scrolling at 360 px`, async ({ page }) => {
    await page.goto(path);
    await exercisesStarted(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  if (exercisePage(path)) {
    test(`${path} has controls large enough to tap`, async ({ page }) => {
      await page.goto(path);
      await exercisesStarted(page);
      // Buttons, fields and choice labels in the page's content, as laid out on a phone (WCAG 2.5.8 asks 24 px; we aim at 40).
      const small = await page.evaluate(() => {
        const tooSmall: string[] = [];
        const controls = document.querySelectorAll<HTMLElement>(
          'main button, main input:not([type=checkbox]):not([type=radio]):not([type=hidden]), main select, main textarea, main label:has(> input[type=checkbox]), main label:has(> input[type=radio]), main a.sk-button',
        );
        for (const control of controls) {
          const box = control.getBoundingClientRect();
          if (box.width === 0 || box.height === 0 || getComputedStyle(control).visibility === 'hidden') continue;
          if (box.height < 40)
            tooSmall.push(
              `${control.tagName.toLowerCase()} “${(control.textContent || control.getAttribute('aria-label') || control.getAttribute('name') || '').trim().slice(0, 40)}” ${Math.round(box.height)} px`,
            );
        }
        return tooSmall;
      });
      expect(small).toEqual([]);
    });
  }
}
