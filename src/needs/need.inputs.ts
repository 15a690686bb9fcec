import { ArrayMaxSize, IsEnum, IsInt, IsOptional, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { pairField } from '../common/pair-field';
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

/** Each field of the SubmitNeedInput / UpdateNeedInput pair once: its type, its checks and what each side says of it. */
const needField = {
  companyId: pairField(() => ID, { register: { description: 'The company with the need (global ID)' }, update: 'The company (global ID)' }),
  title: pairField(
    () => String,
    { register: { description: 'Title (at most 200 characters); for a CONFIDENTIAL need, write it without naming the company' }, update: 'Title' },
    MinLength(1, messages.notBlank()),
    MaxLength(200, messages.maxLength(200)),
  ),
  description: pairField(
    () => String,
    { register: { description: 'The problem in the company’s words (at most 10,000 characters)' }, update: 'Description' },
    MinLength(1, messages.notBlank()),
    MaxLength(10000, messages.maxLength(10000)),
  ),
  category: pairField(
    () => NeedCategory,
    { register: { description: 'Technical, research or management; decides routing' }, update: 'Category' },
    IsEnum(NeedCategory, m.category()),
  ),
  language: pairField(
    () => Language,
    { register: { nullable: true, description: 'Language of the text; detected from the text when omitted' }, update: 'Language' },
    IsEnum(Language, m.language()),
  ),
  fieldCodes: pairField(
    () => [String],
    { register: { defaultValue: [], description: 'Field taxonomy codes (at most 10)' }, update: 'Field codes (replaces the list)' },
    ArrayMaxSize(10, messages.listMax(10)),
  ),
  keywords: pairField(
    () => [String],
    { register: { defaultValue: [], description: 'Keywords (at most 30, each at most 50 characters)' }, update: 'Keywords (replaces the list)' },
    ArrayMaxSize(30, messages.listMax(30)),
    MaxLength(50, { each: true, ...messages.maxLength(50) }),
  ),
  desiredTrl: pairField(
    () => Int,
    { register: { nullable: true, description: 'Wished technology readiness level 1–9' }, update: 'Wished TRL 1–9; null clears it' },
    IsInt(messages.intRange(1, 9)),
    Min(1, messages.intRange(1, 9)),
    Max(9, messages.intRange(1, 9)),
  ),
  timeline: pairField(
    () => NeedTimeline,
    { register: { defaultValue: NeedTimeline.UNDECIDED, description: 'Wished timeline' }, update: 'Wished timeline' },
    IsEnum(NeedTimeline, m.timeline()),
  ),
  budgetMinYen: pairField(
    () => Float,
    {
      register: { nullable: true, description: 'Lower end of the budget in yen (a whole number ≥ 0)' },
      update: 'Lower end of the budget in yen; null clears it',
    },
    IsInt(messages.nonNegativeInteger()),
    Min(0, messages.nonNegativeInteger()),
    Max(YEN_MAX, messages.nonNegativeInteger()),
  ),
  budgetMaxYen: pairField(
    () => Float,
    {
      register: { nullable: true, description: 'Upper end of the budget in yen (a whole number ≥ budgetMinYen)' },
      update: 'Upper end of the budget in yen; null clears it',
    },
    IsInt(messages.nonNegativeInteger()),
    Min(0, messages.nonNegativeInteger()),
    Max(YEN_MAX, messages.nonNegativeInteger()),
  ),
  wantedForms: pairField(
    () => [CollaborationForm],
    { register: { defaultValue: [], description: 'Forms of collaboration wanted' }, update: 'Forms wanted (replaces the list)' },
    IsEnum(CollaborationForm, { each: true, ...m.forms() }),
  ),
  confidentiality: pairField(
    () => Confidentiality,
    { register: { defaultValue: Confidentiality.PUBLIC, description: 'Who may see the need' }, update: 'Who may see the need' },
    IsEnum(Confidentiality, m.confidentiality()),
  ),
  status: pairField(
    () => NeedStatus,
    { register: { defaultValue: NeedStatus.OPEN, description: 'Status (normally OPEN)' }, update: 'Status' },
    IsEnum(NeedStatus, m.status()),
  ),
  consultationStep: pairField(
    () => Int,
    {
      register: { defaultValue: 1, description: 'Consultation step 1–3 (1 any window, 2 total-support desk, 3 public lab collaboration office)' },
      update: 'Consultation step 1–3',
    },
    IsInt(messages.intRange(1, 3)),
    Min(1, messages.intRange(1, 3)),
    Max(3, messages.intRange(1, 3)),
  ),
  holderId: pairField(() => ID, {
    register: { nullable: true, description: 'Coordinator who holds the need (global ID) / 担当コーディネータ' },
    update: 'Coordinator who holds the need (global ID); null clears it',
  }),
};

@InputType({ description: "A company's new need / 企業ニーズの登録" })
export class SubmitNeedInput {
  @Field(() => String, { nullable: true, description: 'Stable external key; generated when omitted' })
  @IsOptional()
  @Matches(KEY_PATTERN, messages.key())
  key?: string | null;

  @needField.companyId('register') companyId: string;

  @needField.title('register') title: string;

  @needField.description('register') description: string;

  @needField.category('register') category: NeedCategory;

  @needField.language('register') language?: Language | null;

  @needField.fieldCodes('register') fieldCodes: string[];

  @needField.keywords('register') keywords: string[];

  @needField.desiredTrl('register') desiredTrl?: number | null;

  @needField.timeline('register') timeline: NeedTimeline;

  @needField.budgetMinYen('register') budgetMinYen?: number | null;

  @needField.budgetMaxYen('register') budgetMaxYen?: number | null;

  @needField.wantedForms('register') wantedForms: CollaborationForm[];

  @needField.confidentiality('register') confidentiality: Confidentiality;

  @needField.status('register') status: NeedStatus;

  @needField.consultationStep('register') consultationStep: number;

  @needField.holderId('register') holderId?: string | null;

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

  @needField.companyId('update') companyId?: string | null;

  @needField.title('update') title?: string | null;

  @needField.description('update') description?: string | null;

  @needField.category('update') category?: NeedCategory | null;

  @needField.language('update') language?: Language | null;

  @needField.fieldCodes('update') fieldCodes?: string[] | null;

  @needField.keywords('update') keywords?: string[] | null;

  @needField.desiredTrl('update') desiredTrl?: number | null;

  @needField.timeline('update') timeline?: NeedTimeline | null;

  @needField.budgetMinYen('update') budgetMinYen?: number | null;

  @needField.budgetMaxYen('update') budgetMaxYen?: number | null;

  @needField.wantedForms('update') wantedForms?: CollaborationForm[] | null;

  @needField.confidentiality('update') confidentiality?: Confidentiality | null;

  @needField.status('update') status?: NeedStatus | null;

  @needField.consultationStep('update') consultationStep?: number | null;

  @needField.holderId('update') holderId?: string | null;
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
