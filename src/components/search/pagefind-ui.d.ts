// Pagefind's interface ships without types; lazy-pagefind-ui.ts states the little it uses.
declare module '@pagefind/default-ui/npm_dist/mjs/ui-core.mjs';
