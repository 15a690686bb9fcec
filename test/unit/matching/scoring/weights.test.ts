import {
  DEFAULT_MATCHING_PARAMETERS,
  DEFAULT_MATCHING_WEIGHTS,
  FACTOR_NAMES,
  InvalidMatchingParametersError,
  InvalidMatchingWeightsError,
  resolveParameters,
  resolveWeights,
} from '../../../../src/matching/scoring';

const sumInOrder = (w: Record<string, number>) => FACTOR_NAMES.reduce((s, f) => s + w[f], 0);

describe('resolveWeights', () => {
  it('keeps the defaults, which sum to exactly 1', () => {
    const w = resolveWeights();
    expect(sumInOrder(w)).toBe(1);
    for (const f of FACTOR_NAMES) expect(w[f]).toBeCloseTo(DEFAULT_MATCHING_WEIGHTS[f], 12);
  });

  it('normalises overrides so the weights sum to 1', () => {
    const w = resolveWeights({
      textRelevance: 3,
      fieldProximity: 1,
      trlFit: 0,
      regionFit: 0,
      collaborationFormFit: 0,
      warmPath: 0,
      researcherLoad: 0,
      freshness: 0,
    });
    expect(w.textRelevance).toBeCloseTo(0.75, 12);
    expect(w.fieldProximity).toBeCloseTo(0.25, 12);
    expect(sumInOrder(w)).toBe(1);
  });

  it('merges a partial override into the configured base', () => {
    const base = { ...DEFAULT_MATCHING_WEIGHTS };
    const w = resolveWeights({ warmPath: 0 }, base);
    expect(w.warmPath).toBe(0);
    expect(w.textRelevance).toBeCloseTo(DEFAULT_MATCHING_WEIGHTS.textRelevance / (1 - DEFAULT_MATCHING_WEIGHTS.warmPath), 12);
  });

  it.each([
    ['a negative weight', { trlFit: -0.1 }, 'trlFit must be a non-negative number'],
    ['NaN', { trlFit: Number.NaN }, 'trlFit must be a non-negative number'],
    ['infinity', { trlFit: Number.POSITIVE_INFINITY }, 'trlFit must be a non-negative number'],
    ['an unknown factor', { popularity: 1 }, 'unknown factor "popularity"'],
    ['all zero', Object.fromEntries(FACTOR_NAMES.map((f) => [f, 0])), 'at least one weight must be positive'],
  ])('rejects %s', (_case, overrides, message) => {
    expect(() => resolveWeights(overrides)).toThrow(InvalidMatchingWeightsError);
    expect(() => resolveWeights(overrides)).toThrow(message);
  });

  it('sums to at most 1 for awkward ratios', () => {
    for (let a = 1; a <= 40; a++) {
      const w = resolveWeights({
        textRelevance: a / 7,
        fieldProximity: 1 / 3,
        trlFit: 0.1,
        regionFit: Math.PI,
        collaborationFormFit: 1e-9,
        warmPath: 0,
        researcherLoad: a,
        freshness: 0,
      });
      expect(sumInOrder(w)).toBeLessThanOrEqual(1);
      expect(sumInOrder(w)).toBeGreaterThan(1 - 1e-12);
    }
  });
});

describe('resolveParameters', () => {
  it('overrides one value of a group', () => {
    const p = resolveParameters({ region: { sameCountry: 0.2 }, bm25: { kindWeights: { concept: 3 } } });
    expect(p.region.sameCountry).toBe(0.2);
    expect(p.region.sameArea).toBe(1);
    expect(p.bm25.kindWeights).toEqual({ ...DEFAULT_MATCHING_PARAMETERS.bm25.kindWeights, concept: 3 });
  });

  it.each([
    ['a level above 1', { field: { sibling: 1.5 } }, 'field.sibling must be in [0, 1]'],
    ['a non-positive half-life', { freshness: { halfLifeDays: 0 } }, 'freshness.halfLifeDays must be positive'],
    ['b above 1', { bm25: { b: 2 } }, 'bm25.b must be at most 1'],
  ])('rejects %s', (_case, overrides, message) => {
    expect(() => resolveParameters(overrides)).toThrow(InvalidMatchingParametersError);
    expect(() => resolveParameters(overrides)).toThrow(message);
  });
});
