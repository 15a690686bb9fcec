import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allowed } from '../auth/allowed';
import { fromGlobalId } from '../common/global-id';
import { loadByGlobalId } from '../common/lookup';
import { Consortium } from '../consortia/consortium.entity';
import { FundingProgramme } from '../funding/funding-programme.entity';
import type { RequestContext } from '../graphql/context';
import { Institution } from '../institutions/institution.entity';
import { Introduction } from '../introductions/introduction.entity';
import { Need } from '../needs/need.entity';
import { canSeeNeed } from '../needs/need.visibility';
import { Coordinator } from '../people/coordinator.entity';
import { Researcher } from '../people/researcher.entity';
import { Seed } from '../seeds/seed.entity';
import { visibleSeed } from '../seeds/seed.visibility';
import { PlanRole } from './plan.enums';
import { decodePart, decodePlanChange, decodeProposePlan, decodeSupportPlanFilter, toPlanCandidates } from './plan.commands';
import {
  AddPlanPartInput,
  DropPlanPartInput,
  PlanCandidates,
  PlanPartCandidate,
  ProposePlanInput,
  ReplacePlanPartInput,
  SupportPlanConnection,
  SupportPlansArgs,
} from './plan.types';
import { SupportPlan, SupportPlanEvent, SupportPlanPart } from './support-plan.entity';

const ROLE_ORDER: readonly PlanRole[] = [PlanRole.RESEARCH, PlanRole.TESTING, PlanRole.NETWORK, PlanRole.FUNDING, PlanRole.MANAGEMENT];

/** Thin: the operation checked (@Allowed), global ids decoded (plan.commands.ts), one service call. */
@Resolver(() => SupportPlan)
export class SupportPlanResolver {
  @Allowed('RUN_MATCHING')
  @Query(() => PlanCandidates, {
    description:
      'Support plans for a need: ranked combinations of research, testing, network, funding and management parts that fit each other, with reasons / 支援プランの候補',
  })
  async planCandidates(
    @Arg('needId', () => ID, { description: 'The need' }) needId: string,
    @Arg('first', () => Int, { nullable: true, description: 'How many plans (default 3, at most 10)' }) first: number | null,
    @Ctx() ctx: RequestContext,
  ): Promise<PlanCandidates> {
    return toPlanCandidates(await ctx.services.plans.candidates(fromGlobalId(needId, 'Need', 'needId').id, first ?? 3));
  }

  @Allowed('READ_PLANS')
  @Query(() => SupportPlanConnection, { description: 'Support plans, newest first (staff) / 支援プラン一覧' })
  supportPlans(@Args() args: SupportPlansArgs, @Ctx() ctx: RequestContext): Promise<SupportPlanConnection> {
    return ctx.services.plans.list(decodeSupportPlanFilter(args.filter), args, ctx.config.maxPageSize);
  }

  @Allowed('READ_PLANS')
  @Query(() => SupportPlan, { nullable: true, description: 'A support plan by global ID (staff) / 支援プラン' })
  supportPlan(@Arg('id', () => ID, { description: 'Global ID of the plan' }) id: string, @Ctx() ctx: RequestContext): Promise<SupportPlan | null> {
    return loadByGlobalId(ctx.loaders.supportPlanById, id, 'SupportPlan');
  }

  @Allowed('MANAGE_PLANS')
  @Mutation(() => SupportPlan, {
    description:
      'Proposes a support plan: each part becomes an introduction with its own life; the plan’s status follows them. CONFLICT DECLARED_CONFLICT_OF_INTEREST for a researcher who declared one / 支援プランを提案する',
  })
  proposePlan(@Arg('input', { description: 'The need and the parts' }) input: ProposePlanInput, @Ctx() ctx: RequestContext): Promise<SupportPlan> {
    return ctx.services.plans.propose(ctx.viewer, decodeProposePlan(input));
  }

  @Allowed('MANAGE_PLANS')
  @Mutation(() => SupportPlan, { description: 'Adds a part in a role the plan does not fill yet (CONFLICT PLAN_ROLE_TAKEN otherwise) / 構成要素を追加する' })
  addPlanPart(@Arg('input', { description: 'The plan and the new part' }) input: AddPlanPartInput, @Ctx() ctx: RequestContext): Promise<SupportPlan> {
    return ctx.services.plans.addPlanPart(ctx.viewer, decodePlanChange(input), decodePart(input.part, 'input.part'));
  }

  @Allowed('MANAGE_PLANS')
  @Mutation(() => SupportPlan, {
    description: 'Replaces the part of a role: the old introduction is withdrawn if open, both kept in the history / 構成要素を差し替える',
  })
  replacePlanPart(@Arg('input', { description: 'The plan and the new part' }) input: ReplacePlanPartInput, @Ctx() ctx: RequestContext): Promise<SupportPlan> {
    return ctx.services.plans.replacePlanPart(ctx.viewer, decodePlanChange(input), decodePart(input.part, 'input.part'));
  }

  @Allowed('MANAGE_PLANS')
  @Mutation(() => SupportPlan, {
    description: 'Drops the part of a role: its introduction is withdrawn if open, the part kept in the history / 構成要素を外す',
  })
  dropPlanPart(@Arg('input', { description: 'The plan and the role' }) input: DropPlanPartInput, @Ctx() ctx: RequestContext): Promise<SupportPlan> {
    return ctx.services.plans.dropPlanPart(ctx.viewer, decodePlanChange(input), input.role);
  }

  @FieldResolver(() => Need, { nullable: true, description: 'The need, as the viewer may see it' })
  async need(@Root() plan: SupportPlan, @Ctx() ctx: RequestContext): Promise<Need | null> {
    const need = await ctx.loaders.needById.load(plan.needId);
    return need && canSeeNeed(ctx.viewer, need) ? need : null;
  }

  @FieldResolver(() => [SupportPlanPart], {
    description:
      'The parts by role (research, testing, network, funding, management), then as added; with `includeRemoved` also those dropped or replaced / 構成要素',
  })
  async parts(
    @Root() plan: SupportPlan,
    @Arg('includeRemoved', () => Boolean, { nullable: true, description: 'Include dropped and replaced parts (default false)' }) includeRemoved: boolean | null,
    @Ctx() ctx: RequestContext,
  ): Promise<SupportPlanPart[]> {
    // The loader keeps the order added; the parts of one proposal share their moment, so order by role first.
    const parts = [...(await ctx.loaders.planParts.load(plan.id))].sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
    return includeRemoved ? parts : parts.filter((p) => !p.removedAt);
  }

  @FieldResolver(() => [SupportPlanEvent], { description: 'Its changes, oldest first: proposal, parts added, replaced, dropped, status / 履歴' })
  history(@Root() plan: SupportPlan, @Ctx() ctx: RequestContext): Promise<SupportPlanEvent[]> {
    return ctx.loaders.planEvents.load(plan.id);
  }

  @FieldResolver(() => Coordinator, { nullable: true, description: 'The coordinator who proposed it' })
  proposedBy(@Root() plan: SupportPlan, @Ctx() ctx: RequestContext): Promise<Coordinator | null> {
    return plan.proposedById ? ctx.loaders.coordinatorById.load(plan.proposedById) : Promise.resolve(null);
  }
}

@Resolver(() => SupportPlanPart)
export class SupportPlanPartResolver {
  @FieldResolver(() => Introduction, {
    nullable: true,
    description: 'The introduction that fills the part, with its status and history / この構成要素のマッチング',
  })
  match(@Root() part: SupportPlanPart, @Ctx() ctx: RequestContext): Promise<Introduction | null> {
    return ctx.loaders.introductionById.load(part.introductionId);
  }
}

@Resolver(() => PlanPartCandidate)
export class PlanPartCandidateResolver {
  @FieldResolver(() => Seed, { nullable: true, description: 'The seed, for a SEED part' })
  async seed(@Root() part: PlanPartCandidate, @Ctx() ctx: RequestContext): Promise<Seed | null> {
    if (part.targetKind !== 'SEED') return null;
    const seed = await ctx.loaders.seedById.load(part.dbId);
    return seed ? visibleSeed(ctx, seed) : null;
  }

  @FieldResolver(() => Researcher, { nullable: true, description: 'The researcher, for a RESEARCHER part' })
  researcher(@Root() part: PlanPartCandidate, @Ctx() ctx: RequestContext): Promise<Researcher | null> {
    return part.targetKind === 'RESEARCHER' ? ctx.loaders.researcherById.load(part.dbId) : Promise.resolve(null);
  }

  @FieldResolver(() => Institution, { nullable: true, description: 'The institution, for an INSTITUTION part (a public lab, support organisation or bank)' })
  institution(@Root() part: PlanPartCandidate, @Ctx() ctx: RequestContext): Promise<Institution | null> {
    return part.targetKind === 'INSTITUTION' ? ctx.loaders.institutionById.load(part.dbId) : Promise.resolve(null);
  }

  @FieldResolver(() => Consortium, { nullable: true, description: 'The consortium, for a CONSORTIUM part' })
  consortium(@Root() part: PlanPartCandidate, @Ctx() ctx: RequestContext): Promise<Consortium | null> {
    return part.targetKind === 'CONSORTIUM' ? ctx.loaders.consortiumById.load(part.dbId) : Promise.resolve(null);
  }

  @FieldResolver(() => FundingProgramme, { nullable: true, description: 'The funding programme, for a FUNDING part' })
  fundingProgramme(@Root() part: PlanPartCandidate, @Ctx() ctx: RequestContext): Promise<FundingProgramme | null> {
    return part.targetKind === 'FUNDING' ? ctx.loaders.fundingProgrammeById.load(part.dbId) : Promise.resolve(null);
  }
}

@Resolver(() => Introduction)
export class IntroductionPlanResolver {
  @FieldResolver(() => FundingProgramme, { nullable: true, description: 'The funding programme, for an introduction to one' })
  fundingProgramme(@Root() introduction: Introduction, @Ctx() ctx: RequestContext): Promise<FundingProgramme | null> {
    return introduction.fundingProgrammeId ? ctx.loaders.fundingProgrammeById.load(introduction.fundingProgrammeId) : Promise.resolve(null);
  }
}

export const PLAN_RESOLVERS = [SupportPlanResolver, SupportPlanPartResolver, PlanPartCandidateResolver, IntroductionPlanResolver] as const;
