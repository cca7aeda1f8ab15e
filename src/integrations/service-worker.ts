/**
 * Generates the service worker after the build (Workbox's generateSW), so that after one visit every page,
 * the search index and the assets open with no network. It caches files only: the user's saved data (localStorage)
 * is never touched by an update. A new version waits until the user chooses to reload (see offline/update-notice.ts).
 */
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import { fileURLToPath } from 'node:url';

export default function serviceWorker(): AstroIntegration {
  // The site's base path with its trailing slash ('/' or e.g. '/siaga-krisis/'): the worker's scope is the folder it
  // is served from, and the precached addresses are resolved against it; the two below are absolute and need it.
  let base = '/';
  return {
    name: 'siaga-krisis:service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = `${config.base.replace(/\/+$/, '')}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const globDirectory = fileURLToPath(dir);
        const { count, size, warnings } = await generateSW({
          globDirectory,
          swDest: `${globDirectory}sw.js`,
          globPatterns: [
            '**/*.{html,css,js,svg,png,webmanifest}',
            'pagefind/pagefind-entry.json',
            'pagefind/*.{pf_meta,wasm}',
            'pagefind/**/*.{pf_index,pf_fragment,pf_filter}',
            'pagefind/wasm.*',
          ],
          // Only the UI Starlight uses; the other Pagefind UIs are never requested.
          globIgnores: ['pagefind/pagefind-{component,modular}-ui.*', 'pagefind/pagefind-highlight.js', 'sw.js', 'workbox-*.js'],
          maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
          // "/modul/jam-pertama/" is served from "modul/jam-pertama/index.html".
          directoryIndex: 'index.html',
          ignoreURLParametersMatching: [/.*/],
          navigateFallback: `${base}404.html`,
          navigateFallbackAllowlist: [new RegExp(`^${escapeRegExp(base)}(?!_astro/|pagefind/)`)],
          skipWaiting: false,
          clientsClaim: true,
          cleanupOutdatedCaches: true,
          inlineWorkboxRuntime: true,
          sourcemap: false,
          mode: 'production',
        });
        for (const warning of warnings) logger.warn(warning);
        logger.info(`Service worker: ${count} berkas (${Math.round(size / 1024)} KB) disimpan untuk dipakai tanpa jaringan.`);
      },
    },
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
