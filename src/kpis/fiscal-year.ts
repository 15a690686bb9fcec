/**
 * Japanese fiscal years (年度): April 1 to March 31, with boundaries at midnight in Asia/Tokyo
 * (UTC+9 all year, no daylight saving), shown as `FY2025` and as the 令和 year `令和7年度`
 * (令和 year = fiscal year − 2018; FY2019 is 令和元年度). Pure functions.
 */

const JST_OFFSET_MS = 9 * 60 * 60 * 1000;
/** The first fiscal year of 令和 (April 2019). */
export const REIWA_FIRST_FISCAL_YEAR = 2019;

/** [start, end) of the fiscal year as instants: April 1 00:00 JST to the next April 1 00:00 JST. */
export function fiscalYearRange(fiscalYear: number): { start: Date; end: Date } {
  return {
    start: new Date(Date.UTC(fiscalYear, 3, 1) - JST_OFFSET_MS),
    end: new Date(Date.UTC(fiscalYear + 1, 3, 1) - JST_OFFSET_MS),
  };
}

/** The fiscal year an instant falls in, read on the Tokyo calendar. */
export function fiscalYearOf(instant: Date): number {
  const tokyo = new Date(instant.getTime() + JST_OFFSET_MS);
  return tokyo.getUTCMonth() >= 3 ? tokyo.getUTCFullYear() : tokyo.getUTCFullYear() - 1;
}

/** `FY2025`. */
export const fiscalYearLabel = (fiscalYear: number): string => `FY${fiscalYear}`;

/** `令和7年度`; `令和元年度` for FY2019; `平成N年度` before. */
export function japaneseFiscalYearLabel(fiscalYear: number): string {
  if (fiscalYear >= REIWA_FIRST_FISCAL_YEAR) {
    const year = fiscalYear - 2018;
    return `令和${year === 1 ? '元' : year}年度`;
  }
  const heisei = fiscalYear - 1988;
  return `平成${heisei === 1 ? '元' : heisei}年度`;
}

/** The median of numbers, or null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
