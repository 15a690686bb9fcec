import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Connection } from '../common/connection';
import { withDecodedIds } from '../common/global-id';
import { loadByGlobalId } from '../common/lookup';
import { PROPOSAL_ID_TYPES } from './introduction-target';
import { Consortium } from '../consortia/consortium.entity';
import { Allowed } from '../auth/allowed';
import type { RequestContext } from '../graphql/context';
import { Institution } from '../institutions/institution.entity';
import { MatchFactor } from '../matching/matching.types';
import { Need } from '../needs/need.entity';
import { canSeeNeed } from '../needs/need.visibility';
import { Coordinator } from '../people/coordinator.entity';
import { Researcher } from '../people/researcher.entity';
import { Seed } from '../seeds/seed.entity';
import { visibleSeed } from '../seeds/seed.visibility';
import { allowedTransitions } from './introduction-states';
import { Introduction, IntroductionEvent } from './introduction.entity';
import { canSeeIntroduction, explanationFor, visibleIntroductions } from './introduction.visibility';
import { IntroductionStatus } from './introduction.enums';
import {
  AnswerIntroductionInput,
  IntroductionsArgs,
  ProposeIntroductionInput,
  RecordPastOutcomeInput,
  TransitionIntroductionInput,
} from './introduction.inputs';

@ObjectType('MatchConnection', { description: 'A page of introductions' })
export class IntroductionConnection extends Connection(Introduction, 'Match') {}

/** Introductions keep their GraphQL type name, Match, in their global IDs. */
const INTRODUCTION_ID = { id: 'Match' } as const;

@Resolver(() => Introduction)
export class IntroductionResolver {
  @Allowed('READ_INTRODUCTIONS')
  @Query(() => IntroductionConnection, {
    description: 'Introductions, newest first: all for staff; researchers theirs; a company user its needs’ / マッチング一覧',
  })
  matches(@Args() args: IntroductionsArgs, @Ctx() ctx: RequestContext): Promise<IntroductionConnection> {
    return ctx.services.introductions.list(
      ctx.viewer,
      withDecodedIds(args.filter, { needId: 'Need', seedId: 'Seed', researcherId: 'Researcher' }, 'filter'),
      args,
    );
  }

  @Allowed('READ_INTRODUCTIONS')
  @Query(() => Introduction, { nullable: true, description: 'An introduction by global ID; null when it does not exist or is not yours to see / マッチング' })
  async match(@Arg('id', () => ID, { description: 'Global ID of the introduction' }) id: string, @Ctx() ctx: RequestContext): Promise<Introduction | null> {
    const introduction = await loadByGlobalId(ctx.loaders.introductionById, id, 'Match');
    return introduction && (await canSeeIntroduction(ctx, introduction)) ? introduction : null;
  }

  @Allowed('MANAGE_INTRODUCTIONS')
  @Mutation(() => Introduction, {
    description:
      'Proposes an introduction, keeping the score and explanation of this moment; CONFLICT when the pair already has an open one / マッチングを提案する',
  })
  proposeMatch(@Arg('input', { description: 'The need and its target' }) input: ProposeIntroductionInput, @Ctx() ctx: RequestContext): Promise<Introduction> {
    return ctx.services.introductions.propose(ctx.viewer, withDecodedIds(input, PROPOSAL_ID_TYPES, 'input'));
  }

  @Allowed('MANAGE_INTRODUCTIONS')
  @Mutation(() => Introduction, {
    description:
      'Moves an introduction one step (PROPOSED → INTRODUCED → MEETING → NEGOTIATING → AGREED) or declines / withdraws it; no step may be skipped. ' +
      'DECLINED needs a declineReason, AGREED an outcomeType. CONFLICT when `expectedVersion` is stale / マッチングの状態を進める',
  })
  transitionMatch(
    @Arg('input', { description: 'Which, where to, and why' }) input: TransitionIntroductionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Introduction> {
    return ctx.services.introductions.transition(ctx.viewer, withDecodedIds(input, INTRODUCTION_ID, 'input'));
  }

  @Allowed('ANSWER_INTRODUCTIONS')
  @Mutation(() => Introduction, {
    description: 'A researcher answers a proposal made to them or their seed: accept (→ INTRODUCED) or decline with a reason / 提案への回答',
  })
  answerMatch(@Arg('input', { description: 'The answer' }) input: AnswerIntroductionInput, @Ctx() ctx: RequestContext): Promise<Introduction> {
    return ctx.services.introductions.answer(ctx.viewer, withDecodedIds(input, INTRODUCTION_ID, 'input'));
  }

  @Allowed('RECORD_PAST_OUTCOMES')
  @Mutation(() => Introduction, {
    description: 'Administrators: records an outcome reached earlier, with its date, skipping the steps in between / 過去の結果を記録する',
  })
  recordPastOutcome(
    @Arg('input', { description: 'The outcome and its date' }) input: RecordPastOutcomeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Introduction> {
    return ctx.services.introductions.recordPastOutcome(ctx.viewer, withDecodedIds(input, INTRODUCTION_ID, 'input'));
  }

  @FieldResolver(() => Need, { nullable: true, description: 'The need, as the viewer may see it' })
  async need(@Root() introduction: Introduction, @Ctx() ctx: RequestContext): Promise<Need | null> {
    const need = await ctx.loaders.needById.load(introduction.needId);
    return need && canSeeNeed(ctx.viewer, need) ? need : null;
  }

  @FieldResolver(() => Seed, { nullable: true, description: 'The seed, for an introduction to a seed (null when hidden from the viewer)' })
  async seed(@Root() introduction: Introduction, @Ctx() ctx: RequestContext): Promise<Seed | null> {
    if (!introduction.seedId) return null;
    const seed = await ctx.loaders.seedById.load(introduction.seedId);
    return seed ? visibleSeed(ctx, seed) : null;
  }

  @FieldResolver(() => Researcher, { nullable: true, description: 'The researcher, for an introduction to a researcher' })
  researcher(@Root() introduction: Introduction, @Ctx() ctx: RequestContext): Promise<Researcher | null> {
    return introduction.researcherId ? ctx.loaders.researcherById.load(introduction.researcherId) : Promise.resolve(null);
  }

  @FieldResolver(() => Institution, { nullable: true, description: 'The institution, for an introduction to an institution' })
  institution(@Root() introduction: Introduction, @Ctx() ctx: RequestContext): Promise<Institution | null> {
    return introduction.institutionId ? ctx.loaders.institutionById.load(introduction.institutionId) : Promise.resolve(null);
  }

  @FieldResolver(() => Consortium, { nullable: true, description: 'The consortium, for an introduction to a consortium' })
  consortium(@Root() introduction: Introduction, @Ctx() ctx: RequestContext): Promise<Consortium | null> {
    return introduction.consortiumId ? ctx.loaders.consortiumById.load(introduction.consortiumId) : Promise.resolve(null);
  }

  @FieldResolver(() => Coordinator, { nullable: true, description: 'The coordinator who proposed it' })
  proposedBy(@Root() introduction: Introduction, @Ctx() ctx: RequestContext): Promise<Coordinator | null> {
    return introduction.proposedById ? ctx.loaders.coordinatorById.load(introduction.proposedById) : Promise.resolve(null);
  }

  @FieldResolver(() => [MatchFactor], {
    description: 'The explanation when proposed (a snapshot, never recomputed). Researchers see it only for PUBLIC needs / 提案時の評価理由',
  })
  async explanation(@Root() introduction: Introduction, @Ctx() ctx: RequestContext): Promise<MatchFactor[]> {
    return explanationFor(ctx.viewer, introduction, await ctx.loaders.needById.load(introduction.needId));
  }

  @FieldResolver(() => [IntroductionStatus], { description: 'Where it may go next by the ordinary workflow (empty when final) / 次に進める状態' })
  allowedTransitions(@Root() introduction: Introduction): IntroductionStatus[] {
    return allowedTransitions(introduction.status);
  }

  @FieldResolver(() => [IntroductionEvent], { description: 'Its transitions, oldest first: who, when, why / 履歴' })
  history(@Root() introduction: Introduction, @Ctx() ctx: RequestContext): Promise<IntroductionEvent[]> {
    return ctx.loaders.introductionEvents.load(introduction.id);
  }
}

@Resolver(() => IntroductionEvent)
export class IntroductionEventResolver {
  @FieldResolver(() => Coordinator, { nullable: true, description: 'The coordinator who acted, if the account has one' })
  actor(@Root() event: IntroductionEvent, @Ctx() ctx: RequestContext): Promise<Coordinator | null> {
    return event.actorCoordinatorId ? ctx.loaders.coordinatorById.load(event.actorCoordinatorId) : Promise.resolve(null);
  }
}

@Resolver(() => Need)
export class NeedIntroductionsResolver {
  @FieldResolver(() => [Introduction], { description: 'Introductions of this need the viewer may see, newest first / このニーズのマッチング' })
  async matches(@Root() need: Need, @Ctx() ctx: RequestContext): Promise<Introduction[]> {
    return visibleIntroductions(ctx, await ctx.loaders.introductionsByNeed.load(need.id));
  }
}

@Resolver(() => Seed)
export class SeedIntroductionsResolver {
  @FieldResolver(() => [Introduction], { description: 'Introductions to this seed the viewer may see, newest first / このシーズのマッチング' })
  async matches(@Root() seed: Seed, @Ctx() ctx: RequestContext): Promise<Introduction[]> {
    return visibleIntroductions(ctx, await ctx.loaders.introductionsBySeed.load(seed.id));
  }
}

export const INTRODUCTION_RESOLVERS = [IntroductionResolver, IntroductionEventResolver, NeedIntroductionsResolver, SeedIntroductionsResolver] as const;
