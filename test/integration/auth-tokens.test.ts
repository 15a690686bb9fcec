import { createHash } from 'node:crypto';
import { Account } from '../../src/auth/account.entity';
import { AccountService } from '../../src/auth/account.service';
import { ApiKey } from '../../src/auth/api-key.entity';
import { AccountRole, AccountStatus } from '../../src/auth/auth.enums';
import { createDemoAccounts, DEMO_ACCOUNTS, DEMO_API_KEY, DemoAccountsRefusedError } from '../../src/auth/demo-accounts';
import { toGlobalId } from '../../src/common/global-id';
import { Institution } from '../../src/institutions/institution.entity';
import { Researcher } from '../../src/people/researcher.entity';
import { createServer } from '../../src/http/server';
import { loadConfig } from '../../src/config/config';
import { createLogger } from '../../src/common/logger';
import { loadDemoDataIfEmpty } from '../../src/demo/demo-loader';
import { loadReferenceData, makeInstitution, makeResearcher } from '../support/factories';
import { TEST_JWT_SECRET } from '../support/test-auth';
import { TokenIssuer } from '../../src/auth/tokens';
import { createTestDatabase } from '../support/test-database';
import { expectNoErrors, GraphQLResult, startTestServer, TestServer } from '../support/test-server';

const gid = toGlobalId;
const codeOf = (result: GraphQLResult) => result.errors?.[0]?.extensions?.code;
const PASSWORD = 'correct horse battery staple';

describe('accounts, tokens and API keys', () => {
  let t: TestServer;
  let institution: Institution;
  let researcher: Researcher;
  let admin: Record<string, string>;

  beforeAll(async () => {
    t = await startTestServer();
    await loadReferenceData(t.db.dataSource);
    institution = await makeInstitution(t.db.dataSource, { nameJa: '米沢電機工業会(架空)' });
    researcher = await makeResearcher(t.db.dataSource, institution);
    admin = await t.auth.headersFor('ADMIN');
  });
  afterAll(() => t.close());

  const signIn = (email: string, password: string) =>
    t.gql(`mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token expiresAt account { email role researcher { nameJa } } } }`, {
      e: email,
      p: password,
    });
  const createAccount = (input: Record<string, unknown>) =>
    t.gql(`mutation($i: CreateAccountInput!) { createAccount(input: $i) { id email role version } }`, { i: input }, admin);
  const me = (token: string) => t.gql(`{ me { email role } }`, undefined, { authorization: `Bearer ${token}` });

  describe('accounts and sign-in', () => {
    let accountId: string;

    it('creates an account with a normalised e-mail and a hashed password, and signs in with any spelling of the e-mail', async () => {
      const created = expectNoErrors(
        await createAccount({ email: 'Ｓａｔｏ@Example.JP', password: PASSWORD, role: 'RESEARCHER', researcherId: gid('Researcher', researcher.id) }),
      ).createAccount;
      accountId = created.id;
      expect(created).toMatchObject({ email: 'sato@example.jp', role: 'RESEARCHER' });
      const stored = await t.db.dataSource.getRepository(Account).findOneByOrFail({ email: 'sato@example.jp' });
      expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
      expect(stored.passwordHash).not.toContain(PASSWORD);

      const session = expectNoErrors(await signIn('SATO@example.jp', PASSWORD)).signIn;
      expect(session.account).toEqual({ email: 'sato@example.jp', role: 'RESEARCHER', researcher: { nameJa: '山田 太郎' } });
      const hours = (new Date(session.expiresAt).getTime() - Date.now()) / 3_600_000;
      expect(hours).toBeGreaterThan(7.9);
      expect(hours).toBeLessThanOrEqual(8);
      expect(expectNoErrors(await me(session.token)).me).toEqual({ email: 'sato@example.jp', role: 'RESEARCHER' });
    });

    it('refuses a wrong password and an unknown e-mail alike, without saying which', async () => {
      const wrong = await signIn('sato@example.jp', 'not the password at all');
      const unknown = await signIn('nobody@example.jp', PASSWORD);
      expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
      expect(wrong.errors?.[0].message).toBe(unknown.errors?.[0].message);
    });

    it('checks the links each role needs and the password length', async () => {
      expect(codeOf(await createAccount({ email: 'a@example.jp', password: PASSWORD, role: 'RESEARCHER' }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await createAccount({ email: 'b@example.jp', password: PASSWORD, role: 'ADMIN', researcherId: gid('Researcher', researcher.id) }))).toBe(
        'BAD_USER_INPUT',
      );
      const short = await createAccount({ email: 'c@example.jp', password: 'short', role: 'ADMIN' });
      expect(short.errors?.[0].extensions?.field).toBe('input.password');
      expect(JSON.stringify(short)).not.toContain('"short"');
      expect(codeOf(await createAccount({ email: 'SATO@example.jp', password: PASSWORD, role: 'ADMIN' }))).toBe('CONFLICT');
    });

    it('signOut revokes every token of the account at once; a new sign-in works', async () => {
      const first = expectNoErrors(await signIn('sato@example.jp', PASSWORD)).signIn.token;
      const second = expectNoErrors(await signIn('sato@example.jp', PASSWORD)).signIn.token;
      expect(expectNoErrors(await t.gql(`mutation { signOut }`, undefined, { authorization: `Bearer ${first}` })).signOut).toBe(true);
      for (const token of [first, second]) {
        const refused = await me(token);
        expect(refused.status).toBe(401);
        expect(codeOf(refused)).toBe('UNAUTHENTICATED');
      }
      const third = expectNoErrors(await signIn('sato@example.jp', PASSWORD)).signIn.token;
      expect(expectNoErrors(await me(third)).me.email).toBe('sato@example.jp');
    });

    it('a password change, revokeTokens or disabling the account refuses its earlier tokens', async () => {
      const version = async () => (await t.db.dataSource.getRepository(Account).findOneByOrFail({ id: toDbId(accountId) })).version;
      let token = expectNoErrors(await signIn('sato@example.jp', PASSWORD)).signIn.token;
      expectNoErrors(
        await t.gql(
          `mutation($i: UpdateAccountInput!) { updateAccount(input: $i) { id } }`,
          { i: { id: accountId, expectedVersion: await version(), password: `${PASSWORD}!` } },
          admin,
        ),
      );
      expect(codeOf(await me(token))).toBe('UNAUTHENTICATED');
      token = expectNoErrors(await signIn('sato@example.jp', `${PASSWORD}!`)).signIn.token;
      expectNoErrors(await t.gql(`mutation($id: ID!) { revokeTokens(accountId: $id) { id } }`, { id: accountId }, admin));
      expect(codeOf(await me(token))).toBe('UNAUTHENTICATED');
      token = expectNoErrors(await signIn('sato@example.jp', `${PASSWORD}!`)).signIn.token;
      expect(expectNoErrors(await t.gql(`mutation($id: ID!) { disableAccount(id: $id) { status } }`, { id: accountId }, admin)).disableAccount.status).toBe(
        'DISABLED',
      );
      expect(codeOf(await me(token))).toBe('UNAUTHENTICATED');
      expect(codeOf(await signIn('sato@example.jp', `${PASSWORD}!`))).toBe('UNAUTHENTICATED');
    });

    it('refuses an expired token, a forged one and a malformed header with 401; no header is simply anonymous', async () => {
      const account = await t.auth.createAccount(AccountRole.ADMIN);
      const expired = (await t.auth.token(account, new Date(Date.now() - 9 * 3_600_000))).token;
      const result = await me(expired);
      expect([result.status, codeOf(result)]).toEqual([401, 'UNAUTHENTICATED']);
      expect(result.errors?.[0].message).toMatch(/expired/);
      const valid = (await t.auth.token(account)).token;
      const [header, payload] = valid.split('.');
      const forged = `${header}.${payload}.${Buffer.from('x'.repeat(32)).toString('base64url')}`;
      expect(codeOf(await me(forged))).toBe('UNAUTHENTICATED');
      expect(codeOf(await t.gql(`{ me { email } }`, undefined, { authorization: 'Basic dXNlcjpwYXNz' }))).toBe('UNAUTHENTICATED');
      const anonymous = await t.gql(`{ me { email } }`);
      expect([anonymous.status, anonymous.data]).toEqual([200, { me: null }]);
    });

    it('administrators cannot disable or demote themselves', async () => {
      const own = await t.auth.createAccount(AccountRole.ADMIN);
      const headers = { authorization: `Bearer ${(await t.auth.token(own)).token}` };
      expect(codeOf(await t.gql(`mutation($id: ID!) { disableAccount(id: $id) { id } }`, { id: gid('Account', own.id) }, headers))).toBe('BAD_USER_INPUT');
      expect(
        codeOf(
          await t.gql(
            `mutation($i: UpdateAccountInput!) { updateAccount(input: $i) { id } }`,
            { i: { id: gid('Account', own.id), expectedVersion: own.version, role: 'COORDINATOR' } },
            headers,
          ),
        ),
      ).toBe('BAD_USER_INPUT');
    });
  });

  describe('partner API keys', () => {
    let key: string;
    let keyId: string;

    it('shows the key once; only its SHA-256 is stored, with a prefix to recognise it', async () => {
      const created = expectNoErrors(
        await t.gql(
          `mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { key apiKey { id name prefix scopes rateLimitPerMinute revokedAt ownerInstitution { nameJa } } } }`,
          {
            i: {
              name: '山形県ポータル(架空)',
              ownerInstitutionId: gid('Institution', institution.id),
              scopes: ['READ_PUBLISHED', 'SUBMIT_NEEDS'],
              rateLimitPerMinute: 120,
            },
          },
          admin,
        ),
      ).createApiKey;
      key = created.key;
      keyId = created.apiKey.id;
      expect(key).toMatch(/^mk_[A-Za-z0-9_-]{43}$/);
      expect(created.apiKey).toMatchObject({
        prefix: key.slice(0, 11),
        scopes: ['READ_PUBLISHED', 'SUBMIT_NEEDS'],
        rateLimitPerMinute: 120,
        revokedAt: null,
        ownerInstitution: { nameJa: '米沢電機工業会(架空)' },
      });
      const stored = await t.db.dataSource.getRepository(ApiKey).findOneByOrFail({ prefix: key.slice(0, 11) });
      expect(stored.keyHash).toBe(createHash('sha256').update(key).digest('hex'));
      expect(JSON.stringify(stored)).not.toContain(key);
      const listed = expectNoErrors(await t.gql(`{ apiKeys { id prefix name } }`, undefined, admin)).apiKeys;
      expect(JSON.stringify(listed)).not.toContain(key);
      expect(listed.map((k: { id: string }) => k.id)).toContain(keyId);
    });

    it('lets the key read published data and records its last use', async () => {
      const result = await t.gql(`{ seeds { totalCount } me { email } }`, undefined, { 'x-api-key': key });
      expect(expectNoErrors(result)).toEqual({ seeds: { totalCount: 0 }, me: null });
      const stored = await t.db.dataSource.getRepository(ApiKey).findOneByOrFail({ id: toDbId(keyId) });
      expect(stored.lastUsedAt).not.toBeNull();
    });

    it('refuses a revoked key, an unknown key, and a key sent together with a token', async () => {
      const revoked = expectNoErrors(await t.gql(`mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }`, { id: keyId }, admin)).revokeApiKey;
      expect(revoked.revokedAt).not.toBeNull();
      const refused = await t.gql(`{ seeds { totalCount } }`, undefined, { 'x-api-key': key });
      expect([refused.status, codeOf(refused)]).toEqual([401, 'UNAUTHENTICATED']);
      expect(codeOf(await t.gql(`{ seeds { totalCount } }`, undefined, { 'x-api-key': 'mk_unknown' }))).toBe('UNAUTHENTICATED');
      expect(codeOf(await t.gql(`{ seeds { totalCount } }`, undefined, { 'x-api-key': key, ...admin }))).toBe('UNAUTHENTICATED');
      expect(expectNoErrors(await t.gql(`{ apiKeys { id } }`, undefined, admin)).apiKeys.map((k: { id: string }) => k.id)).not.toContain(keyId);
    });
  });
});

describe('demo accounts', () => {
  it('are created with the demo data outside production, sign in with their documented passwords, and are refused in production', async () => {
    const db = await createTestDatabase();
    try {
      const summary = await loadDemoDataIfEmpty(db.dataSource);
      expect(summary.description).toMatch(/demo accounts 4, demo API keys 1/);
      const accounts = await db.dataSource.getRepository(Account).find({ order: { email: 'ASC' } });
      expect(accounts.map((a) => [a.role, a.isDemo])).toEqual(
        expect.arrayContaining([
          [AccountRole.ADMIN, true],
          [AccountRole.COORDINATOR, true],
          [AccountRole.RESEARCHER, true],
          [AccountRole.COMPANY_USER, true],
        ]),
      );
      const coordinator = accounts.find((a) => a.role === AccountRole.COORDINATOR) as Account;
      expect(coordinator.institutionId).not.toBeNull();
      expect(await createDemoAccounts(db.dataSource, 'development')).toEqual({ accounts: 0, apiKeys: 0 });
      await expect(createDemoAccounts(db.dataSource, 'production')).rejects.toBeInstanceOf(DemoAccountsRefusedError);

      for (const nodeEnv of ['development', 'production'] as const) {
        const config = loadConfig({ NODE_ENV: nodeEnv, LOG_LEVEL: 'silent', MUSUBI_JWT_SECRET: TEST_JWT_SECRET, MUSUBI_RATE_LIMIT_PER_IP: '0' });
        const server = await createServer({ config, dataSource: db.dataSource, logger: createLogger('silent') });
        const url = await server.listen(0, '127.0.0.1');
        const post = async (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
          (
            await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) })
          ).json() as Promise<GraphQLResult>;
        try {
          for (const demo of DEMO_ACCOUNTS) {
            const result = await post(`mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { account { role } } }`, {
              e: demo.email,
              p: demo.password,
            });
            if (nodeEnv === 'production') expect(codeOf(result)).toBe('UNAUTHENTICATED');
            else expect(result.data?.signIn.account.role).toBe(demo.role);
          }
          // A token minted for a demo account (e.g. before the switch to production) is refused there too.
          const demoAdmin = await db.dataSource.getRepository(Account).findOneByOrFail({ email: DEMO_ACCOUNTS[0].email });
          const { token } = await new TokenIssuer(TEST_JWT_SECRET, 3600).issue({ accountId: demoAdmin.id, tokenVersion: demoAdmin.tokenVersion });
          expect(codeOf(await post(`{ me { email } }`, {}, { authorization: `Bearer ${token}` }))).toBe(
            nodeEnv === 'production' ? 'UNAUTHENTICATED' : undefined,
          );
          const byKey = await post(`{ seeds(first: 1) { totalCount } }`, {}, { 'x-api-key': DEMO_API_KEY });
          if (nodeEnv === 'production') expect(codeOf(byKey)).toBe('UNAUTHENTICATED');
          else expect(byKey.data?.seeds.totalCount).toBeGreaterThan(0);
        } finally {
          await server.stop();
        }
      }
      expect(await db.dataSource.getRepository(Account).countBy({ isDemo: true, status: AccountStatus.ACTIVE })).toBe(4);
    } finally {
      await db.drop();
    }
  });

  it('the first administrator can be created without the API (the create-admin command)', async () => {
    const db = await createTestDatabase();
    try {
      const account = await new AccountService(db.dataSource).createUnchecked({ email: 'Jimukyoku@Example.jp', password: PASSWORD, role: AccountRole.ADMIN });
      expect(account).toMatchObject({ email: 'jimukyoku@example.jp', role: AccountRole.ADMIN, isDemo: false });
    } finally {
      await db.drop();
    }
  });
});

function toDbId(globalId: string): string {
  return Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1];
}
