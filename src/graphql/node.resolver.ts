import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Node } from '../common/base-record';
import { fromGlobalId } from '../common/global-id';
import type { RequestContext } from './context';

/** `node(id:)`: any object by its global ID, through the same per-request loaders as everything else. */
@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global ID; null when it does not exist' })
  async node(@Arg('id', () => ID, { description: 'Global ID' }) id: string, @Ctx() ctx: RequestContext): Promise<Node | null> {
    const { typeName, id: key } = fromGlobalId(id);
    const loader = nodeLoader(ctx, typeName);
    return loader ? ((await loader.load(key)) as Node | null) : null;
  }
}

function nodeLoader(ctx: RequestContext, typeName: string) {
  const { loaders } = ctx;
  const byType: Record<string, { load(key: string): Promise<unknown> }> = {
    ResearchField: loaders.fieldByCode,
    Region: loaders.regionByCode,
    Institution: loaders.institutionById,
    Researcher: loaders.researcherById,
    Coordinator: loaders.coordinatorById,
    Company: loaders.companyById,
    Certification: loaders.certificationById,
    Consortium: loaders.consortiumById,
    ConsortiumMembership: loaders.membershipById,
    Seed: loaders.seedById,
    Need: loaders.needById,
  };
  return byType[typeName];
}
