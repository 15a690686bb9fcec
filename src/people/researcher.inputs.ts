import { ArrayMaxSize, IsEmail, IsOptional, Matches, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { PageArgs } from '../common/connection';
import { RecordStatus } from '../common/enums';
import { ExpectedVersion, KEY_PATTERN, messages, NOT_BLANK, PHONE_PATTERN } from '../common/validation';
import { InstitutionKind } from '../institutions/institution.enums';

@InputType({ description: 'A new researcher / 研究者の登録' })
export class RegisterResearcherInput {
  @Field(() => String, { nullable: true, description: 'Stable external key; generated when omitted' })
  @IsOptional()
  @Matches(KEY_PATTERN, messages.key())
  key?: string | null;

  @Field({ description: 'Name in Japanese (at most 200 characters) / 氏名' })
  @Matches(NOT_BLANK, messages.notBlank())
  @MaxLength(200, messages.maxLength(200))
  nameJa: string;

  @Field(() => String, { nullable: true, description: 'Name in Latin letters (at most 200 characters)' })
  @IsOptional()
  @MaxLength(200, messages.maxLength(200))
  nameEn?: string | null;

  @Field(() => ID, { description: 'Institution the researcher belongs to (global ID)' })
  institutionId: string;

  @Field(() => String, { nullable: true, description: 'Position, e.g. 教授 (at most 100 characters)' })
  @IsOptional()
  @MaxLength(100, messages.maxLength(100))
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail; shown to others only when `contactPublic` is true' })
  @IsOptional()
  @IsEmail({}, messages.email())
  @MaxLength(254, messages.maxLength(254))
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone, e.g. 0238-26-3000; shown to others only when `contactPublic` is true' })
  @IsOptional()
  @Matches(PHONE_PATTERN, messages.phone())
  phone?: string | null;

  @Field({ defaultValue: false, description: 'Whether the researcher agreed to publish their e-mail and phone / 連絡先公開の同意' })
  contactPublic: boolean;

  @Field(() => [String], { defaultValue: [], description: 'Field taxonomy codes (at most 20)' })
  @ArrayMaxSize(20, messages.listMax(20))
  fieldCodes: string[];

  @Field(() => [String], { defaultValue: [], description: 'Research keywords (at most 30, each at most 50 characters)' })
  @ArrayMaxSize(30, messages.listMax(30))
  @MaxLength(50, { each: true, ...messages.maxLength(50) })
  keywords: string[];

  @Field({ defaultValue: false, description: 'Marks fictional demo data' })
  isFictional: boolean;
}

@InputType({ description: 'Changes to a researcher; omitted fields stay as they are, null clears an optional one / 研究者の更新' })
export class UpdateResearcherInput {
  @Field(() => ID, { description: 'The researcher (global ID)' })
  id: string;

  @ExpectedVersion()
  expectedVersion: number;

  @Field(() => String, { nullable: true, description: 'Name in Japanese (cannot be cleared)' })
  @IsOptional()
  @Matches(NOT_BLANK, messages.notBlank())
  @MaxLength(200, messages.maxLength(200))
  nameJa?: string | null;

  @Field(() => String, { nullable: true, description: 'Name in Latin letters' })
  @IsOptional()
  @MaxLength(200, messages.maxLength(200))
  nameEn?: string | null;

  @Field(() => ID, { nullable: true, description: 'Institution (global ID; cannot be cleared)' })
  @IsOptional()
  institutionId?: string | null;

  @Field(() => String, { nullable: true, description: 'Position' })
  @IsOptional()
  @MaxLength(100, messages.maxLength(100))
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail' })
  @IsOptional()
  @IsEmail({}, messages.email())
  @MaxLength(254, messages.maxLength(254))
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone' })
  @IsOptional()
  @Matches(PHONE_PATTERN, messages.phone())
  phone?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether e-mail and phone are public' })
  @IsOptional()
  contactPublic?: boolean | null;

  @Field(() => [String], { nullable: true, description: 'Field codes (replaces the list)' })
  @IsOptional()
  @ArrayMaxSize(20, messages.listMax(20))
  fieldCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Keywords (replaces the list)' })
  @IsOptional()
  @ArrayMaxSize(30, messages.listMax(30))
  @MaxLength(50, { each: true, ...messages.maxLength(50) })
  keywords?: string[] | null;
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
