import { fiscalYearLabel, fiscalYearOf, fiscalYearRange, japaneseFiscalYearLabel, median } from '../../../src/kpis/fiscal-year';

describe('Japanese fiscal years (Asia/Tokyo)', () => {
  it.each([
    ['2026-03-31T23:59:59+09:00', 2025],
    ['2026-04-01T00:00:00+09:00', 2026],
    ['2026-03-31T15:00:00Z', 2026],
    ['2026-03-31T14:59:59Z', 2025],
    ['2025-01-15T12:00:00+09:00', 2024],
  ])('%s is in FY%i', (instant, fy) => {
    expect(fiscalYearOf(new Date(instant))).toBe(fy);
  });

  it('runs from April 1 00:00 JST to the next April 1', () => {
    const { start, end } = fiscalYearRange(2025);
    expect(start.toISOString()).toBe('2025-03-31T15:00:00.000Z');
    expect(end.toISOString()).toBe('2026-03-31T15:00:00.000Z');
  });

  it.each([
    [2025, 'FY2025', '令和7年度'],
    [2019, 'FY2019', '令和元年度'],
    [2021, 'FY2021', '令和3年度'],
    [2018, 'FY2018', '平成30年度'],
  ])('labels FY%i as %s and %s', (fy, label, ja) => {
    expect(fiscalYearLabel(fy)).toBe(label);
    expect(japaneseFiscalYearLabel(fy)).toBe(ja);
  });

  it('takes medians', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
