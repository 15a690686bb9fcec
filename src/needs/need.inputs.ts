import { ArrayMaxSize, IsEnum, IsInt, IsOptional, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { PageArgs, SortDirection } from '../common/connection';
import { CollaborationForm, Language } from '../common/enums';
import { bilingual, ExpectedVersion, KEY_PATTERN, messages } from '../common/validation';
import { Confidentiality, NeedCategory, NeedStatus, NeedTimeline } from './need.enums';

// Yen amounts can exceed GraphQL's 32-bit Int, so they travel as Float and are checked to be whole.
const YEN_MAX = Number.MAX_SAFE_INTEGER;

const m = {
  category: () => bilingual('課題の種別は TECHNICAL・RESEARCH・MANAGEMENT のいずれかです', 'must be TECHNICAL, RESEARCH or MANAGEMENT'),
  language: () => bilingual('JA または EN を指定してください', 'must be JA or EN'),
  timeline: () => bilingual('希望時期の値が不正です', 'has an unknown timeline'),
  forms: () => bilingual('連携形態の値が不正です', 'has an unknown collaboration form'),
  confidentiality: () => bilingual('公開範囲は PUBLIC・RESTRICTED・CONFIDENTIAL のいずれかです', 'must be PUBLIC, RESTRICTED or CONFIDENTIAL'),
  status: () => bilingual('対応状況の値が不正です', 'must be OPEN, IN_PROGRESS, RESOLVED, CLOSED or ARCHIVED'),
};

@InputType({ description: "A company's new need / 企業ニーズの登録" })
export class SubmitNeedInput {
  @Field(() => String, { nullable: true, description: 'Stable external key; generated when omitted' })
  @IsOptional()
  @Matches(KEY_PATTERN, messages.key())
  key?: string | null;

  @Field(() => ID, { description: 'The company with the need (global ID)' })
  companyId: string;

  @Field({ description: 'Title (at most 200 characters); for a CONFIDENTIAL need, write it without naming the company' })
  @MinLength(1, messages.notBlank())
  @MaxLength(200, messages.maxLength(200))
  title: string;

  @Field({ description: 'The problem in the company’s words (at most 10,000 characters)' })
  @MinLength(1, messages.notBlank())
  @MaxLength(10000, messages.maxLength(10000))
  description: string;

  @Field(() => NeedCategory, { description: 'Technical, research or management; decides routing' })
  @IsEnum(NeedCategory, m.category())
  category: NeedCategory;

  @Field(() => Language, { nullable: true, description: 'Language of the text; detected from the text when omitted' })
  @IsOptional()
  @IsEnum(Language, m.language())
  language?: Language | null;

  @Field(() => [String], { defaultValue: [], description: 'Field taxonomy codes (at most 10)' })
  @ArrayMaxSize(10, messages.listMax(10))
  fieldCodes: string[];

  @Field(() => [String], { defaultValue: [], description: 'Keywords (at most 30, each at most 50 characters)' })
  @ArrayMaxSize(30, messages.listMax(30))
  @MaxLength(50, { each: true, ...messages.maxLength(50) })
  keywords: string[];

  @Field(() => Int, { nullable: true, description: 'Wished technology readiness level 1–9' })
  @IsOptional()
  @IsInt(messages.intRange(1, 9))
  @Min(1, messages.intRange(1, 9))
  @Max(9, messages.intRange(1, 9))
  desiredTrl?: number | null;

  @Field(() => NeedTimeline, { defaultValue: NeedTimeline.UNDECIDED, description: 'Wished timeline' })
  @IsEnum(NeedTimeline, m.timeline())
  timeline: NeedTimeline;

  @Field(() => Float, { nullable: true, description: 'Lower end of the budget in yen (a whole number ≥ 0)' })
  @IsOptional()
  @IsInt(messages.nonNegativeInteger())
  @Min(0, messages.nonNegativeInteger())
  @Max(YEN_MAX, messages.nonNegativeInteger())
  budgetMinYen?: number | null;

  @Field(() => Float, { nullable: true, description: 'Upper end of the budget in yen (a whole number ≥ budgetMinYen)' })
  @IsOptional()
  @IsInt(messages.nonNegativeInteger())
  @Min(0, messages.nonNegativeInteger())
  @Max(YEN_MAX, messages.nonNegativeInteger())
  budgetMaxYen?: number | null;

  @Field(() => [CollaborationForm], { defaultValue: [], description: 'Forms of collaboration wanted' })
  @IsEnum(CollaborationForm, { each: true, ...m.forms() })
  wantedForms: CollaborationForm[];

  @Field(() => Confidentiality, { defaultValue: Confidentiality.PUBLIC, description: 'Who may see the need' })
  @IsEnum(Confidentiality, m.confidentiality())
  confidentiality: Confidentiality;

  @Field(() => NeedStatus, { defaultValue: NeedStatus.OPEN, description: 'Status (normally OPEN)' })
  @IsEnum(NeedStatus, m.status())
  status: NeedStatus;

  @Field(() => Int, { defaultValue: 1, description: 'Consultation step 1–3 (1 any window, 2 total-support desk, 3 public lab collaboration office)' })
  @IsInt(messages.intRange(1, 3))
  @Min(1, messages.intRange(1, 3))
  @Max(3, messages.intRange(1, 3))
  consultationStep: number;

  @Field(() => ID, { nullable: true, description: 'Coordinator who holds the need (global ID) / 担当コーディネータ' })
  @IsOptional()
  holderId?: string | null;

  @Field({ defaultValue: false, description: 'Marks fictional demo data' })
  isFictional: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'Partner keys: a key of your choice (at most 200 characters) that makes a retried submission return the need the first one created instead of a second need / 再送時に二重登録しないための冪等キー',
  })
  @IsOptional()
  @MinLength(1, messages.notBlank())
  @MaxLength(200, messages.maxLength(200))
  idempotencyKey?: string | null;
}

@InputType({ description: 'Changes to a need; omitted fields stay as they are, null clears an optional one / 企業ニーズの更新' })
export class UpdateNeedInput {
  @Field(() => ID, { description: 'The need (global ID)' })
  id: string;

  @ExpectedVersion()
  expectedVersion: number;

  @Field(() => ID, { nullable: true, description: 'The company (global ID)' })
  @IsOptional()
  companyId?: string | null;

  @Field(() => String, { nullable: true, description: 'Title' })
  @IsOptional()
  @MinLength(1, messages.notBlank())
  @MaxLength(200, messages.maxLength(200))
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Description' })
  @IsOptional()
  @MinLength(1, messages.notBlank())
  @MaxLength(10000, messages.maxLength(10000))
  description?: string | null;

  @Field(() => NeedCategory, { nullable: true, description: 'Category' })
  @IsOptional()
  @IsEnum(NeedCategory, m.category())
  category?: NeedCategory | null;

  @Field(() => Language, { nullable: true, description: 'Language' })
  @IsOptional()
  @IsEnum(Language, m.language())
  language?: Language | null;

  @Field(() => [String], { nullable: true, description: 'Field codes (replaces the list)' })
  @IsOptional()
  @ArrayMaxSize(10, messages.listMax(10))
  fieldCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Keywords (replaces the list)' })
  @IsOptional()
  @ArrayMaxSize(30, messages.listMax(30))
  @MaxLength(50, { each: true, ...messages.maxLength(50) })
  keywords?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Wished TRL 1–9; null clears it' })
  @IsOptional()
  @IsInt(messages.intRange(1, 9))
  @Min(1, messages.intRange(1, 9))
  @Max(9, messages.intRange(1, 9))
  desiredTrl?: number | null;

  @Field(() => NeedTimeline, { nullable: true, description: 'Wished timeline' })
  @IsOptional()
  @IsEnum(NeedTimeline, m.timeline())
  timeline?: NeedTimeline | null;

  @Field(() => Float, { nullable: true, description: 'Lower end of the budget in yen; null clears it' })
  @IsOptional()
  @IsInt(messages.nonNegativeInteger())
  @Min(0, messages.nonNegativeInteger())
  @Max(YEN_MAX, messages.nonNegativeInteger())
  budgetMinYen?: number | null;

  @Field(() => Float, { nullable: true, description: 'Upper end of the budget in yen; null clears it' })
  @IsOptional()
  @IsInt(messages.nonNegativeInteger())
  @Min(0, messages.nonNegativeInteger())
  @Max(YEN_MAX, messages.nonNegativeInteger())
  budgetMaxYen?: number | null;

  @Field(() => [CollaborationForm], { nullable: true, description: 'Forms wanted (replaces the list)' })
  @IsOptional()
  @IsEnum(CollaborationForm, { each: true, ...m.forms() })
  wantedForms?: CollaborationForm[] | null;

  @Field(() => Confidentiality, { nullable: true, description: 'Who may see the need' })
  @IsOptional()
  @IsEnum(Confidentiality, m.confidentiality())
  confidentiality?: Confidentiality | null;

  @Field(() => NeedStatus, { nullable: true, description: 'Status' })
  @IsOptional()
  @IsEnum(NeedStatus, m.status())
  status?: NeedStatus | null;

  @Field(() => Int, { nullable: true, description: 'Consultation step 1–3' })
  @IsOptional()
  @IsInt(messages.intRange(1, 3))
  @Min(1, messages.intRange(1, 3))
  @Max(3, messages.intRange(1, 3))
  consultationStep?: number | null;

  @Field(() => ID, { nullable: true, description: 'Coordinator who holds the need (global ID); null clears it' })
  @IsOptional()
  holderId?: string | null;
}

@InputType({ description: 'Filters for needs; all given conditions must hold' })
export class NeedFilter {
  @Field(() => [NeedStatus], { nullable: true, description: 'Statuses to include (default: all but ARCHIVED)' })
  @IsOptional()
  status?: NeedStatus[] | null;

  @Field(() => [NeedCategory], { nullable: true, description: 'Categories to include' })
  @IsOptional()
  category?: NeedCategory[] | null;

  @Field(() => [Confidentiality], { nullable: true, description: 'Confidentiality levels to include' })
  @IsOptional()
  confidentiality?: Confidentiality[] | null;

  @Field(() => Int, { nullable: true, description: 'Consultation step (1–3)' })
  @IsOptional()
  @IsInt(messages.intRange(1, 3))
  @Min(1, messages.intRange(1, 3))
  @Max(3, messages.intRange(1, 3))
  consultationStep?: number | null;

  @Field(() => ID, { nullable: true, description: 'Holding coordinator (global ID)' })
  @IsOptional()
  holderId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: needs held by the caller’s own coordinator record (none for callers without one) / 自分が担当するニーズ',
  })
  @IsOptional()
  heldByMe?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: needs someone holds; false: needs nobody holds yet, waiting to be taken (openConsultation takes one) / 担当者の有無',
  })
  @IsOptional()
  held?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Company (global ID)' })
  @IsOptional()
  companyId?: string | null;

  @Field(() => String, { nullable: true, description: "Region code of the need's company; regions inside it match too" })
  @IsOptional()
  regionCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Taxonomy node code; its descendants match too' })
  @IsOptional()
  fieldCode?: string | null;

  @Field(() => Language, { nullable: true, description: 'Language' })
  @IsOptional()
  language?: Language | null;

  @Field(() => String, { nullable: true, description: 'Text that must occur in title, description or keywords (every space-separated term)' })
  @IsOptional()
  @MaxLength(200, messages.maxLength(200))
  contains?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Analysed search / 解析検索: the words of the matching engine, so variants, kana/kanji forms and concepts across Japanese and English match ' +
      '(メッキ finds めっき and 鍍金, 有機EL finds OLED); every space-separated part must match. Without orderBy, the most relevant first. ' +
      'Needs not archived are searched through the matching index; archived ones match literally (as `contains`) and come after them. ' +
      'A CONFIDENTIAL need whose details are withheld from the viewer matches on its title only, literally',
  })
  @IsOptional()
  @MaxLength(200, messages.maxLength(200))
  text?: string | null;
}

export enum NeedSortField {
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
  TITLE = 'TITLE',
}
registerEnumType(NeedSortField, {
  name: 'NeedSortField',
  description: 'What to sort needs by',
  valuesConfig: {
    CREATED_AT: { description: 'Submission time / 登録日時' },
    UPDATED_AT: { description: 'Last change / 更新日時' },
    TITLE: { description: 'Title (code-point order) / 件名' },
  },
});

@InputType({ description: 'Sort order for needs' })
export class NeedOrder {
  @Field(() => NeedSortField, { description: 'Sort key' })
  field: NeedSortField;
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Direction' })
  direction: SortDirection;
}

@ArgsType()
export class NeedsArgs extends PageArgs {
  @Field(() => NeedFilter, { nullable: true, description: 'Filters' })
  @IsOptional()
  @ValidateNested()
  filter?: NeedFilter | null;

  @Field(() => NeedOrder, { nullable: true, description: 'Sort order (default: newest first; with a `text` filter, most relevant first)' })
  @IsOptional()
  orderBy?: NeedOrder | null;
}
