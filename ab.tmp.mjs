import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const path = process.argv[2];
const css = process.argv[3] ?? '';
const block = process.argv[4] === 'block';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const totals = { A: [], B: [] };
for (let i = 0; i < 5; i++) for (const v of ['A', 'B']) {
  const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
  if (v === 'B' && css) await page.route('**/*.html', (r) => r.continue()).catch(() => {});
  if (v === 'B' && css) await page.addInitScript((c) => { document.addEventListener('readystatechange', () => {}, { once: true }); const s = document.createElement('style'); s.textContent = c; (document.head ?? document.documentElement).append(s); }, css);
  if (v === 'B' && block) await page.route(/Checklist|Quiz|ModuleProgress/, (r) => r.abort());
  await browser.startTracing(page, { path: '/tmp/ab.json', categories: ['devtools.timeline'] });
  await page.goto(`http://127.0.0.1:4329${path}`, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500);
  await browser.stopTracing();
  const ev = JSON.parse(readFileSync('/tmp/ab.json', 'utf8')).traceEvents;
  const tid = ev.find((e) => e.name === 'ParseHTML')?.tid;
  const sum = (n) => ev.filter((e) => e.tid === tid && e.name === n && e.ph === 'X').reduce((a, e) => a + e.dur / 1000, 0);
  const tasks = ev.filter((e) => e.tid === tid && e.name === 'RunTask');
  const tbt = tasks.reduce((a, e) => a + Math.max(0, e.dur / 1000 * 4 - 50), 0);
  totals[v].push({ layout: sum('Layout'), style: sum('UpdateLayoutTree'), script: sum('FunctionCall') + sum('EvaluateScript') + sum('v8.evaluateModule'), tbt4x: tbt });
  await page.close();
}
await browser.close();
const med = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
for (const v of ['A', 'B']) console.log(v, ['layout', 'style', 'script', 'tbt4x'].map((k) => `${k} ${med(totals[v].map((t) => t[k])).toFixed(1)}`).join(' · '));
