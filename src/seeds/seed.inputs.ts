import { ArrayMaxSize, IsEnum, IsInt, IsOptional, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { pairField } from '../common/pair-field';
import { PageArgs, SortDirection } from '../common/connection';
import { CollaborationForm, Language } from '../common/enums';
import { bilingual, ExpectedVersion, KEY_PATTERN, messages } from '../common/validation';
import { InstitutionKind } from '../institutions/institution.enums';
import { PatentStatus, SeedStatus } from './seed.enums';

@InputType({ description: 'A patent or application behind a seed' })
export class PatentInput {
  @Field({ description: 'Application or registration number' })
  @MinLength(1, messages.notBlank())
  // Spaces alone are blank too: MinLength counts them.
  @Matches(/\S/, messages.notBlank())
  @MaxLength(50, messages.maxLength(50))
  number: string;

  @Field(() => String, { nullable: true, description: 'Title of the invention' })
  @IsOptional()
  @MaxLength(300, messages.maxLength(300))
  title?: string | null;

  @Field(() => PatentStatus, { defaultValue: PatentStatus.PENDING, description: 'Pending, granted or expired' })
  @IsEnum(PatentStatus, bilingual('出願中・登録済・消滅のいずれかです', 'must be PENDING, GRANTED or EXPIRED'))
  status: PatentStatus;
}

/** Each field of the RegisterSeedInput / UpdateSeedInput pair once: its type, its checks and what each side says of it. */
const seedField = {
  // Spaces alone are blank too: MinLength counts them.
  title: pairField(
    () => String,
    { register: { description: 'Title (at most 200 characters)' }, update: 'Title' },
    MinLength(1, messages.notBlank()),
    Matches(/\S/, messages.notBlank()),
    MaxLength(200, messages.maxLength(200)),
  ),
  // Spaces alone are blank too: MinLength counts them.
  summary: pairField(
    () => String,
    { register: { description: 'Summary (at most 5,000 characters)' }, update: 'Summary' },
    MinLength(1, messages.notBlank()),
    Matches(/\S/, messages.notBlank()),
    MaxLength(5000, messages.maxLength(5000)),
  ),
  language: pairField(
    () => Language,
    { register: { nullable: true, description: 'Language of the text; detected from the text when omitted' }, update: 'Language' },
    IsEnum(Language, bilingual('JA または EN を指定してください', 'must be JA or EN')),
  ),
  keywords: pairField(
    () => [String],
    { register: { defaultValue: [], description: 'Keywords (at most 30, each at most 50 characters)' }, update: 'Keywords (replaces the list)' },
    ArrayMaxSize(30, messages.listMax(30)),
    MaxLength(50, { each: true, ...messages.maxLength(50) }),
  ),
  fieldCodes: pairField(
    () => [String],
    { register: { defaultValue: [], description: 'Field taxonomy codes (at most 10)' }, update: 'Field codes (replaces the list)' },
    ArrayMaxSize(10, messages.listMax(10)),
  ),
  trl: pairField(
    () => Int,
    { register: { description: 'Technology readiness level 1–9' }, update: 'TRL 1–9' },
    IsInt(messages.intRange(1, 9)),
    Min(1, messages.intRange(1, 9)),
    Max(9, messages.intRange(1, 9)),
  ),
  collaborationForms: pairField(
    () => [CollaborationForm],
    { register: { defaultValue: [], description: 'Forms of collaboration offered' }, update: 'Forms offered (replaces the list)' },
    IsEnum(CollaborationForm, { each: true, ...bilingual('連携形態の値が不正です', 'has an unknown collaboration form') }),
  ),
  patents: pairField(
    () => [PatentInput],
    { register: { defaultValue: [], description: 'Patents and applications' }, update: 'Patents (replaces the list)' },
    ArrayMaxSize(20, messages.listMax(20)),
    ValidateNested({ each: true }),
  ),
  ownerIds: pairField(
    () => [ID],
    { register: { description: 'Owner researchers (global IDs), at least one' }, update: 'Owner researchers (replaces the list)' },
    ArrayMaxSize(10, messages.listMax(10)),
  ),
  institutionId: pairField(() => ID, {
    register: { nullable: true, description: "Institution (global ID); the first owner's institution when omitted" },
    update: 'Institution',
  }),
  status: pairField(
    () => SeedStatus,
    { register: { defaultValue: SeedStatus.DRAFT, description: 'DRAFT or PUBLISHED' }, update: 'DRAFT, PUBLISHED or ARCHIVED' },
    IsEnum(SeedStatus, bilingual('公開状態の値が不正です', 'must be DRAFT, PUBLISHED or ARCHIVED')),
  ),
};

@InputType({ description: 'A new research seed / 研究シーズの登録' })
export class RegisterSeedInput {
  @Field(() => String, { nullable: true, description: 'Stable external key; generated when omitted' })
  @IsOptional()
  @Matches(KEY_PATTERN, messages.key())
  key?: string | null;

  @seedField.title('register') title: string;

  @seedField.summary('register') summary: string;

  @seedField.language('register') language?: Language | null;

  @seedField.keywords('register') keywords: string[];

  @seedField.fieldCodes('register') fieldCodes: string[];

  @seedField.trl('register') trl: number;

  @seedField.collaborationForms('register') collaborationForms: CollaborationForm[];

  @seedField.patents('register') patents: PatentInput[];

  @seedField.ownerIds('register') ownerIds: string[];

  @seedField.institutionId('register') institutionId?: string | null;

  @seedField.status('register') status: SeedStatus;

  @Field({ defaultValue: false, description: 'Marks fictional demo data' })
  isFictional: boolean;
}

@InputType({ description: 'Changes to a seed; omitted fields stay as they are / 研究シーズの更新' })
export class UpdateSeedInput {
  @Field(() => ID, { description: 'The seed (global ID)' })
  id: string;

  @ExpectedVersion()
  expectedVersion: number;

  @seedField.title('update') title?: string | null;

  @seedField.summary('update') summary?: string | null;

  @seedField.language('update') language?: Language | null;

  @seedField.keywords('update') keywords?: string[] | null;

  @seedField.fieldCodes('update') fieldCodes?: string[] | null;

  @seedField.trl('update') trl?: number | null;

  @seedField.collaborationForms('update') collaborationForms?: CollaborationForm[] | null;

  @seedField.patents('update') patents?: PatentInput[] | null;

  @seedField.ownerIds('update') ownerIds?: string[] | null;

  @seedField.institutionId('update') institutionId?: string | null;

  @seedField.status('update') status?: SeedStatus | null;
}

@InputType({ description: 'Filters for seeds; all given conditions must hold' })
export class SeedFilter {
  @Field(() => [SeedStatus], { nullable: true, description: 'Statuses to include (default: DRAFT and PUBLISHED)' })
  @IsOptional()
  status?: SeedStatus[] | null;

  @Field(() => String, { nullable: true, description: 'Taxonomy node code; its descendants match too' })
  @IsOptional()
  fieldCode?: string | null;

  @Field(() => String, { nullable: true, description: "Region code of the seed's institution; regions inside it match too" })
  @IsOptional()
  regionCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'Institution (global ID)' })
  @IsOptional()
  institutionId?: string | null;

  @Field(() => [InstitutionKind], { nullable: true, description: "Kinds of the seed's institution" })
  @IsOptional()
  institutionKind?: InstitutionKind[] | null;

  @Field(() => ID, { nullable: true, description: 'Owner researcher (global ID)' })
  @IsOptional()
  ownerId?: string | null;

  @Field(() => Language, { nullable: true, description: 'Language' })
  @IsOptional()
  language?: Language | null;

  @Field(() => Int, { nullable: true, description: 'Minimum TRL' })
  @IsOptional()
  @Min(1, messages.intRange(1, 9))
  @Max(9, messages.intRange(1, 9))
  minTrl?: number | null;

  @Field(() => Int, { nullable: true, description: 'Maximum TRL' })
  @IsOptional()
  @Min(1, messages.intRange(1, 9))
  @Max(9, messages.intRange(1, 9))
  maxTrl?: number | null;

  @Field(() => CollaborationForm, { nullable: true, description: 'Offers this form of collaboration' })
  @IsOptional()
  collaborationForm?: CollaborationForm | null;

  @Field(() => String, { nullable: true, description: 'Text that must occur in title, summary or keywords (Japanese or English; every space-separated term)' })
  @IsOptional()
  @MaxLength(200, messages.maxLength(200))
  contains?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Analysed search / 解析検索: the words of the matching engine, so variants, kana/kanji forms and concepts across Japanese and English match ' +
      '(メッキ finds めっき and 鍍金, 有機EL finds OLED); every space-separated part must match. Without orderBy, the most relevant first. ' +
      'Published seeds are searched through the matching index; drafts and archived seeds the viewer may see match literally (as `contains`) and come after them',
  })
  @IsOptional()
  @MaxLength(200, messages.maxLength(200))
  text?: string | null;
}

export enum SeedSortField {
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
  TITLE = 'TITLE',
  TRL = 'TRL',
}
registerEnumType(SeedSortField, {
  name: 'SeedSortField',
  description: 'What to sort seeds by',
  valuesConfig: {
    CREATED_AT: { description: 'Registration time / 登録日時' },
    UPDATED_AT: { description: 'Last change / 更新日時' },
    TITLE: { description: 'Title (code-point order) / タイトル' },
    TRL: { description: 'Technology readiness level / 技術成熟度' },
  },
});

@InputType({ description: 'Sort order for seeds' })
export class SeedOrder {
  @Field(() => SeedSortField, { description: 'Sort key' })
  field: SeedSortField;
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Direction' })
  direction: SortDirection;
}

@ArgsType()
export class SeedsArgs extends PageArgs {
  @Field(() => SeedFilter, { nullable: true, description: 'Filters' })
  @IsOptional()
  @ValidateNested()
  filter?: SeedFilter | null;

  @Field(() => SeedOrder, { nullable: true, description: 'Sort order (default: newest first; with a `text` filter, most relevant first)' })
  @IsOptional()
  orderBy?: SeedOrder | null;
}
