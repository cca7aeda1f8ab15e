/**
 * Puts the site's base path in front of every root-absolute internal link or asset written in Markdown and MDX content
 * ([Jam pertama](/modul/jam-pertama/), <a href="/data-saya/">), so content stays written as if the site sat at the
 * root of its address while it works under a sub-path such as /siaga-krisis/. A hast plugin for Sätteri, Astro 7's
 * Markdown processor (astro.config.mjs). Addresses with a scheme, protocol-relative ones (//host), fragments and
 * relative ones are left alone.
 */
import type { HastPluginDefinition, MdxJsxAttributeUnion } from 'satteri';

const LINK_PROPERTIES = ['href', 'src', 'action', 'poster'];
/** Elements whose LINK_PROPERTIES are addresses. */
const LINK_ELEMENTS = ['a', 'area', 'img', 'source', 'video', 'audio', 'track', 'form', 'link', 'iframe', 'embed'];

/** The address under the base path, or the address unchanged when it is not a root-absolute path inside the site. */
export function withBase(address: string, base: string): string {
  if (!address.startsWith('/') || address.startsWith('//')) return address;
  const prefix = base.replace(/\/+$/, '');
  if (!prefix || address === prefix || address.startsWith(`${prefix}/`)) return address;
  return `${prefix}${address}`;
}

/** Raw JSX in MDX (<a href="/…">): only literal string values can be read at build time. */
function rebaseAttributes(attributes: MdxJsxAttributeUnion[], base: string): MdxJsxAttributeUnion[] | undefined {
  let changed = false;
  const result = attributes.map((attribute) => {
    if (attribute.type !== 'mdxJsxAttribute' || !LINK_PROPERTIES.includes(attribute.name) || typeof attribute.value !== 'string')
      return attribute;
    const value = withBase(attribute.value, base);
    if (value === attribute.value) return attribute;
    changed = true;
    return { ...attribute, value };
  });
  return changed ? result : undefined;
}

export function baseLinksPlugin(base: string): HastPluginDefinition {
  return {
    name: 'siaga-krisis:base-links',
    element: {
      filter: LINK_ELEMENTS,
      visit(node, ctx) {
        for (const property of LINK_PROPERTIES) {
          const value = node.properties?.[property];
          if (typeof value === 'string' && withBase(value, base) !== value) ctx.setProperty(node, property, withBase(value, base));
        }
      },
    },
    mdxJsxFlowElement: {
      filter: LINK_ELEMENTS,
      visit(node) {
        const attributes = rebaseAttributes(node.attributes as MdxJsxAttributeUnion[], base);
        return attributes ? { ...node, attributes } : undefined;
      },
    },
    mdxJsxTextElement: {
      filter: LINK_ELEMENTS,
      visit(node) {
        const attributes = rebaseAttributes(node.attributes as MdxJsxAttributeUnion[], base);
        return attributes ? { ...node, attributes } : undefined;
      },
    },
  };
}
