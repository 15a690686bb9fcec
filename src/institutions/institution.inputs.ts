import { ArrayMaxSize, IsEmail, IsEnum, IsOptional, IsUrl, Matches, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { pairField } from '../common/pair-field';
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

/** Each field of the CreateInstitutionInput / UpdateInstitutionInput pair once: its type, its checks and what each side says of it. */
const institutionField = {
  nameJa: pairField(
    () => String,
    { register: { description: 'Official name in Japanese (at most 200 characters) / 正式名称' }, update: 'Official name in Japanese (cannot be cleared)' },
    Matches(NOT_BLANK, messages.notBlank()),
    MaxLength(200, messages.maxLength(200)),
  ),
  nameEn: pairField(
    () => String,
    { register: { nullable: true, description: 'Name in English (at most 200 characters)' }, update: 'Name in English' },
    MaxLength(200, messages.maxLength(200)),
  ),
  kind: pairField(
    () => InstitutionKind,
    { register: { description: 'Kind of institution' }, update: 'Kind (cannot be cleared)' },
    IsEnum(InstitutionKind, messages.knownValue()),
  ),
  regionCode: pairField(
    () => String,
    { register: { nullable: true, description: 'Region code where it is located, e.g. `JP-06-OKITAMA`' }, update: 'Region code' },
    MaxLength(50, messages.maxLength(50)),
  ),
  parentId: pairField(() => ID, {
    register: { nullable: true, description: 'Parent body (global ID), e.g. 工業技術センター for its 置賜試験場' },
    update: 'Parent body (global ID); must not be the institution itself or one of its descendants',
  }),
  fieldCodes: pairField(
    () => [String],
    { register: { defaultValue: [], description: 'Field taxonomy codes (at most 20)' }, update: 'Field codes (replaces the list)' },
    ArrayMaxSize(20, messages.listMax(20)),
  ),
  supportMenus: pairField(
    () => [SupportMenu],
    { register: { defaultValue: [], description: 'Support menus offered' }, update: 'Support menus (replaces the list)' },
    IsEnum(SupportMenu, { each: true, ...messages.knownValue() }),
  ),
  equipment: pairField(
    () => [EquipmentInput],
    { register: { defaultValue: [], description: 'Equipment offered (at most 100)' }, update: 'Equipment (replaces the list)' },
    ArrayMaxSize(100, messages.listMax(100)),
    ValidateNested({ each: true }),
  ),
  description: pairField(
    () => String,
    { register: { nullable: true, description: 'Description (at most 5,000 characters)' }, update: 'Description' },
    MaxLength(5000, messages.maxLength(5000)),
  ),
  websiteUrl: pairField(
    () => String,
    { register: { nullable: true, description: 'Web site (http or https URL)' }, update: 'Web site (http or https URL)' },
    IsUrl(HTTP_URL_OPTIONS, messages.url()),
    MaxLength(2000, messages.maxLength(2000)),
  ),
  email: pairField(
    () => String,
    { register: { nullable: true, description: 'Contact e-mail (institutional)' }, update: 'Contact e-mail' },
    IsEmail({}, messages.email()),
    MaxLength(254, messages.maxLength(254)),
  ),
  phone: pairField(
    () => String,
    { register: { nullable: true, description: 'Contact phone, e.g. 023-644-3222 or +81-23-644-3222' }, update: 'Contact phone' },
    Matches(PHONE_PATTERN, messages.phone()),
  ),
  address: pairField(
    () => String,
    { register: { nullable: true, description: 'Postal address (at most 300 characters)' }, update: 'Postal address' },
    MaxLength(300, messages.maxLength(300)),
  ),
};

@InputType({ description: 'A new institution / 機関の登録' })
export class CreateInstitutionInput {
  @Field(() => String, { nullable: true, description: 'Stable external key; generated when omitted' })
  @IsOptional()
  @Matches(KEY_PATTERN, messages.key())
  key?: string | null;

  @institutionField.nameJa('register') nameJa: string;

  @institutionField.nameEn('register') nameEn?: string | null;

  @institutionField.kind('register') kind: InstitutionKind;

  @institutionField.regionCode('register') regionCode?: string | null;

  @institutionField.parentId('register') parentId?: string | null;

  @institutionField.fieldCodes('register') fieldCodes: string[];

  @institutionField.supportMenus('register') supportMenus: SupportMenu[];

  @institutionField.equipment('register') equipment: EquipmentInput[];

  @institutionField.description('register') description?: string | null;

  @institutionField.websiteUrl('register') websiteUrl?: string | null;

  @institutionField.email('register') email?: string | null;

  @institutionField.phone('register') phone?: string | null;

  @institutionField.address('register') address?: string | null;

  @Field({ defaultValue: false, description: 'Marks fictional demo data' })
  isFictional: boolean;
}

@InputType({ description: 'Changes to an institution; omitted fields stay as they are, null clears an optional one / 機関の更新' })
export class UpdateInstitutionInput {
  @Field(() => ID, { description: 'The institution (global ID)' })
  id: string;

  @ExpectedVersion()
  expectedVersion: number;

  @institutionField.nameJa('update') nameJa?: string | null;

  @institutionField.nameEn('update') nameEn?: string | null;

  @institutionField.kind('update') kind?: InstitutionKind | null;

  @institutionField.regionCode('update') regionCode?: string | null;

  @institutionField.parentId('update') parentId?: string | null;

  @institutionField.fieldCodes('update') fieldCodes?: string[] | null;

  @institutionField.supportMenus('update') supportMenus?: SupportMenu[] | null;

  @institutionField.equipment('update') equipment?: EquipmentInput[] | null;

  @institutionField.description('update') description?: string | null;

  @institutionField.websiteUrl('update') websiteUrl?: string | null;

  @institutionField.email('update') email?: string | null;

  @institutionField.phone('update') phone?: string | null;

  @institutionField.address('update') address?: string | null;
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
