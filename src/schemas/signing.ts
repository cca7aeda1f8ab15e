import { z } from './zod';
import { isoDateTime } from './iso-date';
import { fingerprintSchema, publicKeySchema } from './key-fingerprint';

/**
 * Signing keys (see src/domain/mentoring/signing.ts): this browser's own key pair, and the keys it trusts for others.
 * Keys and signatures are written in base64url: a P-256 public key as its 65-byte uncompressed point (87 characters),
 * a signature as the 64 bytes r‖s WebCrypto returns (86 characters).
 */
const base64url = (min: number, max: number) => z.string().check(z.minLength(min), z.maxLength(max), z.regex(/^[A-Za-z0-9_-]+$/));

export const SIGNATURE_ALGORITHM = 'ECDSA-P256-SHA256';

export { fingerprintSchema, publicKeySchema };

/** What a signed file carries next to its checksum. */
export const fileSignatureSchema = z.object({
  algorithm: z.literal(SIGNATURE_ALGORITHM),
  publicKey: publicKeySchema,
  value: base64url(86, 86),
});

/** This browser's key pair: the private half as a JWK (so Data saya can back it up), the public half as in files. */
export const ownSigningKeySchema = z.object({
  key: z.optional(
    z.object({
      publicKey: publicKeySchema,
      privateKey: z.object({
        kty: z.literal('EC'),
        crv: z.literal('P-256'),
        x: base64url(43, 43),
        y: base64url(43, 43),
        d: base64url(43, 43),
      }),
      createdAt: isoDateTime,
    }),
  ),
});

const pinnedKeySchema = z.object({ publicKey: publicKeySchema, fingerprint: fingerprintSchema, pinnedAt: isoDateTime });

/**
 * Units whose keys the mentor's browser can pin. Well above national scale (about 700 units; a unit that renames itself
 * counts again), and never reached silently: at the cap a new unit's signed package is refused, no pin is forgotten
 * (signing.ts: pinRoom). Size as stored JSON: a pin is 191 characters plus its unit key (typically 30 to 40, at most
 * 160), so 2,000 pins take about 0.45 million characters (0.9 MB as UTF-16), 0.7 million with the longest keys; with
 * 4,400 package entries (86 characters each) the whole document stays under 1.1 million characters (2.2 MB), inside the
 * roughly 5 MB a browser gives a site's localStorage. Stored documents of earlier versions (at most 400 pins) still load.
 */
export const MAX_PINNED_UNITS = 2000;
export const MAX_SIGNED_PACKAGES = 4400;

/**
 * Keys this browser trusts, each pinned on the first signed file from its sender: per unit (by unit key) on the mentor's
 * side; the mentor's on the unit's side. `packages` says, per package id, which key signed it ("" for none).
 */
export const pinnedKeysSchema = z.object({
  units: z
    .array(z.object({ unitKey: z.string().check(z.minLength(1), z.maxLength(160)), ...pinnedKeySchema.shape }))
    .check(z.maxLength(MAX_PINNED_UNITS)),
  mentor: z.optional(pinnedKeySchema),
  packages: z
    .array(z.object({ id: z.string().check(z.minLength(1), z.maxLength(80)), fingerprint: z.union([z.literal(''), fingerprintSchema]) }))
    .check(z.maxLength(MAX_SIGNED_PACKAGES)),
});

export type FileSignature = z.output<typeof fileSignatureSchema>;
export type OwnSigningKey = z.output<typeof ownSigningKeySchema>;
export type SigningKeyPair = NonNullable<OwnSigningKey['key']>;
export type PinnedKey = z.output<typeof pinnedKeySchema>;
export type PinnedKeys = z.output<typeof pinnedKeysSchema>;
