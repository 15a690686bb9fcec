import { DataSource, EntityManager } from 'typeorm';
import { Company } from '../companies/company.entity';
import { ConflictError, InvalidInputError, NotFoundError, TooManyAttemptsError, UnauthenticatedError } from '../common/errors';
import { SignInEvent, SignInOutcome } from './sign-in-event';
import { ACCOUNT_FAILURES_BEFORE_DELAY, accountSubject, ADDRESS_FAILURES_BEFORE_DELAY, addressSubject, SignInThrottle } from './sign-in-throttle';
import { assertVersion, resolveReference } from '../common/references';
import { normaliseLine } from '../common/text';
import { isUniqueViolation } from '../database/unique-violation';
import { recordChange, snapshotOf } from '../history/change-record';
import { Coordinator } from '../people/coordinator.entity';
import { Researcher } from '../people/researcher.entity';
import { Account } from './account.entity';
import { AccountRole, AccountStatus } from './auth.enums';
import { CreateAccountInput, UpdateAccountInput } from './auth.inputs';
import { assertPasswordStrength, hashPassword, normaliseEmail, timingDummyHash, verifyPassword } from './passwords';
import { IssuedToken, TokenIssuer } from './tokens';
import { ClientInfo, isAccount, Viewer } from './viewer';

const ACCOUNT = { ja: 'アカウント', en: 'Account' };

const wrongCredentials = () => new UnauthenticatedError({ ja: 'メールアドレスまたはパスワードが違います', en: 'Wrong e-mail or password' }, 'email');
const emailTaken = (field: string) =>
  new ConflictError('EMAIL_TAKEN', { ja: 'このメールアドレスは既に使われています', en: 'This e-mail is already used by another account' }, field);

/** The links an account of each role must have (and no others). */
interface AccountLinks {
  coordinatorId: string | null;
  researcherId: string | null;
  companyId: string | null;
  institutionId: string | null;
}

export interface SignInResult extends IssuedToken {
  account: Account;
}

/** Accounts: sign-in, sign-out (token revocation), and their administration. */
export class AccountService {
  /** Without a token issuer (the CLI, the demo loader) accounts can be created but nobody can sign in. */
  private readonly throttle: SignInThrottle;

  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokenIssuer | null = null,
    private readonly options: { production: boolean } = { production: false },
  ) {
    this.throttle = new SignInThrottle(dataSource);
  }

  /**
   * A token for the account with this e-mail and password. Every refusal reads the same
   * (unknown e-mail, wrong password, disabled, a demo account in production) and costs one
   * password verification, so neither the message nor the time tells which it was.
   */
  async signIn(email: string, password: string, client: ClientInfo = { address: 'unknown', userAgent: null }): Promise<SignInResult> {
    if (!this.tokens) throw new Error('AccountService was built without a token issuer');
    const normalised = normaliseEmail(email);
    const subjects = { account: accountSubject(normalised), address: addressSubject(client.address) };
    // Delayed after repeated failures (sign-in-throttle.ts): refused before any password is checked.
    const retryAfter = await this.throttle.retryAfter([subjects.account, subjects.address]);
    if (retryAfter > 0) throw new TooManyAttemptsError(retryAfter);
    const accounts = this.dataSource.getRepository(Account);
    const account = await accounts.findOne({ where: { email: normalised } });
    const matches = await verifyPassword(account?.passwordHash ?? (await timingDummyHash()), password);
    if (!account || !matches || account.status !== AccountStatus.ACTIVE || (account.isDemo && this.options.production)) {
      const [forAccount] = await Promise.all([
        this.throttle.recordFailure(subjects.account, ACCOUNT_FAILURES_BEFORE_DELAY),
        this.throttle.recordFailure(subjects.address, ADDRESS_FAILURES_BEFORE_DELAY),
      ]);
      if (account) {
        await this.recordEvent(account.id, SignInOutcome.FAILED, client);
        if (forAccount.delayStarted) await this.recordEvent(account.id, SignInOutcome.LOCKED, client);
      }
      throw wrongCredentials();
    }
    await this.throttle.clear(subjects.account);
    await this.recordEvent(account.id, SignInOutcome.SUCCEEDED, client);
    account.lastSignInAt = new Date();
    await accounts.update({ id: account.id }, { lastSignInAt: account.lastSignInAt });
    return { ...(await this.tokens.issue({ accountId: account.id, tokenVersion: account.tokenVersion })), account };
  }

  /** The caller's own sign-ins and failed attempts, newest first (no passwords are ever recorded). */
  async signInActivity(viewer: Viewer, first: number): Promise<SignInEvent[]> {
    if (!isAccount(viewer)) return [];
    const rows = (await this.dataSource.query(
      `SELECT outcome, created_at, client_address, user_agent FROM sign_in_event WHERE account_id = $1 ORDER BY created_at DESC, id LIMIT $2`,
      [viewer.accountId, Math.min(Math.max(first, 1), 100)],
    )) as Array<{ outcome: SignInOutcome; created_at: Date; client_address: string; user_agent: string | null }>;
    return rows.map((row) => ({ outcome: row.outcome, occurredAt: row.created_at, clientAddress: row.client_address, userAgent: row.user_agent }));
  }

  private async recordEvent(accountId: string, outcome: SignInOutcome, client: ClientInfo): Promise<void> {
    await this.dataSource.query(`INSERT INTO sign_in_event (account_id, outcome, client_address, user_agent) VALUES ($1, $2, $3, $4)`, [
      accountId,
      outcome,
      client.address,
      client.userAgent,
    ]);
  }

  /** Revokes every token of the caller's account (sign-out everywhere). */
  async signOut(viewer: Viewer): Promise<boolean> {
    if (!isAccount(viewer)) return false;
    await this.bumpTokenVersion(this.dataSource.manager, viewer.accountId);
    return true;
  }

  /** The caller's account; null for anonymous callers and partner keys. */
  me(viewer: Viewer): Promise<Account | null> {
    return isAccount(viewer) ? this.dataSource.getRepository(Account).findOne({ where: { id: viewer.accountId } }) : Promise.resolve(null);
  }

  async list(): Promise<Account[]> {
    return this.dataSource.getRepository(Account).find({ order: { email: 'ASC' } });
  }

  async create(viewer: Viewer, input: CreateAccountInput): Promise<Account> {
    return this.createUnchecked(input, viewer);
  }

  /** Creates an account without asking who is calling: for the CLI and the demo loader only (`by` is recorded in the history; null: the system). */
  async createUnchecked(input: CreateAccountInput & { isDemo?: boolean }, by: Viewer | null = null): Promise<Account> {
    assertPasswordStrength(input.password, 'input.password');
    return this.dataSource.transaction(async (manager) => {
      const links = await this.resolveLinks(manager, input.role, input);
      const email = normaliseEmail(input.email);
      if (await manager.getRepository(Account).exists({ where: { email } })) throw emailTaken('input.email');
      const account = manager.create(Account, {
        email,
        passwordHash: await hashPassword(input.password),
        displayName: input.displayName ? normaliseLine(input.displayName) || null : null,
        role: input.role,
        status: AccountStatus.ACTIVE,
        tokenVersion: 1,
        isDemo: input.isDemo ?? false,
        ...links,
      });
      try {
        const saved = await manager.save(account);
        await recordChange(manager, by, 'Account', 'CREATE', null, saved);
        return saved;
      } catch (error) {
        if (isUniqueViolation(error)) throw emailTaken('input.email');
        throw error;
      }
    });
  }

  /** Applies the changes if `expectedVersion` is current; a new password, role, link or status revokes the account's tokens. */
  async update(viewer: Viewer, input: UpdateAccountInput): Promise<Account> {
    return this.dataSource.transaction(async (manager) => {
      const account = await this.lockForUpdate(manager, input.id, 'input.id');
      assertVersion(ACCOUNT, account, input.expectedVersion);
      const before = snapshotOf('Account', account);
      let revoke = false;
      if (input.email != null) account.email = normaliseEmail(input.email);
      if (input.displayName !== undefined) account.displayName = input.displayName ? normaliseLine(input.displayName) || null : null;
      if (input.password != null) {
        assertPasswordStrength(input.password, 'input.password');
        account.passwordHash = await hashPassword(input.password);
        revoke = true;
      }
      const linksGiven = input.coordinatorId !== undefined || input.researcherId !== undefined || input.companyId !== undefined;
      if (input.role != null || linksGiven) {
        const role = input.role ?? account.role;
        if (isAccount(viewer) && viewer.accountId === account.id && role !== AccountRole.ADMIN) {
          throw InvalidInputError.of('input.role', '自分自身の管理者権限は外せません', 'cannot take the administrator role from your own account', 'notSelf');
        }
        const links = await this.resolveLinks(manager, role, {
          coordinatorId: input.coordinatorId !== undefined ? input.coordinatorId : role === account.role ? account.coordinatorId : null,
          researcherId: input.researcherId !== undefined ? input.researcherId : role === account.role ? account.researcherId : null,
          companyId: input.companyId !== undefined ? input.companyId : role === account.role ? account.companyId : null,
        });
        Object.assign(account, links, { role });
        revoke = true;
      }
      if (input.status != null && input.status !== account.status) {
        if (isAccount(viewer) && viewer.accountId === account.id) {
          throw InvalidInputError.of('input.status', '自分自身のアカウントは無効にできません', 'cannot disable your own account', 'notSelf');
        }
        account.status = input.status;
        revoke = true;
      }
      if (revoke) account.tokenVersion += 1;
      try {
        const saved = await manager.save(account);
        await recordChange(manager, viewer, 'Account', 'UPDATE', before, saved);
        return saved;
      } catch (error) {
        if (isUniqueViolation(error)) throw emailTaken('input.email');
        throw error;
      }
    });
  }

  /** Disables an account: it cannot sign in and its tokens are refused from the next request on. */
  async disable(viewer: Viewer, id: string): Promise<Account> {
    return this.dataSource.transaction(async (manager) => {
      const account = await this.lockForUpdate(manager, id, 'id');
      if (isAccount(viewer) && viewer.accountId === account.id) {
        throw InvalidInputError.of('id', '自分自身のアカウントは無効にできません', 'cannot disable your own account', 'notSelf');
      }
      const before = snapshotOf('Account', account);
      if (account.status !== AccountStatus.DISABLED) {
        account.status = AccountStatus.DISABLED;
        account.tokenVersion += 1;
      }
      const saved = await manager.save(account);
      if (before.status !== saved.status) await recordChange(manager, viewer, 'Account', 'DISABLE', before, saved);
      return saved;
    });
  }

  /** Revokes every token of an account (e.g. a lost laptop) without disabling it. */
  async revokeTokens(viewer: Viewer, id: string): Promise<Account> {
    return this.dataSource.transaction(async (manager) => {
      const account = await this.lockForUpdate(manager, id, 'accountId');
      account.tokenVersion += 1;
      return manager.save(account);
    });
  }

  private async bumpTokenVersion(manager: EntityManager, accountId: string): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(Account)
      .set({ tokenVersion: () => 'token_version + 1' })
      .where('id = :id', { id: accountId })
      .execute();
  }

  /** Checks the links a role needs: a researcher's record, a company user's company, a coordinator's record (and so institution). */
  private async resolveLinks(
    manager: EntityManager,
    role: AccountRole,
    given: { coordinatorId?: string | null; researcherId?: string | null; companyId?: string | null },
  ): Promise<AccountLinks> {
    const needs: Record<AccountRole, 'coordinatorId' | 'researcherId' | 'companyId' | null> = {
      [AccountRole.ADMIN]: null,
      [AccountRole.COORDINATOR]: 'coordinatorId',
      [AccountRole.RESEARCHER]: 'researcherId',
      [AccountRole.COMPANY_USER]: 'companyId',
    };
    const wanted = needs[role];
    for (const link of ['coordinatorId', 'researcherId', 'companyId'] as const) {
      if (link !== wanted && given[link]) {
        throw InvalidInputError.of(`input.${link}`, `役割 ${role} では指定できません`, `is not used by the role ${role}`, 'roleLink');
      }
    }
    const links: AccountLinks = { coordinatorId: null, researcherId: null, companyId: null, institutionId: null };
    if (!wanted) return links;
    const id = given[wanted];
    if (!id) throw InvalidInputError.of(`input.${wanted}`, `役割 ${role} では必須です`, `is required for the role ${role}`, 'roleLink');
    if (wanted === 'coordinatorId') {
      const coordinator = await resolveReference(manager, Coordinator, id, 'input.coordinatorId');
      return { ...links, coordinatorId: coordinator.id, institutionId: coordinator.institutionId };
    }
    if (wanted === 'researcherId') return { ...links, researcherId: (await resolveReference(manager, Researcher, id, 'input.researcherId')).id };
    return { ...links, companyId: (await resolveReference(manager, Company, id, 'input.companyId')).id };
  }

  private async lockForUpdate(manager: EntityManager, id: string, field: string): Promise<Account> {
    const account = await manager.getRepository(Account).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!account) throw new NotFoundError(ACCOUNT, field);
    return account;
  }
}
