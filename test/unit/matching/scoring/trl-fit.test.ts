import { DEFAULT_MATCHING_PARAMETERS, describeTrlFit, trlFit } from '../../../../src/matching/scoring';

const parameters = { penaltyPerLevelBelow: 0.2, penaltyPerLevelAbove: 0.08, unknown: 0.5 };

describe('trlFit', () => {
  it.each([
    [6, 6, 1],
    [6, 5, 0.8],
    [6, 4, 0.6],
    [6, 2, 0.2],
    [6, 1, 0], // clamped at 0
    [6, 7, 0.92],
    [6, 9, 0.76],
    [2, 9, 0.44],
    [null, 4, 0.5],
    [6, null, 0.5],
  ])('wished %p, seed %p → %p', (desired, seedTrl, expected) => {
    expect(trlFit(desired, seedTrl, parameters).value).toBeCloseTo(expected, 10);
  });

  it('penalises a seed below the wish more than one equally far above it', () => {
    const p = DEFAULT_MATCHING_PARAMETERS.trl;
    expect(trlFit(6, 4, p).value).toBeLessThan(trlFit(6, 8, p).value);
  });

  it('ranks a fitting TRL 6 seed above a TRL 2 idea for a production need', () => {
    const p = DEFAULT_MATCHING_PARAMETERS.trl;
    expect(trlFit(7, 6, p).value - trlFit(7, 2, p).value).toBeGreaterThanOrEqual(0.5);
  });

  it.each([
    [6, 4, 'TRL差: シーズ4 / 希望6', 'TRL gap: seed 4 / wanted 6'],
    [5, 5, 'TRLが一致: 5', 'TRL matches: 5'],
    [null, 3, '希望TRLの指定なし(シーズ3)', 'No TRL wished (seed 3)'],
  ])('explains wished %p, seed %p', (desired, seedTrl, ja, en) => {
    expect(describeTrlFit(trlFit(desired, seedTrl, parameters).detail)).toEqual({ ja, en });
  });
});
