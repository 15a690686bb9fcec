import { DataSource } from 'typeorm';
import type { ConnectionShape } from '../common/connection';
import type { Logger } from '../common/logger';
import { loadSeedDuplicatePairs } from '../duplicates/duplicate.loaders';
import type { NeedViewer } from '../needs/need.visibility';
import { collapseDuplicates } from './duplicates';
import { DatabaseMatchingEngine, MatchingEngine, MatchingEngineOptions, RankedRoutingTarget } from './engine/matching-engine';
import type { SeedRanking } from './engine/matching-engine';
import { DiversityRequest, PageWindow, WeightOverrides, pageOf, pageWindow, resolveDiversity, resolveQueryWeights, toMatchFactor } from './matching-options';
import type { ConsortiumCandidate, InstitutionCandidate, MatchFactor, NeedCandidate, ResearcherCandidate, SeedCandidate } from './matching.types';
import { MatchFit } from './matching.types';
import { loadAnalysedDocuments, loadSeedPage } from './retrieval';
import type { LoadedSeed, PageSeed, SeedRetrievalFilter } from './retrieval';
import { summariseRouting } from './routing';
import type { Fit, MatchingWeights, RankedCandidate } from './scoring';
import { attachDocumentSurfaces } from './scoring';
import type { TextRelevanceDetail } from './scoring';
import { defaultTermLabels } from './scoring/text-evidence';

export type { PairSnapshot, SeedRanking } from './engine/matching-engine';
export { FURTHER_SEED_BONUS_RATE, FURTHER_SEEDS_COUNTED, redactedNeed } from './engine/matching-engine';

/** Seeds listed under a researcher. */
const BEST_SEEDS_SHOWN = 3;

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

export type MatchingServiceOptions = MatchingEngineOptions;

/**
 * Matching as the API offers it: global ids decoded and validated, the engine's full ranked
 * lists paged and shaped as GraphQL candidates (fit, one-line summary, explanation), duplicate
 * seeds folded into one entry. The ranking itself is the engine's (engine/matching-engine.ts).
 */
export class MatchingService {
  readonly engine: DatabaseMatchingEngine;

  constructor(
    private readonly dataSource: DataSource,
    options: MatchingServiceOptions = {},
  ) {
    this.engine = new DatabaseMatchingEngine(dataSource, options);
  }

  /**
   * Starts holding the reference data in memory (taxonomy, regions, consortium names, active
   * weights), with a connection that listens for their changes; without it every ranking reads
   * them from the database, which is what tests and tools that never call start() get.
   */
  async start(logger?: Logger): Promise<void> {
    const url = (this.dataSource.options as { url?: string }).url;
    if (url) await this.engine.reference.start(url, logger);
  }

  async stop(): Promise<void> {
    await this.engine.reference.stop();
  }

  /** The engine, for use cases that need whole rankings (workflow, routing, KPIs). */
  get ranking(): MatchingEngine {
    return this.engine;
  }

  /** Seeds for a need (`matchCandidates`): NOT_FOUND on `needId` for an unknown need. */
  async candidatesForNeed(id: string, request: SeedMatchRequest = {}, viewer: NeedViewer = 'COORDINATOR'): Promise<ConnectionShape<SeedCandidate>> {
    const window = pageWindow(request.first, request.after);
    const ranking = await this.rankSeedsForNeedId(id, request, viewer);
    // One entry per duplicate group (src/matching/duplicates): a seed registered three times takes one slot.
    const shown = collapseDuplicates(
      ranking.ranked,
      await loadSeedDuplicatePairs(
        this.dataSource,
        ranking.ranked.map((r) => r.id),
      ),
    );
    const page = shown.slice(window.offset, window.offset + window.first);
    const records = await this.seedPage(
      page,
      page.flatMap((r) => r.duplicates.map((d) => d.id)),
    );
    return pageOf(shown, window, (r) => ({
      ...seedCandidate(r, records),
      duplicateCount: r.duplicates.length,
      duplicates: r.duplicates.map((d) => records.get(d.id)!.seed),
    }));
  }

  /** Retrieval and ranking of seeds for a need by its database id, all candidates (no paging). */
  async rankSeedsForNeedId(needId: string, request: Omit<SeedMatchRequest, 'first' | 'after'> = {}, viewer: NeedViewer = 'COORDINATOR'): Promise<SeedRanking> {
    return this.engine.rankSeeds(needId, {
      filter: seedRetrievalFilter(request.filter),
      weights: this.weightOverrides(request.weights),
      diversity: resolveDiversity(request.diversity),
      viewer,
    });
  }

  /**
   * Needs for a seed (`needCandidatesForSeed`), as `viewer` may see them. With `ownerResearcherId`
   * the seed must be one of that researcher's: any other is NOT_FOUND, as if it did not exist.
   */
  async needsForSeed(
    id: string,
    request: NeedMatchRequest = {},
    viewer: NeedViewer = 'COORDINATOR',
    ownerResearcherId: string | null = null,
  ): Promise<ConnectionShape<NeedCandidate>> {
    const window = pageWindow(request.first, request.after);
    const f = request.filter ?? {};
    const ranked = await this.engine.rankNeeds(id, {
      filter: { regionCode: f.regionCode ?? null, category: f.category ?? null, onlyOpen: f.onlyOpen ?? true },
      weights: this.weightOverrides(request.weights),
      diversity: resolveDiversity(request.diversity),
      viewer,
      ownerResearcherId,
    });
    await this.explainNeedPage(ranked, window);
    return pageOf(ranked, window, (r) => ({ need: r.need, score: r.score, rank: r.rank, ...verdictOf(r), explanation: explanationOf(r) }));
  }

  /** Researchers for a need by their seeds (the engine's rankResearchers), paged. */
  async researchersForNeed(
    id: string,
    request: Omit<SeedMatchRequest, 'diversity'> = {},
    viewer: NeedViewer = 'COORDINATOR',
  ): Promise<ConnectionShape<ResearcherCandidate>> {
    const window = pageWindow(request.first, request.after);
    const ranked = await this.engine.rankResearchers(id, {
      filter: seedRetrievalFilter(request.filter),
      weights: this.weightOverrides(request.weights),
      viewer,
    });
    const records = await this.seedPage(
      ranked.slice(window.offset, window.offset + window.first).flatMap((r) => r.seeds.slice(0, BEST_SEEDS_SHOWN)),
      [],
    );
    return pageOf(ranked, window, (r) => {
      const best = r.seeds[0];
      const summary = best.summary();
      return {
        researcher: r.researcher,
        score: r.score,
        rank: r.rank,
        fit: r.fit as MatchFit,
        summaryJa: summary.ja,
        summaryEn: summary.en,
        furtherSeedsBonus: r.furtherSeedsBonus,
        explanation: explanationOf(best),
        bestSeeds: r.seeds.slice(0, BEST_SEEDS_SHOWN).map((seed) => seedCandidate(seed, records)),
      };
    });
  }

  /** Institutions for a need (routing), paged. */
  async institutionsForNeed(id: string, request: RoutingMatchRequest = {}, viewer: NeedViewer = 'COORDINATOR'): Promise<ConnectionShape<InstitutionCandidate>> {
    const window = pageWindow(request.first, request.after);
    const ranked = await this.engine.rankInstitutions(id, {
      regionCode: request.filter?.regionCode ?? null,
      institutionKinds: request.filter?.institutionKind ?? null,
      viewer,
    });
    return pageOf(ranked, window, (r) => ({ institution: r.target, ...routingCandidate(r) }));
  }

  /** Consortia for a need, paged. */
  async consortiaForNeed(id: string, request: RoutingMatchRequest = {}, viewer: NeedViewer = 'COORDINATOR'): Promise<ConnectionShape<ConsortiumCandidate>> {
    const window = pageWindow(request.first, request.after);
    const ranked = await this.engine.rankConsortia(id, { regionCode: request.filter?.regionCode ?? null, viewer });
    return pageOf(ranked, window, (r) => ({ consortium: r.target, ...routingCandidate(r) }));
  }

  /**
   * The records of the seeds a page shows (the explained candidates and `otherIds`, e.g. folded
   * duplicates) in one statement, with how the explained ones wrote their matched terms: their
   * explanations get those surfaces, so they can show evidence across languages as pairs.
   * Seeds are archived, never deleted, so every ranked seed has its record.
   */
  private async seedPage(explained: ReadonlyArray<RankedCandidate<LoadedSeed>>, otherIds: readonly string[]): Promise<Map<string, PageSeed>> {
    const records = await loadSeedPage(this.dataSource.manager, [...explained.map((s) => s.id), ...otherIds], matchedTermsOf(explained));
    for (const s of explained) attachDocumentSurfaces(s.factors, records.get(s.id)?.surfaces);
    return records;
  }

  /**
   * Loads how the need candidates of the page wrote their matched terms (one statement), so their
   * explanations can show evidence across languages as pairs (柿 ↔ persimmons). Seed pages get
   * theirs with their records (seedPage).
   */
  private async explainNeedPage(
    items: ReadonlyArray<{ id: string; factors: ReadonlyArray<{ factor: string; detail: unknown }> }>,
    window: PageWindow,
  ): Promise<void> {
    const page = items.slice(window.offset, window.offset + window.first);
    if (page.length === 0) return;
    const documents = await loadAnalysedDocuments(
      this.dataSource.manager,
      'NEED',
      page.map((r) => r.id),
      { terms: false, surfaces: true, onlyTerms: matchedTermsOf(page) },
    );
    for (const r of page) attachDocumentSurfaces(r.factors, documents.get(r.id)?.surfaces);
  }

  /** Validated per-query weights (BAD_USER_INPUT naming the weight), as overrides for the engine. */
  private weightOverrides(weights: WeightOverrides | null | undefined): Partial<MatchingWeights> | undefined {
    if (!weights) return undefined;
    resolveQueryWeights(weights, this.engine.baseWeights);
    return Object.fromEntries(Object.entries(weights).filter(([, w]) => w !== null && w !== undefined)) as Partial<MatchingWeights>;
  }
}

/** The terms the page's text factors matched: the only surfaces its explanations can show. */
function matchedTermsOf(page: ReadonlyArray<{ factors: ReadonlyArray<{ factor: string; detail: unknown }> }>): string[] {
  const terms = new Set<string>();
  for (const r of page)
    for (const f of r.factors) if (f.factor === 'textRelevance') for (const m of (f.detail as TextRelevanceDetail).matches) terms.add(m.term);
  return [...terms].sort();
}

function seedRetrievalFilter(f: SeedMatchFilterInput | null | undefined): SeedRetrievalFilter {
  return {
    regionCode: f?.regionCode ?? null,
    institutionKinds: f?.institutionKind ?? null,
    minTrl: f?.minTrl ?? null,
    collaborationForm: f?.collaborationForm ?? null,
    excludeSeedIds: f?.excludeSeedIds ?? [],
    onlyPublished: f?.onlyPublished ?? true,
  };
}

function seedCandidate(r: RankedCandidate<LoadedSeed>, records: ReadonlyMap<string, PageSeed>): SeedCandidate {
  return { seed: records.get(r.id)!.seed, score: r.score, rank: r.rank, ...verdictOf(r), explanation: explanationOf(r), duplicateCount: 0, duplicates: [] };
}

/** The fields an institution and a consortium candidate share. */
function routingCandidate<T>(r: RankedRoutingTarget<T>): Omit<InstitutionCandidate, 'institution'> {
  const summary = summariseRouting(r.factors, defaultTermLabels());
  return {
    score: r.score,
    rank: r.rank,
    fit: r.fit as MatchFit,
    summaryJa: summary.ja,
    summaryEn: summary.en,
    explanation: r.factors.map((f) => toMatchFactor(f, defaultTermLabels(), r.score)),
    bestSeedId: r.bestSeedId,
  };
}

/** Fit and one-line summary of a ranked seed or need, as GraphQL fields. */
function verdictOf(r: { fit: Fit; summary(): { ja: string; en: string } }): Pick<SeedCandidate, 'fit' | 'summaryJa' | 'summaryEn'> {
  const summary = r.summary();
  return { fit: r.fit as MatchFit, summaryJa: summary.ja, summaryEn: summary.en };
}

/** A ranked candidate's factors as GraphQL MatchFactors. */
function explanationOf(r: Pick<RankedCandidate<unknown>, 'factors' | 'score'>): MatchFactor[] {
  return r.factors.map((f) => toMatchFactor(f, defaultTermLabels(), r.score));
}
