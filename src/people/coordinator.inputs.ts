import { IsEmail, IsOptional, Matches, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { pairField } from '../common/pair-field';
import { PageArgs } from '../common/connection';
import { RecordStatus } from '../common/enums';
import { ExpectedVersion, KEY_PATTERN, messages, NOT_BLANK, PHONE_PATTERN } from '../common/validation';

/** Each field of the RegisterCoordinatorInput / UpdateCoordinatorInput pair once: its type, its checks and what each side says of it. */
const coordinatorField = {
  name: pairField(
    () => String,
    { register: { description: 'Name (at most 200 characters) / 氏名' }, update: 'Name (cannot be cleared)' },
    Matches(NOT_BLANK, messages.notBlank()),
    MaxLength(200, messages.maxLength(200)),
  ),
  institutionId: pairField(() => ID, {
    register: { description: 'Institution the coordinator works for (global ID)' },
    update: 'Institution (global ID; cannot be cleared)',
  }),
  regionCode: pairField(
    () => String,
    { register: { nullable: true, description: 'Region code of the area a regional coordinator serves, e.g. `JP-06-OKITAMA`' }, update: 'Region code' },
    MaxLength(50, messages.maxLength(50)),
  ),
  email: pairField(
    () => String,
    { register: { nullable: true, description: 'Work e-mail' }, update: 'Work e-mail' },
    IsEmail({}, messages.email()),
    MaxLength(254, messages.maxLength(254)),
  ),
  phone: pairField(
    () => String,
    { register: { nullable: true, description: 'Work phone, e.g. 0238-26-3000' }, update: 'Work phone' },
    Matches(PHONE_PATTERN, messages.phone()),
  ),
};

@InputType({ description: 'A new coordinator / コーディネータの登録' })
export class RegisterCoordinatorInput {
  @Field(() => String, { nullable: true, description: 'Stable external key; generated when omitted' })
  @IsOptional()
  @Matches(KEY_PATTERN, messages.key())
  key?: string | null;

  @coordinatorField.name('register') name: string;

  @coordinatorField.institutionId('register') institutionId: string;

  @coordinatorField.regionCode('register') regionCode?: string | null;

  @coordinatorField.email('register') email?: string | null;

  @coordinatorField.phone('register') phone?: string | null;

  @Field({ defaultValue: false, description: 'Marks fictional demo data' })
  isFictional: boolean;
}

@InputType({ description: 'Changes to a coordinator; omitted fields stay as they are, null clears an optional one / コーディネータの更新' })
export class UpdateCoordinatorInput {
  @Field(() => ID, { description: 'The coordinator (global ID)' })
  id: string;

  @ExpectedVersion()
  expectedVersion: number;

  @coordinatorField.name('update') name?: string | null;

  @coordinatorField.institutionId('update') institutionId?: string | null;

  @coordinatorField.regionCode('update') regionCode?: string | null;

  @coordinatorField.email('update') email?: string | null;

  @coordinatorField.phone('update') phone?: string | null;
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
