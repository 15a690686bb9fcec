import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Company } from '../companies/company.entity';
import { canSeeCompany } from '../companies/company.visibility';
import { idOf, withDecodedIds } from '../common/global-id';
import { Allowed } from '../auth/allowed';
import type { RequestContext } from '../graphql/context';
import { Institution } from '../institutions/institution.entity';
import { Coordinator } from '../people/coordinator.entity';
import { Researcher } from '../people/researcher.entity';
import { AccessLog } from './access-log.entity';
import { Account } from './account.entity';
import { ApiKey } from './api-key.entity';
import { CreateAccountInput, CreateApiKeyInput, UpdateAccountInput } from './auth.inputs';
import { CreatedApiKey, SignInPayload } from './auth.types';
import { SignInEvent } from './sign-in-event';

/** Sign-in, sign-out and account administration. Rules live in AccountService and policy.ts. */
/** The records an account links to, by role (decoded at the edge; the service checks which the role needs). */
const ACCOUNT_LINK_IDS = { coordinatorId: 'Coordinator', researcherId: 'Researcher', companyId: 'Company' } as const;

@Resolver(() => Account)
export class AccountResolver {
  @Mutation(() => SignInPayload, {
    description:
      'Signs in: a token to send as `Authorization: Bearer <token>`; UNAUTHENTICATED on a wrong e-mail or password; TOO_MANY_ATTEMPTS (with `retryAfterSeconds`) after repeated failures for the account or from the address / ログイン',
  })
  async signIn(
    @Arg('email', { description: 'E-mail of the account' }) email: string,
    @Arg('password', { description: 'Password' }) password: string,
    @Ctx() ctx: RequestContext,
  ): Promise<SignInPayload> {
    return ctx.services.accounts.signIn(email, password, ctx.client);
  }

  @Allowed('READ_OWN_SIGN_IN_ACTIVITY')
  @Query(() => [SignInEvent], {
    description:
      "The caller's own sign-ins and failed attempts (when, from which address), newest first; LOCKED marks where repeated failures started delaying attempts / 自分のアカウントのログイン履歴",
  })
  mySignInActivity(
    @Arg('first', () => Int, { defaultValue: 20, description: 'How many, at most 100' }) first: number,
    @Ctx() ctx: RequestContext,
  ): Promise<SignInEvent[]> {
    return ctx.services.accounts.signInActivity(ctx.viewer, first);
  }

  @Allowed('SIGN_OUT')
  @Mutation(() => Boolean, { description: "Signs out everywhere: revokes every token of the caller's account / すべての端末からログアウト" })
  signOut(@Ctx() ctx: RequestContext): Promise<boolean> {
    return ctx.services.accounts.signOut(ctx.viewer);
  }

  @Query(() => Account, { nullable: true, description: 'The signed-in account; null for anonymous callers and API keys / ログイン中のアカウント' })
  me(@Ctx() ctx: RequestContext): Promise<Account | null> {
    return ctx.services.accounts.me(ctx.viewer);
  }

  @Allowed('MANAGE_ACCOUNTS')
  @Query(() => [Account], { description: 'Every account, by e-mail (administrators) / アカウント一覧' })
  accounts(@Ctx() ctx: RequestContext): Promise<Account[]> {
    return ctx.services.accounts.list();
  }

  @Allowed('MANAGE_ACCOUNTS')
  @Mutation(() => Account, { description: 'Creates an account (administrators) / アカウントを作成する' })
  createAccount(@Arg('input', { description: 'The new account' }) input: CreateAccountInput, @Ctx() ctx: RequestContext): Promise<Account> {
    return ctx.services.accounts.create(ctx.viewer, withDecodedIds(input, ACCOUNT_LINK_IDS, 'input'));
  }

  @Allowed('MANAGE_ACCOUNTS')
  @Mutation(() => Account, { description: 'Updates an account (administrators); CONFLICT when `expectedVersion` is stale / アカウントを更新する' })
  updateAccount(@Arg('input', { description: 'The changes' }) input: UpdateAccountInput, @Ctx() ctx: RequestContext): Promise<Account> {
    return ctx.services.accounts.update(ctx.viewer, withDecodedIds(input, { id: 'Account', ...ACCOUNT_LINK_IDS }, 'input'));
  }

  @Allowed('MANAGE_ACCOUNTS')
  @Mutation(() => Account, { description: 'Disables an account and revokes its tokens (administrators) / アカウントを無効にする' })
  disableAccount(@Arg('id', () => ID, { description: 'The account' }) id: string, @Ctx() ctx: RequestContext): Promise<Account> {
    return ctx.services.accounts.disable(ctx.viewer, idOf(id, 'Account', 'id'));
  }

  @Allowed('MANAGE_ACCOUNTS')
  @Mutation(() => Account, { description: 'Revokes every token of an account without disabling it (administrators) / アカウントのトークンを無効化する' })
  revokeTokens(@Arg('accountId', () => ID, { description: 'The account' }) accountId: string, @Ctx() ctx: RequestContext): Promise<Account> {
    return ctx.services.accounts.revokeTokens(ctx.viewer, idOf(accountId, 'Account', 'accountId'));
  }

  @Allowed('READ_ACCESS_LOG')
  @Query(() => [AccessLog], { description: 'Who read a confidential need in full, newest first (administrators) / 非公開ニーズの閲覧記録' })
  needAccessLog(@Arg('needId', () => ID, { description: 'The need (global ID)' }) needId: string, @Ctx() ctx: RequestContext): Promise<AccessLog[]> {
    return ctx.services.accessLog.list(ctx.viewer, idOf(needId, 'Need', 'needId'));
  }

  @FieldResolver(() => Researcher, { nullable: true, description: 'RESEARCHER: their researcher record' })
  researcher(@Root() account: Account, @Ctx() ctx: RequestContext): Promise<Researcher | null> {
    return account.researcherId ? ctx.loaders.researcherById.load(account.researcherId) : Promise.resolve(null);
  }

  @FieldResolver(() => Company, { nullable: true, description: 'COMPANY_USER: their company' })
  company(@Root() account: Account, @Ctx() ctx: RequestContext): Promise<Company | null> {
    return account.companyId && canSeeCompany(ctx.viewer, account.companyId) ? ctx.loaders.companyById.load(account.companyId) : Promise.resolve(null);
  }

  @FieldResolver(() => Coordinator, { nullable: true, description: 'COORDINATOR: their coordinator record' })
  coordinator(@Root() account: Account, @Ctx() ctx: RequestContext): Promise<Coordinator | null> {
    return account.coordinatorId ? ctx.loaders.coordinatorById.load(account.coordinatorId) : Promise.resolve(null);
  }

  @FieldResolver(() => Institution, { nullable: true, description: 'COORDINATOR: their institution, the scope of their work' })
  institution(@Root() account: Account, @Ctx() ctx: RequestContext): Promise<Institution | null> {
    return account.institutionId ? ctx.loaders.institutionById.load(account.institutionId) : Promise.resolve(null);
  }
}

/** Partner API keys (administrators). */
@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Allowed('MANAGE_API_KEYS')
  @Query(() => [ApiKey], { description: 'Partner API keys, oldest first (administrators) / API キー一覧' })
  apiKeys(
    @Arg('includeRevoked', { defaultValue: false, description: 'Include revoked keys' }) includeRevoked: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<ApiKey[]> {
    return ctx.services.apiKeys.list(ctx.viewer, includeRevoked);
  }

  @Allowed('MANAGE_API_KEYS')
  @Mutation(() => CreatedApiKey, { description: 'Issues a partner API key; the key is in this answer only (administrators) / API キーを発行する' })
  createApiKey(@Arg('input', { description: 'Name, owner, scopes, rate limit' }) input: CreateApiKeyInput, @Ctx() ctx: RequestContext): Promise<CreatedApiKey> {
    return ctx.services.apiKeys.create(ctx.viewer, withDecodedIds(input, { ownerInstitutionId: 'Institution' }, 'input'));
  }

  @Allowed('MANAGE_API_KEYS')
  @Mutation(() => ApiKey, { description: 'Revokes a partner API key: refused from the next request on (administrators) / API キーを失効させる' })
  revokeApiKey(@Arg('id', () => ID, { description: 'The key (global ID)' }) id: string, @Ctx() ctx: RequestContext): Promise<ApiKey> {
    return ctx.services.apiKeys.revoke(ctx.viewer, idOf(id, 'ApiKey', 'id'));
  }

  @FieldResolver(() => Institution, { nullable: true, description: 'The institution that owns the key' })
  ownerInstitution(@Root() apiKey: ApiKey, @Ctx() ctx: RequestContext): Promise<Institution | null> {
    return ctx.loaders.institutionById.load(apiKey.ownerInstitutionId);
  }
}

export const AUTH_RESOLVERS = [AccountResolver, ApiKeyResolver] as const;
