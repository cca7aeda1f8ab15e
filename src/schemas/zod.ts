/**
 * zod/mini for every schema of the app, set up once. Schemas and the code that builds its own import `z` from here,
 * never from 'zod/mini' (the layer check, .dependency-cruiser.cjs, fails otherwise), so the setting below holds
 * wherever a schema is built or used: in the browser, at build time and in tests.
 */
import { config } from 'zod/mini';

// Under the site's Content-Security-Policy (no 'unsafe-eval'), zod must not even probe `new Function`:
// the caught probe is still reported as a policy violation.
config({ jitless: true });

export * as z from 'zod/mini';
