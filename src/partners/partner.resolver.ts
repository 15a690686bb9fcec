import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allowed } from '../auth/allowed';
import type { RequestContext } from '../graphql/context';
import { Coordinator } from '../people/coordinator.entity';
import { partnerCompanyOf } from './partner.service';
import { PartnerNeedsArgs, RegisterPartnerCompanyInput } from './partner.inputs';
import { PartnerCompany, PartnerCompanyRegistration, SubmittedNeed, SubmittedNeedConnection, SubmittedNeedIntroduction } from './partner.types';

@Resolver(() => SubmittedNeed)
export class PartnerResolver {
  @Query(() => PartnerCompany, {
    nullable: true,
    description:
      'The company a need is submitted for, by its key or its corporate number (法人番号, check digit verified); its name and identifiers only; null when none has it / 企業の検索 (連携先)',
  })
  @Allowed('FIND_COMPANIES_FOR_SUBMISSION')
  partnerCompany(
    @Arg('key', () => String, { nullable: true, description: 'External key of the company' }) key: string | null,
    @Arg('corporateNumber', () => String, { nullable: true, description: '13-digit corporate number; full-width digits and hyphens are accepted' })
    corporateNumber: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<PartnerCompany | null> {
    return ctx.services.partners.findCompany({ key, corporateNumber });
  }

  @Mutation(() => PartnerCompanyRegistration, {
    description:
      'Registers a company to submit needs for; idempotent on the corporate number (an existing company is returned unchanged) / 企業を登録する (連携先)',
  })
  @Allowed('FIND_COMPANIES_FOR_SUBMISSION')
  registerPartnerCompany(
    @Arg('input', { description: 'The company' }) input: RegisterPartnerCompanyInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PartnerCompanyRegistration> {
    return ctx.services.partners.registerCompany(ctx.viewer, input);
  }

  @Query(() => SubmittedNeedConnection, {
    description: "The needs your key's institution submitted, newest first, with status, consultation step and introductions / 登録したニーズ一覧",
  })
  @Allowed('READ_SUBMITTED_NEEDS')
  partnerNeeds(@Args() args: PartnerNeedsArgs, @Ctx() ctx: RequestContext): Promise<SubmittedNeedConnection> {
    return ctx.services.partners.submittedNeeds(ctx.viewer, args.filter, args);
  }

  @FieldResolver(() => PartnerCompany, {
    nullable: true,
    description: 'The company; null when the need’s confidentiality withholds it (RESTRICTED, CONFIDENTIAL)',
  })
  async company(@Root() need: SubmittedNeed, @Ctx() ctx: RequestContext): Promise<PartnerCompany | null> {
    const company = need.visibleCompanyId ? await ctx.loaders.companyById.load(need.visibleCompanyId) : null;
    return company ? partnerCompanyOf(company) : null;
  }

  @FieldResolver(() => Coordinator, {
    nullable: true,
    description: 'The coordinator who holds it now; null while nobody does or when withheld (CONFIDENTIAL) / 担当コーディネータ',
  })
  holder(@Root() need: SubmittedNeed, @Ctx() ctx: RequestContext): Promise<Coordinator | null> {
    return need.visibleHolderId ? ctx.loaders.coordinatorById.load(need.visibleHolderId) : Promise.resolve(null);
  }

  @FieldResolver(() => [SubmittedNeedIntroduction], { description: 'Introductions made for it, newest first / 紹介の状況' })
  introductions(@Root() need: SubmittedNeed, @Ctx() ctx: RequestContext): Promise<SubmittedNeedIntroduction[]> {
    return ctx.loaders.submittedNeedIntroductions.load(need.needId);
  }
}
