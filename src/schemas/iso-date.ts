import * as z from 'zod/mini';

/**
 * A moment written as ISO 8601 with a time and a zone, the way `Date.toISOString()` writes it
 * ("2026-11-29T08:30:00.000Z"). Stored and imported dates must be real dates: "kemarin" or "zzz" would sort after every
 * real date and throw when formatted. Years are kept between 1970 and 2199 so a forged "9999-…" is refused too.
 */
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:\d{2})$/;
export const MIN_YEAR = 1970;
export const MAX_YEAR = 2199;

export function isIsoDateTime(value: string): boolean {
  const match = ISO_DATE_TIME.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) return false;
  const time = Date.parse(value);
  if (Number.isNaN(time)) return false;
  // Date.parse rolls "2026-02-31" over to March: the day written must be the day read.
  const day = new Date(Date.UTC(year, Number(match[2]) - 1, Number(match[3])));
  return day.getUTCMonth() === Number(match[2]) - 1 && day.getUTCDate() === Number(match[3]);
}

/** A date and time (ISO 8601); the message names what is expected. */
export const isoDateTime = z
  .string()
  .check(z.maxLength(40), z.refine(isIsoDateTime, { message: 'harus tanggal dan waktu yang sah, misalnya 2026-11-29T08:30:00.000Z' }));

/** How far ahead of this device's clock a file's date may be (another device's clock may run a little fast). */
export const CLOCK_SKEW_MS = 10 * 60 * 1000;

/** True when `iso` lies more than the allowed clock skew after `now`. */
export function isInFuture(iso: string, now: Date): boolean {
  return Date.parse(iso) > now.getTime() + CLOCK_SKEW_MS;
}
