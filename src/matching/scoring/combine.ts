import { FACTOR_NAMES, FactorName, MatchingWeights } from './weights';
import { unitInterval } from './types';

export interface Combination {
  readonly score: number;
  readonly contributions: Readonly<Record<FactorName, number>>;
}

/**
 * Weighted sum of factor values. Each contribution is weight × value and the score is the
 * sum of exactly these contributions in FACTOR_NAMES order, so the explanation adds up to
 * the score without rounding; with resolved weights (summing to 1) the score is in [0, 1].
 * Round only for display.
 */
export function combine(values: Readonly<Record<FactorName, number>>, weights: MatchingWeights): Combination {
  const contributions = {} as Record<FactorName, number>;
  let score = 0;
  for (const name of FACTOR_NAMES) {
    const contribution = weights[name] * unitInterval(values[name]);
    contributions[name] = contribution;
    score += contribution;
  }
  return { score, contributions };
}
