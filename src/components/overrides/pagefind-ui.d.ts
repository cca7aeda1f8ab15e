// Pagefind's interface ships without types; site-search.ts states the little it uses.
declare module '@pagefind/default-ui' {
  export const PagefindUI: new (options: Record<string, unknown>) => unknown;
}

// Starlight's search options (ranking weights and the like), as its own search component reads them.
declare module 'virtual:starlight/pagefind-config' {
  export const pagefindUserConfig: Record<string, unknown>;
}
