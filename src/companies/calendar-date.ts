/**
 * Calendar dates as `YYYY-MM-DD` strings (PostgreSQL `date` columns come back in this form).
 * Pure functions: comparisons are plain string comparisons, arithmetic is done in UTC so no
 * local time zone or daylight saving can shift a day.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Musubi's users count days in Japan, whatever the server's time zone. */
export const CALENDAR_TIME_ZONE = 'Asia/Tokyo';

function toUtcMs(value: string): number | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? date.getTime() : null;
}

/** True for a real date in `YYYY-MM-DD` form (`2025-02-29` is not one). */
export function isCalendarDate(value: unknown): value is string {
  return typeof value === 'string' && toUtcMs(value) !== null;
}

/** Today's date in the given time zone (Asia/Tokyo by default). */
export function today(timeZone = CALENDAR_TIME_ZONE, now = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). Both must be calendar dates. */
export function daysBetween(from: string, to: string): number {
  const start = toUtcMs(from);
  const end = toUtcMs(to);
  if (start === null || end === null) throw new RangeError('daysBetween expects YYYY-MM-DD dates');
  return Math.round((end - start) / DAY_MS);
}
