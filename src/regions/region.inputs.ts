import { ArrayMaxSize, IsEnum, IsOptional, Matches, MaxLength } from 'class-validator';
import { ArgsType, Field, InputType } from 'type-graphql';
import { ExpectedVersion, messages, NOT_BLANK } from '../common/validation';
import { RegionKind } from './region.enums';

/** A two-letter country code, then upper-case segments: `JP`, `JP-06`, `JP-06-OKITAMA`. */
export const REGION_CODE_PATTERN = /^[A-Z]{2}(?:-[A-Z0-9]+)*$/;

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

  @Field({ description: 'Japanese name (at most 200 characters) / 日本語名' })
  @Matches(NOT_BLANK, messages.notBlank())
  @MaxLength(200, messages.maxLength(200))
  nameJa: string;

  @Field({ description: 'English name (at most 200 characters)' })
  @Matches(NOT_BLANK, messages.notBlank())
  @MaxLength(200, messages.maxLength(200))
  nameEn: string;

  @Field(() => [String], { defaultValue: [], description: 'Codes of regions this one cooperates with (at most 50)' })
  @ArrayMaxSize(50, messages.listMax(50))
  cooperatesWith: string[];
}

@InputType({ description: 'Changes to a region; omitted fields stay as they are. Code, kind and parent never change / 地域の更新' })
export class UpdateRegionInput {
  @Field({ description: 'Code of the region to change' })
  @MaxLength(50, messages.maxLength(50))
  code: string;

  @ExpectedVersion()
  expectedVersion: number;

  @Field(() => String, { nullable: true, description: 'Japanese name' })
  @IsOptional()
  @Matches(NOT_BLANK, messages.notBlank())
  @MaxLength(200, messages.maxLength(200))
  nameJa?: string | null;

  @Field(() => String, { nullable: true, description: 'English name' })
  @IsOptional()
  @Matches(NOT_BLANK, messages.notBlank())
  @MaxLength(200, messages.maxLength(200))
  nameEn?: string | null;

  @Field(() => [String], { nullable: true, description: 'Cooperating regions (replaces the list)' })
  @IsOptional()
  @ArrayMaxSize(50, messages.listMax(50))
  cooperatesWith?: string[] | null;
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
