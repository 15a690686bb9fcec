import type { Consortium } from '../../consortia/consortium.entity';
import type { Institution } from '../../institutions/institution.entity';
import type { Need } from '../../needs/need.entity';
import type { NeedViewer } from '../../needs/need.visibility';
import type { Researcher } from '../../people/researcher.entity';
import type { MatchFactor } from '../matching.types';
import type { LoadedSeed, RetrievalOptions, RetrievedCandidate, NeedRetrievalFilter, SeedRetrievalFilter } from '../retrieval';
import type { RankedTarget, RoutingWeights } from '../routing';
import type { DiversityOptions, FactorName, Fit, MatchingParameters, MatchingWeights, NeedProfile, RankedCandidate } from '../scoring';

/** What the matching engine offers and takes: the contract its callers (matching.service.ts, workflow, plans, KPIs) see. */

export interface MatchingEngineOptions {
  /** Configured factor weights (config MUSUBI_MATCHING_WEIGHTS); DEFAULT_MATCHING_WEIGHTS when absent. */
  baseWeights?: MatchingWeights;
  parameters?: MatchingParameters;
  retrieval?: Partial<RetrievalOptions>;
  institutionWeights?: RoutingWeights;
  consortiumWeights?: RoutingWeights;
  /** The ranking moment; by default the start of the current UTC day, so a day's rankings repeat exactly. */
  now?: () => Date;
}

/** What a ranking of seeds or needs takes besides the query's id: validated filters and options. */
export interface RankingRequest<F> {
  readonly filter?: F;
  /** Per-query weight overrides, already validated (merged into the active base weights). */
  readonly weights?: Partial<MatchingWeights>;
  readonly diversity?: DiversityOptions;
  /** How the viewer may see a need: what they may not see is removed before ranking. */
  readonly viewer?: NeedViewer;
}

export interface RoutingRequest {
  readonly regionCode?: string | null;
  readonly institutionKinds?: readonly string[] | null;
  readonly viewer?: NeedViewer;
}

/** Retrieval and ranking of seeds for one need, before paging: what the evaluation reads. */
export interface SeedRanking {
  /** Candidates in retrieval order (SQL BM25, then shared-field ones). */
  readonly retrieved: readonly RetrievedCandidate[];
  /** Ranked candidates, after diversity re-ranking. */
  readonly ranked: ReadonlyArray<RankedCandidate<LoadedSeed>>;
}

/** A need ranked for a seed, with the need as the viewer may see it. */
export type RankedNeed = RankedCandidate<NeedProfile> & { readonly need: Need };

/** A researcher ranked for a need by their seeds. */
export interface RankedResearcher {
  readonly researcher: Researcher;
  /** The best seed's score plus the bonus for further fitting seeds. */
  readonly score: number;
  readonly fit: Fit;
  readonly rank: number;
  readonly furtherSeedsBonus: number;
  /** The researcher's ranked seeds, best first (the first is the one explained). */
  readonly seeds: ReadonlyArray<RankedCandidate<LoadedSeed>>;
}

/** An institution or consortium ranked for a need, with its best-fitting seed. */
export type RankedRoutingTarget<T> = RankedTarget & { readonly target: T; readonly fit: Fit; readonly bestSeedId: string | null };

/** A pair scored at one moment: what an introduction keeps as its snapshot. */
export interface PairSnapshot {
  /** The seed scored (for a researcher: their best seed; null for institutions and consortia). */
  readonly seedId: string | null;
  readonly score: number;
  readonly explanation: MatchFactor[];
  /** Each factor's value 0–1, the features the calibration fits weights on (seeds and researchers only). */
  readonly factorValues: Record<FactorName, number> | null;
}

export type PairTarget = { readonly kind: 'SEED' | 'RESEARCHER' | 'INSTITUTION' | 'CONSORTIUM'; readonly id: string };

/**
 * The matching engine: for a need (by database id) the seeds, researchers, institutions and
 * consortia ranked in full, with their reasons; for a seed the needs; and one pair scored as the
 * rankings score it. Paging, global ids and GraphQL shapes live above it (matching.service.ts),
 * retrieval SQL (../retrieval) and pure scoring (../scoring, ../routing) below.
 */
export interface MatchingEngine {
  rankSeeds(needId: string, request?: RankingRequest<SeedRetrievalFilter>): Promise<SeedRanking>;
  rankNeeds(seedId: string, request?: RankingRequest<NeedRetrievalFilter> & { ownerResearcherId?: string | null }): Promise<RankedNeed[]>;
  rankResearchers(needId: string, request?: Omit<RankingRequest<SeedRetrievalFilter>, 'diversity'>): Promise<RankedResearcher[]>;
  rankInstitutions(needId: string, request?: RoutingRequest): Promise<Array<RankedRoutingTarget<Institution>>>;
  rankConsortia(needId: string, request?: RoutingRequest): Promise<Array<RankedRoutingTarget<Consortium>>>;
  scorePair(needId: string, target: PairTarget): Promise<PairSnapshot | null>;
  /** The version of the active weight set, or null when the configured weights apply. */
  activeWeightVersion(): Promise<number | null>;
}
