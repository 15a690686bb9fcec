import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Connection } from '../common/connection';
import { loadPresent } from '../common/loader-helpers';
import { fromGlobalId, idOf, withDecodedIds } from '../common/global-id';
import { Allowed } from '../auth/allowed';
import { preloaded } from '../graphql/compiled/preloaded';
import { selectionOf } from '../graphql/compiled/selection';
import type { RequestContext } from '../graphql/context';
import { Institution } from '../institutions/institution.entity';
import { Researcher } from '../people/researcher.entity';
import { ResearchField } from '../taxonomy/research-field.entity';
import { RegisterSeedInput, SeedsArgs, UpdateSeedInput } from './seed.inputs';
import { Seed } from './seed.entity';
import { visibleSeed } from './seed.visibility';

const SEED_FILTER_IDS = { institutionId: 'Institution', ownerId: 'Researcher' } as const;

@ObjectType({ description: 'A page of seeds' })
export class SeedConnection extends Connection(Seed, 'Seed') {}

@Resolver(() => Seed)
export class SeedResolver {
  @Allowed('READ_PUBLIC')
  @Query(() => Seed, { nullable: true, description: 'A seed by global ID; null when it does not exist' })
  async seed(
    @Arg('id', () => ID, { description: 'Global ID of the seed' }) id: string,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Seed | null> {
    const seedId = fromGlobalId(id, 'Seed').id;
    return ctx.services.seeds.readById(ctx.viewer, seedId, selectionOf(info)) ?? visibleSeed(ctx, await ctx.loaders.seedById.load(seedId));
  }

  @Allowed('READ_PUBLIC')
  @Query(() => Seed, { nullable: true, description: 'A seed by its external key (e.g. `s.oled-lifetime`); null when none' })
  seedByKey(@Arg('key', { description: 'External key' }) key: string, @Ctx() ctx: RequestContext): Promise<Seed | null> {
    return ctx.services.seeds.getByKey(ctx.viewer, key);
  }

  @Allowed('READ_PUBLIC')
  @Query(() => SeedConnection, { description: 'Research seeds, filtered and sorted (newest first by default) / 研究シーズ一覧' })
  seeds(@Args() args: SeedsArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<SeedConnection> {
    return ctx.services.seeds.list(
      ctx.viewer,
      withDecodedIds(args.filter, SEED_FILTER_IDS, 'filter'),
      args.orderBy,
      args,
      selectionOf(info, ['edges', 'node']),
    );
  }

  @Allowed('WRITE_SEEDS')
  @Mutation(() => Seed, { description: 'Registers a research seed / 研究シーズを登録する' })
  registerSeed(@Arg('input', { description: 'The new seed' }) input: RegisterSeedInput, @Ctx() ctx: RequestContext): Promise<Seed> {
    return ctx.services.seeds.register(ctx.viewer, withDecodedIds(input, { ownerIds: 'Researcher', institutionId: 'Institution' }, 'input'));
  }

  @Allowed('WRITE_SEEDS')
  @Mutation(() => Seed, { description: 'Updates a seed; refused with CONFLICT when `expectedVersion` is stale / 研究シーズを更新する' })
  updateSeed(@Arg('input', { description: 'The changes' }) input: UpdateSeedInput, @Ctx() ctx: RequestContext): Promise<Seed> {
    return ctx.services.seeds.update(ctx.viewer, withDecodedIds(input, { id: 'Seed', ownerIds: 'Researcher', institutionId: 'Institution' }, 'input'));
  }

  @Allowed('WRITE_SEEDS')
  @Mutation(() => Seed, { description: 'Archives a seed (kept, hidden from default lists) / 研究シーズをアーカイブする' })
  archiveSeed(
    @Arg('id', () => ID, { description: 'The seed' }) id: string,
    @Arg('expectedVersion', () => Int, { description: 'The version you last read' }) expectedVersion: number,
    @Ctx() ctx: RequestContext,
  ): Promise<Seed> {
    return ctx.services.seeds.archive(ctx.viewer, idOf(id, 'Seed', 'input.id'), expectedVersion);
  }

  // Preloaded relations are returned as they are, not wrapped in a promise: a page of 50 seeds
  // would otherwise make graphql-js wait on 150 promises and build a promise per seed.
  @FieldResolver(() => Institution, { description: 'The institution the seed belongs to' })
  institution(@Root() seed: Seed, @Ctx() ctx: RequestContext): Institution | Promise<Institution> {
    return preloaded<Institution>(seed, 'institution') ?? (ctx.loaders.institutionById.load(seed.institutionId) as Promise<Institution>);
  }

  @FieldResolver(() => [Researcher], { description: 'Owner researchers, in listed order' })
  owners(@Root() seed: Seed, @Ctx() ctx: RequestContext): Researcher[] | Promise<Researcher[]> {
    return preloaded<Researcher[]>(seed, 'owners') ?? this.loadOwners(seed, ctx);
  }

  @FieldResolver(() => [ResearchField], { description: 'Taxonomy nodes of the seed' })
  fields(@Root() seed: Seed, @Ctx() ctx: RequestContext): ResearchField[] | Promise<ResearchField[]> {
    return preloaded<ResearchField[]>(seed, 'fields') ?? loadPresent(ctx.loaders.fieldByCode, seed.fieldCodes);
  }

  private async loadOwners(seed: Seed, ctx: RequestContext): Promise<Researcher[]> {
    const links = await ctx.loaders.ownersBySeed.load(seed.id);
    return loadPresent(
      ctx.loaders.researcherById,
      links.map((link) => link.researcherId),
    );
  }
}
