import { z } from './zod';

/** "AB12 CD34 EF56 7890": the first 64 bits of a public key's SHA-256, read aloud over the phone to compare keys. */
export const fingerprintSchema = z.string().check(z.regex(/^[0-9A-F]{4}( [0-9A-F]{4}){3}$/));
