/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Only the measurements of tests/bench (npm run bench runs them all); npm test never runs them.
export default getViteConfig({
  test: { include: ['tests/bench/**/*.bench.ts'], environment: 'node', testTimeout: 120_000 },
});
