import { DataSource, EntityManager, In } from 'typeorm';
import type { ConnectionShape } from '../common/connection';
import { RecordStatus } from '../common/enums';
import { NotFoundError } from '../common/errors';
import { fromGlobalId } from '../common/global-id';
import { assertRegionCode } from '../common/references';
import { Consortium } from '../consortia/consortium.entity';
import { Institution } from '../institutions/institution.entity';
import { Need } from '../needs/need.entity';
import { NeedViewer, redactNeedFor, WITHHELD } from '../needs/need.visibility';
import { Researcher } from '../people/researcher.entity';
import { analyseNeedText, matchAnalyser } from './index/analyser-version';
import {
  DEFAULT_RETRIEVAL_OPTIONS,
  LoadedNeed,
  LoadedSeed,
  MatchingLookups,
  RetrievalOptions,
  RetrievedCandidate,
  loadAnalysedDocuments,
  loadConsortiumNames,
  loadCorpusStats,
  loadMatchingLookups,
  loadNeedProfiles,
  loadSeedProfiles,
  pastCollaborationKey,
  pastCollaborations,
  retrieveNeeds,
  retrieveSeeds,
} from './retrieval';
import type { NeedRetrievalFilter, SeedRetrievalFilter } from './retrieval';
import {
  DEFAULT_CONSORTIUM_ROUTING_WEIGHTS,
  DEFAULT_INSTITUTION_ROUTING_WEIGHTS,
  INSTITUTION_KIND_NAMES,
  InstitutionKindName,
  RankedTarget,
  RoutingTarget,
  RoutingWeights,
  SUPPORT_MENU_NAMES,
  SupportMenuName,
  rankRoutingTargets,
  routedKinds,
  summariseRouting,
} from './routing';
import {
  DEFAULT_MATCHING_PARAMETERS,
  DEFAULT_MATCHING_WEIGHTS,
  createSeedScorer,
  fitOf,
  resolveWeights,
  rankNeedsForSeed,
  rankSeedsForNeed,
  selfScore,
  textRelevance,
} from './scoring';
import { defaultTermLabels } from './scoring/text-evidence';
import type { DiversityOptions, FactorName, MatchingContext, MatchingParameters, MatchingWeights, NeedProfile, RankedCandidate } from './scoring';
import { corpusStatsOf } from './text';
import type { AnalysedText, CorpusStats } from './text';
import { DiversityRequest, PageWindow, WeightOverrides, pageOf, pageWindow, resolveDiversity, resolveQueryWeights, toMatchFactor } from './matching-options';
import type { ConsortiumCandidate, InstitutionCandidate, MatchFactor, NeedCandidate, ResearcherCandidate, SeedCandidate } from './matching.types';
import { MatchFit } from './matching.types';
import { fieldsAndDescendantsSql, regionWithinSql, SqlParams } from './retrieval/sql-params';
import { collapseDuplicates } from './duplicates';
import { loadSeedDuplicatePairs } from '../duplicates/duplicate.loaders';

const NEED = { ja: '企業ニーズ', en: 'Need' };
const SEED = { ja: '研究シーズ', en: 'Seed' };

/** How much each further fitting seed adds to a researcher's best seed (of its own score), and how many count. */
export const FURTHER_SEED_BONUS_RATE = 0.1;
export const FURTHER_SEEDS_COUNTED = 2;
/** Seeds listed under a researcher. */
const BEST_SEEDS_SHOWN = 3;
/** Routing targets (institutions, consortia) considered at most. */
const ROUTING_TARGET_LIMIT = 300;

export interface PageRequest {
  first?: number | null;
  after?: string | null;
}

export interface SeedMatchFilterInput {
  regionCode?: string | null;
  institutionKind?: readonly string[] | null;
  minTrl?: number | null;
  collaborationForm?: string | null;
  excludeSeedIds?: readonly string[] | null;
  onlyPublished?: boolean | null;
}

export interface NeedMatchFilterInput {
  regionCode?: string | null;
  category?: string | null;
  onlyOpen?: boolean | null;
}

export interface SeedMatchRequest extends PageRequest {
  filter?: SeedMatchFilterInput | null;
  weights?: WeightOverrides | null;
  diversity?: DiversityRequest | null;
}

export interface NeedMatchRequest extends PageRequest {
  filter?: NeedMatchFilterInput | null;
  weights?: WeightOverrides | null;
  diversity?: DiversityRequest | null;
}

export interface RoutingMatchRequest extends PageRequest {
  filter?: { regionCode?: string | null; institutionKind?: readonly string[] | null } | null;
}

export interface MatchingServiceOptions {
  /** Configured factor weights (config MUSUBI_MATCHING_WEIGHTS); DEFAULT_MATCHING_WEIGHTS when absent. */
  baseWeights?: MatchingWeights;
  parameters?: MatchingParameters;
  retrieval?: Partial<RetrievalOptions>;
  institutionWeights?: RoutingWeights;
  consortiumWeights?: RoutingWeights;
  /** The ranking moment; by default the start of the current UTC day, so a day's rankings repeat exactly. */
  now?: () => Date;
}

/** Retrieval and ranking of seeds for one need, before paging: what the evaluation reads. */
export interface SeedRanking {
  /** Candidates in retrieval order (SQL BM25, then shared-field ones). */
  readonly retrieved: readonly RetrievedCandidate[];
  /** Ranked candidates, after diversity re-ranking. */
  readonly ranked: ReadonlyArray<RankedCandidate<LoadedSeed>>;
}

/** A pair scored at one moment: what an introduction keeps as its snapshot. */
export interface PairSnapshot {
  /** The seed scored (for a researcher: their best seed). */
  readonly seedId: string;
  readonly score: number;
  readonly explanation: MatchFactor[];
  /** Each factor's value 0–1, the features the calibration fits weights on. */
  readonly factorValues: Record<FactorName, number>;
}

const startOfUtcDay = () => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
};

/**
 * Matching: for a need, the seeds (and researchers, institutions, consortia) a coordinator
 * should look at, each with a score and its reasons; for a seed, the needs it could serve.
 * Every query is two steps kept apart: retrieval in PostgreSQL (src/matching/retrieval, a few
 * hundred candidates at most) and ranking by the pure modules (src/matching/scoring,
 * src/matching/routing). Reads run in one REPEATABLE READ transaction so the statistics and
 * the postings agree. What a non-coordinator may not see of a need (need.visibility.ts) is
 * removed before ranking, so it can show neither in the candidates nor in the explanations.
 */
export class MatchingService {
  private readonly baseWeights: MatchingWeights;
  private readonly parameters: MatchingParameters;
  private readonly retrieval: RetrievalOptions;
  private readonly institutionWeights: RoutingWeights;
  private readonly consortiumWeights: RoutingWeights;
  private readonly now: () => Date;

  constructor(
    private readonly dataSource: DataSource,
    options: MatchingServiceOptions = {},
  ) {
    this.baseWeights = options.baseWeights ?? DEFAULT_MATCHING_WEIGHTS;
    this.parameters = options.parameters ?? DEFAULT_MATCHING_PARAMETERS;
    this.retrieval = { ...DEFAULT_RETRIEVAL_OPTIONS, bm25: this.parameters.bm25, ...options.retrieval };
    this.institutionWeights = options.institutionWeights ?? DEFAULT_INSTITUTION_ROUTING_WEIGHTS;
    this.consortiumWeights = options.consortiumWeights ?? DEFAULT_CONSORTIUM_ROUTING_WEIGHTS;
    this.now = options.now ?? startOfUtcDay;
  }

  /** Seeds for a need (`matchCandidates`): NOT_FOUND on `needId` for an unknown need. */
  async candidatesForNeed(needId: string, request: SeedMatchRequest = {}, viewer: NeedViewer = 'COORDINATOR'): Promise<ConnectionShape<SeedCandidate>> {
    const id = fromGlobalId(needId, 'Need', 'needId').id;
    const window = pageWindow(request.first, request.after);
    const ranking = await this.rankSeedsForNeedId(id, request, viewer);
    // One entry per duplicate group (src/matching/duplicates): a seed registered three times takes one slot.
    const shown = collapseDuplicates(ranking.ranked, await loadSeedDuplicatePairs(this.dataSource, ranking.ranked.map((r) => r.id)));
    return this.page(shown, window, (r) => ({ ...this.seedCandidate(r), duplicateCount: r.duplicates.length, duplicates: r.duplicates.map((d) => d.candidate.seed) }));
  }

  /**
   * Retrieval and ranking of seeds for a need by its database id, all candidates (no paging):
   * the evaluation and the researcher ranking read it.
   */
  async rankSeedsForNeedId(needId: string, request: Omit<SeedMatchRequest, 'first' | 'after'> = {}, viewer: NeedViewer = 'COORDINATOR'): Promise<SeedRanking> {
    resolveQueryWeights(request.weights, this.baseWeights);
    const diversity = resolveDiversity(request.diversity);
    const filter = seedRetrievalFilter(request.filter);
    return this.read(async (manager) => {
      const weights = resolveQueryWeights(request.weights, await this.activeBaseWeights(manager));
      const need = await this.loadNeedQuery(manager, needId, viewer);
      if (filter.regionCode) await assertRegionCode(manager, filter.regionCode, 'filter.regionCode');
      return this.rankSeeds(manager, need, filter, weights, diversity);
    });
  }

  /**
   * Needs for a seed (`needCandidatesForSeed`), as `viewer` may see them. With `ownerResearcherId`
   * the seed must be one of that researcher's: any other is NOT_FOUND, as if it did not exist.
   */
  async needsForSeed(seedId: string, request: NeedMatchRequest = {}, viewer: NeedViewer = 'COORDINATOR', ownerResearcherId: string | null = null): Promise<ConnectionShape<NeedCandidate>> {
    const id = fromGlobalId(seedId, 'Seed', 'seedId').id;
    const window = pageWindow(request.first, request.after);
    resolveQueryWeights(request.weights, this.baseWeights);
    const diversity = resolveDiversity(request.diversity);
    const f = request.filter ?? {};
    const filter: NeedRetrievalFilter = {
      regionCode: f.regionCode ?? null,
      category: f.category ?? null,
      onlyOpen: f.onlyOpen ?? true,
      confidentialByFieldOnly: viewer !== 'COORDINATOR',
    };
    const ranked = await this.read(async (manager) => {
      const weights = resolveQueryWeights(request.weights, await this.activeBaseWeights(manager));
      const seed = (await loadSeedProfiles(manager, [id], { companyId: null })).get(id);
      if (!seed || (ownerResearcherId !== null && !seed.profile.ownerIds.includes(ownerResearcherId))) throw new NotFoundError(SEED, 'seedId');
      if (filter.regionCode) await assertRegionCode(manager, filter.regionCode, 'filter.regionCode');
      const query = seed.profile.analysed!;
      const retrieved = await retrieveNeeds(manager, { terms: query, fieldCodes: seed.profile.fieldCodes }, filter, this.retrieval);
      const loaded = await loadNeedProfiles(manager, retrieved.map((r) => r.id), { asQuery: false });
      const needs = [...loaded.values()].map((n) => redactedNeed(n, viewer));
      const past = await pastCollaborations(manager, needs.map((n) => ({ companyId: n.profile.companyId ?? null, seedId: id })));
      const profiles = needs.map((n) => ({ ...n.profile, pastCollaborationWithSeed: past.get(pastCollaborationKey(n.profile.companyId ?? null, id)) ?? false }));
      const context = await this.context(manager, await loadCorpusStats(manager, 'NEED', Object.keys(query.terms)), seed.profile.consortiumIds);
      const byId = new Map(needs.map((n) => [n.need.id, n.need]));
      return rankNeedsForSeed(seed.profile, profiles, context, { baseWeights: weights, diversity, baseParameters: this.parameters }).map((r) => ({ ...r, need: byId.get(r.id)! }));
    });
    return this.page(ranked, window, (r) => ({ need: r.need, score: r.score, rank: r.rank, ...verdictOf(r), explanation: explanationOf(r) }));
  }

  /**
   * Researchers for a need: the need's seed candidates grouped by owner. A researcher scores
   * their best seed's score plus FURTHER_SEED_BONUS_RATE × the scores of up to
   * FURTHER_SEEDS_COUNTED further seeds (capped at 1); the explanation is the best seed's.
   */
  async researchersForNeed(needId: string, request: Omit<SeedMatchRequest, 'diversity'> = {}, viewer: NeedViewer = 'COORDINATOR'): Promise<ConnectionShape<ResearcherCandidate>> {
    const id = fromGlobalId(needId, 'Need', 'needId').id;
    const window = pageWindow(request.first, request.after);
    resolveQueryWeights(request.weights, this.baseWeights);
    const filter = seedRetrievalFilter(request.filter);
    const candidates = await this.read(async (manager) => {
      const weights = resolveQueryWeights(request.weights, await this.activeBaseWeights(manager));
      const need = await this.loadNeedQuery(manager, id, viewer);
      if (filter.regionCode) await assertRegionCode(manager, filter.regionCode, 'filter.regionCode');
      const { ranked } = await this.rankSeeds(manager, need, filter, weights, { mode: 'none' });
      const byOwner = new Map<string, Array<RankedCandidate<LoadedSeed>>>();
      for (const r of ranked) {
        for (const ownerId of r.candidate.profile.ownerIds) {
          const list = byOwner.get(ownerId);
          if (list) list.push(r);
          else byOwner.set(ownerId, [r]);
        }
      }
      const researchers = byOwner.size === 0 ? [] : await manager.getRepository(Researcher).find({ where: { id: In([...byOwner.keys()]), status: RecordStatus.ACTIVE } });
      const scored = researchers.map((researcher) => {
        const seeds = byOwner.get(researcher.id)!; // already in ranked order: best first
        const best = seeds[0];
        const further = seeds.slice(1, 1 + FURTHER_SEEDS_COUNTED).reduce((sum, s) => sum + s.score, 0);
        const furtherSeedsBonus = Math.min(1 - best.score, FURTHER_SEED_BONUS_RATE * further);
        const score = best.score + furtherSeedsBonus;
        const summary = best.summary();
        return {
          researcher,
          score,
          fit: fitOf(score, this.parameters.fit) as MatchFit,
          summaryJa: summary.ja,
          summaryEn: summary.en,
          furtherSeedsBonus,
          explanation: best.factors.map((f) => toMatchFactor(f, defaultTermLabels(), best.score)),
          bestSeeds: seeds.slice(0, BEST_SEEDS_SHOWN).map((s) => this.seedCandidate(s)),
        };
      });
      scored.sort((a, b) => b.score - a.score || compareIds(a.researcher.id, b.researcher.id));
      return scored.map((s, i) => ({ ...s, rank: i + 1 }));
    });
    return this.page(candidates, window);
  }

  /**
   * Institutions for a need, by the routing rule of its category (routing-rules.ts), by what
   * their own description, equipment and menus say, by their best-fitting seed, and by fields,
   * region and warm path.
   */
  async institutionsForNeed(needId: string, request: RoutingMatchRequest = {}, viewer: NeedViewer = 'COORDINATOR'): Promise<ConnectionShape<InstitutionCandidate>> {
    const id = fromGlobalId(needId, 'Need', 'needId').id;
    const window = pageWindow(request.first, request.after);
    const candidates = await this.read(async (manager) => {
      const need = await this.loadNeedQuery(manager, id, viewer);
      const regionCode = request.filter?.regionCode ?? null;
      if (regionCode) await assertRegionCode(manager, regionCode, 'filter.regionCode');
      const seedEvidence = await this.seedEvidence(manager, need.profile);
      const institutions = await this.institutionTargets(manager, need.profile, regionCode, request.filter?.institutionKind ?? null, seedEvidence.institutionIds);
      const memberships = await groupedIds(
        manager,
        `SELECT m.institution_id AS key, m.consortium_id AS value FROM consortium_membership m
           JOIN consortium c ON c.id = m.consortium_id AND c.status = 'ACTIVE' WHERE m.institution_id = ANY($1::uuid[])`,
        institutions.map((i) => i.id),
      );
      const targets: RoutingTarget[] = institutions.map((institution) => ({
        id: institution.id,
        kind: institution.kind as unknown as InstitutionKindName,
        supportMenus: institution.supportMenus,
        fieldCodes: institution.fieldCodes,
        regionCode: institution.regionCode,
        consortiumIds: memberships.get(institution.id) ?? [],
        analysed: matchAnalyser().analyseDocument(institutionDocument(institution)),
        bestSeed: seedEvidence.bestByInstitution.get(institution.id) ?? null,
      }));
      const ranked = await this.rankTargets(manager, need.profile, targets, this.institutionWeights);
      const byId = new Map(institutions.map((i) => [i.id, i]));
      return ranked.map((r) => ({
        institution: byId.get(r.id)!,
        score: r.score,
        rank: r.rank,
        ...this.routingVerdict(r),
        explanation: r.factors.map((f) => toMatchFactor(f, defaultTermLabels(), r.score)),
        bestSeedId: seedEvidence.bestByInstitution.get(r.id)?.id ?? null,
      }));
    });
    return this.page(candidates, window);
  }

  /** Consortia for a need, by their fields, name and description, their members' best seed, region and the company's memberships. */
  async consortiaForNeed(needId: string, request: RoutingMatchRequest = {}, viewer: NeedViewer = 'COORDINATOR'): Promise<ConnectionShape<ConsortiumCandidate>> {
    const id = fromGlobalId(needId, 'Need', 'needId').id;
    const window = pageWindow(request.first, request.after);
    const candidates = await this.read(async (manager) => {
      const need = await this.loadNeedQuery(manager, id, viewer);
      const regionCode = request.filter?.regionCode ?? null;
      if (regionCode) await assertRegionCode(manager, regionCode, 'filter.regionCode');
      const seedEvidence = await this.seedEvidence(manager, need.profile);
      const memberSeeds = await groupedIds(
        manager,
        `SELECT so.seed_id AS key, m.consortium_id AS value FROM seed_owner so JOIN consortium_membership m ON m.researcher_id = so.researcher_id
           WHERE so.seed_id = ANY($1::uuid[])
         UNION
         SELECT s.id, m.consortium_id FROM seed s JOIN consortium_membership m ON m.institution_id = s.institution_id
           WHERE s.id = ANY($1::uuid[])`,
        [...seedEvidence.bySeed.keys()],
      );
      const bestByConsortium = new Map<string, SeedEvidence>();
      for (const [seedId, consortiumIds] of memberSeeds) {
        const evidence = seedEvidence.bySeed.get(seedId)!;
        for (const consortiumId of consortiumIds) {
          const current = bestByConsortium.get(consortiumId);
          if (!current || better(evidence, current)) bestByConsortium.set(consortiumId, evidence);
        }
      }
      const consortia = await this.consortiumTargets(manager, need.profile, regionCode, [...bestByConsortium.keys()]);
      const targets: RoutingTarget[] = consortia.map((consortium) => ({
        id: consortium.id,
        kind: null,
        supportMenus: [],
        fieldCodes: consortium.fieldCodes,
        regionCode: consortium.regionCode,
        consortiumIds: [consortium.id],
        analysed: matchAnalyser().analyseDocument({ title: [consortium.nameJa, consortium.nameEn].filter(Boolean).join(' '), body: consortium.description }),
        bestSeed: bestByConsortium.get(consortium.id) ?? null,
      }));
      const ranked = await this.rankTargets(manager, need.profile, targets, this.consortiumWeights);
      const byId = new Map(consortia.map((c) => [c.id, c]));
      return ranked.map((r) => ({
        consortium: byId.get(r.id)!,
        score: r.score,
        rank: r.rank,
        ...this.routingVerdict(r),
        explanation: r.factors.map((f) => toMatchFactor(f, defaultTermLabels(), r.score)),
        bestSeedId: bestByConsortium.get(r.id)?.id ?? null,
      }));
    });
    return this.page(candidates, window);
  }

  /**
   * One (need, seed) pair scored as `matchCandidates` would score it now, with the active
   * weights: what a proposal stores as its snapshot. Null when the seed does not exist.
   */
  async scoreSeedPair(needId: string, seedId: string): Promise<PairSnapshot | null> {
    return this.read(async (manager) => {
      const need = await this.loadNeedQuery(manager, needId, 'COORDINATOR');
      return (await this.scoreSeeds(manager, need, [seedId]))[0] ?? null;
    });
  }

  /**
   * A researcher for a need, scored like `researcherCandidatesForNeed`: their best published
   * seed plus the bonus for further fitting seeds; null when they have no published seed.
   */
  async scoreResearcherPair(needId: string, researcherId: string): Promise<PairSnapshot | null> {
    return this.read(async (manager) => {
      const need = await this.loadNeedQuery(manager, needId, 'COORDINATOR');
      const rows = (await manager.query(
        `SELECT so.seed_id FROM seed_owner so JOIN seed s ON s.id = so.seed_id AND s.status = 'PUBLISHED' WHERE so.researcher_id = $1`,
        [researcherId],
      )) as Array<{ seed_id: string }>;
      const scored = await this.scoreSeeds(manager, need, rows.map((r) => r.seed_id));
      if (scored.length === 0) return null;
      scored.sort((a, b) => b.score - a.score || compareIds(a.seedId, b.seedId));
      const best = scored[0];
      const further = scored.slice(1, 1 + FURTHER_SEEDS_COUNTED).reduce((sum, s) => sum + s.score, 0);
      return { ...best, score: best.score + Math.min(1 - best.score, FURTHER_SEED_BONUS_RATE * further) };
    });
  }

  /** The version of the active weight set, or null when the configured weights apply. */
  async activeWeightVersion(): Promise<number | null> {
    const rows = (await this.dataSource.query(`SELECT version FROM weight_set WHERE active LIMIT 1`)) as Array<{ version: number }>;
    return rows[0]?.version ?? null;
  }

  private async scoreSeeds(manager: EntityManager, need: LoadedNeed, seedIds: readonly string[]): Promise<PairSnapshot[]> {
    const seeds = await loadSeedProfiles(manager, seedIds, { companyId: need.profile.companyId ?? null, asQuery: false });
    if (seeds.size === 0) return [];
    const base = await this.activeBaseWeights(manager);
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
   * The base weights of a ranking: the active weight set (src/learning, `npm run calibrate`)
   * when there is one and it is valid, else the configured weights. Read per query, so an
   * activation or a rollback applies at once, also from the command line.
   */
  private async activeBaseWeights(manager: EntityManager): Promise<MatchingWeights> {
    const rows = (await manager.query(`SELECT weights FROM weight_set WHERE active LIMIT 1`)) as Array<{ weights: Partial<Record<FactorName, number>> }>;
    if (rows.length === 0) return this.baseWeights;
    try {
      return resolveWeights(rows[0].weights, this.baseWeights);
    } catch {
      return this.baseWeights;
    }
  }

  // ---- steps shared by the queries ----

  private read<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction('REPEATABLE READ', work);
  }

  private page<T, N = T>(items: readonly T[], window: PageWindow, toNode?: (item: T) => N): ConnectionShape<N> {
    return pageOf(items, window, toNode);
  }

  /** The need as the query of a ranking, as `viewer` may see it; NOT_FOUND on `needId`. */
  private async loadNeedQuery(manager: EntityManager, needId: string, viewer: NeedViewer): Promise<LoadedNeed> {
    const need = (await loadNeedProfiles(manager, [needId])).get(needId);
    if (!need) throw new NotFoundError(NEED, 'needId');
    return redactedNeed(need, viewer);
  }

  /** Retrieval, profiles and ranking of seeds for a need. */
  private async rankSeeds(manager: EntityManager, need: LoadedNeed, filter: SeedRetrievalFilter, weights: MatchingWeights, diversity: DiversityOptions | undefined): Promise<SeedRanking> {
    const query = need.profile.analysed!;
    // A seed declined as NOT_RELEVANT for this need is never proposed for it again.
    const retrieved = await retrieveSeeds(manager, { terms: query, fieldCodes: need.profile.fieldCodes }, { ...filter, notRelevantForNeedId: need.need.id }, this.retrieval);
    const seeds = await loadSeedProfiles(manager, retrieved.map((r) => r.id), { companyId: need.profile.companyId ?? null, asQuery: false });
    const context = await this.context(manager, await loadCorpusStats(manager, 'SEED', Object.keys(query.terms)), need.profile.consortiumIds);
    // Ranked in retrieval order (the ranking orders by score then id anyway).
    const loaded = retrieved.map((r) => seeds.get(r.id)).filter((s): s is LoadedSeed => s !== undefined);
    const byId = new Map(loaded.map((s) => [s.seed.id, s]));
    const ranked = rankSeedsForNeed(need.profile, loaded.map((s) => s.profile), context, { baseWeights: weights, diversity, baseParameters: this.parameters });
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

  private seedCandidate(r: RankedCandidate<LoadedSeed>): SeedCandidate {
    return { seed: r.candidate.seed, score: r.score, rank: r.rank, ...verdictOf(r), explanation: explanationOf(r), duplicateCount: 0, duplicates: [] };
  }

  /** Fit and summary of a routed institution or consortium (fit from the same thresholds as seeds). */
  private routingVerdict(r: RankedTarget): Pick<SeedCandidate, 'fit' | 'summaryJa' | 'summaryEn'> {
    const summary = summariseRouting(r.factors, defaultTermLabels());
    return { fit: fitOf(r.score, this.parameters.fit) as MatchFit, summaryJa: summary.ja, summaryEn: summary.en };
  }

  /**
   * The need's seed candidates with their text factor against the seed corpus: the evidence an
   * institution or consortium brings through its seeds. Four queries whatever the count.
   */
  private async seedEvidence(manager: EntityManager, need: NeedProfile): Promise<{ bySeed: Map<string, SeedEvidence>; bestByInstitution: Map<string, SeedEvidence>; institutionIds: string[] }> {
    const query = need.analysed!;
    const retrieved = await retrieveSeeds(manager, { terms: query, fieldCodes: need.fieldCodes }, {}, this.retrieval);
    const ids = retrieved.map((r) => r.id);
    const documents = await loadAnalysedDocuments(manager, 'SEED', ids, { surfaces: false });
    const corpus = await loadCorpusStats(manager, 'SEED', Object.keys(query.terms));
    const rows = (await manager.query(`SELECT id, institution_id, title FROM seed WHERE id = ANY($1::uuid[])`, [ids])) as Array<{ id: string; institution_id: string; title: string }>;
    const self = selfScore(query, corpus, this.parameters.bm25);
    const bySeed = new Map<string, SeedEvidence>();
    const bestByInstitution = new Map<string, SeedEvidence>();
    for (const row of rows) {
      const document = documents.get(row.id);
      if (!document) continue;
      const evidence: SeedEvidence = { id: row.id, title: row.title, text: textRelevance({ query, document, corpus, selfScore: self }, this.parameters) };
      bySeed.set(row.id, evidence);
      const current = bestByInstitution.get(row.institution_id);
      if (!current || better(evidence, current)) bestByInstitution.set(row.institution_id, evidence);
    }
    return { bySeed, bestByInstitution, institutionIds: [...bestByInstitution.keys()] };
  }

  /** Active institutions to rank: the routed kinds first, then those sharing a field or holding a fitting seed; at most ROUTING_TARGET_LIMIT. */
  private async institutionTargets(manager: EntityManager, need: NeedProfile, regionCode: string | null, kinds: readonly string[] | null, withSeeds: readonly string[]): Promise<Institution[]> {
    const p = new SqlParams();
    const conditions = [`institution.status = 'ACTIVE'`];
    if (regionCode) conditions.push(regionWithinSql('institution.region_code', p.add(regionCode)));
    if (kinds?.length) conditions.push(`institution.kind = ANY(${p.add([...kinds])}::text[])`);
    const order =
      `(institution.kind = ANY(${p.add(routedKinds(need.category))}::text[])) DESC, ` +
      `(institution.field_codes && ${fieldsAndDescendantsSql(p.add([...need.fieldCodes]))}) DESC, ` +
      `(institution.id = ANY(${p.add([...withSeeds])}::uuid[])) DESC, institution.id`;
    const rows = (await manager.query(`SELECT institution.id FROM institution WHERE ${conditions.join(' AND ')} ORDER BY ${order} LIMIT ${p.add(ROUTING_TARGET_LIMIT)}`, p.values)) as Array<{ id: string }>;
    return rows.length === 0 ? [] : manager.getRepository(Institution).find({ where: { id: In(rows.map((r) => r.id)) } });
  }

  /** Active consortia to rank: those sharing a field or with a member's fitting seed first; at most ROUTING_TARGET_LIMIT. */
  private async consortiumTargets(manager: EntityManager, need: NeedProfile, regionCode: string | null, withSeeds: readonly string[]): Promise<Consortium[]> {
    const p = new SqlParams();
    const conditions = [`consortium.status = 'ACTIVE'`];
    if (regionCode) conditions.push(regionWithinSql('consortium.region_code', p.add(regionCode)));
    const order =
      `(consortium.field_codes && ${fieldsAndDescendantsSql(p.add([...need.fieldCodes]))}) DESC, ` +
      `(consortium.id = ANY(${p.add([...withSeeds])}::uuid[])) DESC, consortium.id`;
    const rows = (await manager.query(`SELECT consortium.id FROM consortium WHERE ${conditions.join(' AND ')} ORDER BY ${order} LIMIT ${p.add(ROUTING_TARGET_LIMIT)}`, p.values)) as Array<{ id: string }>;
    return rows.length === 0 ? [] : manager.getRepository(Consortium).find({ where: { id: In(rows.map((r) => r.id)) } });
  }

  /** Ranks routing targets; their own texts form the corpus their text factor is measured in. */
  private async rankTargets(manager: EntityManager, need: NeedProfile, targets: readonly RoutingTarget[], weights: RoutingWeights): Promise<RankedTarget[]> {
    const context = await this.context(manager, corpusStatsOf(targets.map((t) => t.analysed)), need.consortiumIds);
    return rankRoutingTargets(need, targets, context, { weights, parameters: this.parameters });
  }
}

/** A seed's text evidence for a routing target. */
interface SeedEvidence {
  readonly id: string;
  readonly title: string;
  readonly text: ReturnType<typeof textRelevance>;
}

const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const better = (a: SeedEvidence, b: SeedEvidence) => a.text.value > b.text.value || (a.text.value === b.text.value && a.id < b.id);

function seedRetrievalFilter(f: SeedMatchFilterInput | null | undefined): SeedRetrievalFilter {
  return {
    regionCode: f?.regionCode ?? null,
    institutionKinds: f?.institutionKind ?? null,
    minTrl: f?.minTrl ?? null,
    collaborationForm: f?.collaborationForm ?? null,
    excludeSeedIds: (f?.excludeSeedIds ?? []).map((gid, i) => fromGlobalId(gid, 'Seed', `filter.excludeSeedIds[${i}]`).id),
    onlyPublished: f?.onlyPublished ?? true,
  };
}

/** Groups `key, value` rows of a query taking one uuid[] parameter. */
async function groupedIds(manager: EntityManager, sql: string, ids: readonly string[]): Promise<Map<string, string[]>> {
  const rows = (await manager.query(sql, [[...ids]])) as Array<{ key: string; value: string }>;
  const groups = new Map<string, string[]>();
  for (const { key, value } of rows) groups.set(key, [...(groups.get(key) ?? []), value].sort());
  return groups;
}

/** An institution's own matchable text: description, equipment and the menus it offers (both languages). */
function institutionDocument(institution: Institution) {
  const menus = institution.supportMenus.map((m) => SUPPORT_MENU_NAMES[m as unknown as SupportMenuName]).filter(Boolean);
  const equipment = institution.equipment.map((e) => [e.name, e.description].filter(Boolean).join(' '));
  return {
    title: null,
    body: [institution.description ?? '', ...equipment].join('\n'),
    keywords: [...menus.map((m) => m.ja), ...menus.map((m) => m.en), INSTITUTION_KIND_NAMES[institution.kind as unknown as InstitutionKindName]?.ja ?? ''].filter(Boolean),
  };
}

/**
 * The need as `viewer` may see it (need.visibility.ts), both as the entity returned to the
 * client and as the profile ranked: withheld text is neither matched nor explained, a hidden
 * company brings no consortium, a hidden region no region.
 */
export function redactedNeed(loaded: LoadedNeed, viewer: NeedViewer): LoadedNeed {
  if (viewer === 'COORDINATOR') return loaded;
  const view = redactNeedFor(viewer, loaded.need);
  const need: Need = Object.assign(Object.create(Object.getPrototypeOf(loaded.need) as object) as Need, loaded.need, {
    description: view.description,
    keywords: view.keywords,
    budgetMinYen: view.budgetMinYen,
    budgetMaxYen: view.budgetMaxYen,
    holderId: view.holderId,
    // The search text holds the description and keywords: never carried to a viewer who may not read them.
    searchText: '',
  });
  const description = view.description === WITHHELD ? '' : view.description;
  const textChanged = description !== loaded.need.description || view.keywords.join('\u0001') !== loaded.need.keywords.join('\u0001');
  const analysed: AnalysedText = textChanged ? analyseNeedText({ title: loaded.need.title, keywords: view.keywords, description }) : loaded.profile.analysed!;
  const profile: NeedProfile = {
    ...loaded.profile,
    description,
    keywords: view.keywords,
    regionCode: view.showRegion ? loaded.profile.regionCode : null,
    consortiumIds: view.companyId ? loaded.profile.consortiumIds : [],
    companyId: view.companyId ?? undefined,
    analysed,
  };
  return { need, profile };
}

/** Fit and one-line summary of a ranked seed or need, as GraphQL fields. */
function verdictOf(r: Pick<RankedCandidate<unknown>, 'fit' | 'summary'>): Pick<SeedCandidate, 'fit' | 'summaryJa' | 'summaryEn'> {
  const summary = r.summary();
  return { fit: r.fit as MatchFit, summaryJa: summary.ja, summaryEn: summary.en };
}

/** A ranked candidate's factors as GraphQL MatchFactors. */
function explanationOf(r: Pick<RankedCandidate<unknown>, 'factors' | 'score'>): MatchFactor[] {
  return r.factors.map((f) => toMatchFactor(f, defaultTermLabels(), r.score));
}
