import { Account } from '../../src/auth/account.entity';
import { ApiKeyService, generateApiKey } from '../../src/auth/api-key.service';
import { AccountRole, ApiKeyScope } from '../../src/auth/auth.enums';
import { hashPassword } from '../../src/auth/passwords';
import { loadReferenceData, makeInstitution } from '../support/factories';
import { ServerProcess, startServerProcess } from '../support/server-process';
import { TEST_JWT_SECRET } from '../support/test-auth';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { WAIT_CEILING_MS, waitFor } from '../support/wait-for';

/**
 * Two server processes on one database, as behind a load balancer: what one instance counts or
 * revokes, the other sees. Neither keeps such state in its own memory.
 */
jest.setTimeout(4 * WAIT_CEILING_MS);

const PASSWORD = 'two instances share one database';

describe('two instances on one database', () => {
  let db: TestDatabase;
  let a: ServerProcess;
  let b: ServerProcess;

  beforeAll(async () => {
    db = await createTestDatabase();
    const env = { DATABASE_URL: db.url, MUSUBI_SEED: 'empty', MUSUBI_JWT_SECRET: TEST_JWT_SECRET, MUSUBI_RATE_LIMIT_PER_IP: '0', LOG_LEVEL: 'warn' };
    // One instance runs the migrations (none pending here), the other never does.
    [a, b] = await Promise.all([startServerProcess(env), startServerProcess({ ...env, MUSUBI_RUN_MIGRATIONS: 'false' })]);
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await db?.drop();
  });

  const post = async (server: ServerProcess, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return {
      status: response.status,
      retryAfter: response.headers.get('retry-after'),
      body: (await response.json()) as { data?: any; errors?: Array<{ extensions?: Record<string, any> }> },
    };
  };

  it("counts an API key's requests against one allowance across both instances", async () => {
    await loadReferenceData(db.dataSource);
    const institution = await makeInstitution(db.dataSource);
    const key = generateApiKey();
    await new ApiKeyService(db.dataSource).store(key, {
      name: 'portal',
      ownerInstitutionId: institution.id,
      scopes: [ApiKeyScope.READ_PUBLISHED],
      rateLimitPerMinute: 3,
    });
    const headers = { 'x-api-key': key };
    for (const server of [a, b, a]) expect((await post(server, '{ seeds { totalCount } }', {}, headers)).status).toBe(200);
    const refused = await post(b, '{ seeds { totalCount } }', {}, headers);
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(refused.body.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'REQUESTS_PER_KEY', max: 3 });
    expect((await post(a, '{ seeds { totalCount } }', {}, headers)).status).toBe(429);
  });

  it('honours a sign-out made on one instance on the other at once', async () => {
    await db.dataSource.getRepository(Account).save({ email: 'two@example.jp', passwordHash: await hashPassword(PASSWORD), role: AccountRole.ADMIN });
    const signIn = await post(a, `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }`, { e: 'two@example.jp', p: PASSWORD });
    const auth = { authorization: `Bearer ${signIn.body.data.signIn.token}` };
    expect((await post(b, '{ me { email } }', {}, auth)).body.data).toEqual({ me: { email: 'two@example.jp' } });
    expect((await post(a, 'mutation { signOut }', {}, auth)).body.data).toEqual({ signOut: true });
    const refused = await post(b, '{ me { email } }', {}, auth);
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('counts failed sign-ins for an account on both instances', async () => {
    const attempt = (server: ServerProcess) =>
      post(server, `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }`, { e: 'guessed@example.jp', p: 'a wrong guess' });
    for (const server of [a, b, a, b, a]) expect((await attempt(server)).body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await attempt(b)).body.errors?.[0].extensions?.code).toBe('TOO_MANY_ATTEMPTS');
  });

  it('finds an automatic persisted query registered through the other instance', async () => {
    const query = '{ seeds { totalCount } }';
    const { createHash } = await import('node:crypto');
    const extensions = { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') } };
    const send = (server: ServerProcess, body: unknown) =>
      fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.json() as Promise<any>);
    expect((await send(b, { extensions })).errors?.[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await send(a, { query, extensions })).data).toEqual({ seeds: { totalCount: 0 } });
    // Apollo stores a registration without waiting for it before answering, so the other instance
    // finds it a moment later (a client that asks sooner just sends the text again).
    const found = await waitFor(
      async () => {
        const answer = await send(b, { extensions });
        return answer.errors?.[0]?.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND' ? null : answer;
      },
      () => 'the query registered through instance a to be found by instance b',
    );
    expect(found).toEqual({ data: { seeds: { totalCount: 0 } } });
  });
});
