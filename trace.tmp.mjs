import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const path = process.argv[2];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
await browser.startTracing(page, { path: '/tmp/trace.json', categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink'] });
await page.goto(`http://127.0.0.1:4329${path}`, { waitUntil: 'networkidle' });
await page.waitForTimeout(1000);
await browser.stopTracing();
await browser.close();
const events = JSON.parse(readFileSync('/tmp/trace.json', 'utf8')).traceEvents;
const main = events.filter((e) => e.name === 'RunTask' && e.dur > 0);
// main renderer thread: the thread with the most ParseHTML
const tid = events.find((e) => e.name === 'ParseHTML')?.tid;
const tasks = main.filter((e) => e.tid === tid).sort((a, b) => b.dur - a.dur).slice(0, 8);
for (const t of tasks) {
  const inside = events.filter((e) => e.tid === tid && e.ph === 'X' && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e !== t && e.dur > 1000);
  const sums = {};
  for (const e of inside) sums[e.name] = (sums[e.name] ?? 0) + e.dur / 1000;
  console.log(`task ${(t.dur / 1000).toFixed(1)} ms:`, Object.entries(sums).sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', '));
}
