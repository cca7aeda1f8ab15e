import { chromium } from '@playwright/test';
const path = process.argv[2]; const target = process.argv[3];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const agg = new Map();
for (let r = 0; r < 3; r++) {
const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 }); await cdp.send('Profiler.start');
await page.goto(`http://127.0.0.1:4329${path}`, { waitUntil: 'networkidle' });
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
profile.samples.forEach((id, i) => { const n = byId.get(id); const name = n.callFrame.url.split('/').pop() || n.callFrame.functionName; if (name !== target && n.callFrame.functionName !== target) return;
  const chain = []; let p = parent.get(id); while (p && chain.length < 4) { const pn = byId.get(p); chain.push(`${pn.callFrame.functionName||'anon'}@${pn.callFrame.url.split('/').pop()}:${pn.callFrame.lineNumber}:${pn.callFrame.columnNumber}`); p = parent.get(p); }
  const k = chain.join(' < '); agg.set(k, (agg.get(k) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000 / 3); });
await page.close();
}
console.log([...agg].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `${v.toFixed(1)}ms ${k}`).join('\n'));
await browser.close();
