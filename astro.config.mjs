// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { siteConfig } from './src/site.config.ts';
import { parseSiteConfig } from './src/schemas/site-config.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinksPlugin } from './src/integrations/base-links.ts';
import { sidebar } from './src/sidebar.ts';
import cspInlineHashes from './src/integrations/csp-inline-hashes.ts';
import serviceWorker from './src/integrations/service-worker.ts';

// Nothing leaves the machine, the build included: Astro's CLI telemetry is off for this project. The npm scripts set
// ASTRO_TELEMETRY_DISABLED=1 before Astro starts; this covers `npx astro …` typed by hand (once the config loads).
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';

// The path the site is published under (src/site.config.ts). The tests' second build (npm run build:subpath) sets
// SIAGA_BASE_PATH instead of editing the file; it is checked by the same rule.
const basePath = process.env.SIAGA_BASE_PATH
  ? parseSiteConfig({ ...siteConfig, basePath: process.env.SIAGA_BASE_PATH }, 'SIAGA_BASE_PATH').basePath
  : siteConfig.basePath;

export default defineConfig({
  site: siteConfig.siteUrl,
  base: basePath,
  trailingSlash: 'always',
  // No request may leave the site's origin: no remote fonts, images or scripts, and no telemetry in the browser.
  devToolbar: { enabled: false },
  // Content is written with root-absolute links (/modul/…); they get the base path at build time (.md and .mdx alike,
  // through Sätteri, Astro 7's Markdown processor; Starlight adds its own plugins to this processor).
  markdown: { processor: satteri({ hastPlugins: [baseLinksPlugin(basePath)] }) },
  security: {
    // Scripts and styles only from this site or by hash; Starlight's inline ones are hashed after the build
    // (src/integrations/csp-inline-hashes.ts). Pagefind's search runs WebAssembly: 'wasm-unsafe-eval', nothing wider.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: {
    build: {
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              // The data layer every exercise loads keeps the one ISO date check and the mentoring deliverables' list
              // with it: once the mentor's overview loaded its schemas with its records, each became a chunk of its own
              // (or rode in the download helper's chunk) and cost every exercise page more than it saved. The key
              // fingerprint and public key schemas too (68 B gzip): the unit's send page, the mentor's overview, the
              // national view (which pins regions' keys) and Data saya all need them, and as a chunk of their own, or
              // inside the national document's, they cost each of those pages more than they cost every exercise here.
              {
                name: 'persistent-document',
                test: /src[\\/](schemas[\\/](?:iso-date|deliverables|key-fingerprint)|state[\\/](storage|persistent-document))\.ts$/,
              },
              // A stored document and the schema it stores travel together: every page that opens the document reads
              // the schema, so two chunks would only add a request and a module wrapper each (Data saya and the
              // mentoring send page load several such pairs).
              ...[
                ['profile', 'profile'],
                ['self-assessment', 'self-assessment'],
                ['press-release', 'press-release-work'],
                ['national', 'regional-summary'],
              ].map(([document, schema]) => ({
                name: `${document}-document`,
                test: new RegExp(`src[\\\\/](state[\\\\/]documents[\\\\/]${document}|schemas[\\\\/]${schema})\\.ts$`),
              })),
              // Small import-free modules shared by several exercises (the one unit-type list, the one word count, the
              // plan's percentages) ride in the download helper's chunk, which those pages load anyway, instead of
              // costing each page more requests and chunk overhead (the plan builder sits at its 15 KB budget).
              {
                name: 'download',
                test: /src[\\/](components[\\/]shared[\\/]download|schemas[\\/]unit-types|domain[\\/]text[\\/]words|domain[\\/]plan[\\/]percent)\.ts$/,
              },
            ],
          },
        },
      },
    },
  },
  integrations: [
    starlight({
      title: 'Siaga Krisis',
      description: 'Situs latihan manajemen komunikasi krisis pemasyarakatan untuk tim humas UPT Pemasyarakatan.',
      // The site title is written beside the logo, so the logo itself needs no text alternative.
      logo: { src: './src/assets/logo.svg', alt: '' },
      favicon: '/favicon.svg',
      defaultLocale: 'root',
      locales: { root: { label: 'Bahasa Indonesia', lang: 'id' } },
      customCss: ['./src/styles/tokens.css', './src/styles/print.css'],
      sidebar,
      // Frontmatter links (the 404 page's hero button) get the base path too.
      routeMiddleware: './src/route-data.ts',
      lastUpdated: false,
      credits: false,
      components: {
        Footer: './src/components/overrides/Footer.astro',
        PageTitle: './src/components/overrides/PageTitle.astro',
        // Starlight's theme scripts with storage access that cannot throw (blocked or full storage).
        ThemeProvider: './src/components/overrides/ThemeProvider.astro',
        ThemeSelect: './src/components/overrides/ThemeSelect.astro',
        // Starlight's search, with Pagefind's interface built when the reader opens it rather than on every page.
        Search: './src/components/overrides/Search.astro',
      },
      head: [
        { tag: 'meta', attrs: { name: 'theme-color', content: '#0f4c5c' } },
        // Starlight prefixes the favicon and sidebar links with the base path, not these.
        { tag: 'link', attrs: { rel: 'manifest', href: `${basePath}manifest.webmanifest` } },
        { tag: 'link', attrs: { rel: 'apple-touch-icon', href: `${basePath}icons/icon-192.png` } },
      ],
    }),
    mdx(),
    // Last, so it sees the final HTML of every page.
    cspInlineHashes(),
    // After the CSP step: the precache records each page's final bytes.
    serviceWorker(),
  ],
});
