import { ArrayMaxSize, IsEnum, IsOptional, Matches, MaxLength } from 'class-validator';
import { ArgsType, Field, InputType } from 'type-graphql';
import { pairField } from '../common/pair-field';
import { ExpectedVersion, messages, NOT_BLANK } from '../common/validation';
import { RegionKind } from './region.enums';

/** A two-letter country code, then upper-case segments: `JP`, `JP-06`, `JP-06-OKITAMA`. */
export const REGION_CODE_PATTERN = /^[A-Z]{2}(?:-[A-Z0-9]+)*$/;

/** Each field of the CreateRegionInput / UpdateRegionInput pair once: its type, its checks and what each side says of it. */
const regionField = {
  nameJa: pairField(
    () => String,
    { register: { description: 'Japanese name (at most 200 characters) / 日本語名' }, update: 'Japanese name' },
    Matches(NOT_BLANK, messages.notBlank()),
    MaxLength(200, messages.maxLength(200)),
  ),
  nameEn: pairField(
    () => String,
    { register: { description: 'English name (at most 200 characters)' }, update: 'English name' },
    Matches(NOT_BLANK, messages.notBlank()),
    MaxLength(200, messages.maxLength(200)),
  ),
  cooperatesWith: pairField(
    () => [String],
    {
      register: { defaultValue: [], description: 'Codes of regions this one cooperates with (at most 50)' },
      update: 'Cooperating regions (replaces the list)',
    },
    ArrayMaxSize(50, messages.listMax(50)),
  ),
};

@InputType({ description: 'A new region / 地域の追加' })
export class CreateRegionInput {
  @Field({ description: 'Region code (ISO 3166-2 for prefectures, e.g. `JP-06`; areas below them, e.g. `JP-06-OKITAMA`)' })
  @Matches(REGION_CODE_PATTERN, messages.regionCode())
  @MaxLength(50, messages.maxLength(50))
  code: string;

  @Field(() => RegionKind, { description: 'Country, prefecture or area' })
  @IsEnum(RegionKind, messages.knownValue())
  kind: RegionKind;

  @Field(() => String, { nullable: true, description: 'Enclosing region: a country for a prefecture, a prefecture or area for an area; none for a country' })
  @IsOptional()
  @MaxLength(50, messages.maxLength(50))
  parentCode?: string | null;

  @regionField.nameJa('register') nameJa: string;

  @regionField.nameEn('register') nameEn: string;

  @regionField.cooperatesWith('register') cooperatesWith: string[];
}

@InputType({ description: 'Changes to a region; omitted fields stay as they are. Code, kind and parent never change / 地域の更新' })
export class UpdateRegionInput {
  @Field({ description: 'Code of the region to change' })
  @MaxLength(50, messages.maxLength(50))
  code: string;

  @ExpectedVersion()
  expectedVersion: number;

  @regionField.nameJa('update') nameJa?: string | null;

  @regionField.nameEn('update') nameEn?: string | null;

  @regionField.cooperatesWith('update') cooperatesWith?: string[] | null;
}

@ArgsType()
export class RegionsArgs {
  @Field(() => RegionKind, { nullable: true, description: 'Only regions of this kind' })
  @IsOptional()
  kind?: RegionKind | null;

  @Field(() => String, { nullable: true, description: 'Only regions directly inside this one' })
  @IsOptional()
  @MaxLength(50, messages.maxLength(50))
  parentCode?: string | null;
}
