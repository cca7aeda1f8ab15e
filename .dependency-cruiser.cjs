/**
 * The layer check (npm run check:layers, part of npm test): components → state → domain → schemas, nothing upward,
 * no cycles. .astro files are not read (dependency-cruiser cannot parse them); their client scripts (.ts) are.
 * Type-only imports count too: a type from an upper layer ties a lower one to it just the same.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'A cycle makes two modules one: neither can be understood, tested or loaded without the other.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'schemas-only-below',
      comment: 'Schemas describe data and nothing else: they import zod and other schemas, never the layers above.',
      severity: 'error',
      from: { path: '^src/schemas/' },
      to: { path: '^src/(?!schemas/)' },
    },
    {
      name: 'domain-no-state-or-components',
      comment: 'The domain is pure logic (no DOM, no storage): it may use schemas, never state or components.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: '^src/(state|components|pages|integrations)/' },
    },
    {
      name: 'domain-no-astro',
      comment: 'Pure logic runs in Node and the browser alike: no astro:* modules.',
      severity: 'error',
      from: { path: '^src/(domain|schemas)/' },
      to: { path: '^astro:' },
    },
    {
      name: 'state-no-components',
      comment: 'State (stores, storage) serves the components; it never reaches back into them.',
      severity: 'error',
      from: { path: '^src/state/' },
      to: { path: '^src/(components|pages|integrations)/' },
    },
    {
      name: 'zod-through-schemas',
      comment: 'zod is set up once (jitless, for the CSP) in src/schemas/zod.ts: everything else imports z from there.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/schemas/zod\\.ts$' },
      to: { path: '(^|/)node_modules/zod/', dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    exclude: { path: '\\.astro$' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
