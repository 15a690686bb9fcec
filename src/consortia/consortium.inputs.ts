import { ArrayMaxSize, IsEnum, IsInt, IsOptional, IsUrl, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { pairField } from '../common/pair-field';
import { PageArgs, SortDirection } from '../common/connection';
import { RecordStatus } from '../common/enums';
import { bilingual, ExpectedVersion, HTTP_URL_OPTIONS, KEY_PATTERN, messages } from '../common/validation';
import { MemberRole } from './consortium.enums';

const roleMessage = () => bilingual('役割は MEMBER・CHAIR・SECRETARIAT・ADVISOR のいずれかです', 'must be MEMBER, CHAIR, SECRETARIAT or ADVISOR');

/** Each field of the CreateConsortiumInput / UpdateConsortiumInput pair once: its type, its checks and what each side says of it. */
const consortiumField = {
  nameJa: pairField(
    () => String,
    { register: { description: 'Name in Japanese (at most 200 characters) / 名称' }, update: 'Name in Japanese' },
    MinLength(1, messages.notBlank()),
    MaxLength(200, messages.maxLength(200)),
  ),
  nameEn: pairField(
    () => String,
    { register: { nullable: true, description: 'Name in English (at most 200 characters)' }, update: 'Name in English' },
    MaxLength(200, messages.maxLength(200)),
  ),
  regionCode: pairField(() => String, { register: { nullable: true, description: 'Region code of the area it covers, e.g. `JP-06`' }, update: 'Region code' }),
  secretariatId: pairField(() => ID, {
    register: { nullable: true, description: 'Secretariat institution (global ID) / 事務局' },
    update: 'Secretariat institution (global ID)',
  }),
  fieldCodes: pairField(
    () => [String],
    { register: { defaultValue: [], description: 'Field taxonomy codes (at most 10)' }, update: 'Field codes (replaces the list)' },
    ArrayMaxSize(10, messages.listMax(10)),
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

@InputType({ description: 'A new consortium / 研究会・協議会の登録' })
export class CreateConsortiumInput {
  @Field(() => String, { nullable: true, description: 'Stable external key; generated when omitted' })
  @IsOptional()
  @Matches(KEY_PATTERN, messages.key())
  key?: string | null;

  @consortiumField.nameJa('register') nameJa: string;

  @consortiumField.nameEn('register') nameEn?: string | null;

  @consortiumField.regionCode('register') regionCode?: string | null;

  @consortiumField.secretariatId('register') secretariatId?: string | null;

  @consortiumField.fieldCodes('register') fieldCodes: string[];

  @consortiumField.description('register') description?: string | null;

  @consortiumField.websiteUrl('register') websiteUrl?: string | null;

  @Field({ defaultValue: false, description: 'Marks fictional demo data' })
  isFictional: boolean;
}

@InputType({ description: 'Changes to a consortium; omitted fields stay as they are, null clears an optional one / 研究会・協議会の更新' })
export class UpdateConsortiumInput {
  @Field(() => ID, { description: 'The consortium (global ID)' })
  id: string;

  @ExpectedVersion()
  expectedVersion: number;

  @consortiumField.nameJa('update') nameJa?: string | null;

  @consortiumField.nameEn('update') nameEn?: string | null;

  @consortiumField.regionCode('update') regionCode?: string | null;

  @consortiumField.secretariatId('update') secretariatId?: string | null;

  @consortiumField.fieldCodes('update') fieldCodes?: string[] | null;

  @consortiumField.description('update') description?: string | null;

  @consortiumField.websiteUrl('update') websiteUrl?: string | null;
}

@InputType({ description: 'Adds a company, institution or researcher to a consortium / 会員の追加' })
export class AddConsortiumMemberInput {
  @Field(() => ID, { description: 'The consortium (global ID)' })
  consortiumId: string;

  @Field(() => ID, { description: 'The member: global ID of a Company, Institution or Researcher; its type decides `memberType`' })
  memberId: string;

  @Field(() => MemberRole, { defaultValue: MemberRole.MEMBER, description: 'Role in the consortium' })
  @IsEnum(MemberRole, roleMessage())
  role: MemberRole;
}

@InputType({ description: "Changes a member's role / 会員の役割の変更" })
export class UpdateConsortiumMemberInput {
  @Field(() => ID, { description: 'The membership (global ID of a ConsortiumMembership)' })
  id: string;

  @Field(() => Int, { description: 'The membership `version` you last read; a newer stored version makes the update fail with CONFLICT' })
  @IsInt()
  expectedVersion: number;

  @Field(() => MemberRole, { description: 'New role' })
  @IsEnum(MemberRole, roleMessage())
  role: MemberRole;
}

@InputType({ description: 'Filters for consortia; all given conditions must hold' })
export class ConsortiumFilter {
  @Field(() => [RecordStatus], { nullable: true, description: 'Statuses to include (default: ACTIVE)' })
  @IsOptional()
  status?: RecordStatus[] | null;

  @Field(() => String, { nullable: true, description: 'Region code; consortia of regions inside it match too' })
  @IsOptional()
  regionCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Taxonomy node code; its descendants match too' })
  @IsOptional()
  fieldCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Text that must occur in the name or description (every space-separated term)' })
  @IsOptional()
  @MaxLength(200, messages.maxLength(200))
  contains?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only consortia this company (global ID) is a member of' })
  @IsOptional()
  memberCompanyId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only consortia this institution (global ID) is a member of' })
  @IsOptional()
  memberInstitutionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only consortia this researcher (global ID) is a member of' })
  @IsOptional()
  memberResearcherId?: string | null;
}

export enum ConsortiumSortField {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(ConsortiumSortField, {
  name: 'ConsortiumSortField',
  description: 'What to sort consortia by',
  valuesConfig: {
    NAME: { description: 'Japanese name (code-point order) / 名称' },
    CREATED_AT: { description: 'Registration time / 登録日時' },
    UPDATED_AT: { description: 'Last change / 更新日時' },
  },
});

@InputType({ description: 'Sort order for consortia' })
export class ConsortiumOrder {
  @Field(() => ConsortiumSortField, { description: 'Sort key' })
  field: ConsortiumSortField;
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Direction' })
  direction: SortDirection;
}

@ArgsType()
export class ConsortiaArgs extends PageArgs {
  @Field(() => ConsortiumFilter, { nullable: true, description: 'Filters' })
  @IsOptional()
  @ValidateNested()
  filter?: ConsortiumFilter | null;

  @Field(() => ConsortiumOrder, { nullable: true, description: 'Sort order (default: by name)' })
  @IsOptional()
  orderBy?: ConsortiumOrder | null;
}
