import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Connection } from '../common/connection';
import { RecordStatus } from '../common/enums';
import { loadPresent } from '../common/loader-helpers';
import { idOf, withDecodedIds } from '../common/global-id';
import { loadByGlobalId } from '../common/lookup';
import { visibleInstitution } from './institution.visibility';
import { Consortium } from '../consortia/consortium.entity';
import { Allowed } from '../auth/allowed';
import type { RequestContext } from '../graphql/context';
import { Coordinator } from '../people/coordinator.entity';
import { Researcher } from '../people/researcher.entity';
import { Region } from '../regions/region.entity';
import { Seed } from '../seeds/seed.entity';
import { SeedStatus } from '../seeds/seed.enums';
import { visibleSeeds } from '../seeds/seed.visibility';
import { ResearchField } from '../taxonomy/research-field.entity';
import { CreateInstitutionInput, InstitutionsArgs, UpdateInstitutionInput } from './institution.inputs';
import { Institution } from './institution.entity';

@ObjectType({ description: 'A page of institutions' })
export class InstitutionConnection extends Connection(Institution, 'Institution') {}

const isActive = <T extends { status: RecordStatus }>(row: T) => row.status === RecordStatus.ACTIVE;

@Resolver(() => Institution)
export class InstitutionResolver {
  @Allowed('READ_PUBLIC')
  @Query(() => Institution, { nullable: true, description: 'An institution by global ID; null when it does not exist / 機関' })
  async institution(@Arg('id', () => ID, { description: 'Global ID of the institution' }) id: string, @Ctx() ctx: RequestContext): Promise<Institution | null> {
    return visibleInstitution(ctx.viewer, await loadByGlobalId(ctx.loaders.institutionById, id, 'Institution'));
  }

  @Allowed('READ_PUBLIC')
  @Query(() => Institution, { nullable: true, description: 'An institution by its external key (as used by import/export); null when there is none' })
  institutionByKey(@Arg('key', { description: 'External key, e.g. `yamagata-u`' }) key: string, @Ctx() ctx: RequestContext): Promise<Institution | null> {
    return ctx.services.institutions.getByKey(ctx.viewer, key);
  }

  @Allowed('READ_PUBLIC')
  @Query(() => InstitutionConnection, { description: 'Institutions, filtered and sorted (by Japanese name by default) / 機関一覧' })
  institutions(@Args() args: InstitutionsArgs, @Ctx() ctx: RequestContext): Promise<InstitutionConnection> {
    return ctx.services.institutions.list(ctx.viewer, args.filter, args.orderBy, args);
  }

  @Allowed('WRITE_DIRECTORY')
  @Mutation(() => Institution, { description: 'Registers an institution / 機関を登録する' })
  createInstitution(@Arg('input', { description: 'The new institution' }) input: CreateInstitutionInput, @Ctx() ctx: RequestContext): Promise<Institution> {
    return ctx.services.institutions.create(ctx.viewer, withDecodedIds(input, { parentId: 'Institution' }, 'input'));
  }

  @Allowed('WRITE_DIRECTORY')
  @Mutation(() => Institution, { description: 'Updates an institution; refused with CONFLICT when `expectedVersion` is stale / 機関を更新する' })
  updateInstitution(@Arg('input', { description: 'The changes' }) input: UpdateInstitutionInput, @Ctx() ctx: RequestContext): Promise<Institution> {
    return ctx.services.institutions.update(ctx.viewer, withDecodedIds(input, { id: 'Institution', parentId: 'Institution' }, 'input'));
  }

  @Allowed('WRITE_DIRECTORY')
  @Mutation(() => Institution, { description: 'Archives an institution (kept, hidden from default lists) / 機関をアーカイブする' })
  archiveInstitution(
    @Arg('id', () => ID, { description: 'The institution' }) id: string,
    @Arg('expectedVersion', () => Int, { description: 'The version you last read' }) expectedVersion: number,
    @Ctx() ctx: RequestContext,
  ): Promise<Institution> {
    return ctx.services.institutions.archive(ctx.viewer, idOf(id, 'Institution', 'id'), expectedVersion);
  }

  @FieldResolver(() => Region, { nullable: true, description: 'The region where it is located' })
  region(@Root() institution: Institution, @Ctx() ctx: RequestContext): Promise<Region | null> | null {
    return institution.regionCode ? ctx.loaders.regionByCode.load(institution.regionCode) : null;
  }

  @FieldResolver(() => Institution, { nullable: true, description: 'The parent body, e.g. 工業技術センター for 置賜試験場' })
  parent(@Root() institution: Institution, @Ctx() ctx: RequestContext): Promise<Institution | null> | null {
    return institution.parentId ? ctx.loaders.institutionById.load(institution.parentId) : null;
  }

  @FieldResolver(() => [Institution], { description: 'Active branches and sub-organisations, by Japanese name' })
  async children(@Root() institution: Institution, @Ctx() ctx: RequestContext): Promise<Institution[]> {
    return (await ctx.loaders.institutionsByParent.load(institution.id)).filter(isActive);
  }

  @FieldResolver(() => [ResearchField], { description: 'Taxonomy nodes of the institution' })
  fields(@Root() institution: Institution, @Ctx() ctx: RequestContext): Promise<ResearchField[]> {
    return loadPresent(ctx.loaders.fieldByCode, institution.fieldCodes);
  }

  @FieldResolver(() => [Researcher], { description: 'Active researchers of the institution, by Japanese name' })
  async researchers(@Root() institution: Institution, @Ctx() ctx: RequestContext): Promise<Researcher[]> {
    return (await ctx.loaders.researchersByInstitution.load(institution.id)).filter(isActive);
  }

  @FieldResolver(() => [Coordinator], { description: 'Active coordinators of the institution, by name' })
  async coordinators(@Root() institution: Institution, @Ctx() ctx: RequestContext): Promise<Coordinator[]> {
    return (await ctx.loaders.coordinatorsByInstitution.load(institution.id)).filter(isActive);
  }

  @FieldResolver(() => [Seed], { description: 'Seeds of the institution, newest first; published ones unless `status` says otherwise' })
  async seeds(
    @Root() institution: Institution,
    @Arg('status', () => [SeedStatus], { defaultValue: [SeedStatus.PUBLISHED], description: 'Statuses to include (default: PUBLISHED only)' })
    status: SeedStatus[],
    @Ctx() ctx: RequestContext,
  ): Promise<Seed[]> {
    return visibleSeeds(
      ctx,
      (await ctx.loaders.seedsByInstitution.load(institution.id)).filter((seed) => status.includes(seed.status)),
    );
  }

  @FieldResolver(() => [Consortium], { description: 'Active consortia the institution is a member of (研究会・協議会)' })
  async consortia(@Root() institution: Institution, @Ctx() ctx: RequestContext): Promise<Consortium[]> {
    const memberships = await ctx.loaders.membershipsByInstitution.load(institution.id);
    return (
      await loadPresent(
        ctx.loaders.consortiumById,
        memberships.map((m) => m.consortiumId),
      )
    ).filter(isActive);
  }
}
