import { chromium } from '@playwright/test';
const path = process.argv[2];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await page.addInitScript(() => {
  window.__long = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push([Math.round(e.startTime), Math.round(e.duration), e.name]); }).observe({ type: 'long-animation-frame', buffered: true });
});
await cdp.send('Profiler.enable'); await cdp.send('Profiler.start');
await page.goto(`http://127.0.0.1:4329${path}`, { waitUntil: 'networkidle' });
await page.waitForTimeout(1500);
const { profile } = await cdp.send('Profiler.stop');
const loaf = await page.evaluate(() => performance.getEntriesByType('long-animation-frame').map((e) => ({ start: Math.round(e.startTime), dur: Math.round(e.duration), block: Math.round(e.blockingDuration), style: Math.round(e.styleAndLayoutStartTime ? e.startTime + e.duration - e.styleAndLayoutStartTime : 0), scripts: e.scripts.map((s) => `${s.sourceURL.split('/').pop()}:${s.sourceFunctionName}:${Math.round(s.duration)}ms`) })));
console.log(JSON.stringify(loaf, null, 1));
// self time per function (top 15)
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas; 
profile.samples.forEach((id, i) => { const n = byId.get(id); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0) / 1000); });
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([k, v]) => `${v.toFixed(1)}ms ${k}`).join('\n'));
await browser.close();
