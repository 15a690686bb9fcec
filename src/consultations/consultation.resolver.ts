import { Arg, Args, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Connection } from '../common/connection';
import { idOf, withDecodedIds } from '../common/global-id';
import { loadByGlobalId } from '../common/lookup';
import { Allowed } from '../auth/allowed';
import type { RequestContext } from '../graphql/context';
import { InstitutionCandidate, ResearcherCandidate } from '../matching/matching.types';
import { Need } from '../needs/need.entity';
import { canSeeNeed } from '../needs/need.visibility';
import { Coordinator } from '../people/coordinator.entity';
import { Consultation, ConsultationEvent } from './consultation.entity';
import { ConsultationStatus } from './consultation.enums';
import { ConsultationsArgs, EscalateConsultationInput, FinishConsultationInput, OpenConsultationInput } from './consultation.inputs';
import { canSeeConsultation, visibleConsultation } from './consultation.visibility';

@ObjectType({ description: 'A page of consultations' })
export class ConsultationConnection extends Connection(Consultation, 'Consultation') {}

@ObjectType({ description: 'Where a consultation can go next: the next step’s holder and the ranked institutions and people / 相談の振り分け先' })
export class ConsultationRouting {
  @Field(() => Consultation, { description: 'The consultation' })
  consultation: Consultation;

  @Field(() => Int, { nullable: true, description: 'The step an escalation would reach; null at step 3 or when no longer open' })
  nextStep: number | null;

  /** Id behind `nextHolder`. */
  nextHolderId: string | null;

  @Field(() => [InstitutionCandidate], {
    description:
      'Institutions for the need’s category (management → support organisations and banks; research → universities and KOSEN; technical → public labs), best first',
  })
  institutions: InstitutionCandidate[];

  @Field(() => [ResearcherCandidate], { description: 'Researchers who can take it, by their seeds, best first' })
  researchers: ResearcherCandidate[];
}

@Resolver(() => Consultation)
export class ConsultationResolver {
  @Allowed('READ_CONSULTATIONS')
  @Query(() => ConsultationConnection, { description: 'Consultations: what I hold, what is overdue, what waits at each step; newest first / 相談一覧' })
  consultations(@Args() args: ConsultationsArgs, @Ctx() ctx: RequestContext): Promise<ConsultationConnection> {
    return ctx.services.consultations.list(ctx.viewer, withDecodedIds(args.filter, { holderId: 'Coordinator', needId: 'Need' }, 'filter'), args);
  }

  @Allowed('READ_CONSULTATIONS')
  @Query(() => Consultation, { nullable: true, description: 'A consultation by global ID; null when it does not exist or is not yours to see / 相談' })
  async consultation(
    @Arg('id', () => ID, { description: 'Global ID of the consultation' }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Consultation | null> {
    const consultation = await loadByGlobalId(ctx.loaders.consultationById, id, 'Consultation');
    return visibleConsultation(ctx, consultation);
  }

  @Allowed('RUN_MATCHING')
  @Query(() => ConsultationRouting, {
    description: 'Routes a consultation: the next step’s holder and ranked institutions and researchers for the need, from the matching engine / 振り分け候補',
  })
  routeConsultation(
    @Arg('id', () => ID, { description: 'The consultation' }) id: string,
    @Arg('first', () => Int, { defaultValue: 5, description: 'How many institutions and researchers (1–50)' }) first: number,
    @Ctx() ctx: RequestContext,
  ): Promise<ConsultationRouting> {
    return ctx.services.consultations.route(ctx.viewer, idOf(id, 'Consultation', 'id'), first);
  }

  @Allowed('MANAGE_CONSULTATIONS')
  @Mutation(() => Consultation, { description: 'Opens a consultation about a need at step 1, held by the window / 相談を受け付ける' })
  openConsultation(@Arg('input', { description: 'The consultation' }) input: OpenConsultationInput, @Ctx() ctx: RequestContext): Promise<Consultation> {
    return ctx.services.consultations.open(ctx.viewer, withDecodedIds(input, { needId: 'Need', windowId: 'Coordinator' }, 'input'));
  }

  @Allowed('MANAGE_CONSULTATIONS')
  @Mutation(() => Consultation, {
    description:
      'Hands it to the next step (2: regional coordinator, 3: public lab collaboration office) with a reason; CONFLICT when the version is stale / 次の段階へ引き継ぐ',
  })
  escalateConsultation(@Arg('input', { description: 'Which and why' }) input: EscalateConsultationInput, @Ctx() ctx: RequestContext): Promise<Consultation> {
    return ctx.services.consultations.escalate(ctx.viewer, withDecodedIds(input, { id: 'Consultation' }, 'input'));
  }

  @Allowed('MANAGE_CONSULTATIONS')
  @Mutation(() => Consultation, { description: 'Marks it resolved (the need too) / 相談を解決済みにする' })
  resolveConsultation(@Arg('input', { description: 'Which and how' }) input: FinishConsultationInput, @Ctx() ctx: RequestContext): Promise<Consultation> {
    return ctx.services.consultations.resolve(ctx.viewer, withDecodedIds(input, { id: 'Consultation' }, 'input'));
  }

  @Allowed('MANAGE_CONSULTATIONS')
  @Mutation(() => Consultation, { description: 'Closes it without (further) resolution / 相談を終了する' })
  closeConsultation(@Arg('input', { description: 'Which and why' }) input: FinishConsultationInput, @Ctx() ctx: RequestContext): Promise<Consultation> {
    return ctx.services.consultations.close(ctx.viewer, withDecodedIds(input, { id: 'Consultation' }, 'input'));
  }

  @FieldResolver(() => Need, { nullable: true, description: 'The need; null when hidden from the viewer' })
  async need(@Root() consultation: Consultation, @Ctx() ctx: RequestContext): Promise<Need | null> {
    const need = await ctx.loaders.needById.load(consultation.needId);
    return need && canSeeNeed(ctx.viewer, need) ? need : null;
  }

  @FieldResolver(() => Coordinator, { nullable: true, description: 'Who holds it now / 担当' })
  holder(@Root() consultation: Consultation, @Ctx() ctx: RequestContext): Promise<Coordinator | null> {
    return ctx.loaders.coordinatorById.load(consultation.holderId);
  }

  @FieldResolver(() => Coordinator, { nullable: true, description: 'The window that took it in / 受付窓口' })
  window(@Root() consultation: Consultation, @Ctx() ctx: RequestContext): Promise<Coordinator | null> {
    return ctx.loaders.coordinatorById.load(consultation.windowId);
  }

  @FieldResolver(() => Boolean, { description: 'Open and past its due date / 期限切れ' })
  overdue(@Root() consultation: Consultation): boolean {
    return consultation.status === ConsultationStatus.OPEN && consultation.dueAt !== null && consultation.dueAt.getTime() < Date.now();
  }

  @FieldResolver(() => [ConsultationEvent], { description: 'Its history, oldest first: who, when, what, why / 履歴' })
  history(@Root() consultation: Consultation, @Ctx() ctx: RequestContext): Promise<ConsultationEvent[]> {
    return ctx.loaders.consultationEvents.load(consultation.id);
  }
}

@Resolver(() => ConsultationEvent)
export class ConsultationEventResolver {
  @FieldResolver(() => Coordinator, { nullable: true, description: 'The coordinator who acted, if the account has one' })
  actor(@Root() event: ConsultationEvent, @Ctx() ctx: RequestContext): Promise<Coordinator | null> {
    return event.actorCoordinatorId ? ctx.loaders.coordinatorById.load(event.actorCoordinatorId) : Promise.resolve(null);
  }

  @FieldResolver(() => Coordinator, { nullable: true, description: 'Who held it after this step' })
  holder(@Root() event: ConsultationEvent, @Ctx() ctx: RequestContext): Promise<Coordinator | null> {
    return event.holderId ? ctx.loaders.coordinatorById.load(event.holderId) : Promise.resolve(null);
  }
}

@Resolver(() => ConsultationRouting)
export class ConsultationRoutingResolver {
  @FieldResolver(() => Coordinator, {
    nullable: true,
    description: 'Who would hold it after `escalateConsultation`; null when nobody fits or there is no next step',
  })
  nextHolder(@Root() routing: ConsultationRouting, @Ctx() ctx: RequestContext): Promise<Coordinator | null> {
    return routing.nextHolderId ? ctx.loaders.coordinatorById.load(routing.nextHolderId) : Promise.resolve(null);
  }
}

/** `Need.consultations`: the need's consultations as the viewer may see them. */
@Resolver(() => Need)
export class NeedConsultationsResolver {
  @FieldResolver(() => [Consultation], { description: 'Consultations about this need, newest first (staff; a company user for its own needs) / 相談' })
  async consultations(@Root() need: Need, @Ctx() ctx: RequestContext): Promise<Consultation[]> {
    const list = await ctx.loaders.consultationsByNeed.load(need.id);
    return list.filter((consultation) => canSeeConsultation(ctx.viewer, consultation, need));
  }
}

export const CONSULTATION_RESOLVERS = [ConsultationResolver, ConsultationEventResolver, ConsultationRoutingResolver, NeedConsultationsResolver] as const;
