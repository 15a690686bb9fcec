import { toGlobalId } from '../../src/common/global-id';
import { loadReferenceData, makeInstitution, makeResearcher, makeSeed } from '../support/factories';
import { GraphQLResult, startTestServer, TestServer } from '../support/test-server';

/**
 * Issue 12 #4: input PostgreSQL cannot take reached SQL and came back as INTERNAL_SERVER_ERROR
 * (with PostgreSQL's text in development). It is refused at the edge as BAD_USER_INPUT naming
 * the argument path, after the caller's right to run the operation was checked.
 */
describe('input that PostgreSQL cannot take is refused first, as BAD_USER_INPUT on the field', () => {
  let t: TestServer;
  let ownerId: string;

  beforeAll(async () => {
    t = await startTestServer({ NODE_ENV: 'development' });
    await loadReferenceData(t.db.dataSource);
    const institution = await makeInstitution(t.db.dataSource);
    const researcher = await makeResearcher(t.db.dataSource, institution);
    ownerId = toGlobalId('Researcher', researcher.id);
    await makeSeed(t.db.dataSource, [researcher]);
    await makeSeed(t.db.dataSource, [researcher]);
  });
  afterAll(() => t.close());

  const badInput = (result: GraphQLResult, field: string) => {
    expect([field, result.errors?.[0].extensions]).toMatchObject([field, { code: 'BAD_USER_INPUT', field }]);
    expect(result.errors![0].extensions!.debugMessage).toBeUndefined();
  };

  it('a NUL byte in a filter, a sign-in e-mail, a seed title', async () => {
    badInput(await t.gql(`{ seeds(filter: { contains: "a\\u0000b" }) { totalCount } }`), 'filter.contains');
    badInput(await t.gql(`mutation($e: String!) { signIn(email: $e, password: "x") { token } }`, { e: 'a\u0000b@example.jp' }), 'email');
    const seed = await t.as('COORDINATOR').gql(`mutation($input: RegisterSeedInput!) { registerSeed(input: $input) { id } }`, {
      input: { title: 'タイトル\u0000', summary: 's', trl: 3, ownerIds: [ownerId], keywords: ['ok', 'x\u0000'] },
    });
    expect(seed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(seed.errors![0].extensions!.problems.map((p: { field: string }) => p.field)).toEqual(['input.title', 'input.keywords[1]']);
  });

  it('a crafted cursor whose sort value has the wrong type, or whose id is not a UUID', async () => {
    const cursor = (payload: unknown) => Buffer.from(JSON.stringify(payload)).toString('base64url');
    for (const after of [
      'eyJ2IjoieCIsImlkIjoibm9wZSJ9',
      cursor({ v: '2026-01-01T00:00:00.000Z', id: 'nope' }),
      cursor({ v: 12, id: '00000000-0000-0000-0000-000000000000' }),
    ]) {
      badInput(await t.gql(`query($after: String) { seeds(first: 1, after: $after) { totalCount edges { cursor } } }`, { after }), 'after');
    }
    // A real cursor still pages.
    const first = await t.gql(`{ seeds(first: 1) { pageInfo { endCursor } } }`);
    const next = await t.gql(`query($after: String) { seeds(first: 1, after: $after) { edges { node { id } } } }`, {
      after: first.data!.seeds.pageInfo.endCursor,
    });
    expect(next.errors).toBeUndefined();
    expect(next.data!.seeds.edges).toHaveLength(1);
  });

  it('an Int beyond the column it filters', async () => {
    badInput(await t.as('COORDINATOR').gql(`{ consultations(filter: { step: 2147483647 }) { totalCount } }`), 'filter.step');
  });

  it('unpaired surrogates; and the permission check comes before any check of the body', async () => {
    const create = `mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }`;
    const input = { email: '\udfff\ud800', password: 'a-long-enough-password-2026', role: 'ADMIN' };
    expect((await t.gql(create, { input })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.as('RESEARCHER').gql(create, { input })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    badInput(await t.as('ADMIN').gql(create, { input }), 'input.email');
    badInput(await t.gql(`query($c: String) { seeds(filter: { contains: $c }) { totalCount } }`, { c: '\ud800x' }), 'filter.contains');
  });
});
