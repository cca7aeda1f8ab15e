import { chromium } from '@playwright/test';
const [path, blockPattern] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const res = { A: [], B: [] };
for (let i = 0; i < 6; i++) for (const v of ['A', 'B']) {
  const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  if (v === 'B') await page.route(new RegExp(blockPattern), (r) => r.abort());
  await page.addInitScript(() => { window.__tbt = 0; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__tbt += Math.max(0, e.duration - 50); }).observe({ type: 'longtask', buffered: true }); });
  await page.goto(`http://127.0.0.1:4329${path}`, { waitUntil: 'networkidle' });
  await page.waitForTimeout(2000);
  res[v].push(await page.evaluate(() => window.__tbt));
  await page.close();
}
await browser.close();
const med = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
console.log(path, 'blocking (4x CPU) median: all scripts', Math.round(med(res.A)), 'ms; without', blockPattern, Math.round(med(res.B)), 'ms', JSON.stringify(res));
