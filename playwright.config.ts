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
    { name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined } },
  ],
  webServer: {
    // Serves the production build (npm run build comes first in npm test).
    command: `node tests/serve-dist.mjs ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
