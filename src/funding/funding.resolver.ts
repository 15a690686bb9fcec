import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { idOf, withDecodedIds } from '../common/global-id';
import { loadByGlobalId } from '../common/lookup';
import { Allowed } from '../auth/allowed';
import type { RequestContext } from '../graphql/context';
import { Institution } from '../institutions/institution.entity';
import { FundingProgramme } from './funding-programme.entity';
import { FundingCandidate, FundingProgrammeConnection, FundingProgrammesArgs } from './funding.types';

@Resolver(() => FundingProgramme)
export class FundingProgrammeResolver {
  @Allowed('READ_PUBLIC')
  @Query(() => FundingProgrammeConnection, { description: 'Funding programmes (subsidies, grants, loan products), by name / 資金制度の一覧' })
  fundingProgrammes(@Args() args: FundingProgrammesArgs, @Ctx() ctx: RequestContext): Promise<FundingProgrammeConnection> {
    return ctx.services.funding.list(ctx.viewer, withDecodedIds(args.filter, { providerId: 'Institution' }, 'filter'), args, ctx.config.maxPageSize);
  }

  @Allowed('READ_PUBLIC')
  @Query(() => FundingProgramme, { nullable: true, description: 'A funding programme by global ID / 資金制度' })
  fundingProgramme(
    @Arg('id', () => ID, { description: 'Global ID of the programme' }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<FundingProgramme | null> {
    return loadByGlobalId(ctx.loaders.fundingProgrammeById, id, 'FundingProgramme');
  }

  @Allowed('RUN_MATCHING')
  @Query(() => [FundingCandidate], {
    description:
      'Active funding programmes ranked for a need: eligible first (size, region, application window), then by fit, every condition with its reason / ニーズに合う資金制度',
  })
  fundingCandidatesForNeed(@Arg('needId', () => ID, { description: 'The need' }) needId: string, @Ctx() ctx: RequestContext): Promise<FundingCandidate[]> {
    return ctx.services.funding.candidatesForNeed(ctx.viewer, idOf(needId, 'Need', 'needId'));
  }

  @FieldResolver(() => Institution, { nullable: true, description: 'The provider (prefecture, support organisation, bank …) / 実施機関' })
  provider(@Root() programme: FundingProgramme, @Ctx() ctx: RequestContext): Promise<Institution | null> {
    return ctx.loaders.institutionById.load(programme.providerId);
  }
}
