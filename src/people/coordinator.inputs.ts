import { IsEmail, IsOptional, Matches, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { PageArgs } from '../common/connection';
import { RecordStatus } from '../common/enums';
import { ExpectedVersion, KEY_PATTERN, messages, NOT_BLANK, PHONE_PATTERN } from '../common/validation';

@InputType({ description: 'A new coordinator / コーディネータの登録' })
export class RegisterCoordinatorInput {
  @Field(() => String, { nullable: true, description: 'Stable external key; generated when omitted' })
  @IsOptional()
  @Matches(KEY_PATTERN, messages.key())
  key?: string | null;

  @Field({ description: 'Name (at most 200 characters) / 氏名' })
  @Matches(NOT_BLANK, messages.notBlank())
  @MaxLength(200, messages.maxLength(200))
  name: string;

  @Field(() => ID, { description: 'Institution the coordinator works for (global ID)' })
  institutionId: string;

  @Field(() => String, { nullable: true, description: 'Region code of the area a regional coordinator serves, e.g. `JP-06-OKITAMA`' })
  @IsOptional()
  @MaxLength(50, messages.maxLength(50))
  regionCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Work e-mail' })
  @IsOptional()
  @IsEmail({}, messages.email())
  @MaxLength(254, messages.maxLength(254))
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Work phone, e.g. 0238-26-3000' })
  @IsOptional()
  @Matches(PHONE_PATTERN, messages.phone())
  phone?: string | null;

  @Field({ defaultValue: false, description: 'Marks fictional demo data' })
  isFictional: boolean;
}

@InputType({ description: 'Changes to a coordinator; omitted fields stay as they are, null clears an optional one / コーディネータの更新' })
export class UpdateCoordinatorInput {
  @Field(() => ID, { description: 'The coordinator (global ID)' })
  id: string;

  @ExpectedVersion()
  expectedVersion: number;

  @Field(() => String, { nullable: true, description: 'Name (cannot be cleared)' })
  @IsOptional()
  @Matches(NOT_BLANK, messages.notBlank())
  @MaxLength(200, messages.maxLength(200))
  name?: string | null;

  @Field(() => ID, { nullable: true, description: 'Institution (global ID; cannot be cleared)' })
  @IsOptional()
  institutionId?: string | null;

  @Field(() => String, { nullable: true, description: 'Region code' })
  @IsOptional()
  @MaxLength(50, messages.maxLength(50))
  regionCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Work e-mail' })
  @IsOptional()
  @IsEmail({}, messages.email())
  @MaxLength(254, messages.maxLength(254))
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Work phone' })
  @IsOptional()
  @Matches(PHONE_PATTERN, messages.phone())
  phone?: string | null;
}

@InputType({ description: 'Filters for coordinators; all given conditions must hold' })
export class CoordinatorFilter {
  @Field(() => ID, { nullable: true, description: 'Institution (global ID)' })
  @IsOptional()
  institutionId?: string | null;

  @Field(() => String, { nullable: true, description: 'Region code the coordinator serves; regions inside it match too' })
  @IsOptional()
  @MaxLength(50, messages.maxLength(50))
  regionCode?: string | null;

  @Field(() => [RecordStatus], { nullable: true, description: 'Statuses to include (default: ACTIVE only)' })
  @IsOptional()
  status?: RecordStatus[] | null;

  @Field(() => String, { nullable: true, description: 'Text that must occur in the name (every space-separated term)' })
  @IsOptional()
  @MaxLength(200, messages.maxLength(200))
  contains?: string | null;
}

@ArgsType()
export class CoordinatorsArgs extends PageArgs {
  @Field(() => CoordinatorFilter, { nullable: true, description: 'Filters (the list is ordered by name)' })
  @IsOptional()
  @ValidateNested()
  filter?: CoordinatorFilter | null;
}
