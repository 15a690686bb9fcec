import { DataSource, EntityManager, In } from 'typeorm';
import { RecordStatus } from '../../common/enums';
import { withSnapshotSibling } from '../../database/snapshot-sibling';
import { NotFoundError } from '../../common/errors';
import { assertRegionCode } from '../../common/references';
import type { Consortium } from '../../consortia/consortium.entity';
import type { Institution } from '../../institutions/institution.entity';
import type { NeedViewer } from '../../needs/need.visibility';
import { Researcher } from '../../people/researcher.entity';
import { redactedNeed } from './redacted-need';
import { RankingSetup } from './ranking-context';
import { consortiumRoutingTargets, institutionRoutingTargets } from './routing-targets';
import type {
  MatchingEngine,
  MatchingEngineOptions,
  PairSnapshot,
  PairTarget,
  RankedNeed,
  RankedResearcher,
  RankedRoutingTarget,
  RankingRequest,
  RoutingRequest,
  SeedRanking,
} from './engine-types';
import { toMatchFactor } from '../matching-options';
import {
  DEFAULT_RETRIEVAL_OPTIONS,
  LoadedNeed,
  LoadedSeed,
  RetrievalOptions,
  SPLIT_PROFILES_FROM,
  loadCorpusStats,
  loadNeedProfiles,
  loadSeedProfiles,
  pastCollaborationKey,
  pastCollaborations,
  retrieveNeeds,
  retrieveSeeds,
} from '../retrieval';
import type { NeedRetrievalFilter, SeedRetrievalFilter } from '../retrieval';
import { ReferenceData } from '../reference';
import {
  DEFAULT_CONSORTIUM_ROUTING_WEIGHTS,
  DEFAULT_INSTITUTION_ROUTING_WEIGHTS,
  RankedTarget,
  RoutingTarget,
  RoutingWeights,
  rankRoutingTargets,
} from '../routing';
import { DEFAULT_MATCHING_PARAMETERS, DEFAULT_MATCHING_WEIGHTS, createSeedScorer, fitOf, rankNeedsForSeed, rankSeedsForNeed } from '../scoring';
import { defaultTermLabels } from '../scoring/text-evidence';
import type { DiversityOptions, FactorName, MatchingParameters, MatchingWeights, NeedProfile, RankedCandidate } from '../scoring';
import { corpusStatsOf } from '../text';

export type * from './engine-types';

const NEED = { ja: '企業ニーズ', en: 'Need' };
const SEED = { ja: '研究シーズ', en: 'Seed' };

/** How much each further fitting seed adds to a researcher's best seed (of its own score), and how many count. */
export const FURTHER_SEED_BONUS_RATE = 0.1;
export const FURTHER_SEEDS_COUNTED = 2;

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
  /** Taxonomy, regions, consortium names and the active weights, in memory while listening for changes. */
  readonly reference: ReferenceData;
  private readonly setup: RankingSetup;

  constructor(
    private readonly dataSource: DataSource,
    options: MatchingEngineOptions = {},
  ) {
    this.baseWeights = options.baseWeights ?? DEFAULT_MATCHING_WEIGHTS;
    this.parameters = options.parameters ?? DEFAULT_MATCHING_PARAMETERS;
    this.retrieval = { ...DEFAULT_RETRIEVAL_OPTIONS, bm25: this.parameters.bm25, ...options.retrieval };
    this.institutionWeights = options.institutionWeights ?? DEFAULT_INSTITUTION_ROUTING_WEIGHTS;
    this.consortiumWeights = options.consortiumWeights ?? DEFAULT_CONSORTIUM_ROUTING_WEIGHTS;
    this.reference = new ReferenceData(dataSource);
    this.setup = new RankingSetup(this.reference, this.baseWeights, options.now ?? startOfUtcDay);
  }

  async rankSeeds(needId: string, request: RankingRequest<SeedRetrievalFilter> = {}): Promise<SeedRanking> {
    return this.read(async (manager) => {
      const weights = await this.setup.weights(manager, request.weights);
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
      const weights = await this.setup.weights(manager, request.weights);
      const seed = (await loadSeedProfiles(manager, [seedId], { companyId: null })).get(seedId);
      const owner = request.ownerResearcherId ?? null;
      if (!seed || (owner !== null && !seed.profile.ownerIds.includes(owner))) throw new NotFoundError(SEED, 'seedId');
      if (filter.regionCode) await assertRegionCode(manager, filter.regionCode, 'filter.regionCode');
      const query = seed.profile.analysed!;
      const retrieved = await retrieveNeeds(manager, { terms: query, fieldCodes: seed.profile.fieldCodes }, filter, this.retrieval);
      const loaded = await loadNeedProfiles(
        manager,
        retrieved.map((r) => r.id),
        { asQuery: false, queryTerms: Object.keys(query.terms) },
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
      const context = await this.setup.context(manager, await loadCorpusStats(manager, 'NEED', Object.keys(query.terms)), seed.profile.consortiumIds);
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
      const weights = await this.setup.weights(manager, request.weights);
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
    return (await this.reference.activeWeightSet(this.dataSource.manager))?.version ?? null;
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
    const seeds = await loadSeedProfiles(manager, seedIds, {
      companyId: need.profile.companyId ?? null,
      asQuery: false,
      queryTerms: Object.keys(need.profile.analysed!.terms),
    });
    if (seeds.size === 0) return [];
    const base = await this.setup.weights(manager, undefined);
    const context = await this.setup.context(
      manager,
      await loadCorpusStats(manager, 'SEED', Object.keys(need.profile.analysed!.terms)),
      need.profile.consortiumIds,
    );
    const score = createSeedScorer(need.profile, context, { baseWeights: base, baseParameters: this.parameters });
    return [...seeds.values()].map((s) => {
      const pair = score(s.profile);
      return {
        seedId: s.profile.id,
        score: pair.score,
        explanation: pair.factors.map((f) => toMatchFactor(f, defaultTermLabels(), pair.score)),
        factorValues: Object.fromEntries(pair.factors.map((f) => [f.factor, f.value])) as Record<FactorName, number>,
      };
    });
  }

  /**
   * Runs `work` in one REPEATABLE READ transaction. Opened by one statement: TypeORM's
   * transaction() sends START TRANSACTION and SET TRANSACTION ISOLATION LEVEL apart, a round trip
   * more per ranking. Reads only, and nothing in them opens a transaction of its own.
   */
  private async read<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('START TRANSACTION ISOLATION LEVEL REPEATABLE READ');
      let result: T;
      try {
        result = await work(runner.manager);
      } catch (error) {
        await runner.query('ROLLBACK').catch(() => undefined); // the work's error is the one to report
        throw error;
      }
      await runner.query('COMMIT');
      return result;
    } finally {
      await runner.release();
    }
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
    const ids = retrieved.map((r) => r.id);
    const load = (sibling: EntityManager | null) =>
      loadSeedProfiles(manager, ids, { companyId: need.profile.companyId ?? null, asQuery: false, queryTerms: Object.keys(query.terms), sibling });
    const seeds = ids.length >= SPLIT_PROFILES_FROM ? await withSnapshotSibling(this.dataSource, manager, load) : await load(null);
    const context = await this.setup.context(manager, await loadCorpusStats(manager, 'SEED', Object.keys(query.terms)), need.profile.consortiumIds);
    // Ranked in retrieval order (the ranking orders by score then id anyway).
    const loaded = retrieved.map((r) => seeds.get(r.id)).filter((s): s is LoadedSeed => s !== undefined);
    const byId = new Map(loaded.map((s) => [s.profile.id, s]));
    const ranked = rankSeedsForNeed(
      need.profile,
      loaded.map((s) => s.profile),
      context,
      { baseWeights: weights, diversity, baseParameters: this.parameters },
    );
    return { retrieved, ranked: ranked.map((r) => ({ ...r, candidate: byId.get(r.id)! })) };
  }

  /** Ranks routing targets; their own texts form the corpus their text factor is measured in. */
  private async rankTargets(manager: EntityManager, need: NeedProfile, targets: readonly RoutingTarget[], weights: RoutingWeights): Promise<RankedTarget[]> {
    const context = await this.setup.context(manager, corpusStatsOf(targets.map((t) => t.analysed)), need.consortiumIds);
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
