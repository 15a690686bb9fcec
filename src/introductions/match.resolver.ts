import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Connection } from '../common/connection';
import { loadByGlobalId } from '../common/lookup';
import { Consortium } from '../consortia/consortium.entity';
import type { RequestContext } from '../graphql/context';
import { Institution } from '../institutions/institution.entity';
import { MatchFactor } from '../matching/matching.types';
import { Need } from '../needs/need.entity';
import { canSeeNeed } from '../needs/need.visibility';
import { Coordinator } from '../people/coordinator.entity';
import { Researcher } from '../people/researcher.entity';
import { Seed } from '../seeds/seed.entity';
import { visibleSeed } from '../seeds/seed.visibility';
import { allowedTransitions } from './match-states';
import { Match, MatchEvent } from './match.entity';
import { MatchStatus } from './match.enums';
import { AnswerMatchInput, MatchesArgs, ProposeMatchInput, RecordPastOutcomeInput, TransitionMatchInput } from './match.inputs';

@ObjectType({ description: 'A page of introductions' })
export class MatchConnection extends Connection(Match, 'Match') {}

/** Seed owners through the request's loader, for the visibility rule. */
const ownersOf = (ctx: RequestContext) => async (seedId: string) => (await ctx.loaders.ownersBySeed.load(seedId)).map((o) => o.researcherId);
const needOf = (ctx: RequestContext) => (needId: string) => ctx.loaders.needById.load(needId);

async function visibleMatches(ctx: RequestContext, matches: Match[]): Promise<Match[]> {
  const visible: Match[] = [];
  for (const match of matches) if (await ctx.services.matches.canSee(ctx.viewer, match, needOf(ctx), ownersOf(ctx))) visible.push(match);
  return visible;
}

@Resolver(() => Match)
export class MatchResolver {
  @Query(() => MatchConnection, { description: 'Introductions, newest first: all for staff; researchers theirs; a company user its needs’ / マッチング一覧' })
  matches(@Args() args: MatchesArgs, @Ctx() ctx: RequestContext): Promise<MatchConnection> {
    return ctx.services.matches.list(ctx.viewer, args.filter, args, ctx.config.maxPageSize);
  }

  @Query(() => Match, { nullable: true, description: 'An introduction by global ID; null when it does not exist or is not yours to see / マッチング' })
  async match(@Arg('id', () => ID, { description: 'Global ID of the introduction' }) id: string, @Ctx() ctx: RequestContext): Promise<Match | null> {
    ctx.services.matches.assertMayRead(ctx.viewer);
    const match = await loadByGlobalId(ctx.loaders.matchById, id, 'Match');
    return match && (await ctx.services.matches.canSee(ctx.viewer, match, needOf(ctx), ownersOf(ctx))) ? match : null;
  }

  @Mutation(() => Match, { description: 'Proposes an introduction, keeping the score and explanation of this moment; CONFLICT when the pair already has an open one / マッチングを提案する' })
  proposeMatch(@Arg('input', { description: 'The need and its target' }) input: ProposeMatchInput, @Ctx() ctx: RequestContext): Promise<Match> {
    return ctx.services.matches.propose(ctx.viewer, input);
  }

  @Mutation(() => Match, {
    description:
      'Moves an introduction one step (PROPOSED → INTRODUCED → MEETING → NEGOTIATING → AGREED) or declines / withdraws it; no step may be skipped. ' +
      'DECLINED needs a declineReason, AGREED an outcomeType. CONFLICT when `expectedVersion` is stale / マッチングの状態を進める',
  })
  transitionMatch(@Arg('input', { description: 'Which, where to, and why' }) input: TransitionMatchInput, @Ctx() ctx: RequestContext): Promise<Match> {
    return ctx.services.matches.transition(ctx.viewer, input);
  }

  @Mutation(() => Match, { description: 'A researcher answers a proposal made to them or their seed: accept (→ INTRODUCED) or decline with a reason / 提案への回答' })
  answerMatch(@Arg('input', { description: 'The answer' }) input: AnswerMatchInput, @Ctx() ctx: RequestContext): Promise<Match> {
    return ctx.services.matches.answer(ctx.viewer, input);
  }

  @Mutation(() => Match, { description: 'Administrators: records an outcome reached earlier, with its date, skipping the steps in between / 過去の結果を記録する' })
  recordPastOutcome(@Arg('input', { description: 'The outcome and its date' }) input: RecordPastOutcomeInput, @Ctx() ctx: RequestContext): Promise<Match> {
    return ctx.services.matches.recordPastOutcome(ctx.viewer, input);
  }

  @FieldResolver(() => Need, { nullable: true, description: 'The need, as the viewer may see it' })
  async need(@Root() match: Match, @Ctx() ctx: RequestContext): Promise<Need | null> {
    const need = await ctx.loaders.needById.load(match.needId);
    return need && canSeeNeed(ctx.viewer, need) ? need : null;
  }

  @FieldResolver(() => Seed, { nullable: true, description: 'The seed, for an introduction to a seed (null when hidden from the viewer)' })
  async seed(@Root() match: Match, @Ctx() ctx: RequestContext): Promise<Seed | null> {
    if (!match.seedId) return null;
    const seed = await ctx.loaders.seedById.load(match.seedId);
    return seed ? visibleSeed(ctx, seed) : null;
  }

  @FieldResolver(() => Researcher, { nullable: true, description: 'The researcher, for an introduction to a researcher' })
  researcher(@Root() match: Match, @Ctx() ctx: RequestContext): Promise<Researcher | null> {
    return match.researcherId ? ctx.loaders.researcherById.load(match.researcherId) : Promise.resolve(null);
  }

  @FieldResolver(() => Institution, { nullable: true, description: 'The institution, for an introduction to an institution' })
  institution(@Root() match: Match, @Ctx() ctx: RequestContext): Promise<Institution | null> {
    return match.institutionId ? ctx.loaders.institutionById.load(match.institutionId) : Promise.resolve(null);
  }

  @FieldResolver(() => Consortium, { nullable: true, description: 'The consortium, for an introduction to a consortium' })
  consortium(@Root() match: Match, @Ctx() ctx: RequestContext): Promise<Consortium | null> {
    return match.consortiumId ? ctx.loaders.consortiumById.load(match.consortiumId) : Promise.resolve(null);
  }

  @FieldResolver(() => Coordinator, { nullable: true, description: 'The coordinator who proposed it' })
  proposedBy(@Root() match: Match, @Ctx() ctx: RequestContext): Promise<Coordinator | null> {
    return match.proposedById ? ctx.loaders.coordinatorById.load(match.proposedById) : Promise.resolve(null);
  }

  @FieldResolver(() => [MatchFactor], {
    description: 'The explanation when proposed (a snapshot, never recomputed). Researchers see it only for PUBLIC needs / 提案時の評価理由',
  })
  async explanation(@Root() match: Match, @Ctx() ctx: RequestContext): Promise<MatchFactor[]> {
    return ctx.services.matches.explanationFor(ctx.viewer, match, await ctx.loaders.needById.load(match.needId));
  }

  @FieldResolver(() => [MatchStatus], { description: 'Where it may go next by the ordinary workflow (empty when final) / 次に進める状態' })
  allowedTransitions(@Root() match: Match): MatchStatus[] {
    return allowedTransitions(match.status);
  }

  @FieldResolver(() => [MatchEvent], { description: 'Its transitions, oldest first: who, when, why / 履歴' })
  history(@Root() match: Match, @Ctx() ctx: RequestContext): Promise<MatchEvent[]> {
    return ctx.loaders.matchEvents.load(match.id);
  }
}

@Resolver(() => MatchEvent)
export class MatchEventResolver {
  @FieldResolver(() => Coordinator, { nullable: true, description: 'The coordinator who acted, if the account has one' })
  actor(@Root() event: MatchEvent, @Ctx() ctx: RequestContext): Promise<Coordinator | null> {
    return event.actorCoordinatorId ? ctx.loaders.coordinatorById.load(event.actorCoordinatorId) : Promise.resolve(null);
  }
}

@Resolver(() => Need)
export class NeedMatchesResolver {
  @FieldResolver(() => [Match], { description: 'Introductions of this need the viewer may see, newest first / このニーズのマッチング' })
  async matches(@Root() need: Need, @Ctx() ctx: RequestContext): Promise<Match[]> {
    return visibleMatches(ctx, await ctx.loaders.matchesByNeed.load(need.id));
  }
}

@Resolver(() => Seed)
export class SeedMatchesResolver {
  @FieldResolver(() => [Match], { description: 'Introductions to this seed the viewer may see, newest first / このシーズのマッチング' })
  async matches(@Root() seed: Seed, @Ctx() ctx: RequestContext): Promise<Match[]> {
    return visibleMatches(ctx, await ctx.loaders.matchesBySeed.load(seed.id));
  }
}

export const MATCH_RESOLVERS = [MatchResolver, MatchEventResolver, NeedMatchesResolver, SeedMatchesResolver] as const;
