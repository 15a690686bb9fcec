import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Account } from '../../src/auth/account.entity';
import { AccountRole } from '../../src/auth/auth.enums';
import { TokenIssuer } from '../../src/auth/tokens';
import type { Config } from '../../src/config/config';

/** A role to run a test as; ANONYMOUS sends no credentials. */
export type TestRole = keyof typeof AccountRole | 'ANONYMOUS';

/** Records an account of this role is linked to (database ids, not global IDs). */
export interface TestLinks {
  coordinatorId?: string | null;
  researcherId?: string | null;
  companyId?: string | null;
  institutionId?: string | null;
}

/** The secret test servers sign tokens with, so tests can mint tokens too (random-looking: production refuses placeholders). */
export const TEST_JWT_SECRET = 'Tq4xW9nLc2Vh7KzR0bJm5YsF8dGp3AeU';

/**
 * Mints credentials for tests: an account row written straight to the database (no password:
 * these accounts cannot sign in) and a token signed with the server's secret. Accounts are
 * cached per role and links, so a test file reuses them.
 */
export class TestAuth {
  private readonly cache = new Map<string, Promise<Record<string, string>>>();
  private readonly tokens: TokenIssuer;

  constructor(
    private readonly dataSource: DataSource,
    config: Config,
  ) {
    this.tokens = new TokenIssuer(config.jwtSecret, config.tokenTtlMinutes * 60);
  }

  /** The headers of a caller with this role (and links): `Authorization: Bearer …`, or none for ANONYMOUS. */
  headersFor(role: TestRole, links: TestLinks = {}): Promise<Record<string, string>> {
    if (role === 'ANONYMOUS') return Promise.resolve({});
    const key = `${role}:${JSON.stringify(links)}`;
    let headers = this.cache.get(key);
    if (!headers) {
      headers = this.createAccount(AccountRole[role], links).then(async (account) => ({ authorization: `Bearer ${(await this.token(account)).token}` }));
      this.cache.set(key, headers);
    }
    return headers;
  }

  async createAccount(role: AccountRole, links: TestLinks = {}, overrides: Partial<Account> = {}): Promise<Account> {
    return this.dataSource.getRepository(Account).save({
      email: `${role.toLowerCase()}.${randomUUID().slice(0, 8)}@test.example`,
      passwordHash: '!unusable',
      role,
      coordinatorId: links.coordinatorId ?? null,
      researcherId: links.researcherId ?? null,
      companyId: links.companyId ?? null,
      institutionId: links.institutionId ?? null,
      ...overrides,
    });
  }

  token(account: Pick<Account, 'id' | 'tokenVersion'>, now?: Date) {
    return this.tokens.issue({ accountId: account.id, tokenVersion: account.tokenVersion }, now);
  }
}

/** Statements a signed-in request adds to its own: the account lookup (one, by primary key). */
export const AUTH_STATEMENTS = 1;
