// Lighthouse benchmark: mobile form factor with Lighthouse's default (simulated) throttling, median of 3 runs per
// page, in Debian's Chromium. `npm run lighthouse` builds nothing: run `npm run build` first. Writes reports/lighthouse.json.
// A benchmark, not a test: scores vary a little between machines, so nothing here fails the test suite.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const port = 4390;
const runs = Number(process.env.LH_RUNS ?? 3);
const pages = process.argv.slice(2).length
  ? process.argv.slice(2)
  : [
      // The home page, two modules (one embeds a checklist, one a drill) and one page of every exercise.
      '/',
      '/modul/jam-pertama/',
      '/modul/siaran-pers/',
      '/kemajuan/',
      '/data-saya/',
      '/latihan/self-asesmen/',
      '/latihan/peta-risiko/',
      '/latihan/triase-insiden/',
      '/latihan/rencana-komunikasi/',
      '/latihan/siaran-pers/',
      '/latihan/siaran-pers/pernyataan-awal-kebakaran-dapur/',
      '/latihan/simulasi/kebakaran-blok-hunian/',
      '/latihan/simulasi/kebakaran-blok-hunian/fasilitator/',
      '/latihan/simulasi/rekap/',
      '/daftar-periksa/jam-pertama/',
      '/pendampingan/kirim/',
      '/pendampingan/rekap/',
      ...(process.env.LH_PAGES?.split(',') ?? []),
    ];

const server = spawn(process.execPath, [join(root, 'tests/serve-dist.mjs'), String(port)], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 500));
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const results = [];
try {
  for (const path of pages) {
    const samples = [];
    for (let i = 0, failures = 0; i < runs; i++) {
      const { lhr } = await lighthouse(`http://127.0.0.1:${port}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
      // A run Lighthouse could not complete (its runtimeError says why) is repeated, up to three times per page.
      if (lhr.runtimeError) {
        console.warn(`${path}: run ${i + 1} failed (${lhr.runtimeError.code}); repeating it`);
        if (++failures > 3) throw new Error(`${path}: Lighthouse failed ${failures} times`);
        i--;
        continue;
      }
      samples.push({
        performance: Math.round(lhr.categories.performance.score * 100),
        accessibility: Math.round(lhr.categories.accessibility.score * 100),
        bestPractices: Math.round(lhr.categories['best-practices'].score * 100),
        seo: Math.round(lhr.categories.seo.score * 100),
        lcp: lhr.audits['largest-contentful-paint'].numericValue,
        tbt: lhr.audits['total-blocking-time'].numericValue,
        cls: lhr.audits['cumulative-layout-shift'].numericValue,
        failing: Object.values(lhr.audits)
          .filter(
            (a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable',
          )
          .map((a) => a.id),
      });
    }
    const row = { path, runs };
    for (const key of ['performance', 'accessibility', 'bestPractices', 'seo', 'lcp', 'tbt', 'cls'])
      row[key] = median(samples.map((s) => s[key]));
    row.failing = [...new Set(samples.flatMap((s) => s.failing))];
    results.push(row);
    console.log(
      `${path.padEnd(34)} perf ${row.performance} · a11y ${row.accessibility} · best ${row.bestPractices} · SEO ${row.seo} · LCP ${(row.lcp / 1000).toFixed(2)} s · TBT ${Math.round(row.tbt)} ms · CLS ${row.cls.toFixed(3)}${row.failing.length ? ` · below 0.9: ${row.failing.join(', ')}` : ''}`,
    );
  }
} finally {
  chrome.kill();
  server.kill();
}
mkdirSync(join(root, 'reports'), { recursive: true });
writeFileSync(join(root, 'reports/lighthouse.json'), JSON.stringify(results, null, 2));
