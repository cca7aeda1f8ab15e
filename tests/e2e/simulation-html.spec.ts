import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';

// The simulation's built pages pass the Nu HTML Checker (npm package vnu-jar; needs Java, which .ci/run installs).
const dist = new URL('../../dist/latihan/simulasi/', import.meta.url).pathname;
const vnu = String(createRequire(import.meta.url)('vnu-jar'));

// Known and not ours: Starlight's SidebarPersister writes <script aria-hidden="true"> on every page with a sidebar.
// Anything else the checker reports fails the test.
const STARLIGHT_KNOWN = /^The “aria-hidden” attribute must not be specified on the “script” element\.$/;

test('every simulation page (player, trainer, projector, run sheet, list, recap) is valid HTML', () => {
  test.setTimeout(180_000);
  expect(existsSync(vnu), 'vnu-jar tidak terpasang: jalankan npm ci').toBe(true);
  const files = [`${dist}index.html`, `${dist}rekap/index.html`];
  for (const name of readdirSync(dist, { withFileTypes: true })) {
    if (!name.isDirectory() || name.name === 'rekap') continue;
    for (const page of ['', 'fasilitator/', 'layar/', 'panduan/']) files.push(`${dist}${name.name}/${page}index.html`);
  }
  expect(files.length).toBeGreaterThanOrEqual(2 + 8 * 4);
  let output = '';
  try {
    execFileSync('java', ['-jar', vnu, '--format', 'json', '--errors-only', ...files], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    const failure = error as { stderr?: string; code?: string };
    if (failure.code === 'ENOENT')
      throw new Error('Java tidak ditemukan. Pasang dengan "apt-get install default-jre-headless" (bash .ci/run memasangnya).', {
        cause: error,
      });
    output = failure.stderr ?? '';
  }
  const messages = output ? (JSON.parse(output) as { messages: { url: string; lastLine?: number; message: string }[] }).messages : [];
  const problems = messages
    .filter((m) => !STARLIGHT_KNOWN.test(m.message))
    .map((m) => `${m.url.replace(/^.*dist\//, '')}:${m.lastLine ?? '?'} ${m.message}`);
  expect(problems).toEqual([]);
});
