import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { withDecodedIds } from '../common/global-id';
import { loadPresent } from '../common/loader-helpers';
import { Allowed } from '../auth/allowed';
import type { RequestContext } from '../graphql/context';
import { Need } from '../needs/need.entity';
import { Seed } from '../seeds/seed.entity';
import { visibleSeed, visibleSeeds } from '../seeds/seed.visibility';
import { MarkSeedDuplicateInput, NeedDuplicateCandidate, SeedDuplicateCandidate, SeedDuplicateMarkInfo, UnmarkSeedDuplicateInput } from './duplicate.types';

@Resolver(() => Seed)
export class SeedDuplicateResolver {
  @FieldResolver(() => [SeedDuplicateCandidate], {
    description:
      'Seeds of the same owner or institution whose text is nearly the same (detected when written or imported), most similar first; only those the viewer may see / 重複の可能性があるシーズ',
  })
  async possibleDuplicates(@Root() seed: Seed, @Ctx() ctx: RequestContext): Promise<SeedDuplicateCandidate[]> {
    const candidates = await ctx.loaders.duplicateCandidatesBySeed.load(seed.id);
    const seeds = await visibleSeeds(
      ctx,
      await loadPresent(
        ctx.loaders.seedById,
        candidates.map((c) => c.otherId),
      ),
    );
    const similarity = new Map(candidates.map((c) => [c.otherId, c.similarity]));
    return seeds.map((other) => ({ seed: other, similarity: similarity.get(other.id)! }));
  }

  @FieldResolver(() => SeedDuplicateMarkInfo, {
    nullable: true,
    description: 'Whether a coordinator marked this seed as a duplicate of another, of which, when and by whom; null when not / 重複の指定',
  })
  async duplicateMark(@Root() seed: Seed, @Ctx() ctx: RequestContext): Promise<SeedDuplicateMarkInfo | null> {
    const [mark] = await ctx.loaders.duplicateMarksBySeed.load(seed.id);
    if (!mark) return null;
    return {
      duplicateOf: await visibleSeed(ctx, await ctx.loaders.seedById.load(mark.duplicateOfId)),
      markedAt: mark.markedAt,
      markedByRole: mark.markedByRole,
    };
  }

  @Allowed('MANAGE_DUPLICATES')
  @Mutation(() => Seed, {
    description: 'Marks a seed as a duplicate of another (coordinators): candidate lists then show one of them / シーズを重複として指定する',
  })
  markSeedDuplicate(
    @Arg('input', { description: 'The duplicate and the seed it duplicates' }) input: MarkSeedDuplicateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Seed> {
    return ctx.services.duplicates.markSeed(ctx.viewer, withDecodedIds(input, { seedId: 'Seed', duplicateOfId: 'Seed' }, 'input'));
  }

  @Allowed('MANAGE_DUPLICATES')
  @Mutation(() => Seed, { description: 'Removes the duplicate mark of a seed (coordinators); the mark stays in the history / 重複の指定を解除する' })
  unmarkSeedDuplicate(@Arg('input', { description: 'The marked seed' }) input: UnmarkSeedDuplicateInput, @Ctx() ctx: RequestContext): Promise<Seed> {
    return ctx.services.duplicates.unmarkSeed(ctx.viewer, withDecodedIds(input, { seedId: 'Seed' }, 'input'));
  }
}

@Resolver(() => Need)
export class NeedDuplicateResolver {
  @Allowed('MANAGE_DUPLICATES')
  @FieldResolver(() => [NeedDuplicateCandidate], {
    description:
      'Needs of the same company whose text is nearly the same (detected when written or imported), most similar first; coordinators only (others: FORBIDDEN) / 重複の可能性があるニーズ',
  })
  async possibleDuplicates(@Root() need: Need, @Ctx() ctx: RequestContext): Promise<NeedDuplicateCandidate[]> {
    const candidates = await ctx.loaders.duplicateCandidatesByNeed.load(need.id);
    const needs = await loadPresent(
      ctx.loaders.needById,
      candidates.map((c) => c.otherId),
    );
    const similarity = new Map(candidates.map((c) => [c.otherId, c.similarity]));
    return needs.map((other) => ({ need: other, similarity: similarity.get(other.id)! }));
  }
}

export const DUPLICATE_RESOLVERS = [SeedDuplicateResolver, NeedDuplicateResolver];
