import { describe, expect, it } from 'vitest';
import { markdownToHtml, mdxToJs } from 'satteri';
import { baseLinksPlugin, withBase } from '@/integrations/base-links';

describe('withBase', () => {
  it.each([
    ['/modul/jam-pertama/', '/siaga-krisis/modul/jam-pertama/'],
    ['/modul/jam-pertama/#langkah-3', '/siaga-krisis/modul/jam-pertama/#langkah-3'],
    ['/', '/siaga-krisis/'],
    // Already under the base path, another site, a fragment, a relative path: unchanged.
    ['/siaga-krisis/data-saya/', '/siaga-krisis/data-saya/'],
    ['https://peraturan.bpk.go.id/', 'https://peraturan.bpk.go.id/'],
    ['//contoh.go.id/x/', '//contoh.go.id/x/'],
    ['#ringkasan', '#ringkasan'],
    ['lampiran/', 'lampiran/'],
    ['mailto:humas@contoh.go.id', 'mailto:humas@contoh.go.id'],
  ])('%s becomes %s under /siaga-krisis/', (address, expected) => {
    expect(withBase(address, '/siaga-krisis/')).toBe(expected);
  });

  it('leaves every address alone at the root of the domain', () => {
    expect(withBase('/modul/jam-pertama/', '/')).toBe('/modul/jam-pertama/');
  });

  it('does not mistake a path that merely starts like the base for one under it', () => {
    expect(withBase('/siaga-krisis-lama/', '/siaga-krisis/')).toBe('/siaga-krisis/siaga-krisis-lama/');
  });
});

describe('baseLinksPlugin (Sätteri, the Markdown processor of Astro 7)', () => {
  const plugin = baseLinksPlugin('/siaga-krisis/');

  // Raw HTML inside a plain .md file reaches the processor as text and is not rewritten; the content is MDX (where
  // <a> is JSX, below), and the sub-path sweep (tests/e2e/subpath.spec.ts) fails on any link that escapes the base.
  it('prefixes Markdown links and images, and nothing else', async () => {
    const { html } = await markdownToHtml(
      '[Modul](/modul/jam-pertama/) [Luar](https://contoh.go.id/) [Bagian](#bagian) ![Logo](/icons/icon-192.png)',
      { hastPlugins: [plugin] },
    );
    expect(html).toContain('href="/siaga-krisis/modul/jam-pertama/"');
    expect(html).toContain('src="/siaga-krisis/icons/icon-192.png"');
    expect(html).toContain('href="https://contoh.go.id/"');
    expect(html).toContain('href="#bagian"');
  });

  it('prefixes links in MDX, raw JSX anchors included', async () => {
    const { code } = await mdxToJs('[Modul](/modul/jam-pertama/)\n\n<a href="/data-saya/">Data</a>\n', { hastPlugins: [plugin] });
    expect(code).toContain('/siaga-krisis/modul/jam-pertama/');
    expect(code).toContain('/siaga-krisis/data-saya/');
    expect(code).not.toMatch(/["']\/(modul|data-saya)\//);
  });
});
