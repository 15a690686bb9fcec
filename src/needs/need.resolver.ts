import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Company } from '../companies/company.entity';
import { canSeeCompany } from '../companies/company.visibility';
import { Connection } from '../common/connection';
import { loadPresent } from '../common/loader-helpers';
import { idOf, withDecodedIds } from '../common/global-id';
import { loadByGlobalId } from '../common/lookup';
import { Allowed } from '../auth/allowed';
import type { RequestContext } from '../graphql/context';
import { Coordinator } from '../people/coordinator.entity';
import { Region } from '../regions/region.entity';
import { ResearchField } from '../taxonomy/research-field.entity';
import { NeedsArgs, SubmitNeedInput, UpdateNeedInput } from './need.inputs';
import { Need } from './need.entity';
import { canSeeNeed, isLoggedRead, NeedView, needViewFor } from './need.visibility';

@ObjectType({ description: 'A page of needs' })
export class NeedConnection extends Connection(Need, 'Need') {}

/** What the viewer of this request may see of the need (need.visibility.ts holds the rule). */
const view = (need: Need, ctx: RequestContext): NeedView => needViewFor(ctx.viewer, need);

/** The view, for the fields a confidential need withholds: staff reading them are recorded in AccessLog first. */
async function revealing(need: Need, ctx: RequestContext): Promise<NeedView> {
  if (isLoggedRead(ctx.viewer, need)) await ctx.confidentialReads.record(need.id);
  return view(need, ctx);
}

@Resolver(() => Need)
export class NeedResolver {
  @Allowed('READ_NEEDS')
  @Query(() => Need, { nullable: true, description: 'A need by global ID; null when it does not exist / 企業ニーズ' })
  async need(@Arg('id', () => ID, { description: 'Global ID of the need' }) id: string, @Ctx() ctx: RequestContext): Promise<Need | null> {
    const need = await loadByGlobalId(ctx.loaders.needById, id, 'Need');
    return need && canSeeNeed(ctx.viewer, need) ? need : null;
  }

  @Allowed('READ_NEEDS')
  @Query(() => Need, { nullable: true, description: 'A need by its external key; null when none has it' })
  needByKey(@Arg('key', { description: 'External key, e.g. `n-001`' }) key: string, @Ctx() ctx: RequestContext): Promise<Need | null> {
    return ctx.services.needs.findByKey(ctx.viewer, key);
  }

  @Allowed('READ_NEEDS')
  @Query(() => NeedConnection, { description: 'Needs, filtered and sorted (newest first by default) / 企業ニーズ一覧' })
  needs(@Args() args: NeedsArgs, @Ctx() ctx: RequestContext): Promise<NeedConnection> {
    return ctx.services.needs.list(ctx.viewer, withDecodedIds(args.filter, { holderId: 'Coordinator', companyId: 'Company' }, 'filter'), args.orderBy, args);
  }

  @Allowed('SUBMIT_NEEDS')
  @Mutation(() => Need, { description: "Records a company's need / 企業ニーズを登録する" })
  submitNeed(@Arg('input', { description: 'The new need' }) input: SubmitNeedInput, @Ctx() ctx: RequestContext): Promise<Need> {
    return ctx.services.needs.submit(ctx.viewer, withDecodedIds(input, { companyId: 'Company', holderId: 'Coordinator' }, 'input'));
  }

  @Allowed('EDIT_NEEDS')
  @Mutation(() => Need, { description: 'Updates a need; refused with CONFLICT when `expectedVersion` is stale / 企業ニーズを更新する' })
  updateNeed(@Arg('input', { description: 'The changes' }) input: UpdateNeedInput, @Ctx() ctx: RequestContext): Promise<Need> {
    return ctx.services.needs.update(ctx.viewer, withDecodedIds(input, { id: 'Need', companyId: 'Company', holderId: 'Coordinator' }, 'input'));
  }

  @Allowed('EDIT_NEEDS')
  @Mutation(() => Need, { description: 'Archives a need (kept, hidden from default lists) / 企業ニーズをアーカイブする' })
  archiveNeed(
    @Arg('id', () => ID, { description: 'The need' }) id: string,
    @Arg('expectedVersion', () => Int, { description: 'The version you last read' }) expectedVersion: number,
    @Ctx() ctx: RequestContext,
  ): Promise<Need> {
    return ctx.services.needs.archive(ctx.viewer, idOf(id, 'Need', 'input.id'), expectedVersion);
  }

  @FieldResolver(() => Company, {
    nullable: true,
    description: 'The company with the need; null when hidden from the viewer (RESTRICTED, CONFIDENTIAL) or when the viewer may not read companies',
  })
  async company(@Root() need: Need, @Ctx() ctx: RequestContext): Promise<Company | null> {
    const { companyId } = await revealing(need, ctx);
    // The same rule as company(id:): a key that may submit needs for a company may not read it.
    return companyId && canSeeCompany(ctx.viewer, companyId) ? ctx.loaders.companyById.load(companyId) : Promise.resolve(null);
  }

  @FieldResolver(() => Region, { nullable: true, description: "The company's region; null when unknown or hidden from the viewer" })
  async region(@Root() need: Need, @Ctx() ctx: RequestContext): Promise<Region | null> {
    if (!(await revealing(need, ctx)).showRegion) return null;
    const company = await ctx.loaders.companyById.load(need.companyId);
    return company?.regionCode ? ctx.loaders.regionByCode.load(company.regionCode) : null;
  }

  @FieldResolver(() => Coordinator, { nullable: true, description: 'Coordinator who holds the need now / 担当コーディネータ' })
  holder(@Root() need: Need, @Ctx() ctx: RequestContext): Promise<Coordinator | null> {
    const { holderId } = view(need, ctx);
    return holderId ? ctx.loaders.coordinatorById.load(holderId) : Promise.resolve(null);
  }

  @FieldResolver(() => [ResearchField], { description: 'Taxonomy nodes of the need' })
  fields(@Root() need: Need, @Ctx() ctx: RequestContext): Promise<ResearchField[]> {
    return loadPresent(ctx.loaders.fieldByCode, need.fieldCodes);
  }

  // The fields below are declared on the entity; resolving them here applies the visibility rule.
  @FieldResolver()
  async description(@Root() need: Need, @Ctx() ctx: RequestContext): Promise<string> {
    return (await revealing(need, ctx)).description;
  }

  @FieldResolver()
  async keywords(@Root() need: Need, @Ctx() ctx: RequestContext): Promise<string[]> {
    return (await revealing(need, ctx)).keywords;
  }

  @FieldResolver()
  async budgetMinYen(@Root() need: Need, @Ctx() ctx: RequestContext): Promise<number | null> {
    return (await revealing(need, ctx)).budgetMinYen;
  }

  @FieldResolver()
  async budgetMaxYen(@Root() need: Need, @Ctx() ctx: RequestContext): Promise<number | null> {
    return (await revealing(need, ctx)).budgetMaxYen;
  }
}
