// Screenshots for looking at pages as a user would: node tests/shoot.mjs /path/ [more paths]
// Writes reports/shots/<name>-phone.png, -desktop.png and -print.pdf. Needs the server of tests/serve-dist.mjs on 4329.
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const paths = process.argv.slice(2);
mkdirSync('reports/shots', { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--disable-background-networking'],
});
for (const path of paths) {
  const name = path.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home';
  for (const [kind, viewport] of [
    ['phone', { width: 360, height: 780 }],
    ['desktop', { width: 1280, height: 900 }],
  ]) {
    const page = await browser.newPage({ viewport, locale: 'id-ID' });
    await page.goto(`http://127.0.0.1:${process.env.E2E_PORT ?? 4329}${path}`, { waitUntil: 'networkidle' });
    await page.screenshot({ path: `reports/shots/${name}-${kind}.png`, fullPage: process.env.FULL === '1' });
    if (kind === 'desktop')
      await page.pdf({ path: `reports/shots/${name}-print.pdf`, format: 'A4', printBackground: true, preferCSSPageSize: true });
    await page.close();
  }
}
await browser.close();
