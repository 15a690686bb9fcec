import { Arg, Int, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allowed } from '../auth/allowed';
import type { RequestContext } from '../graphql/context';
import { CreateResearchFieldInput, ResearchFieldsArgs, UpdateResearchFieldInput } from './research-field.inputs';
import { ResearchField } from './research-field.entity';

/** Longer parent chains than this mean corrupt data; stop rather than loop. */
const MAX_ANCESTORS = 20;

@Resolver(() => ResearchField)
export class ResearchFieldResolver {
  @Allowed('READ_PUBLIC')
  @Query(() => ResearchField, { nullable: true, description: 'A taxonomy node by code; null when it does not exist / 分野' })
  researchField(
    @Arg('code', { description: 'Field code, e.g. `organic-electronics.oled-lighting`' }) code: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ResearchField | null> {
    return ctx.loaders.fieldByCode.load(code);
  }

  @Allowed('READ_PUBLIC')
  @Query(() => [ResearchField], { description: 'Taxonomy nodes below a node (or all), ordered by code; the taxonomy is small, so no paging / 分野一覧' })
  researchFields(@Args() args: ResearchFieldsArgs, @Ctx() ctx: RequestContext): Promise<ResearchField[]> {
    return ctx.services.taxonomy.list(ctx.viewer, args.parentCode, args.depth);
  }

  @Allowed('WRITE_DIRECTORY')
  @Mutation(() => ResearchField, { description: 'Adds a node to the field taxonomy / 分野を追加する' })
  createResearchField(@Arg('input', { description: 'The new node' }) input: CreateResearchFieldInput, @Ctx() ctx: RequestContext): Promise<ResearchField> {
    return ctx.services.taxonomy.create(ctx.viewer, input);
  }

  @Allowed('WRITE_DIRECTORY')
  @Mutation(() => ResearchField, { description: 'Relabels a node; refused with CONFLICT when `expectedVersion` is stale / 分野名を変更する' })
  updateResearchField(@Arg('input', { description: 'The new labels' }) input: UpdateResearchFieldInput, @Ctx() ctx: RequestContext): Promise<ResearchField> {
    return ctx.services.taxonomy.update(ctx.viewer, input);
  }

  @FieldResolver(() => ResearchField, { nullable: true, description: 'The parent node; null at the top level' })
  parent(@Root() field: ResearchField, @Ctx() ctx: RequestContext): Promise<ResearchField | null> | null {
    return field.parentCode ? ctx.loaders.fieldByCode.load(field.parentCode) : null;
  }

  @FieldResolver(() => [ResearchField], { description: 'Direct children, ordered by code' })
  children(@Root() field: ResearchField, @Ctx() ctx: RequestContext): Promise<ResearchField[]> {
    return ctx.loaders.fieldsByParent.load(field.code);
  }

  @FieldResolver(() => [ResearchField], { description: 'Ancestors from the top level down to the parent (for breadcrumbs); empty at the top level' })
  async ancestors(@Root() field: ResearchField, @Ctx() ctx: RequestContext): Promise<ResearchField[]> {
    // One batched query per level, shared by every node of a list at that level.
    const chain: ResearchField[] = [];
    let parentCode = field.parentCode;
    while (parentCode && chain.length < MAX_ANCESTORS) {
      const parent = await ctx.loaders.fieldByCode.load(parentCode);
      if (!parent) break;
      chain.unshift(parent);
      parentCode = parent.parentCode;
    }
    return chain;
  }

  @FieldResolver(() => Int, { description: 'Depth in the taxonomy, 0 at the top level' })
  async depth(@Root() field: ResearchField, @Ctx() ctx: RequestContext): Promise<number> {
    return (await this.ancestors(field, ctx)).length;
  }
}
