import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Connection } from '../common/connection';
import { idOf, withDecodedIds } from '../common/global-id';
import { loadByGlobalId } from '../common/lookup';
import { canSeeNeed, needViewFor } from '../needs/need.visibility';
import { showsCoordinatorContact } from './contact-visibility';
import { Allowed } from '../auth/allowed';
import type { RequestContext } from '../graphql/context';
import { Institution } from '../institutions/institution.entity';
import { Need } from '../needs/need.entity';
import { NeedStatus } from '../needs/need.enums';
import { Region } from '../regions/region.entity';
import { CoordinatorsArgs, RegisterCoordinatorInput, UpdateCoordinatorInput } from './coordinator.inputs';
import { Coordinator } from './coordinator.entity';

@ObjectType({ description: 'A page of coordinators' })
export class CoordinatorConnection extends Connection(Coordinator, 'Coordinator') {}

@Resolver(() => Coordinator)
export class CoordinatorResolver {
  @Allowed('READ_PUBLIC')
  @Query(() => Coordinator, { nullable: true, description: 'A coordinator by global ID; null when it does not exist / コーディネータ' })
  coordinator(@Arg('id', () => ID, { description: 'Global ID of the coordinator' }) id: string, @Ctx() ctx: RequestContext): Promise<Coordinator | null> {
    return loadByGlobalId(ctx.loaders.coordinatorById, id, 'Coordinator');
  }

  @Allowed('READ_PUBLIC')
  @Query(() => Coordinator, { nullable: true, description: 'A coordinator by external key; null when there is none' })
  coordinatorByKey(@Arg('key', { description: 'External key, e.g. `c-okitama`' }) key: string, @Ctx() ctx: RequestContext): Promise<Coordinator | null> {
    return ctx.services.coordinators.getByKey(ctx.viewer, key);
  }

  @Allowed('READ_PUBLIC')
  @Query(() => CoordinatorConnection, { description: 'Coordinators, filtered, ordered by name / コーディネータ一覧' })
  coordinators(@Args() args: CoordinatorsArgs, @Ctx() ctx: RequestContext): Promise<CoordinatorConnection> {
    return ctx.services.coordinators.list(ctx.viewer, withDecodedIds(args.filter, { institutionId: 'Institution' }, 'filter'), args);
  }

  @Allowed('WRITE_COORDINATORS')
  @Mutation(() => Coordinator, { description: 'Registers a coordinator / コーディネータを登録する' })
  registerCoordinator(@Arg('input', { description: 'The new coordinator' }) input: RegisterCoordinatorInput, @Ctx() ctx: RequestContext): Promise<Coordinator> {
    return ctx.services.coordinators.register(ctx.viewer, withDecodedIds(input, { institutionId: 'Institution' }, 'input'));
  }

  @Allowed('WRITE_COORDINATORS')
  @Mutation(() => Coordinator, { description: 'Updates a coordinator; refused with CONFLICT when `expectedVersion` is stale / コーディネータ情報を更新する' })
  updateCoordinator(@Arg('input', { description: 'The changes' }) input: UpdateCoordinatorInput, @Ctx() ctx: RequestContext): Promise<Coordinator> {
    return ctx.services.coordinators.update(ctx.viewer, withDecodedIds(input, { id: 'Coordinator', institutionId: 'Institution' }, 'input'));
  }

  @Allowed('WRITE_COORDINATORS')
  @Mutation(() => Coordinator, { description: 'Archives a coordinator (kept, hidden from default lists) / コーディネータをアーカイブする' })
  archiveCoordinator(
    @Arg('id', () => ID, { description: 'The coordinator' }) id: string,
    @Arg('expectedVersion', () => Int, { description: 'The version you last read' }) expectedVersion: number,
    @Ctx() ctx: RequestContext,
  ): Promise<Coordinator> {
    return ctx.services.coordinators.archive(ctx.viewer, idOf(id, 'Coordinator', 'id'), expectedVersion);
  }

  @FieldResolver(() => Institution, { description: 'The institution the coordinator works for' })
  async institution(@Root() coordinator: Coordinator, @Ctx() ctx: RequestContext): Promise<Institution> {
    return (await ctx.loaders.institutionById.load(coordinator.institutionId)) as Institution;
  }

  @FieldResolver(() => Region, { nullable: true, description: 'The area a regional coordinator serves' })
  region(@Root() coordinator: Coordinator, @Ctx() ctx: RequestContext): Promise<Region | null> | null {
    return coordinator.regionCode ? ctx.loaders.regionByCode.load(coordinator.regionCode) : null;
  }

  @FieldResolver(() => [Need], { description: 'Needs this coordinator currently holds (担当), newest first; archived needs left out' })
  async heldNeeds(@Root() coordinator: Coordinator, @Ctx() ctx: RequestContext): Promise<Need[]> {
    // A need whose holder the viewer may not see (CONFIDENTIAL) is not listed under the holder either.
    return (await ctx.loaders.needsByHolder.load(coordinator.id)).filter(
      (need) => need.status !== NeedStatus.ARCHIVED && canSeeNeed(ctx.viewer, need) && needViewFor(ctx.viewer, need).holderId !== null,
    );
  }

  // Work contacts of coordinators are for signed-in accounts only.
  @FieldResolver(() => String, { nullable: true, description: 'E-mail; null unless signed in' })
  email(@Root() coordinator: Coordinator, @Ctx() ctx: RequestContext): string | null {
    return showsCoordinatorContact(ctx.viewer) ? coordinator.email : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Phone; null unless signed in' })
  phone(@Root() coordinator: Coordinator, @Ctx() ctx: RequestContext): string | null {
    return showsCoordinatorContact(ctx.viewer) ? coordinator.phone : null;
  }
}
