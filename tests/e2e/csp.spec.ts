import { expect, test } from '@playwright/test';
import { at, builtPages } from './support';

// Every page carries a Content-Security-Policy (Astro's security.csp plus the hashes added by
// src/integrations/csp-inline-hashes.ts) and nothing on it breaks that policy.
for (const path of builtPages()) {
  test(`page ${path} loads with no CSP violation`, async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { cspViolations: string[] }).cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { cspViolations: string[] }).cspViolations.push(
          `${event.violatedDirective}: ${event.blockedURI} ${event.sample}`,
        );
      });
    });
    await page.goto(at(path));
    // The policy covers only what comes after it: it is the first thing in <head> (after <meta charset>), before
    // Starlight's inline theme script and everything else.
    const head = await page.evaluate(() => [...document.head.children].map((e) => e.outerHTML.slice(0, 60)));
    expect(head[0]).toMatch(/^<meta charset=/);
    expect(head[1]).toMatch(/^<meta http-equiv="content-security-policy"/);
    expect(head.filter((tag) => tag.includes('content-security-policy'))).toHaveLength(1);
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain("'unsafe-inline'");
    // Open search so Pagefind's WebAssembly runs under the policy too.
    const search = page.getByRole('button', { name: 'Cari' }).first();
    if (await search.isVisible()) {
      await search.click();
      await page.locator('.pagefind-ui__search-input').fill('krisis');
      await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 10_000 });
    }
    const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
    expect(violations).toEqual([]);
  });
}

test('reading and validating saved data causes no CSP violation (zod runs without eval)', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { cspViolations: string[] }).cspViolations.push(`${event.violatedDirective}: ${event.blockedURI}`);
    });
  });
  await page.goto(at('/data-saya/'));
  await page.getByLabel('Nama unit').fill('Bapas Kelas I Tanjung Pelita (fiktif)');
  await page.reload();
  await expect(page.getByLabel('Nama unit')).toHaveValue('Bapas Kelas I Tanjung Pelita (fiktif)');
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
});
