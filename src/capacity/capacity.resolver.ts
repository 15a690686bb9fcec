import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { idOf, toGlobalId, withDecodedIds } from '../common/global-id';
import { Allowed } from '../auth/allowed';
import type { RequestContext } from '../graphql/context';
import { Institution } from '../institutions/institution.entity';
import { Researcher } from '../people/researcher.entity';
import { DeclareConflictOfInterestInput, SetResearcherCapacityInput, SetTestingCapacityInput } from './capacity.inputs';
import { ConflictOfInterest } from './conflict-of-interest.entity';

@Resolver()
export class CapacityResolver {
  @Allowed('MANAGE_CAPACITY')
  @Mutation(() => Researcher, {
    description: 'Sets how many open introductions a researcher takes at once; candidates over it are marked and ranked down / 受入れ上限を設定する',
  })
  setResearcherCapacity(
    @Arg('input', { description: 'The researcher and the limit' }) input: SetResearcherCapacityInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Researcher> {
    return ctx.services.capacity.setResearcherCapacity(ctx.viewer, withDecodedIds(input, { researcherId: 'Researcher' }, 'input'));
  }

  @Allowed('MANAGE_CAPACITY')
  @Mutation(() => Institution, { description: 'Sets how many testing requests a public lab takes per month / 公設試の試験受入れ件数を設定する' })
  setTestingCapacity(
    @Arg('input', { description: 'The public lab and the monthly limit' }) input: SetTestingCapacityInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Institution> {
    return ctx.services.capacity.setTestingCapacity(ctx.viewer, withDecodedIds(input, { institutionId: 'Institution' }, 'input'));
  }

  @Allowed('MANAGE_CAPACITY')
  @Mutation(() => ConflictOfInterest, {
    description:
      'Declares that a researcher must not be introduced to a company: never proposed while it stands (CONFLICT DECLARED_CONFLICT_OF_INTEREST) / 利益相反を申告する',
  })
  declareConflictOfInterest(
    @Arg('input', { description: 'The researcher, the company and why' }) input: DeclareConflictOfInterestInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ConflictOfInterest> {
    return ctx.services.capacity.declareConflict(ctx.viewer, withDecodedIds(input, { researcherId: 'Researcher', companyId: 'Company' }, 'input'));
  }

  @Allowed('MANAGE_CAPACITY')
  @Mutation(() => ConflictOfInterest, { description: 'Withdraws a declaration (kept, with when) / 利益相反の申告を取り下げる' })
  withdrawConflictOfInterest(
    @Arg('id', () => ID, { description: 'Global ID of the declaration' }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ConflictOfInterest> {
    return ctx.services.capacity.withdrawConflict(ctx.viewer, idOf(id, 'ConflictOfInterest', 'id'));
  }
}

@Resolver(() => Researcher)
export class ResearcherCapacityResolver {
  @FieldResolver(() => [ConflictOfInterest], {
    description: 'Declared conflicts of interest, newest first, withdrawn ones too: staff and the researcher only (empty for others) / 利益相反の申告',
  })
  async conflictsOfInterest(@Root() researcher: Researcher, @Ctx() ctx: RequestContext): Promise<ConflictOfInterest[]> {
    return ctx.services.capacity.maySeeConflicts(ctx.viewer, researcher.id) ? ctx.loaders.conflictsByResearcher.load(researcher.id) : [];
  }
}

@Resolver(() => ConflictOfInterest)
export class ConflictOfInterestResolver {
  @FieldResolver(() => Researcher, { nullable: true, description: 'The researcher' })
  researcher(@Root() c: ConflictOfInterest, @Ctx() ctx: RequestContext): Promise<Researcher | null> {
    return ctx.loaders.researcherById.load(c.researcherId);
  }

  @FieldResolver(() => ID, { description: 'Global ID of the company (its name is shown through `company(id:)` to those who may read companies)' })
  companyId(@Root() c: ConflictOfInterest): string {
    return toGlobalId('Company', c.companyId);
  }
}

export const CAPACITY_RESOLVERS = [CapacityResolver, ResearcherCapacityResolver, ConflictOfInterestResolver] as const;
