import { z } from './zod';

/**
 * A moment written as ISO 8601 with a time and a zone, the way `Date.toISOString()` writes it
 * ("2026-11-29T08:30:00.000Z"). Stored and imported dates must be real dates: "kemarin" or "zzz" would sort after every
 * real date and throw when formatted. Years run from 1970 to 2199, so a forged "9999-…" is refused too.
 */
const ISO_DATE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d{1,6})?)?(Z|[+-]\d\d:\d\d)$/;
/** 2200-01-01T00:00:00Z: later dates are not ones this site writes. */
const LATEST = 7258118400000;

/** True for a real date and time from 1970 to 2199 (a day past the month's end reads as the next month's, as Date does). */
export function isIsoDateTime(value: string): boolean {
  const time = Date.parse(value);
  return ISO_DATE_TIME.test(value) && time >= 0 && time < LATEST;
}

/** A date and time (ISO 8601); the message names what is expected. */
export const isoDateTime = z.string().check(z.maxLength(40), z.refine(isIsoDateTime, 'bukan tanggal yang sah'));
