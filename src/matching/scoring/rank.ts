import { DEFAULT_DIVERSITY, DiversityOptions, diversify } from './diversity';
import type { Fit } from './combine';
import type { FactorExplanation, PairScore } from './explanation';
import type { LocalisedText } from './types';
import { ScoringOptions, createNeedScorer, createSeedScorer } from './score-pair';
import type { MatchingContext, NeedProfile, SeedProfile } from './types';

export interface RankingOptions extends ScoringOptions {
  /** Diversity re-ranking; DEFAULT_DIVERSITY (at most 2 per laboratory) when absent. */
  readonly diversity?: DiversityOptions;
  /** Keep only the first `limit` candidates after re-ranking. */
  readonly limit?: number;
}

export interface RankedCandidate<T> {
  readonly candidate: T;
  readonly id: string;
  /** In [0, 1]; the sum of the factors' contributions. */
  readonly score: number;
  readonly fit: Fit;
  /** 1-based position after diversity re-ranking. */
  readonly rank: number;
  readonly factors: readonly FactorExplanation[];
  /** Why this candidate in one line per language. */
  summary(): LocalisedText;
}

/**
 * Ranks any candidates with a scoring function: scores each, orders by score then id (so
 * ties and input order never change a ranking), re-orders for diversity by `groupOf`, cuts
 * to `limit` and numbers the ranks. Both directions use it.
 */
export function rankCandidates<T extends { readonly id: string }>(
  candidates: readonly T[],
  score: (candidate: T) => PairScore,
  groupOf: (candidate: T) => string,
  options: { diversity?: DiversityOptions; limit?: number } = {},
): RankedCandidate<T>[] {
  const scored = candidates.map((candidate) => ({ candidate, id: candidate.id, group: groupOf(candidate), ...score(candidate) }));
  const ordered = diversify(scored, options.diversity ?? DEFAULT_DIVERSITY);
  const kept = options.limit === undefined ? ordered : ordered.slice(0, Math.max(0, options.limit));
  return kept.map(({ candidate, id, score: s, fit, factors, summary }, i) => ({ candidate, id, score: s, fit, rank: i + 1, factors, summary }));
}

/**
 * Ranks seeds for a need with per-factor explanations. `context.corpus` describes the seeds.
 * Diversity groups seeds by `labKey`.
 * @throws InvalidMatchingWeightsError, InvalidMatchingParametersError, InvalidDiversityOptionsError
 */
export function rankSeedsForNeed(
  need: NeedProfile,
  seeds: readonly SeedProfile[],
  context: MatchingContext,
  options: RankingOptions = {},
): RankedCandidate<SeedProfile>[] {
  return rankCandidates(seeds, createSeedScorer(need, context, options), (seed) => seed.labKey, options);
}

/**
 * Ranks needs for a seed (roles swapped: the seed's text is the query). `context.corpus`
 * describes the needs. Diversity groups needs by company (or by need when unknown).
 */
export function rankNeedsForSeed(
  seed: SeedProfile,
  needs: readonly NeedProfile[],
  context: MatchingContext,
  options: RankingOptions = {},
): RankedCandidate<NeedProfile>[] {
  return rankCandidates(needs, createNeedScorer(seed, context, options), (need) => need.companyId ?? need.id, options);
}
