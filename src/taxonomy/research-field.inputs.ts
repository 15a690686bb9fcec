import { IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { pairField } from '../common/pair-field';
import { ExpectedVersion, messages, NOT_BLANK } from '../common/validation';

/** Dot-separated segments of `[a-z0-9-]`; the code of a node is its parent's code plus one segment. */
export const FIELD_CODE_PATTERN = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*$/;

/** Each field of the CreateResearchFieldInput / UpdateResearchFieldInput pair once: its type, its checks and what each side says of it. */
const researchFieldField = {
  nameJa: pairField(
    () => String,
    { register: { description: 'Japanese label (at most 200 characters) / 日本語名' }, update: 'Japanese label' },
    Matches(NOT_BLANK, messages.notBlank()),
    MaxLength(200, messages.maxLength(200)),
  ),
  nameEn: pairField(
    () => String,
    { register: { description: 'English label (at most 200 characters)' }, update: 'English label' },
    Matches(NOT_BLANK, messages.notBlank()),
    MaxLength(200, messages.maxLength(200)),
  ),
};

@InputType({ description: 'A new node of the field taxonomy / 分野の追加' })
export class CreateResearchFieldInput {
  @Field({ description: 'Code: the parent code, ".", and one segment of `[a-z0-9-]` (just the segment at the top level), e.g. `clusters.welding`' })
  @Matches(FIELD_CODE_PATTERN, messages.fieldCode())
  @MaxLength(200, messages.maxLength(200))
  code: string;

  @Field(() => String, { nullable: true, description: 'Code of the parent node; omit for a top-level field' })
  @IsOptional()
  @Matches(FIELD_CODE_PATTERN, messages.fieldCode())
  @MaxLength(200, messages.maxLength(200))
  parentCode?: string | null;

  @researchFieldField.nameJa('register') nameJa: string;

  @researchFieldField.nameEn('register') nameEn: string;
}

@InputType({ description: 'New labels for a field; omitted labels stay as they are. Codes never change: records refer to them / 分野名の変更' })
export class UpdateResearchFieldInput {
  @Field({ description: 'Code of the field to change' })
  @MaxLength(200, messages.maxLength(200))
  code: string;

  @ExpectedVersion()
  expectedVersion: number;

  @researchFieldField.nameJa('update') nameJa?: string | null;

  @researchFieldField.nameEn('update') nameEn?: string | null;
}

@ArgsType()
export class ResearchFieldsArgs {
  @Field(() => String, { nullable: true, description: 'List the nodes below this one; the whole taxonomy when omitted' })
  @IsOptional()
  @MaxLength(200, messages.maxLength(200))
  parentCode?: string | null;

  @Field(() => Int, { nullable: true, description: 'How many levels below `parentCode` to include (1 = direct children); all levels when omitted' })
  @IsOptional()
  @Min(1, messages.intRange(1, 10))
  @Max(10, messages.intRange(1, 10))
  depth?: number | null;
}
