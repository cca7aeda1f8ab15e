import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { isIsoDateTime, isoDateTime } from '@/schemas/iso-date';
import { isInFuture } from '@/domain/mentoring/clock';
import { selfAssessmentSchema } from '@/schemas/self-assessment';
import { progressSchema } from '@/schemas/progress';

describe('ISO dates', () => {
  it.each(['2026-11-29T08:30:00.000Z', '2026-11-29T08:30:00Z', '2026-11-29T08:30+07:00', '2024-02-29T00:00:00.000Z'])(
    'accepts %s',
    (value) => {
      expect(isIsoDateTime(value)).toBe(true);
    },
  );

  it.each([
    'kemarin',
    'zzz',
    '',
    '2026-11-29',
    '9999-12-31T23:59:59.999Z',
    '2026-13-01T00:00:00.000Z',
    '2026-11-29T25:00:00Z',
    '2026-11-29T08:30:00.000Z ',
  ])('refuses %j', (value) => {
    expect(isIsoDateTime(value)).toBe(false);
  });

  it('names the field in Indonesian when a stored date is not one', () => {
    const result = z.safeParse(z.object({ completedAt: isoDateTime }), { completedAt: 'kemarin' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/bukan tanggal yang sah/);
  });

  it('keeps "kemarin" out of the self-assessment and the learning record (they would throw RangeError when shown)', () => {
    const assessment = {
      drafts: {},
      history: {
        q: [
          {
            id: '1',
            completedAt: 'kemarin',
            answers: {},
            respondent: { unitName: '', personName: '', position: '' },
            dimensions: [],
            overall: 0,
          },
        ],
      },
    };
    expect(z.safeParse(selfAssessmentSchema, assessment).success).toBe(false);
    expect(z.safeParse(progressSchema, { modules: { a: { readAt: 'kemarin' } } }).success).toBe(false);
  });

  it('allows a small clock skew into the future, no more', () => {
    const now = new Date('2026-11-29T08:00:00.000Z');
    expect(isInFuture('2026-11-29T08:05:00.000Z', now)).toBe(false);
    expect(isInFuture('2026-11-29T09:00:00.000Z', now)).toBe(true);
    expect(isInFuture('2199-12-31T00:00:00.000Z', now)).toBe(true);
  });
});
