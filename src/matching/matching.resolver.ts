import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { idOf, withDecodedIds } from '../common/global-id';
import { loadPresent } from '../common/loader-helpers';
import { NO_ID } from '../common/query-filters';
import { Consortium } from '../consortia/consortium.entity';
import { Allowed } from '../auth/allowed';
import { grantOf } from '../auth/policy';
import { ownResearcherId } from '../auth/viewer';
import { FIELD_COSTS } from '../graphql/query-limits';
import { matchingLatency } from '../observability/metrics';
import type { RequestContext } from '../graphql/context';
import { needViewerOf } from '../needs/need.visibility';
import { Seed } from '../seeds/seed.entity';
import { ResearchField } from '../taxonomy/research-field.entity';
import {
  ConsortiumCandidatesArgs,
  InstitutionCandidatesArgs,
  MatchCandidatesArgs,
  MatchFilter,
  NeedCandidatesArgs,
  ResearcherCandidatesArgs,
} from './matching.inputs';
import {
  ConsortiumCandidate,
  ConsortiumCandidateConnection,
  InstitutionCandidate,
  InstitutionCandidateConnection,
  MatchFactor,
  NeedCandidateConnection,
  ResearcherCandidateConnection,
  SeedCandidateConnection,
} from './matching.types';

/** Matching queries: thin, the viewer and the arguments in, one service call out. */
/** Observes the matching latency histogram (served at /metrics) around one ranking. */
function timed<T>(operation: string, ranking: Promise<T>): Promise<T> {
  const done = matchingLatency.startTimer({ operation });
  return ranking.finally(() => done());
}

@Resolver()
export class MatchingResolver {
  @Allowed('RUN_MATCHING')
  @Query(() => SeedCandidateConnection, {
    complexity: FIELD_COSTS.matching,
    description:
      'Seeds ranked for a need, each with a 0–1 score and a per-factor explanation in Japanese and English / ニーズに対するシーズ候補. ' +
      'Retrieval in PostgreSQL (BM25 over words, bigrams and bilingual concepts, plus seeds sharing a field), then a deterministic ranking; ties by id. ' +
      'Seeds of a researcher who declared a conflict of interest with the need’s company are never listed (利益相反の申告がある研究者のシーズは候補にしない).',
  })
  matchCandidates(@Args() args: MatchCandidatesArgs, @Ctx() ctx: RequestContext): Promise<SeedCandidateConnection> {
    return timed('candidatesForNeed', ctx.services.matching.candidatesForNeed(idOf(args.needId, 'Need', 'needId'), withSeedFilterIds(args), needViewerOf(ctx)));
  }

  @Allowed('NEEDS_FOR_OWN_SEEDS')
  @Query(() => NeedCandidateConnection, {
    complexity: FIELD_COSTS.matching,
    description:
      'Needs ranked for a seed; what the viewer may not see of a need is neither shown nor used / シーズに対するニーズ候補. ' +
      'Coordinators: any seed. Researchers: only seeds they own (another seed is NOT_FOUND); RESTRICTED needs without the company, CONFIDENTIAL ones as an anonymised summary.',
  })
  needCandidatesForSeed(@Args() args: NeedCandidatesArgs, @Ctx() ctx: RequestContext): Promise<NeedCandidateConnection> {
    const ownerOnly = grantOf(ctx.viewer, 'NEEDS_FOR_OWN_SEEDS') === 'OWN' ? (ownResearcherId(ctx.viewer) ?? NO_ID) : null;
    return timed('needsForSeed', ctx.services.matching.needsForSeed(idOf(args.seedId, 'Seed', 'seedId'), args, needViewerOf(ctx), ownerOnly));
  }

  @Allowed('RUN_MATCHING')
  @Query(() => ResearcherCandidateConnection, {
    complexity: FIELD_COSTS.matching,
    description: 'Researchers ranked for a need by their best-fitting seeds / ニーズに対する研究者候補',
  })
  researcherCandidatesForNeed(@Args() args: ResearcherCandidatesArgs, @Ctx() ctx: RequestContext): Promise<ResearcherCandidateConnection> {
    return timed(
      'researchersForNeed',
      ctx.services.matching.researchersForNeed(idOf(args.needId, 'Need', 'needId'), withSeedFilterIds(args), needViewerOf(ctx)),
    );
  }

  @Allowed('RUN_MATCHING')
  @Query(() => InstitutionCandidateConnection, {
    complexity: FIELD_COSTS.matching,
    description:
      'Institutions ranked for a need, routed by its category (management → support organisations and banks; technical → public labs; research → universities and KOSEN) / 相談先の機関候補',
  })
  institutionCandidatesForNeed(@Args() args: InstitutionCandidatesArgs, @Ctx() ctx: RequestContext): Promise<InstitutionCandidateConnection> {
    return timed('institutionsForNeed', ctx.services.matching.institutionsForNeed(idOf(args.needId, 'Need', 'needId'), args, needViewerOf(ctx)));
  }

  @Allowed('RUN_MATCHING')
  @Query(() => ConsortiumCandidateConnection, {
    complexity: FIELD_COSTS.matching,
    description: 'Consortia ranked for a need by fields, region and their members’ seeds / 研究会・協議会の候補',
  })
  consortiumCandidatesForNeed(@Args() args: ConsortiumCandidatesArgs, @Ctx() ctx: RequestContext): Promise<ConsortiumCandidateConnection> {
    return timed('consortiaForNeed', ctx.services.matching.consortiaForNeed(idOf(args.needId, 'Need', 'needId'), args, needViewerOf(ctx)));
  }
}

/** The request with its filter's excluded seeds as uuids: global IDs end at this edge. */
function withSeedFilterIds<T extends { filter?: MatchFilter | null }>(args: T): T {
  return Object.assign(Object.create(Object.getPrototypeOf(args) as object) as T, args, {
    filter: withDecodedIds(args.filter, { excludeSeedIds: 'Seed' }, 'filter'),
  });
}

/** The taxonomy nodes and consortia an explanation names, through the request's loaders. */
@Resolver(() => MatchFactor)
export class MatchFactorResolver {
  @FieldResolver(() => [ResearchField], { description: 'For FIELD_PROXIMITY: the taxonomy node the two sides share (their closest common node)' })
  sharedFields(@Root() factor: MatchFactor, @Ctx() ctx: RequestContext): Promise<ResearchField[]> {
    return loadPresent(ctx.loaders.fieldByCode, factor.sharedFieldCodes);
  }

  @FieldResolver(() => [Consortium], { description: 'For WARM_PATH: consortia both sides belong to' })
  sharedConsortia(@Root() factor: MatchFactor, @Ctx() ctx: RequestContext): Promise<Consortium[]> {
    return loadPresent(ctx.loaders.consortiumById, factor.sharedConsortiumIds);
  }
}

@Resolver(() => InstitutionCandidate)
export class InstitutionCandidateResolver {
  @FieldResolver(() => Seed, { nullable: true, description: 'The institution’s seed that fits the need best, if any was retrieved' })
  bestSeed(@Root() candidate: InstitutionCandidate, @Ctx() ctx: RequestContext): Promise<Seed | null> {
    return candidate.bestSeedId ? ctx.loaders.seedById.load(candidate.bestSeedId) : Promise.resolve(null);
  }
}

@Resolver(() => ConsortiumCandidate)
export class ConsortiumCandidateResolver {
  @FieldResolver(() => Seed, { nullable: true, description: 'The members’ seed that fits the need best, if any was retrieved' })
  bestSeed(@Root() candidate: ConsortiumCandidate, @Ctx() ctx: RequestContext): Promise<Seed | null> {
    return candidate.bestSeedId ? ctx.loaders.seedById.load(candidate.bestSeedId) : Promise.resolve(null);
  }
}

export const MATCHING_RESOLVERS = [MatchingResolver, MatchFactorResolver, InstitutionCandidateResolver, ConsortiumCandidateResolver] as const;
