import { ArrayMaxSize, ArrayMinSize, IsEmail, IsEnum, IsInt, IsOptional, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { pairField } from '../common/pair-field';
import { bilingual, ExpectedVersion, messages } from '../common/validation';
import { AccountRole, AccountStatus, ApiKeyScope } from './auth.enums';

const m = {
  role: () => bilingual('役割は ADMIN・COORDINATOR・RESEARCHER・COMPANY_USER のいずれかです', 'must be ADMIN, COORDINATOR, RESEARCHER or COMPANY_USER'),
  status: () => bilingual('ACTIVE または DISABLED を指定してください', 'must be ACTIVE or DISABLED'),
  scopes: () => bilingual('権限は READ_PUBLISHED・SUBMIT_NEEDS から 1 つ以上選んでください', 'must list one or more of READ_PUBLISHED, SUBMIT_NEEDS'),
  rate: () => bilingual('1〜100000 の整数で指定してください', 'must be an integer from 1 to 100000'),
};

/** Each field of the CreateAccountInput / UpdateAccountInput pair once: its type, its checks and what each side says of it. */
const accountField = {
  email: pairField(
    () => String,
    { register: { description: 'E-mail used to sign in (stored normalised and lower case)' }, update: 'New e-mail' },
    IsEmail({}, messages.email()),
    MaxLength(254, messages.maxLength(254)),
  ),
  password: pairField(() => String, {
    register: { description: 'Initial password, 12 to 200 characters (never returned or logged)' },
    update: 'New password, 12 to 200 characters',
  }),
  role: pairField(() => AccountRole, { register: { description: 'Role' }, update: 'New role (send the links it needs)' }, IsEnum(AccountRole, m.role())),
  displayName: pairField(
    () => String,
    { register: { nullable: true, description: 'Name shown in the UI' }, update: 'Name shown in the UI; null clears it' },
    MaxLength(200, messages.maxLength(200)),
  ),
  coordinatorId: pairField(() => ID, {
    register: { nullable: true, description: 'COORDINATOR: the coordinator record (its institution becomes the scope)' },
    update: 'COORDINATOR: the coordinator record',
  }),
  researcherId: pairField(() => ID, {
    register: { nullable: true, description: 'RESEARCHER: the researcher record' },
    update: 'RESEARCHER: the researcher record',
  }),
  companyId: pairField(() => ID, { register: { nullable: true, description: 'COMPANY_USER: the company' }, update: 'COMPANY_USER: the company' }),
};

@InputType({ description: 'A new account; the links required depend on the role / アカウントの作成' })
export class CreateAccountInput {
  @accountField.email('register') email: string;

  @accountField.password('register') password: string;

  @accountField.role('register') role: AccountRole;

  @accountField.displayName('register') displayName?: string | null;

  @accountField.coordinatorId('register') coordinatorId?: string | null;

  @accountField.researcherId('register') researcherId?: string | null;

  @accountField.companyId('register') companyId?: string | null;
}

@InputType({ description: 'Changes to an account; a new password, role, link or status revokes its tokens / アカウントの更新' })
export class UpdateAccountInput {
  @Field(() => ID, { description: 'The account (global ID)' })
  id: string;

  @ExpectedVersion()
  expectedVersion: number;

  @accountField.email('update') email?: string | null;

  @accountField.password('update') password?: string | null;

  @accountField.displayName('update') displayName?: string | null;

  @accountField.role('update') role?: AccountRole | null;

  @accountField.coordinatorId('update') coordinatorId?: string | null;

  @accountField.researcherId('update') researcherId?: string | null;

  @accountField.companyId('update') companyId?: string | null;

  @Field(() => AccountStatus, { nullable: true, description: 'ACTIVE re-enables a disabled account' })
  @IsOptional()
  @IsEnum(AccountStatus, m.status())
  status?: AccountStatus | null;
}

@InputType({ description: 'A new partner API key / API キーの発行' })
export class CreateApiKeyInput {
  @Field({ description: 'Name, e.g. the portal it is for (at most 200 characters)' })
  @MinLength(1, messages.notBlank())
  @MaxLength(200, messages.maxLength(200))
  name: string;

  @Field(() => ID, { description: 'The institution that owns the key (global ID)' })
  ownerInstitutionId: string;

  @Field(() => [ApiKeyScope], { description: 'What the key may do (one or more)' })
  @ArrayMinSize(1, m.scopes())
  @ArrayMaxSize(2, m.scopes())
  @IsEnum(ApiKeyScope, { each: true, ...m.scopes() })
  scopes: ApiKeyScope[];

  @Field(() => Int, { defaultValue: 60, description: 'Requests allowed per minute (default 60)' })
  @IsInt(m.rate())
  @Min(1, m.rate())
  @Max(100000, m.rate())
  rateLimitPerMinute: number;
}
