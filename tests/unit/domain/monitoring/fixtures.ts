import type { IssueEntry } from '@/schemas/monitoring';

/** A register entry with sensible defaults; tests override what they look at. */
export function entry(overrides: Partial<IssueEntry> & { id: string }): IssueEntry {
  return {
    number: 1,
    seenAt: '2026-12-07T00:30:00.000Z',
    medium: 'media-sosial',
    sourceName: 'Info Kota Fiktif',
    sourceAddress: '',
    summary: 'Keluarga mengeluhkan antrean kunjungan',
    sentiment: 'netral',
    reach: 'rendah',
    crisisTypeId: '',
    facts: '',
    owner: '',
    action: '',
    status: 'baru',
    topicId: overrides.id,
    createdAt: '2026-12-07T00:30:00.000Z',
    updatedAt: '2026-12-07T00:30:00.000Z',
    ...overrides,
  };
}
