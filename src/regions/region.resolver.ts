import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { loadPresent } from '../common/loader-helpers';
import { Allowed } from '../auth/allowed';
import type { RequestContext } from '../graphql/context';
import { CreateRegionInput, RegionsArgs, UpdateRegionInput } from './region.inputs';
import { Region } from './region.entity';

@Resolver(() => Region)
export class RegionResolver {
  @Allowed('READ_PUBLIC')
  @Query(() => Region, { nullable: true, description: 'A region by code; null when it does not exist / 地域' })
  region(@Arg('code', { description: 'Region code, e.g. `JP-06-OKITAMA`' }) code: string, @Ctx() ctx: RequestContext): Promise<Region | null> {
    return ctx.loaders.regionByCode.load(code);
  }

  @Allowed('READ_PUBLIC')
  @Query(() => [Region], { description: 'Regions, optionally of one kind and/or directly inside one region, ordered by code / 地域一覧' })
  regions(@Args() args: RegionsArgs, @Ctx() ctx: RequestContext): Promise<Region[]> {
    return ctx.services.regions.list(ctx.viewer, args.kind, args.parentCode);
  }

  @Allowed('WRITE_DIRECTORY')
  @Mutation(() => Region, { description: 'Adds a country, prefecture or area / 地域を追加する' })
  createRegion(@Arg('input', { description: 'The new region' }) input: CreateRegionInput, @Ctx() ctx: RequestContext): Promise<Region> {
    return ctx.services.regions.create(ctx.viewer, input);
  }

  @Allowed('WRITE_DIRECTORY')
  @Mutation(() => Region, { description: 'Updates names and cooperation; refused with CONFLICT when `expectedVersion` is stale / 地域を更新する' })
  updateRegion(@Arg('input', { description: 'The changes' }) input: UpdateRegionInput, @Ctx() ctx: RequestContext): Promise<Region> {
    return ctx.services.regions.update(ctx.viewer, input);
  }

  @FieldResolver(() => Region, { nullable: true, description: 'The enclosing region; null for a country' })
  parent(@Root() region: Region, @Ctx() ctx: RequestContext): Promise<Region | null> | null {
    return region.parentCode ? ctx.loaders.regionByCode.load(region.parentCode) : null;
  }

  @FieldResolver(() => [Region], { description: 'Regions directly inside this one, ordered by code' })
  children(@Root() region: Region, @Ctx() ctx: RequestContext): Promise<Region[]> {
    return ctx.loaders.regionsByParent.load(region.code);
  }

  @FieldResolver(() => [Region], { description: 'Regions this one cooperates with (e.g. neighbouring prefectures in a public-lab council), in listed order' })
  cooperatingRegions(@Root() region: Region, @Ctx() ctx: RequestContext): Promise<Region[]> {
    return loadPresent(ctx.loaders.regionByCode, region.cooperatesWith);
  }
}
