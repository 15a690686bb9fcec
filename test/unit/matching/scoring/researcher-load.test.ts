import { describeResearcherLoad, researcherLoad } from '../../../../src/matching/scoring';

describe('researcherLoad', () => {
  it.each([
    [0, 1],
    [1, 0.75],
    [3, 0.5],
    [9, 0.25],
    [-2, 1], // bad data counts as no load
  ])('%p open introductions → %p', (open, expected) => {
    expect(researcherLoad(open, { halfValueAt: 3 }).value).toBeCloseTo(expected, 10);
  });

  it('explains the load', () => {
    expect(describeResearcherLoad(researcherLoad(2, { halfValueAt: 3 }).detail)).toEqual({ ja: '進行中の紹介: 2件', en: 'Open introductions: 2' });
  });
});
