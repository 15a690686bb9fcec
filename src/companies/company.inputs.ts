import {
  ArrayMaxSize,
  IsEnum,
  IsInt,
  IsOptional,
  IsUrl,
  Matches,
  MaxLength,
  Min,
  MinLength,
  registerDecorator,
  ValidateNested,
  ValidationArguments,
  ValidationOptions,
} from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { pairField } from '../common/pair-field';
import { PageArgs, SortDirection } from '../common/connection';
import { RecordStatus } from '../common/enums';
import { foldLine } from '../common/text';
import { bilingual, ExpectedVersion, HTTP_URL_OPTIONS, KEY_PATTERN, messages } from '../common/validation';
import { isCalendarDate } from './calendar-date';
import { CompanySize } from './company.enums';

/** Dates may be typed with full-width digits (２０２５－０４－０１); they are checked as stored, after NFKC. */
const asDate = (value: unknown) => (typeof value === 'string' ? foldLine(value) : value);

/** A real calendar date in YYYY-MM-DD form. */
function IsCalendarDate(options: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'calendarDate',
      target: object.constructor,
      propertyName,
      options,
      validator: { validate: (value) => isCalendarDate(asDate(value)) },
    });
}

/** Not earlier than another date property of the same object (skipped while either is not a valid date). */
function IsOnOrAfter(property: string, options: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'onOrAfter',
      target: object.constructor,
      propertyName,
      constraints: [property],
      options,
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          const end = asDate(value);
          const start = asDate((args.object as Record<string, unknown>)[property]);
          return !isCalendarDate(end) || !isCalendarDate(start) || end >= start;
        },
      },
    });
}

@InputType({ description: 'A certification a company holds / 認定・資格' })
export class CertificationInput {
  @Field({ description: 'Name (at most 200 characters), e.g. 鉛フリーはんだ付け技術 1級' })
  @MinLength(1, messages.notBlank())
  @MaxLength(200, messages.maxLength(200))
  name: string;

  @Field(() => String, { nullable: true, description: 'Issuing body (at most 200 characters) / 認定機関' })
  @IsOptional()
  @MaxLength(200, messages.maxLength(200))
  issuer?: string | null;

  @Field(() => String, { nullable: true, description: 'Issue date, YYYY-MM-DD / 認定日' })
  @IsOptional()
  @IsCalendarDate(messages.calendarDate())
  issuedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Last valid date, YYYY-MM-DD, not before `issuedOn`; omit when it does not expire / 有効期限' })
  @IsOptional()
  @IsCalendarDate(messages.calendarDate())
  @IsOnOrAfter('issuedOn', messages.validUntilAfterIssue())
  validUntil?: string | null;
}

/** Each field of the RegisterCompanyInput / UpdateCompanyInput pair once: its type, its checks and what each side says of it. */
const companyField = {
  nameJa: pairField(
    () => String,
    { register: { description: 'Company name in Japanese (at most 200 characters) / 企業名' }, update: 'Company name in Japanese' },
    MinLength(1, messages.notBlank()),
    MaxLength(200, messages.maxLength(200)),
  ),
  nameEn: pairField(
    () => String,
    { register: { nullable: true, description: 'Company name in English (at most 200 characters)' }, update: 'Company name in English' },
    MaxLength(200, messages.maxLength(200)),
  ),
  industry: pairField(
    () => String,
    { register: { nullable: true, description: 'Industry (at most 100 characters) / 業種' }, update: 'Industry' },
    MaxLength(100, messages.maxLength(100)),
  ),
  regionCode: pairField(() => String, { register: { nullable: true, description: 'Region code, e.g. `JP-06-OKITAMA`' }, update: 'Region code' }),
  size: pairField(
    () => CompanySize,
    { register: { nullable: true, description: 'Size / 規模' }, update: 'Size' },
    IsEnum(CompanySize, bilingual('企業規模の値が不正です', 'must be MICRO, SMALL, MEDIUM or LARGE')),
  ),
  employees: pairField(
    () => Int,
    { register: { nullable: true, description: 'Number of employees / 従業員数' }, update: 'Number of employees' },
    IsInt(messages.nonNegativeInteger()),
    Min(0, messages.nonNegativeInteger()),
  ),
  capabilities: pairField(
    () => [String],
    {
      register: { defaultValue: [], description: 'Capabilities (at most 30, each at most 100 characters) / 保有技術' },
      update: 'Capabilities (replaces the list)',
    },
    ArrayMaxSize(30, messages.listMax(30)),
    MaxLength(100, { each: true, ...messages.maxLength(100) }),
  ),
  fieldCodes: pairField(
    () => [String],
    { register: { defaultValue: [], description: 'Field taxonomy codes (at most 10)' }, update: 'Field codes (replaces the list)' },
    ArrayMaxSize(10, messages.listMax(10)),
  ),
  certifications: pairField(
    () => [CertificationInput],
    { register: { defaultValue: [], description: 'Certifications held (at most 30) / 認定・資格' }, update: 'Certifications (replaces the list)' },
    ArrayMaxSize(30, messages.listMax(30)),
    ValidateNested({ each: true }),
  ),
  description: pairField(
    () => String,
    { register: { nullable: true, description: 'Description (at most 5,000 characters) / 概要' }, update: 'Description' },
    MaxLength(5000, messages.maxLength(5000)),
  ),
  websiteUrl: pairField(
    () => String,
    { register: { nullable: true, description: 'Web site (http:// or https://)' }, update: 'Web site (http:// or https://)' },
    MaxLength(500, messages.maxLength(500)),
    IsUrl(HTTP_URL_OPTIONS, messages.url()),
  ),
};

@InputType({ description: 'A new company / 企業の登録' })
export class RegisterCompanyInput {
  @Field(() => String, { nullable: true, description: 'Stable external key; generated when omitted' })
  @IsOptional()
  @Matches(KEY_PATTERN, messages.key())
  key?: string | null;

  @companyField.nameJa('register') nameJa: string;

  @companyField.nameEn('register') nameEn?: string | null;

  @companyField.industry('register') industry?: string | null;

  @companyField.regionCode('register') regionCode?: string | null;

  @companyField.size('register') size?: CompanySize | null;

  @companyField.employees('register') employees?: number | null;

  @companyField.capabilities('register') capabilities: string[];

  @companyField.fieldCodes('register') fieldCodes: string[];

  @companyField.certifications('register') certifications: CertificationInput[];

  @companyField.description('register') description?: string | null;

  @companyField.websiteUrl('register') websiteUrl?: string | null;

  @Field({ defaultValue: false, description: 'Marks fictional demo data' })
  isFictional: boolean;
}

@InputType({ description: 'Changes to a company; omitted fields stay as they are, null clears an optional one / 企業情報の更新' })
export class UpdateCompanyInput {
  @Field(() => ID, { description: 'The company (global ID)' })
  id: string;

  @ExpectedVersion()
  expectedVersion: number;

  @companyField.nameJa('update') nameJa?: string | null;

  @companyField.nameEn('update') nameEn?: string | null;

  @companyField.industry('update') industry?: string | null;

  @companyField.regionCode('update') regionCode?: string | null;

  @companyField.size('update') size?: CompanySize | null;

  @companyField.employees('update') employees?: number | null;

  @companyField.capabilities('update') capabilities?: string[] | null;

  @companyField.fieldCodes('update') fieldCodes?: string[] | null;

  @companyField.certifications('update') certifications?: CertificationInput[] | null;

  @companyField.description('update') description?: string | null;

  @companyField.websiteUrl('update') websiteUrl?: string | null;
}

@InputType({ description: 'Filters for companies; all given conditions must hold' })
export class CompanyFilter {
  @Field(() => [RecordStatus], { nullable: true, description: 'Statuses to include (default: ACTIVE)' })
  @IsOptional()
  status?: RecordStatus[] | null;

  @Field(() => String, { nullable: true, description: 'Region code; companies in regions inside it match too' })
  @IsOptional()
  regionCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Taxonomy node code; its descendants match too' })
  @IsOptional()
  fieldCode?: string | null;

  @Field(() => [CompanySize], { nullable: true, description: 'Sizes to include' })
  @IsOptional()
  size?: CompanySize[] | null;

  @Field(() => String, { nullable: true, description: 'Text that must occur in name, industry, capabilities or description (every space-separated term)' })
  @IsOptional()
  @MaxLength(200, messages.maxLength(200))
  contains?: string | null;
}

export enum CompanySortField {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(CompanySortField, {
  name: 'CompanySortField',
  description: 'What to sort companies by',
  valuesConfig: {
    NAME: { description: 'Japanese name (code-point order) / 企業名' },
    CREATED_AT: { description: 'Registration time / 登録日時' },
    UPDATED_AT: { description: 'Last change / 更新日時' },
  },
});

@InputType({ description: 'Sort order for companies' })
export class CompanyOrder {
  @Field(() => CompanySortField, { description: 'Sort key' })
  field: CompanySortField;
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Direction' })
  direction: SortDirection;
}

@ArgsType()
export class CompaniesArgs extends PageArgs {
  @Field(() => CompanyFilter, { nullable: true, description: 'Filters' })
  @IsOptional()
  @ValidateNested()
  filter?: CompanyFilter | null;

  @Field(() => CompanyOrder, { nullable: true, description: 'Sort order (default: by name)' })
  @IsOptional()
  orderBy?: CompanyOrder | null;
}
