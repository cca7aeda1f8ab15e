import { chromium } from '@playwright/test';
const path = process.argv[2];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const agg = new Map();
for (let r = 0; r < 3; r++) {
const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 }); await cdp.send('Profiler.start');
await page.goto(`http://127.0.0.1:4329${path}`, { waitUntil: 'networkidle' });
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
profile.samples.forEach((id, i) => { const n = byId.get(id); const k = n.callFrame.url.split('/').pop() || n.callFrame.functionName; agg.set(k, (agg.get(k) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000 / 3); });
await page.close();
}
console.log([...agg].sort((a, b) => b[1] - a[1]).slice(0, 14).map(([k, v]) => `${v.toFixed(1)}ms ${k}`).join('\n'));
await browser.close();
