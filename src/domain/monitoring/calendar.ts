/**
 * Calendar days in the unit's time zone. Reports count by the day an officer sees on the wall clock, not by UTC: an
 * issue seen at 06.00 WIB on Tuesday is Tuesday's, although it is still Monday in UTC. Day keys are "YYYY-MM-DD" and
 * arithmetic on them is done on UTC noons, so it never depends on the machine's zone or on daylight saving.
 */
const keyFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day ("YYYY-MM-DD") of an instant in `timeZone` (the browser's zone when undefined). */
export function dayKey(instant: string | Date, timeZone?: string): string {
  const cacheKey = timeZone ?? '';
  let format = keyFormats.get(cacheKey);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', ...(timeZone ? { timeZone } : {}) });
    keyFormats.set(cacheKey, format);
  }
  return format.format(typeof instant === 'string' ? new Date(instant) : instant);
}

/** The day `days` after (or before, when negative) a day key. */
export function addDays(key: string, days: number): string {
  const date = new Date(`${key}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The Monday of the week that holds a day. */
export function weekStart(key: string): string {
  const weekday = new Date(`${key}T12:00:00Z`).getUTCDay(); // 0 Sunday … 6 Saturday
  return addDays(key, -((weekday + 6) % 7));
}

/** Every day key of a month ("YYYY-MM"). */
export function monthDays(month: string): string[] {
  const days: string[] = [];
  for (let key = `${month}-01`; key.startsWith(month); key = addDays(key, 1)) days.push(key);
  return days;
}

const DAY_NAMES = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];
const MONTH_NAMES = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];

export function dayName(key: string): string {
  return DAY_NAMES[new Date(`${key}T12:00:00Z`).getUTCDay()]!;
}

/** "7 Desember 2026"; without the year when `withYear` is false. */
export function longDay(key: string, withYear = true): string {
  const [year, month, day] = key.split('-').map(Number) as [number, number, number];
  return `${day} ${MONTH_NAMES[month - 1]}${withYear ? ` ${year}` : ''}`;
}

/** "Desember 2026". */
export function monthName(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return `${MONTH_NAMES[number - 1]} ${year}`;
}

const clockFormats = new Map<string, Intl.DateTimeFormat>();
/** The wall-clock time as the module writes it: "08.30". */
export function clockTime(instant: string | Date, timeZone?: string): string {
  const cacheKey = timeZone ?? '';
  let format = clockFormats.get(cacheKey);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', ...(timeZone ? { timeZone } : {}) });
    clockFormats.set(cacheKey, format);
  }
  return format.format(typeof instant === 'string' ? new Date(instant) : instant).replace(':', '.');
}
