// Measures what each built page loads, in gzip bytes: our JavaScript, Starlight's JavaScript, CSS, HTML.
// `npm run size` prints the table and writes reports/size.json; tests/e2e/budget.spec.ts fails when a budget is exceeded.
// Bytes are deterministic for a given build, so this is a measurement, not a timing test.
import { readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Budgets in gzip bytes for the JavaScript of ours a page loads at once (lazy chunks are not counted).
 * "own" is the page's own code (its exercises, knowledge check, notices); "shared" is the data layer every exercise
 * uses (src/state with zod/mini and nanostores), downloaded once and cached for all of them, with a budget of its own.
 */
// The shared layer's budget grew from 12 KB to 12.5 KB in session 4: every save now validates what it writes (an invalid
// value is refused, never stored) and every stored date is checked as a real date; both are promises of the data layer.
const SHARED = 12.5 * 1024;
export const BUDGETS = {
  // Pages to read: only the service-worker registration (offline use) runs; nothing else of ours.
  content: { own: 1024, shared: 0 },
  // Modules: the knowledge check and "mark as read".
  module: { own: 15 * 1024, shared: SHARED },
  // Exercise pages: the exercise's own script. The mentor's overview is one of them again (it was allowed 16 KB in
  // session 5): its package schemas load with its records, and removing, exporting and pruning load on use.
  exercise: { own: 15 * 1024, shared: SHARED },
  // Data saya: not an exercise but the one page that reads, lists, exports and imports every stored document, so it
  // grows with each new kind of document (session 4 added the template documents, signed packages' dates and the
  // personal-data rules); its own budget keeps that growth visible. Session 5 raised it from 20 to 25 KB for seven new
  // documents (incidents, issue register, narrative record, two signing-key documents, the mentor's IndexedDB records
  // with their move from localStorage): the next step is to load each document's schema only when it is listed.
  data: { own: 25 * 1024, shared: SHARED },
};

const gz = (text) => gzipSync(text, { level: 9 }).length;

function walk(dir, found = []) {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full, found);
    else found.push(full);
  }
  return found;
}

/**
 * Our custom elements' tag names, read from the source (defineElement or customElements.define): a script that defines one of them is ours. Starlight's
 * components that we override (src/components/overrides: theme picker, search) stay Starlight's: they replace its
 * code, not add to an exercise's.
 */
function ourTags() {
  const tags = new Set();
  const overrides = join(root, 'src', 'components', 'overrides');
  for (const file of walk(join(root, 'src')).filter((f) => /\.(ts|astro)$/.test(f) && !f.startsWith(overrides))) {
    for (const m of readFileSync(file, 'utf8').matchAll(/(?:customElements\.define|defineElement)\(\s*['"`]([a-z]+-[a-z-]+)['"`]/g))
      tags.add(m[1]);
  }
  return [...tags];
}

export function pageKind(path) {
  if (path.startsWith('/modul/')) return 'module';
  if (path === '/data-saya/') return 'data';
  if (path === '/' || path === '/404/' || path === '/privasi-data/' || path.startsWith('/rujukan/')) return 'content';
  return 'exercise';
}

/** Static imports of a built chunk (dynamic import() is lazy and not followed). */
function staticImports(code) {
  return [...code.matchAll(/(?:^|[;}\s])import\s*(?:[\w${},*\s]+from\s*)?["'](\.\/[^"']+)["']/g)].map((m) => m[1]);
}

/**
 * The code an entry script starts through loadWhenNear (src/components/shared/load-when-near.ts). On a module page it
 * waits until the reader gets near the exercise; on an exercise's own page the exercise is in view, so it loads at once
 * and is counted as such.
 */
function loadedWhenNear(code) {
  if (!staticImports(code).some((file) => file.startsWith('./load-when-near.'))) return [];
  return [...code.matchAll(/import\(\s*[`"'](\.\/[^`"']+)[`"']\s*\)/g)].map((m) => m[1]);
}

export function measure(dist = join(root, 'dist')) {
  const tags = ourTags();
  const isOurs = (code) => tags.some((tag) => code.includes(`"${tag}"`) || code.includes(`\`${tag}\``) || code.includes(`'${tag}'`));
  const measured = walk(dist)
    .filter((f) => f.endsWith('.html'))
    .map((file) => {
      const html = readFileSync(file, 'utf8');
      const path = `/${relative(dist, dirname(file))}/`.replace(/\/+/g, '/').replace(/^\/\.\//, '/');
      const pagePath = file.endsWith('404.html') ? '/404/' : path;
      const ours = new Map();
      const theirs = new Map();
      // An entry script and the chunks it imports statically; the entry is ours when any of them defines our element.
      const kind = pageKind(pagePath);
      const closure = (name, code, found = new Map()) => {
        if (found.has(name)) return found;
        found.set(name, code);
        const nearLoaded = kind === 'exercise' ? loadedWhenNear(code) : [];
        for (const imported of [...staticImports(code), ...nearLoaded]) {
          const file = imported.replace('./', '');
          closure(file, readFileSync(join(dist, '_astro', file), 'utf8'), found);
        }
        return found;
      };
      const add = (files) => {
        const target = [...files.values()].some(isOurs) ? ours : theirs;
        for (const [name, code] of files) target.set(name, gz(code));
      };
      for (const m of html.matchAll(/<script type="module" src="\/_astro\/([^"]+)"><\/script>/g)) {
        add(closure(m[1], readFileSync(join(dist, '_astro', m[1]), 'utf8')));
      }
      for (const [i, m] of [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].entries()) {
        add(closure(`inline-${i}`, m[1]));
      }
      // JSON for a script (PageData.astro) is data, already counted in the HTML; it never runs.
      for (const [i, m] of [...html.matchAll(/<script(?![^>]*type="(?:module|application\/json)")[^>]*>([\s\S]*?)<\/script>/g)].entries()) {
        if (m[1].trim()) theirs.set(`classic-${i}`, gz(m[1]));
      }
      // A chunk reached from both sides counts as Starlight's.
      for (const name of theirs.keys()) ours.delete(name);
      const css = [...html.matchAll(/<link rel="stylesheet" href="\/_astro\/([^"]+)"/g)].reduce(
        (sum, m) => sum + gz(readFileSync(join(dist, '_astro', m[1]), 'utf8')),
        0,
      );
      const sum = (map) => [...map.values()].reduce((a, b) => a + b, 0);
      return { path: pagePath, kind, ours, starlightJs: sum(theirs), css, html: gz(html) };
    });

  // The shared data layer: the chunk holding src/state/storage.ts (found by its probe key) and what it imports
  // (zod/mini, nanostores). Every exercise loads it; the browser downloads it once for all of them.
  const shared = new Set();
  const chunkFiles = readdirSync(join(dist, '_astro')).filter((f) => f.endsWith('.js'));
  const addShared = (file) => {
    if (shared.has(file)) return;
    shared.add(file);
    for (const imported of staticImports(readFileSync(join(dist, '_astro', file), 'utf8'))) addShared(imported.replace('./', ''));
  };
  for (const file of chunkFiles) if (readFileSync(join(dist, '_astro', file), 'utf8').includes('siaga-krisis:uji-tulis')) addShared(file);

  return measured
    .map(({ ours, ...page }) => {
      const own = [...ours].filter(([name]) => !shared.has(name)).reduce((a, [, n]) => a + n, 0);
      const sharedJs = [...ours].filter(([name]) => shared.has(name)).reduce((a, [, n]) => a + n, 0);
      return {
        ...page,
        ownJs: own,
        sharedJs,
        ourScripts: [...ours.keys()],
        total: own + sharedJs + page.starlightJs + page.css + page.html,
      };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

export function overBudget(pages) {
  return pages.flatMap((p) => {
    const budget = BUDGETS[p.kind];
    const problems = [];
    if (p.ownJs > budget.own) problems.push(`${p.path} (${p.kind}): ${p.ownJs} B of its own JavaScript, budget ${budget.own} B`);
    if (p.sharedJs > budget.shared)
      problems.push(`${p.path} (${p.kind}): ${p.sharedJs} B of the shared data layer, budget ${budget.shared} B`);
    return problems;
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const pages = measure();
  const kb = (n) => (n / 1024).toFixed(1).padStart(6);
  console.log(
    'gzip KB per page (JavaScript loaded at once; lazy chunks excluded; on exercise pages the code started near the reader counts as loaded)',
  );
  console.log(
    `${'page'.padEnd(40)} ${'kind'.padEnd(9)} ${'own'.padStart(6)} ${'/budg.'.padStart(6)} ${'shared'.padStart(6)} ${'/budg.'.padStart(6)} ${'Starl.'.padStart(6)} ${'CSS'.padStart(6)} ${'HTML'.padStart(6)} ${'total'.padStart(6)}`,
  );
  for (const p of pages) {
    const b = BUDGETS[p.kind];
    console.log(
      `${p.path.padEnd(40)} ${p.kind.padEnd(9)} ${kb(p.ownJs)} ${kb(b.own)} ${kb(p.sharedJs)} ${kb(b.shared)} ${kb(p.starlightJs)} ${kb(p.css)} ${kb(p.html)} ${kb(p.total)}`,
    );
  }
  mkdirSync(join(root, 'reports'), { recursive: true });
  writeFileSync(join(root, 'reports/size.json'), JSON.stringify({ budgets: BUDGETS, pages }, null, 2));
  const over = overBudget(pages);
  if (over.length) {
    console.error(`\nOver budget:\n${over.join('\n')}`);
    process.exitCode = 1;
  }
}
