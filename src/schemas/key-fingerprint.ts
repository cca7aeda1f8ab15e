import { z } from './zod';

/** "AB12 CD34 EF56 7890": the first 64 bits of a public key's SHA-256, read aloud over the phone to compare keys. */
export const fingerprintSchema = z.string().check(z.regex(/^[0-9A-F]{4}( [0-9A-F]{4}){3}$/));

/**
 * A P-256 public key as files carry it: its 65-byte uncompressed point in base64url (87 characters). Here, beside the
 * fingerprint, so that documents pinning keys do not load the signing schemas.
 */
export const publicKeySchema = z.string().check(z.minLength(87), z.maxLength(87), z.regex(/^[A-Za-z0-9_-]+$/));
