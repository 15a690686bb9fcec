import { allows, grantOf } from '../auth/policy';
import { ownResearcherId, Viewer } from '../auth/viewer';
import { Seed } from './seed.entity';
import { SeedStatus } from './seed.enums';

/**
 * THE rule of which seeds a viewer may see: published ones for anyone who may read public
 * data; drafts and archived ones for staff, and for researchers only their own. A seed the
 * viewer may not see is treated as missing everywhere (lookups give null, lists leave it out).
 */
export function canSeeSeed(viewer: Viewer, seed: Pick<Seed, 'status'>, ownerIds: readonly string[]): boolean {
  if (seed.status === SeedStatus.PUBLISHED) return allows(viewer, 'READ_PUBLIC');
  const grant = grantOf(viewer, 'READ_UNPUBLISHED_SEEDS');
  const own = ownResearcherId(viewer);
  return grant === 'ALL' || (grant === 'OWN' && own !== null && ownerIds.includes(own));
}

/** Whether deciding needs the owners (only a researcher looking at an unpublished seed). */
const needsOwners = (viewer: Viewer, seed: Seed) => seed.status !== SeedStatus.PUBLISHED && grantOf(viewer, 'READ_UNPUBLISHED_SEEDS') === 'OWN';

/** What deciding on seeds needs: the viewer, and the request's loader of seed owners (batched). */
export interface SeedVisibilityScope {
  viewer: Viewer;
  loaders: { ownersBySeed: { load(seedId: string): Promise<ReadonlyArray<{ researcherId: string }>> } };
}

/** The seeds of a list the request's viewer may see, in order; owners are loaded in one batch when needed. */
export async function visibleSeeds(ctx: SeedVisibilityScope, seeds: readonly Seed[]): Promise<Seed[]> {
  const owners = await Promise.all(
    seeds.map(async (seed) => (needsOwners(ctx.viewer, seed) ? (await ctx.loaders.ownersBySeed.load(seed.id)).map((link) => link.researcherId) : [])),
  );
  return seeds.filter((seed, index) => canSeeSeed(ctx.viewer, seed, owners[index]));
}

/** One seed, or null when the viewer may not see it. */
export async function visibleSeed(ctx: SeedVisibilityScope, seed: Seed | null): Promise<Seed | null> {
  return seed ? ((await visibleSeeds(ctx, [seed]))[0] ?? null) : null;
}
