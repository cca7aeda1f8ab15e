import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { completePolicy, findInlineSources } from '@/integrations/csp-inline-hashes';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (body: string, policy = "script-src 'self' 'wasm-unsafe-eval'; style-src 'self'") =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;

describe('findInlineSources', () => {
  it('finds inline scripts, style elements and style attributes, but not external or JSON scripts', () => {
    const html = page(
      `<script>theme()</script><script type="module" src="/_astro/a.js"></script><script type="application/ld+json">{}</script>` +
        `<style>.a{color:red}</style><span style="--sl-icon-size: 1.25rem;">x</span><p style="a:&quot;b&quot;">y</p>`,
    );
    expect(findInlineSources(html)).toEqual({
      scripts: ['theme()'],
      styles: ['.a{color:red}'],
      styleAttributes: ['--sl-icon-size: 1.25rem;', 'a:"b"'],
    });
  });

  it('ignores style="…" written inside a script body', () => {
    expect(findInlineSources(page('<script>el.innerHTML = \'<b style="x">\'</script>')).styleAttributes).toEqual([]);
  });
});

describe('completePolicy', () => {
  it('adds each inline source hash to its directive, without unsafe-inline', () => {
    const html = completePolicy(page('<script>theme()</script><style>.a{}</style><i style="color: red">!</i>'));
    const policy = /content="([^"]*)"/.exec(html)![1]!;
    expect(policy).toBe(
      `script-src 'self' 'wasm-unsafe-eval' ${sha('theme()')}; style-src 'self' ${sha('.a{}')} 'unsafe-hashes' ${sha('color: red')}`,
    );
    expect(policy).not.toContain('unsafe-inline');
  });

  it('does not repeat a hash Astro already listed, and is idempotent', () => {
    const once = completePolicy(page('<script>a()</script>', `script-src 'self' ${sha('a()')}; style-src 'self'`));
    expect(completePolicy(once)).toBe(once);
    expect(once.match(/sha256-/g)).toHaveLength(1);
  });

  it('leaves a page without a policy alone', () => {
    expect(completePolicy('<html><script>x()</script></html>')).toBe('<html><script>x()</script></html>');
  });
});
