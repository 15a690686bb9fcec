import { describeFreshness, freshness } from '../../../../src/matching/scoring';

const now = new Date('2025-10-01T00:00:00Z');
const daysBefore = (days: number) => new Date(now.getTime() - days * 86_400_000);

describe('freshness', () => {
  it.each([
    [0, 1],
    [365, 0.5],
    [730, 0.25],
    [-30, 1], // a date in the future counts as today
  ])('updated %p days ago, half-life 365 → %p', (days, expected) => {
    expect(freshness(daysBefore(days), now, { halfLifeDays: 365 }).value).toBeCloseTo(expected, 10);
  });

  it('depends on the given moment, not on the clock', () => {
    const updated = new Date('2020-01-01T00:00:00Z');
    expect(freshness(updated, now, { halfLifeDays: 100 })).toEqual(freshness(updated, new Date(now), { halfLifeDays: 100 }));
    expect(freshness(updated, updated, { halfLifeDays: 100 }).value).toBe(1);
  });

  it('explains the age', () => {
    expect(describeFreshness(freshness(daysBefore(120.5), now, { halfLifeDays: 365 }).detail)).toEqual({ ja: '更新から120日', en: 'Updated 120 days ago' });
  });
});
