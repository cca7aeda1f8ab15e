/**
 * Signing keys (src/domain/mentoring/signing.ts), two small documents:
 * - 'siaga-krisis:kunci-tanda-tangan': this browser's own key pair, made on the first package or feedback it writes.
 *   The private key leaves the device only in this browser's Data saya backup, so that a unit or mentor who changes
 *   device brings the same key along (restore the backup there).
 * - 'siaga-krisis:kunci-tersemat': the keys this browser trusts, pinned on the first signed file from each unit (the
 *   mentor's side) or from the mentor (the unit's side).
 */
import type { DocumentDefinition } from '@/domain/storage/document-definition';
import { ownSigningKeySchema, pinnedKeysSchema, type OwnSigningKey, type PinnedKeys } from '@/schemas/signing';

export const ownSigningKeyDocument: DocumentDefinition<OwnSigningKey> = {
  key: 'siaga-krisis:kunci-tanda-tangan',
  label: 'Kunci tanda tangan peramban ini',
  page: { title: 'Kirim ke pendamping', href: '/pendampingan/kirim/' },
  version: 1,
  schema: ownSigningKeySchema,
  migrations: {},
  initial: {},
  summarize: ({ key }) => (key ? `kunci dibuat ${key.createdAt.slice(0, 10)}` : 'belum ada kunci'),
  isEmpty: ({ key }) => !key,
  // No merge: a key is replaced whole; keeping the file's key lets a new device sign as the old one did.
};

export const pinnedKeysDocument: DocumentDefinition<PinnedKeys> = {
  key: 'siaga-krisis:kunci-tersemat',
  label: 'Kunci pengirim yang dipercaya',
  page: { title: 'Rekap pendampingan', href: '/pendampingan/rekap/' },
  version: 1,
  schema: pinnedKeysSchema,
  migrations: {},
  initial: { units: [], packages: [] },
  summarize: ({ units, mentor }) => `${units.length} kunci unit${mentor ? ', 1 kunci pendamping' : ''}`,
  isEmpty: ({ units, mentor, packages }) => units.length === 0 && !mentor && packages.length === 0,
};
