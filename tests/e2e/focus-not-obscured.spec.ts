import { expect, test } from '@playwright/test';
import { coveredFocusStops, exercisePagesExceptSimulations } from './support';

// Every exercise page except the simulations (their own spec runs the probe on them): Tab and Shift+Tab through the
// whole page, on a desktop and at 400 % zoom (1280 px / 4 = 320 × 256), and no stop may be covered, even partly, by a
// fixed or sticky element (WCAG 2.4.11 asks that it is not entirely hidden; we ask more).
const exercisePages = exercisePagesExceptSimulations();

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 320, height: 256 },
]) {
  test.describe(`at ${viewport.width} × ${viewport.height}`, () => {
    test.use({ viewport });
    for (const path of exercisePages) {
      test(`${path}: no focus stop is covered by a fixed or sticky element`, async ({ page }) => {
        test.slow();
        await page.goto(path, { waitUntil: 'networkidle' });
        const covered = await coveredFocusStops(page);
        expect(covered.map((c) => `${c.focused} under ${c.coveredBy} (${Math.round(c.share * 100)} %)`)).toEqual([]);
      });
    }
  });
}
