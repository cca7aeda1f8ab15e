import { expect, test, type Page } from '@playwright/test';

// WCAG 2.4.11 Focus Not Obscured (and 1.4.10 Reflow at 400 % zoom): every control that receives focus, by Tab and by
// Shift+Tab, has its centre on screen and not under a fixed or sticky element (the site header, the clock bar).
const SIZES = [
  { width: 1280, height: 900 },
  { width: 320, height: 256 },
];

/** Where the focused element is hidden, a description; undefined when it can be seen. */
async function obscured(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return undefined;
    // A link that wraps over two lines: its first line box, not the rectangle around both.
    const box = element.getClientRects()[0] ?? element.getBoundingClientRect();
    if (box.width <= 1 || box.height <= 1) return undefined; // visually hidden until focused, e.g. nothing to obscure
    const x = Math.min(Math.max(box.left + box.width / 2, 0), innerWidth - 1);
    const y = Math.min(Math.max(box.top + Math.min(box.height / 2, 12), 0), innerHeight - 1);
    const name = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} “${(element.textContent || element.getAttribute('aria-label') || (element as HTMLInputElement).value || '').trim().slice(0, 40)}”`;
    if (box.bottom < 0 || box.top > innerHeight) return `${name} is off screen (top ${Math.round(box.top)})`;
    const top = document.elementFromPoint(x, y);
    if (!top || top === element || element.contains(top) || top.contains(element)) return undefined;
    let cover: Element | null = top;
    while (cover && !['fixed', 'sticky'].includes(getComputedStyle(cover).position)) cover = cover.parentElement;
    return `${name} is under ${cover ? `${cover.tagName.toLowerCase()}.${[...cover.classList].join('.')}` : top.tagName.toLowerCase()}`;
  });
}

async function probe(page: Page, stops: number) {
  const problems = new Set<string>();
  for (const key of ['Tab', 'Shift+Tab']) {
    await page
      .locator('main')
      .first()
      .click({ position: { x: 1, y: 1 } })
      .catch(() => undefined);
    for (let i = 0; i < stops; i++) {
      await page.keyboard.press(key);
      const problem = await obscured(page);
      if (problem) problems.add(`${key}: ${problem}`);
    }
  }
  return [...problems];
}

for (const size of SIZES) {
  test(`simulation player at ${size.width} × ${size.height}: no focused control is hidden`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize(size);
    await page.goto('/latihan/simulasi/kebakaran-blok-hunian/');
    // At 400 % zoom the exercise is below the fold: reaching it (a scroll) starts it, as for a reader.
    await page.getByRole('button', { name: 'Mulai simulasi' }).scrollIntoViewIfNeeded();
    await page.getByRole('button', { name: 'Mulai simulasi' }).click();
    await page.getByRole('button', { name: 'Jeda' }).click();
    await expect(page.locator('[data-task="asap-blok-b"]')).toBeVisible();
    expect(await probe(page, 70)).toEqual([]);
  });

  test(`facilitator at ${size.width} × ${size.height}: no focused control is hidden`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize(size);
    await page.goto('/latihan/simulasi/kebakaran-blok-hunian/fasilitator/');
    await page.getByRole('button', { name: 'Mulai sesi' }).click();
    await expect(page.locator('[data-stage]')).toBeVisible();
    expect(await probe(page, 70)).toEqual([]);
  });
}
