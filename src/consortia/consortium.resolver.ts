import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Connection } from '../common/connection';
import { loadPresent } from '../common/loader-helpers';
import { idOf, withDecodedIds } from '../common/global-id';
import { loadByGlobalId } from '../common/lookup';
import { canSeeCompany } from '../companies/company.visibility';
import { Allowed } from '../auth/allowed';
import type { RequestContext } from '../graphql/context';
import { Institution } from '../institutions/institution.entity';
import { Region } from '../regions/region.entity';
import { ResearchField } from '../taxonomy/research-field.entity';
import { MemberType } from './consortium.enums';
import { ConsortiaArgs, CreateConsortiumInput, UpdateConsortiumInput } from './consortium.inputs';
import { Consortium } from './consortium.entity';
import { ConsortiumMembership } from './membership.entity';

@ObjectType({ description: 'A page of consortia' })
export class ConsortiumConnection extends Connection(Consortium, 'Consortium') {}

@Resolver(() => Consortium)
export class ConsortiumResolver {
  @Allowed('READ_PUBLIC')
  @Query(() => Consortium, { nullable: true, description: 'A consortium by global ID; null when it does not exist / 研究会・協議会' })
  consortium(@Arg('id', () => ID, { description: 'Global ID of the consortium' }) id: string, @Ctx() ctx: RequestContext): Promise<Consortium | null> {
    return loadByGlobalId(ctx.loaders.consortiumById, id, 'Consortium');
  }

  @Allowed('READ_PUBLIC')
  @Query(() => Consortium, { nullable: true, description: 'A consortium by its external key; null when none has it' })
  consortiumByKey(@Arg('key', { description: 'External key, e.g. `oe-cluster`' }) key: string, @Ctx() ctx: RequestContext): Promise<Consortium | null> {
    return ctx.services.consortia.findByKey(ctx.viewer, key);
  }

  @Allowed('READ_PUBLIC')
  @Query(() => ConsortiumConnection, { description: 'Consortia, filtered and sorted (by name by default) / 研究会・協議会一覧' })
  consortia(@Args() args: ConsortiaArgs, @Ctx() ctx: RequestContext): Promise<ConsortiumConnection> {
    return ctx.services.consortia.list(
      ctx.viewer,
      withDecodedIds(args.filter, { memberCompanyId: 'Company', memberInstitutionId: 'Institution', memberResearcherId: 'Researcher' }, 'filter'),
      args.orderBy,
      args,
    );
  }

  @Allowed('WRITE_DIRECTORY')
  @Mutation(() => Consortium, { description: 'Registers a consortium / 研究会・協議会を登録する' })
  createConsortium(@Arg('input', { description: 'The new consortium' }) input: CreateConsortiumInput, @Ctx() ctx: RequestContext): Promise<Consortium> {
    return ctx.services.consortia.create(ctx.viewer, withDecodedIds(input, { secretariatId: 'Institution' }, 'input'));
  }

  @Allowed('WRITE_DIRECTORY')
  @Mutation(() => Consortium, { description: 'Updates a consortium; refused with CONFLICT when `expectedVersion` is stale / 研究会・協議会を更新する' })
  updateConsortium(@Arg('input', { description: 'The changes' }) input: UpdateConsortiumInput, @Ctx() ctx: RequestContext): Promise<Consortium> {
    return ctx.services.consortia.update(ctx.viewer, withDecodedIds(input, { id: 'Consortium', secretariatId: 'Institution' }, 'input'));
  }

  @Allowed('WRITE_DIRECTORY')
  @Mutation(() => Consortium, { description: 'Archives a consortium (kept, hidden from default lists) / 研究会・協議会をアーカイブする' })
  archiveConsortium(
    @Arg('id', () => ID, { description: 'The consortium' }) id: string,
    @Arg('expectedVersion', () => Int, { description: 'The version you last read' }) expectedVersion: number,
    @Ctx() ctx: RequestContext,
  ): Promise<Consortium> {
    return ctx.services.consortia.archive(ctx.viewer, idOf(id, 'Consortium', 'input.id'), expectedVersion);
  }

  @FieldResolver(() => Region, { nullable: true, description: 'Region the consortium covers' })
  region(@Root() consortium: Consortium, @Ctx() ctx: RequestContext): Promise<Region | null> {
    return consortium.regionCode ? ctx.loaders.regionByCode.load(consortium.regionCode) : Promise.resolve(null);
  }

  @FieldResolver(() => Institution, { nullable: true, description: 'Secretariat institution / 事務局' })
  secretariat(@Root() consortium: Consortium, @Ctx() ctx: RequestContext): Promise<Institution | null> {
    return consortium.secretariatId ? ctx.loaders.institutionById.load(consortium.secretariatId) : Promise.resolve(null);
  }

  @FieldResolver(() => [ResearchField], { description: 'Taxonomy nodes of the consortium' })
  fields(@Root() consortium: Consortium, @Ctx() ctx: RequestContext): Promise<ResearchField[]> {
    return loadPresent(ctx.loaders.fieldByCode, consortium.fieldCodes);
  }

  @FieldResolver(() => [ConsortiumMembership], { description: 'Memberships, in the order members joined / 会員' })
  async members(
    @Root() consortium: Consortium,
    @Arg('type', () => MemberType, { nullable: true, description: 'Only members of this kind' }) type: MemberType | null | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<ConsortiumMembership[]> {
    const memberships = await ctx.loaders.membershipsByConsortium.load(consortium.id);
    // Companies are listed only to those who may see them (the public sees institutions and researchers).
    const visible = memberships.filter((m) => m.memberType !== MemberType.COMPANY || canSeeCompany(ctx.viewer, m.companyId as string));
    return type ? visible.filter((m) => m.memberType === type) : visible;
  }
}
