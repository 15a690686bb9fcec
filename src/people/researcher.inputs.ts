import { ArrayMaxSize, IsEmail, IsOptional, Matches, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { pairField } from '../common/pair-field';
import { PageArgs } from '../common/connection';
import { RecordStatus } from '../common/enums';
import { ExpectedVersion, KEY_PATTERN, messages, NOT_BLANK, PHONE_PATTERN } from '../common/validation';
import { InstitutionKind } from '../institutions/institution.enums';

/** Each field of the RegisterResearcherInput / UpdateResearcherInput pair once: its type, its checks and what each side says of it. */
const researcherField = {
  nameJa: pairField(
    () => String,
    { register: { description: 'Name in Japanese (at most 200 characters) / 氏名' }, update: 'Name in Japanese (cannot be cleared)' },
    Matches(NOT_BLANK, messages.notBlank()),
    MaxLength(200, messages.maxLength(200)),
  ),
  nameEn: pairField(
    () => String,
    { register: { nullable: true, description: 'Name in Latin letters (at most 200 characters)' }, update: 'Name in Latin letters' },
    MaxLength(200, messages.maxLength(200)),
  ),
  institutionId: pairField(() => ID, {
    register: { description: 'Institution the researcher belongs to (global ID)' },
    update: 'Institution (global ID; cannot be cleared)',
  }),
  title: pairField(
    () => String,
    { register: { nullable: true, description: 'Position, e.g. 教授 (at most 100 characters)' }, update: 'Position' },
    MaxLength(100, messages.maxLength(100)),
  ),
  email: pairField(
    () => String,
    { register: { nullable: true, description: 'E-mail; shown to others only when `contactPublic` is true' }, update: 'E-mail' },
    IsEmail({}, messages.email()),
    MaxLength(254, messages.maxLength(254)),
  ),
  phone: pairField(
    () => String,
    { register: { nullable: true, description: 'Phone, e.g. 0238-26-3000; shown to others only when `contactPublic` is true' }, update: 'Phone' },
    Matches(PHONE_PATTERN, messages.phone()),
  ),
  contactPublic: pairField(() => Boolean, {
    register: { defaultValue: false, description: 'Whether the researcher agreed to publish their e-mail and phone / 連絡先公開の同意' },
    update: 'Whether e-mail and phone are public',
  }),
  fieldCodes: pairField(
    () => [String],
    { register: { defaultValue: [], description: 'Field taxonomy codes (at most 20)' }, update: 'Field codes (replaces the list)' },
    ArrayMaxSize(20, messages.listMax(20)),
  ),
  keywords: pairField(
    () => [String],
    { register: { defaultValue: [], description: 'Research keywords (at most 30, each at most 50 characters)' }, update: 'Keywords (replaces the list)' },
    ArrayMaxSize(30, messages.listMax(30)),
    MaxLength(50, { each: true, ...messages.maxLength(50) }),
  ),
};

@InputType({ description: 'A new researcher / 研究者の登録' })
export class RegisterResearcherInput {
  @Field(() => String, { nullable: true, description: 'Stable external key; generated when omitted' })
  @IsOptional()
  @Matches(KEY_PATTERN, messages.key())
  key?: string | null;

  @researcherField.nameJa('register') nameJa: string;

  @researcherField.nameEn('register') nameEn?: string | null;

  @researcherField.institutionId('register') institutionId: string;

  @researcherField.title('register') title?: string | null;

  @researcherField.email('register') email?: string | null;

  @researcherField.phone('register') phone?: string | null;

  @researcherField.contactPublic('register') contactPublic: boolean;

  @researcherField.fieldCodes('register') fieldCodes: string[];

  @researcherField.keywords('register') keywords: string[];

  @Field({ defaultValue: false, description: 'Marks fictional demo data' })
  isFictional: boolean;
}

@InputType({ description: 'Changes to a researcher; omitted fields stay as they are, null clears an optional one / 研究者の更新' })
export class UpdateResearcherInput {
  @Field(() => ID, { description: 'The researcher (global ID)' })
  id: string;

  @ExpectedVersion()
  expectedVersion: number;

  @researcherField.nameJa('update') nameJa?: string | null;

  @researcherField.nameEn('update') nameEn?: string | null;

  @researcherField.institutionId('update') institutionId?: string | null;

  @researcherField.title('update') title?: string | null;

  @researcherField.email('update') email?: string | null;

  @researcherField.phone('update') phone?: string | null;

  @researcherField.contactPublic('update') contactPublic?: boolean | null;

  @researcherField.fieldCodes('update') fieldCodes?: string[] | null;

  @researcherField.keywords('update') keywords?: string[] | null;
}

@InputType({ description: 'Filters for researchers; all given conditions must hold' })
export class ResearcherFilter {
  @Field(() => ID, { nullable: true, description: 'Institution (global ID)' })
  @IsOptional()
  institutionId?: string | null;

  @Field(() => [InstitutionKind], { nullable: true, description: "Kinds of the researcher's institution" })
  @IsOptional()
  institutionKind?: InstitutionKind[] | null;

  @Field(() => String, { nullable: true, description: "Region code of the researcher's institution; regions inside it match too" })
  @IsOptional()
  @MaxLength(50, messages.maxLength(50))
  regionCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Taxonomy node code; its descendants match too' })
  @IsOptional()
  @MaxLength(200, messages.maxLength(200))
  fieldCode?: string | null;

  @Field(() => [RecordStatus], { nullable: true, description: 'Statuses to include (default: ACTIVE only)' })
  @IsOptional()
  status?: RecordStatus[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Text that must occur in the names, position or keywords (Japanese or English; every space-separated term)',
  })
  @IsOptional()
  @MaxLength(200, messages.maxLength(200))
  contains?: string | null;
}

@ArgsType()
export class ResearchersArgs extends PageArgs {
  @Field(() => ResearcherFilter, { nullable: true, description: 'Filters (the list is ordered by Japanese name)' })
  @IsOptional()
  @ValidateNested()
  filter?: ResearcherFilter | null;
}
