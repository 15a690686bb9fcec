import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Connection } from '../common/connection';
import { RecordStatus } from '../common/enums';
import { InvalidInputError } from '../common/errors';
import { loadPresent } from '../common/loader-helpers';
import { idOf, withDecodedIds } from '../common/global-id';
import { loadByGlobalId } from '../common/lookup';
import { Consortium } from '../consortia/consortium.entity';
import { Allowed } from '../auth/allowed';
import type { RequestContext } from '../graphql/context';
import { Need } from '../needs/need.entity';
import { NeedStatus } from '../needs/need.enums';
import { canSeeNeed, needViewFor } from '../needs/need.visibility';
import { Region } from '../regions/region.entity';
import { ResearchField } from '../taxonomy/research-field.entity';
import { daysBetween, isCalendarDate, today } from './calendar-date';
import { Certification } from './certification.entity';
import { CompaniesArgs, RegisterCompanyInput, UpdateCompanyInput } from './company.inputs';
import { canSeeCompany } from './company.visibility';
import { Company } from './company.entity';

@ObjectType({ description: 'A page of companies' })
export class CompanyConnection extends Connection(Company, 'Company') {}

@Resolver(() => Company)
export class CompanyResolver {
  @Allowed('READ_COMPANIES')
  @Query(() => Company, { nullable: true, description: 'A company by global ID; null when it does not exist / 企業' })
  async company(@Arg('id', () => ID, { description: 'Global ID of the company' }) id: string, @Ctx() ctx: RequestContext): Promise<Company | null> {
    const company = await loadByGlobalId(ctx.loaders.companyById, id, 'Company');
    return company && canSeeCompany(ctx.viewer, company.id) ? company : null;
  }

  @Allowed('READ_COMPANIES')
  @Query(() => Company, { nullable: true, description: 'A company by its external key; null when none has it' })
  companyByKey(@Arg('key', { description: 'External key, e.g. `co-yonezawa-denshi`' }) key: string, @Ctx() ctx: RequestContext): Promise<Company | null> {
    return ctx.services.companies.findByKey(ctx.viewer, key);
  }

  @Allowed('READ_COMPANIES')
  @Query(() => CompanyConnection, { description: 'Companies, filtered and sorted (by name by default) / 企業一覧' })
  companies(@Args() args: CompaniesArgs, @Ctx() ctx: RequestContext): Promise<CompanyConnection> {
    return ctx.services.companies.list(ctx.viewer, args.filter, args.orderBy, args);
  }

  @Allowed('WRITE_COMPANIES')
  @Mutation(() => Company, { description: 'Registers a company with its certifications / 企業を登録する' })
  registerCompany(@Arg('input', { description: 'The new company' }) input: RegisterCompanyInput, @Ctx() ctx: RequestContext): Promise<Company> {
    return ctx.services.companies.register(ctx.viewer, input);
  }

  @Allowed('WRITE_COMPANIES')
  @Mutation(() => Company, { description: 'Updates a company; refused with CONFLICT when `expectedVersion` is stale / 企業情報を更新する' })
  updateCompany(@Arg('input', { description: 'The changes' }) input: UpdateCompanyInput, @Ctx() ctx: RequestContext): Promise<Company> {
    return ctx.services.companies.update(ctx.viewer, withDecodedIds(input, { id: 'Company' }, 'input'));
  }

  @Allowed('WRITE_COMPANIES')
  @Mutation(() => Company, { description: 'Archives a company (kept, hidden from default lists) / 企業をアーカイブする' })
  archiveCompany(
    @Arg('id', () => ID, { description: 'The company' }) id: string,
    @Arg('expectedVersion', () => Int, { description: 'The version you last read' }) expectedVersion: number,
    @Ctx() ctx: RequestContext,
  ): Promise<Company> {
    return ctx.services.companies.archive(ctx.viewer, idOf(id, 'Company', 'input.id'), expectedVersion);
  }

  @FieldResolver(() => Region, { nullable: true, description: 'Region the company is in / 所在地域' })
  region(@Root() company: Company, @Ctx() ctx: RequestContext): Promise<Region | null> {
    return company.regionCode ? ctx.loaders.regionByCode.load(company.regionCode) : Promise.resolve(null);
  }

  @FieldResolver(() => [ResearchField], { description: 'Taxonomy nodes of the company' })
  fields(@Root() company: Company, @Ctx() ctx: RequestContext): Promise<ResearchField[]> {
    return loadPresent(ctx.loaders.fieldByCode, company.fieldCodes);
  }

  @FieldResolver(() => [Certification], { description: 'Certifications held, latest expiry first / 認定・資格' })
  certifications(@Root() company: Company, @Ctx() ctx: RequestContext): Promise<Certification[]> {
    return ctx.loaders.certificationsByCompany.load(company.id);
  }

  @FieldResolver(() => [Consortium], { description: 'Consortia the company is a member of / 参加している研究会・協議会' })
  async consortia(
    @Root() company: Company,
    @Arg('includeArchived', { defaultValue: false, description: 'Include archived consortia' }) includeArchived: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<Consortium[]> {
    const memberships = await ctx.loaders.membershipsByCompany.load(company.id);
    const consortia = await loadPresent(
      ctx.loaders.consortiumById,
      memberships.map((m) => m.consortiumId),
    );
    return includeArchived ? consortia : consortia.filter((c) => c.status === RecordStatus.ACTIVE);
  }

  @FieldResolver(() => [Need], { description: "The company's needs, newest first / 企業ニーズ" })
  async needs(
    @Root() company: Company,
    @Arg('includeArchived', { defaultValue: false, description: 'Include archived needs' }) includeArchived: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<Need[]> {
    const needs = await ctx.loaders.needsByCompany.load(company.id);
    // A need whose company is hidden from the viewer must not be listed under that company.
    return needs.filter(
      (n) => (includeArchived || n.status !== NeedStatus.ARCHIVED) && canSeeNeed(ctx.viewer, n) && needViewFor(ctx.viewer, n).companyId !== null,
    );
  }
}

/** Reads an `asOf` argument: a calendar date, today in Japan when omitted. */
function asOfDate(asOf: string | null | undefined): string {
  if (asOf == null) return today();
  if (!isCalendarDate(asOf))
    throw InvalidInputError.of('asOf', 'YYYY-MM-DD 形式の実在する日付で入力してください', 'must be a real date in the form YYYY-MM-DD', 'calendarDate');
  return asOf;
}

@Resolver(() => Certification)
export class CertificationResolver {
  @FieldResolver(() => Boolean, { description: 'Whether the certification is valid on the date (issued by then, not yet expired) / 有効かどうか' })
  isValid(
    @Root() certification: Certification,
    @Arg('asOf', () => String, { nullable: true, description: 'Date to check, YYYY-MM-DD; today in Japan (Asia/Tokyo) when omitted' }) asOf?: string | null,
  ): boolean {
    const date = asOfDate(asOf);
    if (certification.issuedOn && date < certification.issuedOn) return false;
    return certification.validUntil === null || date <= certification.validUntil;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Days from the date to the last valid day: 0 on that day, negative once expired, null when it does not expire / 有効期限までの日数',
  })
  daysUntilExpiry(
    @Root() certification: Certification,
    @Arg('asOf', () => String, { nullable: true, description: 'Date to count from, YYYY-MM-DD; today in Japan (Asia/Tokyo) when omitted' })
    asOf?: string | null,
  ): number | null {
    const date = asOfDate(asOf);
    return certification.validUntil === null ? null : daysBetween(date, certification.validUntil);
  }

  @FieldResolver(() => Company, { nullable: true, description: 'The company holding the certification' })
  company(@Root() certification: Certification, @Ctx() ctx: RequestContext): Promise<Company | null> {
    return canSeeCompany(ctx.viewer, certification.companyId) ? ctx.loaders.companyById.load(certification.companyId) : Promise.resolve(null);
  }
}
