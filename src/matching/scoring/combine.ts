import { FACTOR_NAMES, FactorName, MatchingWeights } from './weights';
import { unitInterval } from './types';

export interface Combination {
  readonly score: number;
  readonly contributions: Readonly<Record<FactorName, number>>;
}

/** The factor whose value gates all others: without text (or concept) evidence nothing else counts. */
export const GATING_FACTOR: FactorName = 'textRelevance';

/**
 * The score of a pair from its factor values, gated by text evidence:
 *
 *   score = t · (w_text + Σ_{f ≠ text} w_f · v_f),   t = the text relevance value
 *
 * Text relevance sets the level; region, field, TRL, forms, warm path, load and freshness adjust
 * a relevant candidate by their weights but cannot lift an irrelevant one: with t = 0 the score
 * is 0 whatever its region or freshness, so scores compare across needs. Each contribution is
 * w_text · t for the text and t · w_f · v_f for the others, and the score is the sum of exactly
 * these contributions in FACTOR_NAMES order, so an explanation adds up to the score without
 * rounding; with resolved weights (summing to 1) the score is in [0, 1]. Round only for display.
 */
export function combine(values: Readonly<Record<FactorName, number>>, weights: MatchingWeights): Combination {
  const gate = unitInterval(values[GATING_FACTOR]);
  const contributions = {} as Record<FactorName, number>;
  let score = 0;
  for (const name of FACTOR_NAMES) {
    const contribution = name === GATING_FACTOR ? weights[name] * gate : gate * weights[name] * unitInterval(values[name]);
    contributions[name] = contribution;
    score += contribution;
  }
  return { score, contributions };
}

/** How well a candidate fits, as a coordinator reads it. */
export type Fit = 'STRONG' | 'POSSIBLE' | 'WEAK';

/** Score thresholds of the fit levels: STRONG from `strong`, POSSIBLE from `possible`, else WEAK. */
export interface FitThresholds {
  readonly strong: number;
  readonly possible: number;
}

/** The fit level of a score. */
export function fitOf(score: number, thresholds: FitThresholds): Fit {
  if (score >= thresholds.strong) return 'STRONG';
  if (score >= thresholds.possible) return 'POSSIBLE';
  return 'WEAK';
}
