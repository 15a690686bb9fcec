import { DataSource, EntityManager, In } from 'typeorm';
import { RecordStatus } from '../../common/enums';
import { NotFoundError } from '../../common/errors';
import { assertRegionCode } from '../../common/references';
import { Consortium } from '../../consortia/consortium.entity';
import { Institution } from '../../institutions/institution.entity';
import { Need } from '../../needs/need.entity';
import type { NeedViewer } from '../../needs/need.visibility';
import { Researcher } from '../../people/researcher.entity';
import { redactedNeed } from './redacted-need';
import { consortiumRoutingTargets, institutionRoutingTargets } from './routing-targets';
import { toMatchFactor } from '../matching-options';
import type { MatchFactor } from '../matching.types';
import {
  DEFAULT_RETRIEVAL_OPTIONS,
  LoadedNeed,
  LoadedSeed,
  MatchingLookups,
  RetrievalOptions,
  RetrievedCandidate,
  loadConsortiumNames,
  loadCorpusStats,
  loadMatchingLookups,
  loadNeedProfiles,
  loadSeedProfiles,
  pastCollaborationKey,
  pastCollaborations,
  retrieveNeeds,
  retrieveSeeds,
} from '../retrieval';
import type { NeedRetrievalFilter, SeedRetrievalFilter } from '../retrieval';
import {
  DEFAULT_CONSORTIUM_ROUTING_WEIGHTS,
  DEFAULT_INSTITUTION_ROUTING_WEIGHTS,
  RankedTarget,
  RoutingTarget,
  RoutingWeights,
  rankRoutingTargets,
} from '../routing';
import { DEFAULT_MATCHING_PARAMETERS, DEFAULT_MATCHING_WEIGHTS, createSeedScorer, fitOf, rankNeedsForSeed, rankSeedsForNeed, resolveWeights } from '../scoring';
import { defaultTermLabels } from '../scoring/text-evidence';
import type { DiversityOptions, FactorName, Fit, MatchingContext, MatchingParameters, MatchingWeights, NeedProfile, RankedCandidate } from '../scoring';
import { corpusStatsOf } from '../text';
import type { CorpusStats } from '../text';

const NEED = { ja: '企業ニーズ', en: 'Need' };
const SEED = { ja: '研究シーズ', en: 'Seed' };

/** How much each further fitting seed adds to a researcher's best seed (of its own score), and how many count. */
export const FURTHER_SEED_BONUS_RATE = 0.1;
export const FURTHER_SEEDS_COUNTED = 2;

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

const startOfUtcDay = () => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
};

/**
 * The engine over PostgreSQL. Every query is two steps kept apart: retrieval in PostgreSQL (a
 * few hundred candidates at most) and ranking by the pure modules. Reads run in one REPEATABLE
 * READ transaction so the statistics and the postings agree. What a non-coordinator may not see
 * of a need (need.visibility.ts) is removed before ranking, so it can show neither in the
 * candidates nor in the explanations.
 */
export class DatabaseMatchingEngine implements MatchingEngine {
  readonly baseWeights: MatchingWeights;
  readonly parameters: MatchingParameters;
  private readonly retrieval: RetrievalOptions;
  private readonly institutionWeights: RoutingWeights;
  private readonly consortiumWeights: RoutingWeights;
  private readonly now: () => Date;

  constructor(
    private readonly dataSource: DataSource,
    options: MatchingEngineOptions = {},
  ) {
    this.baseWeights = options.baseWeights ?? DEFAULT_MATCHING_WEIGHTS;
    this.parameters = options.parameters ?? DEFAULT_MATCHING_PARAMETERS;
    this.retrieval = { ...DEFAULT_RETRIEVAL_OPTIONS, bm25: this.parameters.bm25, ...options.retrieval };
    this.institutionWeights = options.institutionWeights ?? DEFAULT_INSTITUTION_ROUTING_WEIGHTS;
    this.consortiumWeights = options.consortiumWeights ?? DEFAULT_CONSORTIUM_ROUTING_WEIGHTS;
    this.now = options.now ?? startOfUtcDay;
  }

  async rankSeeds(needId: string, request: RankingRequest<SeedRetrievalFilter> = {}): Promise<SeedRanking> {
    return this.read(async (manager) => {
      const weights = await this.weightsFor(manager, request.weights);
      const need = await this.loadNeedQuery(manager, needId, request.viewer ?? 'COORDINATOR');
      const filter = request.filter ?? {};
      if (filter.regionCode) await assertRegionCode(manager, filter.regionCode, 'filter.regionCode');
      return this.seedRanking(manager, need, filter, weights, request.diversity);
    });
  }

  async rankNeeds(seedId: string, request: RankingRequest<NeedRetrievalFilter> & { ownerResearcherId?: string | null } = {}): Promise<RankedNeed[]> {
    const viewer = request.viewer ?? 'COORDINATOR';
    const filter: NeedRetrievalFilter = { ...request.filter, confidentialByFieldOnly: viewer !== 'COORDINATOR' };
    return this.read(async (manager) => {
      const weights = await this.weightsFor(manager, request.weights);
      const seed = (await loadSeedProfiles(manager, [seedId], { companyId: null })).get(seedId);
      const owner = request.ownerResearcherId ?? null;
      if (!seed || (owner !== null && !seed.profile.ownerIds.includes(owner))) throw new NotFoundError(SEED, 'seedId');
      if (filter.regionCode) await assertRegionCode(manager, filter.regionCode, 'filter.regionCode');
      const query = seed.profile.analysed!;
      const retrieved = await retrieveNeeds(manager, { terms: query, fieldCodes: seed.profile.fieldCodes }, filter, this.retrieval);
      const loaded = await loadNeedProfiles(
        manager,
        retrieved.map((r) => r.id),
        { asQuery: false },
      );
      const needs = [...loaded.values()].map((n) => redactedNeed(n, viewer));
      const past = await pastCollaborations(
        manager,
        needs.map((n) => ({ companyId: n.profile.companyId ?? null, seedId })),
      );
      const profiles = needs.map((n) => ({
        ...n.profile,
        pastCollaborationWithSeed: past.get(pastCollaborationKey(n.profile.companyId ?? null, seedId)) ?? false,
      }));
      const context = await this.context(manager, await loadCorpusStats(manager, 'NEED', Object.keys(query.terms)), seed.profile.consortiumIds);
      const byId = new Map(needs.map((n) => [n.need.id, n.need]));
      return rankNeedsForSeed(seed.profile, profiles, context, { baseWeights: weights, diversity: request.diversity, baseParameters: this.parameters }).map(
        (r) => ({ ...r, need: byId.get(r.id)! }),
      );
    });
  }

  /**
   * Researchers for a need: the need's seed candidates grouped by owner. A researcher scores
   * their best seed's score plus FURTHER_SEED_BONUS_RATE × the scores of up to
   * FURTHER_SEEDS_COUNTED further seeds (capped at 1); the explanation is the best seed's.
   */
  async rankResearchers(needId: string, request: Omit<RankingRequest<SeedRetrievalFilter>, 'diversity'> = {}): Promise<RankedResearcher[]> {
    return this.read(async (manager) => {
      const weights = await this.weightsFor(manager, request.weights);
      const need = await this.loadNeedQuery(manager, needId, request.viewer ?? 'COORDINATOR');
      const filter = request.filter ?? {};
      if (filter.regionCode) await assertRegionCode(manager, filter.regionCode, 'filter.regionCode');
      const { ranked } = await this.seedRanking(manager, need, filter, weights, { mode: 'none' });
      const byOwner = new Map<string, Array<RankedCandidate<LoadedSeed>>>();
      for (const r of ranked) {
        for (const ownerId of r.candidate.profile.ownerIds) {
          const list = byOwner.get(ownerId);
          if (list) list.push(r);
          else byOwner.set(ownerId, [r]);
        }
      }
      const researchers =
        byOwner.size === 0 ? [] : await manager.getRepository(Researcher).find({ where: { id: In([...byOwner.keys()]), status: RecordStatus.ACTIVE } });
      const scored = researchers.map((researcher) => {
        const seeds = byOwner.get(researcher.id)!; // already in ranked order: best first
        const { score, furtherSeedsBonus } = researcherScore(seeds.map((s) => s.score));
        return { researcher, score, fit: fitOf(score, this.parameters.fit), furtherSeedsBonus, seeds };
      });
      scored.sort((a, b) => b.score - a.score || compareIds(a.researcher.id, b.researcher.id));
      return scored.map((s, i) => ({ ...s, rank: i + 1 }));
    });
  }

  /**
   * Institutions for a need, by the routing rule of its category (routing-rules.ts), by what
   * their own description, equipment and menus say, by their best-fitting seed, and by fields,
   * region and warm path.
   */
  async rankInstitutions(needId: string, request: RoutingRequest = {}): Promise<Array<RankedRoutingTarget<Institution>>> {
    return this.read(async (manager) => {
      const need = await this.loadNeedQuery(manager, needId, request.viewer ?? 'COORDINATOR');
      const regionCode = request.regionCode ?? null;
      if (regionCode) await assertRegionCode(manager, regionCode, 'filter.regionCode');
      const { targets, institutions, seedEvidence } = await institutionRoutingTargets(
        manager,
        need.profile,
        { regionCode, kinds: request.institutionKinds ?? null },
        this.retrieval,
        this.parameters,
      );
      const ranked = await this.rankTargets(manager, need.profile, targets, this.institutionWeights);
      const byId = new Map(institutions.map((i) => [i.id, i]));
      return ranked.map((r) => ({
        ...r,
        target: byId.get(r.id)!,
        fit: fitOf(r.score, this.parameters.fit),
        bestSeedId: seedEvidence.bestByInstitution.get(r.id)?.id ?? null,
      }));
    });
  }

  /** Consortia for a need, by their fields, name and description, their members' best seed, region and the company's memberships. */
  async rankConsortia(needId: string, request: RoutingRequest = {}): Promise<Array<RankedRoutingTarget<Consortium>>> {
    return this.read(async (manager) => {
      const need = await this.loadNeedQuery(manager, needId, request.viewer ?? 'COORDINATOR');
      const regionCode = request.regionCode ?? null;
      if (regionCode) await assertRegionCode(manager, regionCode, 'filter.regionCode');
      const { targets, consortia, bestByConsortium } = await consortiumRoutingTargets(manager, need.profile, regionCode, this.retrieval, this.parameters);
      const ranked = await this.rankTargets(manager, need.profile, targets, this.consortiumWeights);
      const byId = new Map(consortia.map((c) => [c.id, c]));
      return ranked.map((r) => ({
        ...r,
        target: byId.get(r.id)!,
        fit: fitOf(r.score, this.parameters.fit),
        bestSeedId: bestByConsortium.get(r.id)?.id ?? null,
      }));
    });
  }

  /**
   * One pair scored now, as the rankings score it, with the active weights: what a proposal
   * stores as its snapshot. A seed alone; a researcher by their best published seed plus the
   * bonus; an institution or consortium by its place in the full routing ranking (never a page
   * of it). Null when the target does not exist or has nothing to rank by.
   */
  async scorePair(needId: string, target: PairTarget): Promise<PairSnapshot | null> {
    switch (target.kind) {
      case 'SEED':
        return this.read(async (manager) => (await this.scoreSeeds(manager, await this.loadNeedQuery(manager, needId, 'COORDINATOR'), [target.id]))[0] ?? null);
      case 'RESEARCHER':
        return this.scoreResearcher(needId, target.id);
      case 'INSTITUTION':
      case 'CONSORTIUM': {
        const ranked = target.kind === 'INSTITUTION' ? await this.rankInstitutions(needId) : await this.rankConsortia(needId);
        const found = ranked.find((r) => r.id === target.id);
        return found
          ? {
              seedId: found.bestSeedId,
              score: found.score,
              explanation: found.factors.map((f) => toMatchFactor(f, defaultTermLabels(), found.score)),
              factorValues: null,
            }
          : null;
      }
    }
  }

  async activeWeightVersion(): Promise<number | null> {
    const rows = (await this.dataSource.query(`SELECT version FROM weight_set WHERE active LIMIT 1`)) as Array<{ version: number }>;
    return rows[0]?.version ?? null;
  }

  private async scoreResearcher(needId: string, researcherId: string): Promise<PairSnapshot | null> {
    return this.read(async (manager) => {
      const need = await this.loadNeedQuery(manager, needId, 'COORDINATOR');
      const rows = (await manager.query(
        `SELECT so.seed_id FROM seed_owner so JOIN seed s ON s.id = so.seed_id AND s.status = 'PUBLISHED' WHERE so.researcher_id = $1`,
        [researcherId],
      )) as Array<{ seed_id: string }>;
      const scored = await this.scoreSeeds(
        manager,
        need,
        rows.map((r) => r.seed_id),
      );
      if (scored.length === 0) return null;
      scored.sort((a, b) => b.score - a.score || compareIds(a.seedId!, b.seedId!));
      return { ...scored[0], score: researcherScore(scored.map((s) => s.score)).score };
    });
  }

  private async scoreSeeds(manager: EntityManager, need: LoadedNeed, seedIds: readonly string[]): Promise<PairSnapshot[]> {
    const seeds = await loadSeedProfiles(manager, seedIds, { companyId: need.profile.companyId ?? null, asQuery: false });
    if (seeds.size === 0) return [];
    const base = await this.weightsFor(manager, undefined);
    const context = await this.context(manager, await loadCorpusStats(manager, 'SEED', Object.keys(need.profile.analysed!.terms)), need.profile.consortiumIds);
    const score = createSeedScorer(need.profile, context, { baseWeights: base, baseParameters: this.parameters });
    return [...seeds.values()].map((s) => {
      const pair = score(s.profile);
      return {
        seedId: s.seed.id,
        score: pair.score,
        explanation: pair.factors.map((f) => toMatchFactor(f, defaultTermLabels(), pair.score)),
        factorValues: Object.fromEntries(pair.factors.map((f) => [f.factor, f.value])) as Record<FactorName, number>,
      };
    });
  }

  /**
   * The weights of a ranking: the active weight set (src/learning, `npm run calibrate`) when
   * there is one and it is valid, else the configured weights, with the query's overrides.
   * Read per query, so an activation or a rollback applies at once, also from the command line.
   */
  private async weightsFor(manager: EntityManager, overrides: Partial<MatchingWeights> | undefined): Promise<MatchingWeights> {
    const rows = (await manager.query(`SELECT weights FROM weight_set WHERE active LIMIT 1`)) as Array<{ weights: Partial<Record<FactorName, number>> }>;
    let base = this.baseWeights;
    if (rows.length > 0) {
      try {
        base = resolveWeights(rows[0].weights, this.baseWeights);
      } catch {
        base = this.baseWeights;
      }
    }
    return overrides ? resolveWeights(overrides, base) : base;
  }

  private read<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction('REPEATABLE READ', work);
  }

  /** The need as the query of a ranking, as `viewer` may see it; NOT_FOUND on `needId`. */
  private async loadNeedQuery(manager: EntityManager, needId: string, viewer: NeedViewer): Promise<LoadedNeed> {
    const need = (await loadNeedProfiles(manager, [needId])).get(needId);
    if (!need) throw new NotFoundError(NEED, 'needId');
    return redactedNeed(need, viewer);
  }

  /** Retrieval, profiles and ranking of seeds for a need. */
  private async seedRanking(
    manager: EntityManager,
    need: LoadedNeed,
    filter: SeedRetrievalFilter,
    weights: MatchingWeights,
    diversity: DiversityOptions | undefined,
  ): Promise<SeedRanking> {
    const query = need.profile.analysed!;
    // A seed declined as NOT_RELEVANT for this need is never proposed for it again; one whose owner
    // declared a conflict of interest with the need's company is never proposed at all (so neither
    // is that researcher, who is ranked by these seeds).
    const retrieved = await retrieveSeeds(
      manager,
      { terms: query, fieldCodes: need.profile.fieldCodes },
      { ...filter, notRelevantForNeedId: need.need.id, conflictOfInterestCompanyId: filter.keepConflictsOfInterest ? null : need.need.companyId },
      this.retrieval,
    );
    const seeds = await loadSeedProfiles(
      manager,
      retrieved.map((r) => r.id),
      { companyId: need.profile.companyId ?? null, asQuery: false },
    );
    const context = await this.context(manager, await loadCorpusStats(manager, 'SEED', Object.keys(query.terms)), need.profile.consortiumIds);
    // Ranked in retrieval order (the ranking orders by score then id anyway).
    const loaded = retrieved.map((r) => seeds.get(r.id)).filter((s): s is LoadedSeed => s !== undefined);
    const byId = new Map(loaded.map((s) => [s.seed.id, s]));
    const ranked = rankSeedsForNeed(
      need.profile,
      loaded.map((s) => s.profile),
      context,
      { baseWeights: weights, diversity, baseParameters: this.parameters },
    );
    return { retrieved, ranked: ranked.map((r) => ({ ...r, candidate: byId.get(r.id)! })) };
  }

  /** The ranking context: corpus statistics, taxonomy and regions (per request), names for explanations. */
  private async context(manager: EntityManager, corpus: CorpusStats, queryConsortiumIds: readonly string[]): Promise<MatchingContext> {
    const lookups: MatchingLookups = await loadMatchingLookups(manager);
    // A shared consortium is one of the query side's: only those names can appear.
    const consortia = await loadConsortiumNames(manager, queryConsortiumIds);
    return {
      corpus,
      taxonomy: lookups.taxonomy,
      regions: lookups.regions,
      names: { fields: lookups.fieldNames, regions: lookups.regionNames, consortia, terms: defaultTermLabels() },
      now: this.now(),
    };
  }

  /** Ranks routing targets; their own texts form the corpus their text factor is measured in. */
  private async rankTargets(manager: EntityManager, need: NeedProfile, targets: readonly RoutingTarget[], weights: RoutingWeights): Promise<RankedTarget[]> {
    const context = await this.context(manager, corpusStatsOf(targets.map((t) => t.analysed)), need.consortiumIds);
    return rankRoutingTargets(need, targets, context, { weights, parameters: this.parameters });
  }
}

/** A researcher's score from their seeds' scores, best first: the best plus a capped bonus for the next ones. */
export function researcherScore(seedScores: readonly number[]): { score: number; furtherSeedsBonus: number } {
  const [best = 0, ...rest] = seedScores;
  const further = rest.slice(0, FURTHER_SEEDS_COUNTED).reduce((sum, s) => sum + s, 0);
  const furtherSeedsBonus = Math.min(1 - best, FURTHER_SEED_BONUS_RATE * further);
  return { score: best + furtherSeedsBonus, furtherSeedsBonus };
}

const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export { redactedNeed } from './redacted-need';
