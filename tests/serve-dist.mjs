// A tiny static server for dist/, for end-to-end tests: no dependency, loopback only, and it answers like
// an ordinary web host (index.html for folders, 404.html for missing pages).
// node tests/serve-dist.mjs [port] [folder] [base]: the sub-path build (npm run build:subpath) is served from
// dist-subpath/ under /siaga-krisis/, as a Kanwil's web server would; anything outside the base path is a bare 404,
// so a link or request that escapes the base path fails the tests instead of landing on a page.
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const port = Number(process.argv[2] ?? 4329);
const root = new URL(`../${process.argv[3] ?? 'dist'}/`, import.meta.url).pathname;
const base = process.argv[4] ?? '/';
if (!existsSync(root)) {
  console.error(`${root} tidak ada: jalankan dulu ${root.endsWith('/dist-subpath/') ? 'npm run build:subpath' : 'npm run build'}.`);
  process.exit(1);
}
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.xml': 'application/xml',
};

async function resolve(pathname) {
  const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, safe);
  if (!file.startsWith(root)) return null;
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    await stat(file);
    return file;
  } catch {
    return null;
  }
}

// Test hook: POST /__uji/versi-baru "deploys" a new version by changing sw.js's bytes (for the update-notice test).
let deployedVersion = 0;

createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (!url.pathname.startsWith(base)) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Di luar situs ini');
    return;
  }
  const sitePathname = `/${url.pathname.slice(base.length)}`;
  if (req.method === 'POST' && sitePathname === '/__uji/versi-baru') {
    deployedVersion += 1;
    res.writeHead(204).end();
    return;
  }
  const file = await resolve(sitePathname);
  const target = file ?? join(root, '404.html');
  try {
    let body = await readFile(target);
    if (sitePathname === '/sw.js' && deployedVersion > 0) body = Buffer.concat([body, Buffer.from(`\n// versi ${deployedVersion}\n`)]);
    const type = types[extname(target)] ?? 'application/octet-stream';
    // Compress text as any production host does (see the README's server configuration).
    const compress = /text|javascript|json|svg|xml|manifest/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    res.writeHead(file ? 200 : 404, {
      'content-type': type,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-cache',
      ...(compress ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    res.end(compress ? gzipSync(body) : body);
  } catch {
    res.writeHead(404).end('Not found');
  }
}).listen(port, '127.0.0.1', () => console.log(`${root} on http://127.0.0.1:${port}${base}`));
