import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

// Debian's Chromium (apt-get install chromium), or CHROME_PATH. Playwright never downloads a browser here.
const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  throw new Error(
    `Chromium tidak ditemukan di ${chromium}. Pasang dengan "apt-get install chromium" atau tetapkan CHROME_PATH ke berkas Chromium/Chrome.`,
  );
}

// E2E_PORT lets several checkouts run their suites at once on one machine.
const PORT = Number(process.env.E2E_PORT ?? 4329);

// The site-wide sweep runs a second time against a build published under a sub-path (npm run build:subpath writes
// dist-subpath/ with base /siaga-krisis/), served on its own port where nothing outside the base path exists.
// npm test always runs it (E2E_SUBPATH=1); otherwise it runs when that build is there.
const SUBPATH = '/siaga-krisis/';
const SUBPATH_PORT = PORT + 100;
const withSubpath = process.env.E2E_SUBPATH === '1' || existsSync('dist-subpath/index.html');
const SUBPATH_SPECS = ['site.spec.ts', 'csp.spec.ts', 'offline.spec.ts', 'subpath.spec.ts'];

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  // One retry on CI, where the suite shares a small machine: a test that fails twice still fails the run, and a test
  // that needed the retry is listed as "flaky" in the report, to be fixed rather than ignored.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    // Each test's fresh profile would otherwise precache the whole site; offline.spec.ts allows them.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: chromium,
      // No calls home: Chromium's background services would try to reach the network.
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined }, testIgnore: 'subpath.spec.ts' },
    ...(withSubpath
      ? [
          {
            name: 'subpath',
            testMatch: SUBPATH_SPECS,
            use: { ...devices['Desktop Chrome'], channel: undefined, baseURL: `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH}` },
          },
        ]
      : []),
  ],
  webServer: [
    {
      // Serves the production build (npm run build comes first in npm test).
      command: `node tests/serve-dist.mjs ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    ...(withSubpath
      ? [
          {
            command: `node tests/serve-dist.mjs ${SUBPATH_PORT} dist-subpath ${SUBPATH}`,
            url: `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH}`,
            reuseExistingServer: !process.env.CI,
            timeout: 30_000,
          },
        ]
      : []),
  ],
});
