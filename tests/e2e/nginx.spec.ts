import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// The README's nginx sample, run as written by Debian's nginx against the build: every security header must reach a
// page, an asset and a 404 (nginx drops server-level add_header lines in a location that has its own).

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path));
const SNIPPET_PATH = '/etc/nginx/snippets/siaga-krisis-headers.conf';
const EXPECTED: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'content-security-policy': "frame-ancestors 'none'",
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
};

/** The README's nginx blocks, by the path named on their first line. */
async function readmeBlocks(): Promise<Map<string, string>> {
  const readme = await readFile(resolve('README.md'), 'utf8');
  const blocks = new Map<string, string>();
  for (const [, body] of readme.matchAll(/```nginx\n([\s\S]*?)```/g)) {
    const [first = '', ...rest] = body!.split('\n');
    blocks.set(first.replace(/^#\s*/, '').trim(), rest.join('\n'));
  }
  return blocks;
}

/** Replaces `from` exactly once: a sample that changed shape fails here instead of testing something else. */
function replaceOnce(text: string, from: string, to: string): string {
  expect(text.split(from).length - 1, `“${from}” once in the README sample`).toBe(1);
  return text.replace(from, () => to);
}

const freePort = () =>
  new Promise<number>((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });

test.describe('the README nginx sample', () => {
  test.describe.configure({ mode: 'serial' });
  let nginx: ChildProcess | undefined;
  let prefix = '';
  let origin = '';

  test.beforeAll(async () => {
    if (!NGINX) throw new Error('nginx tidak ditemukan. Pasang dengan "apt-get install nginx-light" (.ci/run memasangnya bila belum ada).');
    const blocks = await readmeBlocks();
    const snippet = blocks.get(SNIPPET_PATH);
    const site = blocks.get('/etc/nginx/sites-available/siaga-krisis');
    expect(snippet, 'the snippet block in README.md').toBeDefined();
    expect(site, 'the server block in README.md').toBeDefined();
    prefix = await mkdtemp(join(tmpdir(), 'siaga-nginx-'));
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    await writeFile(join(prefix, 'headers.conf'), snippet!);
    let server = replaceOnce(site!, 'listen 443 ssl;', `listen 127.0.0.1:${port};`);
    server = replaceOnce(server, 'root /srv/siaga-krisis/dist;', `root ${resolve('dist')};`);
    server = server.replaceAll(SNIPPET_PATH, join(prefix, 'headers.conf'));
    const temp = (name: string) => `${name} ${join(prefix, name.replace('_path', ''))};`;
    await writeFile(
      join(prefix, 'nginx.conf'),
      [
        // In the foreground, one process, everything under the temporary prefix: nothing of the machine's nginx is used.
        'daemon off;',
        'master_process off;',
        `pid ${join(prefix, 'nginx.pid')};`,
        `error_log ${join(prefix, 'error.log')} warn;`,
        'events {}',
        'http {',
        '  include /etc/nginx/mime.types;',
        '  access_log off;',
        ...['client_body_temp_path', 'proxy_temp_path', 'fastcgi_temp_path', 'uwsgi_temp_path', 'scgi_temp_path'].map(
          (name) => `  ${temp(name)}`,
        ),
        server,
        '}',
      ].join('\n'),
    );
    nginx = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'error.log')], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    nginx.stderr?.on('data', (chunk) => (output += String(chunk)));
    for (let i = 0; i < 50; i++) {
      if (nginx.exitCode !== null) throw new Error(`nginx berhenti: ${output}`);
      const ready = await fetch(`${origin}/`).then(
        () => true,
        () => false,
      );
      if (ready) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`nginx tidak menjawab: ${output}`);
  });

  test.afterAll(async () => {
    nginx?.kill('SIGTERM');
    if (nginx && nginx.exitCode === null) await new Promise((r) => nginx!.once('exit', r));
    if (prefix) await rm(prefix, { recursive: true, force: true });
  });

  const expectHeaders = (response: Response, cacheControl: string | RegExp) => {
    for (const [name, value] of Object.entries(EXPECTED)) expect(response.headers.get(name), name).toBe(value);
    expect(response.headers.get('cache-control')).toMatch(cacheControl);
  };

  test('a page, an asset and a 404 carry every security header', async () => {
    const page = await fetch(`${origin}/data-saya/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Data saya');
    expectHeaders(page, /^no-cache$/);

    const asset = (await readdir(resolve('dist/_astro'))).find((name) => name.endsWith('.css') || name.endsWith('.js'));
    expect(asset).toBeDefined();
    const assetResponse = await fetch(`${origin}/_astro/${asset}`);
    expect(assetResponse.status).toBe(200);
    expectHeaders(assetResponse, 'public, max-age=31536000, immutable');

    const missing = await fetch(`${origin}/tidak-ada-halaman-ini/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('<html');
    expectHeaders(missing, /^no-cache$/);
  });
});
