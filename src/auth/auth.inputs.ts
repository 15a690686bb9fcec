import { ArrayMaxSize, ArrayMinSize, IsEmail, IsEnum, IsInt, IsOptional, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { bilingual, ExpectedVersion, messages } from '../common/validation';
import { AccountRole, AccountStatus, ApiKeyScope } from './auth.enums';

const m = {
  role: () => bilingual('役割は ADMIN・COORDINATOR・RESEARCHER・COMPANY_USER のいずれかです', 'must be ADMIN, COORDINATOR, RESEARCHER or COMPANY_USER'),
  status: () => bilingual('ACTIVE または DISABLED を指定してください', 'must be ACTIVE or DISABLED'),
  scopes: () => bilingual('権限は READ_PUBLISHED・SUBMIT_NEEDS から 1 つ以上選んでください', 'must list one or more of READ_PUBLISHED, SUBMIT_NEEDS'),
  rate: () => bilingual('1〜100000 の整数で指定してください', 'must be an integer from 1 to 100000'),
};

@InputType({ description: 'A new account; the links required depend on the role / アカウントの作成' })
export class CreateAccountInput {
  @Field({ description: 'E-mail used to sign in (stored normalised and lower case)' })
  @IsEmail({}, messages.email())
  @MaxLength(254, messages.maxLength(254))
  email: string;

  @Field({ description: 'Initial password, 12 to 200 characters (never returned or logged)' })
  password: string;

  @Field(() => AccountRole, { description: 'Role' })
  @IsEnum(AccountRole, m.role())
  role: AccountRole;

  @Field(() => String, { nullable: true, description: 'Name shown in the UI' })
  @IsOptional()
  @MaxLength(200, messages.maxLength(200))
  displayName?: string | null;

  @Field(() => ID, { nullable: true, description: 'COORDINATOR: the coordinator record (its institution becomes the scope)' })
  @IsOptional()
  coordinatorId?: string | null;

  @Field(() => ID, { nullable: true, description: 'RESEARCHER: the researcher record' })
  @IsOptional()
  researcherId?: string | null;

  @Field(() => ID, { nullable: true, description: 'COMPANY_USER: the company' })
  @IsOptional()
  companyId?: string | null;
}

@InputType({ description: 'Changes to an account; a new password, role, link or status revokes its tokens / アカウントの更新' })
export class UpdateAccountInput {
  @Field(() => ID, { description: 'The account (global ID)' })
  id: string;

  @ExpectedVersion()
  expectedVersion: number;

  @Field(() => String, { nullable: true, description: 'New e-mail' })
  @IsOptional()
  @IsEmail({}, messages.email())
  @MaxLength(254, messages.maxLength(254))
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'New password, 12 to 200 characters' })
  @IsOptional()
  password?: string | null;

  @Field(() => String, { nullable: true, description: 'Name shown in the UI; null clears it' })
  @IsOptional()
  @MaxLength(200, messages.maxLength(200))
  displayName?: string | null;

  @Field(() => AccountRole, { nullable: true, description: 'New role (send the links it needs)' })
  @IsOptional()
  @IsEnum(AccountRole, m.role())
  role?: AccountRole | null;

  @Field(() => ID, { nullable: true, description: 'COORDINATOR: the coordinator record' })
  @IsOptional()
  coordinatorId?: string | null;

  @Field(() => ID, { nullable: true, description: 'RESEARCHER: the researcher record' })
  @IsOptional()
  researcherId?: string | null;

  @Field(() => ID, { nullable: true, description: 'COMPANY_USER: the company' })
  @IsOptional()
  companyId?: string | null;

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
