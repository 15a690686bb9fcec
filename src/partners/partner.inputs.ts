import { IsEnum, IsInt, IsOptional, IsUrl, Matches, MaxLength, Min, MinLength } from 'class-validator';
import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { PageArgs } from '../common/connection';
import { bilingual, HTTP_URL_OPTIONS, KEY_PATTERN, messages } from '../common/validation';
import { CompanySize } from '../companies/company.enums';
import { NeedStatus } from '../needs/need.enums';

@InputType({ description: 'A company a partner portal registers to submit needs for / 連携先による企業の登録' })
export class RegisterPartnerCompanyInput {
  @Field({
    description:
      'Corporate number, 13 digits with its check digit (full-width digits and hyphens are accepted) / 法人番号. A company already registered with it is returned unchanged',
  })
  corporateNumber: string;

  @Field(() => String, { nullable: true, description: 'Stable external key; generated when omitted' })
  @IsOptional()
  @Matches(KEY_PATTERN, messages.key())
  key?: string | null;

  @Field({ description: 'Company name in Japanese (at most 200 characters) / 企業名' })
  @MinLength(1, messages.notBlank())
  @MaxLength(200, messages.maxLength(200))
  nameJa: string;

  @Field(() => String, { nullable: true, description: 'Company name in English (at most 200 characters)' })
  @IsOptional()
  @MaxLength(200, messages.maxLength(200))
  nameEn?: string | null;

  @Field(() => String, { nullable: true, description: 'Industry (at most 100 characters) / 業種' })
  @IsOptional()
  @MaxLength(100, messages.maxLength(100))
  industry?: string | null;

  @Field(() => String, { nullable: true, description: 'Region code, e.g. `JP-06-OKITAMA`' })
  @IsOptional()
  regionCode?: string | null;

  @Field(() => CompanySize, { nullable: true, description: 'Size / 規模' })
  @IsOptional()
  @IsEnum(CompanySize, bilingual('企業規模の値が不正です', 'must be MICRO, SMALL, MEDIUM or LARGE'))
  size?: CompanySize | null;

  @Field(() => Int, { nullable: true, description: 'Number of employees / 従業員数' })
  @IsOptional()
  @IsInt(messages.nonNegativeInteger())
  @Min(0, messages.nonNegativeInteger())
  employees?: number | null;

  @Field(() => String, { nullable: true, description: 'Web site (http:// or https://)' })
  @IsOptional()
  @MaxLength(500, messages.maxLength(500))
  @IsUrl(HTTP_URL_OPTIONS, messages.url())
  websiteUrl?: string | null;
}

@InputType({ description: 'Filter of partnerNeeds / 登録したニーズの絞り込み' })
export class SubmittedNeedFilter {
  @Field(() => [NeedStatus], { nullable: true, description: 'Any of these statuses (default: all, archived included)' })
  status?: NeedStatus[] | null;

  @Field(() => Int, { nullable: true, description: 'Consultation step 1–3' })
  consultationStep?: number | null;

  @Field(() => String, { nullable: true, description: 'The idempotency key the need was submitted with' })
  idempotencyKey?: string | null;
}

@ArgsType()
export class PartnerNeedsArgs extends PageArgs {
  @Field(() => SubmittedNeedFilter, { nullable: true, description: 'Filter' })
  filter?: SubmittedNeedFilter | null;
}
