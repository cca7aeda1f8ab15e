import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { completePolicy, findInlineSources } from '@/integrations/csp-inline-hashes';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const META = (policy: string) => `<meta http-equiv="content-security-policy" content="${policy}">`;
// As Astro writes a page: charset, other head tags, Starlight's inline theme script, then the policy.
const page = (body: string, policy = "script-src 'self' 'wasm-unsafe-eval'; style-src 'self'", head = '<script>theme()</script>') =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>T</title>${head}${META(policy)}</head><body>${body}</body></html>`;
const policyOf = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]*)">/.exec(html)![1]!;

describe('findInlineSources', () => {
  it('finds inline scripts, style elements and style attributes, but not external or data scripts', () => {
    const html = page(
      `<script type="module" src="/_astro/a.js"></script><script type="application/ld+json">{}</script><script type="application/json">[]</script>` +
        `<script type="module">mod()</script><style>.a{color:red}</style><span style="--sl-icon-size: 1.25rem;">x</span><p style="a:&quot;b&quot;">y</p>`,
    );
    expect(findInlineSources(html)).toEqual({
      scripts: ['theme()', 'mod()'],
      styles: ['.a{color:red}'],
      styleAttributes: ['--sl-icon-size: 1.25rem;', 'a:"b"'],
    });
  });

  it('reads a script as the browser does: style="…" inside its text is no attribute, and it ends at the first </script>', () => {
    const sources = findInlineSources(page('<script>el.title = \'<b style="x">\'</script><script>a("<!-- x")</script>'));
    expect(sources.styleAttributes).toEqual([]);
    expect(sources.scripts).toEqual(['theme()', 'el.title = \'<b style="x">\'', 'a("<!-- x")']);
  });

  it('looks inside <template> elements, whose markup meets the policy when a page puts it in place', () => {
    expect(findInlineSources(page('<template><svg style="width: 1em"></svg><script>later()</script></template>'))).toEqual({
      scripts: ['theme()', 'later()'],
      styles: [],
      styleAttributes: ['width: 1em'],
    });
  });
});

describe('completePolicy', () => {
  it('adds each inline source hash to its directive, without unsafe-inline', () => {
    const html = completePolicy(page('<script>x()</script><style>.a{}</style><i style="color: red">!</i>'));
    expect(policyOf(html)).toBe(
      `script-src 'self' 'wasm-unsafe-eval' ${sha('theme()')} ${sha('x()')}; style-src 'self' ${sha('.a{}')} 'unsafe-hashes' ${sha('color: red')}`,
    );
    expect(policyOf(html)).not.toContain('unsafe-inline');
  });

  it('puts the policy first in <head>, before any script, right after <meta charset>', () => {
    const html = completePolicy(page(''));
    expect(html).toMatch(
      /^<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="[^"]+"><title>T<\/title><script>theme\(\)<\/script><\/head>/,
    );
    expect(html.match(/http-equiv/g)).toHaveLength(1);
    // Without a charset tag, the policy is the first thing in <head>.
    const bare = completePolicy(`<html><head><script>t()</script>${META("script-src 'self'")}</head><body></body></html>`);
    expect(bare.startsWith(`<html><head>${META(`script-src 'self' ${sha('t()')}; style-src 'self'`)}<script>`)).toBe(true);
  });

  it('does not repeat a hash Astro already listed, and is idempotent', () => {
    const once = completePolicy(page('', `script-src 'self' ${sha('theme()')}; style-src 'self'`));
    expect(completePolicy(once)).toBe(once);
    expect(once.match(/sha256-/g)).toHaveLength(1);
  });

  it('fails on a page with inline code and no policy, or with two policies', () => {
    expect(() => completePolicy('<html><head><script>x()</script></head><body></body></html>')).toThrow(/tidak memiliki <meta http-equiv/);
    expect(() => completePolicy('<html><head></head><body><p style="color: red">x</p></body></html>')).toThrow(/tidak memiliki/);
    expect(() => completePolicy(page('', "script-src 'self'", META("script-src 'self'")))).toThrow(/2 tag kebijakan/);
    expect(() => completePolicy(page('', "style-src 'self'"))).toThrow(/script-src/);
  });

  it('leaves a page without inline code and without a policy alone', () => {
    const html = '<html><head><title>x</title><script src="/a.js"></script></head><body></body></html>';
    expect(completePolicy(html)).toBe(html);
  });
});
