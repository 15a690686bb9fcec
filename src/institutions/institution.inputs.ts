import { ArrayMaxSize, IsEmail, IsEnum, IsOptional, IsUrl, Matches, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { PageArgs, SortDirection } from '../common/connection';
import { RecordStatus } from '../common/enums';
import { ExpectedVersion, HTTP_URL_OPTIONS, KEY_PATTERN, messages, NOT_BLANK, PHONE_PATTERN } from '../common/validation';
import { InstitutionKind, SupportMenu } from './institution.enums';

@InputType({ description: 'Equipment an institution offers / 保有設備' })
export class EquipmentInput {
  @Field({ description: 'Name of the equipment (at most 200 characters)' })
  @Matches(NOT_BLANK, messages.notBlank())
  @MaxLength(200, messages.maxLength(200))
  name: string;

  @Field(() => String, { nullable: true, description: 'What it does and its specification (at most 5,000 characters)' })
  @IsOptional()
  @MaxLength(5000, messages.maxLength(5000))
  description?: string | null;
}

@InputType({ description: 'A new institution / 機関の登録' })
export class CreateInstitutionInput {
  @Field(() => String, { nullable: true, description: 'Stable external key; generated when omitted' })
  @IsOptional()
  @Matches(KEY_PATTERN, messages.key())
  key?: string | null;

  @Field({ description: 'Official name in Japanese (at most 200 characters) / 正式名称' })
  @Matches(NOT_BLANK, messages.notBlank())
  @MaxLength(200, messages.maxLength(200))
  nameJa: string;

  @Field(() => String, { nullable: true, description: 'Name in English (at most 200 characters)' })
  @IsOptional()
  @MaxLength(200, messages.maxLength(200))
  nameEn?: string | null;

  @Field(() => InstitutionKind, { description: 'Kind of institution' })
  @IsEnum(InstitutionKind, messages.knownValue())
  kind: InstitutionKind;

  @Field(() => String, { nullable: true, description: 'Region code where it is located, e.g. `JP-06-OKITAMA`' })
  @IsOptional()
  @MaxLength(50, messages.maxLength(50))
  regionCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'Parent body (global ID), e.g. 工業技術センター for its 置賜試験場' })
  @IsOptional()
  parentId?: string | null;

  @Field(() => [String], { defaultValue: [], description: 'Field taxonomy codes (at most 20)' })
  @ArrayMaxSize(20, messages.listMax(20))
  fieldCodes: string[];

  @Field(() => [SupportMenu], { defaultValue: [], description: 'Support menus offered' })
  @IsEnum(SupportMenu, { each: true, ...messages.knownValue() })
  supportMenus: SupportMenu[];

  @Field(() => [EquipmentInput], { defaultValue: [], description: 'Equipment offered (at most 100)' })
  @ArrayMaxSize(100, messages.listMax(100))
  @ValidateNested({ each: true })
  equipment: EquipmentInput[];

  @Field(() => String, { nullable: true, description: 'Description (at most 5,000 characters)' })
  @IsOptional()
  @MaxLength(5000, messages.maxLength(5000))
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Web site (http or https URL)' })
  @IsOptional()
  @IsUrl(HTTP_URL_OPTIONS, messages.url())
  @MaxLength(2000, messages.maxLength(2000))
  websiteUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'Contact e-mail (institutional)' })
  @IsOptional()
  @IsEmail({}, messages.email())
  @MaxLength(254, messages.maxLength(254))
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Contact phone, e.g. 023-644-3222 or +81-23-644-3222' })
  @IsOptional()
  @Matches(PHONE_PATTERN, messages.phone())
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Postal address (at most 300 characters)' })
  @IsOptional()
  @MaxLength(300, messages.maxLength(300))
  address?: string | null;

  @Field({ defaultValue: false, description: 'Marks fictional demo data' })
  isFictional: boolean;
}

@InputType({ description: 'Changes to an institution; omitted fields stay as they are, null clears an optional one / 機関の更新' })
export class UpdateInstitutionInput {
  @Field(() => ID, { description: 'The institution (global ID)' })
  id: string;

  @ExpectedVersion()
  expectedVersion: number;

  @Field(() => String, { nullable: true, description: 'Official name in Japanese (cannot be cleared)' })
  @IsOptional()
  @Matches(NOT_BLANK, messages.notBlank())
  @MaxLength(200, messages.maxLength(200))
  nameJa?: string | null;

  @Field(() => String, { nullable: true, description: 'Name in English' })
  @IsOptional()
  @MaxLength(200, messages.maxLength(200))
  nameEn?: string | null;

  @Field(() => InstitutionKind, { nullable: true, description: 'Kind (cannot be cleared)' })
  @IsOptional()
  @IsEnum(InstitutionKind, messages.knownValue())
  kind?: InstitutionKind | null;

  @Field(() => String, { nullable: true, description: 'Region code' })
  @IsOptional()
  @MaxLength(50, messages.maxLength(50))
  regionCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'Parent body (global ID); must not be the institution itself or one of its descendants' })
  @IsOptional()
  parentId?: string | null;

  @Field(() => [String], { nullable: true, description: 'Field codes (replaces the list)' })
  @IsOptional()
  @ArrayMaxSize(20, messages.listMax(20))
  fieldCodes?: string[] | null;

  @Field(() => [SupportMenu], { nullable: true, description: 'Support menus (replaces the list)' })
  @IsOptional()
  @IsEnum(SupportMenu, { each: true, ...messages.knownValue() })
  supportMenus?: SupportMenu[] | null;

  @Field(() => [EquipmentInput], { nullable: true, description: 'Equipment (replaces the list)' })
  @IsOptional()
  @ArrayMaxSize(100, messages.listMax(100))
  @ValidateNested({ each: true })
  equipment?: EquipmentInput[] | null;

  @Field(() => String, { nullable: true, description: 'Description' })
  @IsOptional()
  @MaxLength(5000, messages.maxLength(5000))
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Web site (http or https URL)' })
  @IsOptional()
  @IsUrl(HTTP_URL_OPTIONS, messages.url())
  @MaxLength(2000, messages.maxLength(2000))
  websiteUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'Contact e-mail' })
  @IsOptional()
  @IsEmail({}, messages.email())
  @MaxLength(254, messages.maxLength(254))
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Contact phone' })
  @IsOptional()
  @Matches(PHONE_PATTERN, messages.phone())
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Postal address' })
  @IsOptional()
  @MaxLength(300, messages.maxLength(300))
  address?: string | null;
}

@InputType({ description: 'Filters for institutions; all given conditions must hold' })
export class InstitutionFilter {
  @Field(() => [InstitutionKind], { nullable: true, description: 'Kinds to include' })
  @IsOptional()
  kind?: InstitutionKind[] | null;

  @Field(() => String, { nullable: true, description: 'Region code; institutions in regions inside it match too' })
  @IsOptional()
  @MaxLength(50, messages.maxLength(50))
  regionCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Taxonomy node code; its descendants match too' })
  @IsOptional()
  @MaxLength(200, messages.maxLength(200))
  fieldCode?: string | null;

  @Field(() => SupportMenu, { nullable: true, description: 'Offers this support menu' })
  @IsOptional()
  supportMenu?: SupportMenu | null;

  @Field(() => [RecordStatus], { nullable: true, description: 'Statuses to include (default: ACTIVE only)' })
  @IsOptional()
  status?: RecordStatus[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Text that must occur in the names, description or equipment (Japanese or English; every space-separated term)',
  })
  @IsOptional()
  @MaxLength(200, messages.maxLength(200))
  contains?: string | null;
}

export enum InstitutionSortField {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(InstitutionSortField, {
  name: 'InstitutionSortField',
  description: 'What to sort institutions by',
  valuesConfig: {
    NAME: { description: 'Japanese name / 名称' },
    CREATED_AT: { description: 'Registration time / 登録日時' },
    UPDATED_AT: { description: 'Last change / 更新日時' },
  },
});

@InputType({ description: 'Sort order for institutions' })
export class InstitutionOrder {
  @Field(() => InstitutionSortField, { description: 'Sort key' })
  field: InstitutionSortField;
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Direction' })
  direction: SortDirection;
}

@ArgsType()
export class InstitutionsArgs extends PageArgs {
  @Field(() => InstitutionFilter, { nullable: true, description: 'Filters' })
  @IsOptional()
  @ValidateNested()
  filter?: InstitutionFilter | null;

  @Field(() => InstitutionOrder, { nullable: true, description: 'Sort order (default: by Japanese name)' })
  @IsOptional()
  orderBy?: InstitutionOrder | null;
}
