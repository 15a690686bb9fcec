import { DEFAULT_MATCHING_WEIGHTS, FACTOR_NAMES, FactorName, combine, resolveWeights } from '../../../../src/matching/scoring';

/** A small deterministic generator (mulberry32) so the property test is reproducible. */
function random(seedValue: number): () => number {
  let a = seedValue;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const valuesOf = (f: (name: FactorName) => number) => Object.fromEntries(FACTOR_NAMES.map((n) => [n, f(n)])) as Record<FactorName, number>;

describe('combine', () => {
  it.each([
    ['all factors 1', () => 1, 1],
    ['all factors 0', () => 0, 0],
    ['only text', (n: FactorName) => (n === 'textRelevance' ? 1 : 0), DEFAULT_MATCHING_WEIGHTS.textRelevance],
    ['everything but text: an unrelated candidate', (n: FactorName) => (n === 'textRelevance' ? 0 : 1), 0],
    ['half the text evidence, every other factor perfect', (n: FactorName) => (n === 'textRelevance' ? 0.5 : 1), 0.5],
  ])('%s', (_case, value, expected) => {
    expect(combine(valuesOf(value), resolveWeights()).score).toBeCloseTo(expected, 12);
  });

  it('makes the contributions sum exactly to the score, with the score in [0, 1]', () => {
    const next = random(42);
    for (let i = 0; i < 2000; i++) {
      const weights = resolveWeights(Object.fromEntries(FACTOR_NAMES.map((n) => [n, next() < 0.2 ? 0 : next() * 10])));
      const values = valuesOf(() => (next() < 0.1 ? 1 : next()));
      const { score, contributions } = combine(values, weights);
      let sum = 0;
      for (const n of FACTOR_NAMES) sum += contributions[n];
      expect(sum).toBe(score);
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
    }
  });

  it('never exceeds 1 when every value is 1, whatever the weights', () => {
    const next = random(7);
    for (let i = 0; i < 2000; i++) {
      const weights = resolveWeights(Object.fromEntries(FACTOR_NAMES.map((n) => [n, next() * 1000])));
      expect(
        combine(
          valuesOf(() => 1),
          weights,
        ).score,
      ).toBeLessThanOrEqual(1);
    }
  });

  it('clamps values outside [0, 1] and treats NaN as 0', () => {
    const { contributions } = combine(
      valuesOf((n) => (n === 'trlFit' ? 7 : n === 'freshness' ? Number.NaN : n === 'textRelevance' ? 1 : 0)),
      resolveWeights(),
    );
    expect(contributions.trlFit).toBeCloseTo(DEFAULT_MATCHING_WEIGHTS.trlFit, 12);
    expect(contributions.freshness).toBe(0);
  });
});
