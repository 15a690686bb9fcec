import { ApiKeyService, generateApiKey } from '../../src/auth/api-key.service';
import { ApiKeyScope } from '../../src/auth/auth.enums';
import { createDataSource } from '../../src/database/data-source';
import { loadReferenceData, makeInstitution } from '../support/factories';
import { startTestServer, TestServer } from '../support/test-server';

interface ErrorBody {
  data?: unknown;
  errors?: Array<{ message: string; extensions?: Record<string, any> }>;
}

async function post(t: TestServer, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const response = await fetch(t.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as ErrorBody };
}

/** `seeds(first: 100) { … owners { seeds { owners { seeds … } } } }`: lists inside lists. */
const nested = (levels: number, first = '100') => {
  let inner = 'title';
  for (let i = 0; i < levels; i += 1) inner = `owners { seeds { ${inner} } }`;
  return `query${first.startsWith('$') ? `(${first}: Int)` : ''} { seeds(first: ${first}) { edges { node { ${inner} } } } }`;
};

describe('limits on the open API', () => {
  let t: TestServer;

  beforeAll(async () => {
    t = await startTestServer({ MUSUBI_MAX_QUERY_DEPTH: '10', MUSUBI_MAX_QUERY_COST: '10000', MUSUBI_MAX_ALIASES: '15', MUSUBI_MAX_TOKENS: '2000' });
  });
  afterAll(() => t.close());

  const limitOf = (body: ErrorBody) => body.errors?.[0]?.extensions;

  it('refuses a query deeper than the depth limit, naming the limit and its value', async () => {
    const deep = `{ seeds(first: 1) { edges { node { owners { seeds { owners { seeds { owners { seeds { owners { nameJa } } } } } } } } } } }`;
    const { status, body } = await post(t, deep);
    expect(status).toBe(400);
    expect(limitOf(body)).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'MAX_DEPTH', max: 10 });
    expect(body.errors?.[0].message).toMatch(/depth limit of 10 exceeded \(found 11\)/);
    expect(body.errors?.[0].message).toMatch(/入れ子の深さ/);
    expect(body.data).toBeUndefined();
  });

  it('refuses nested lists under first: 100 by cost (list fields weighted by `first`), with variables counted too', async () => {
    const literal = await post(t, nested(2));
    expect(literal.status).toBe(400);
    expect(limitOf(literal.body)).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'MAX_COST', max: 10000 });
    expect(limitOf(literal.body)?.found).toBeGreaterThan(10000);

    const viaVariable = await post(t, nested(2, '$n'), { n: 100 });
    expect(limitOf(viaVariable.body)).toMatchObject({ limit: 'MAX_COST' });
    // The same shape with a small page costs little and runs.
    const small = await post(t, nested(2, '$n'), { n: 2 });
    expect([small.status, small.body.errors]).toEqual([200, undefined]);
  });

  it('counts the matching queries as more expensive than lookups', async () => {
    const cheap = await startTestServer({ MUSUBI_MAX_QUERY_COST: '120' }, { as: 'COORDINATOR' });
    try {
      const seeds = await cheap.gql(`{ seeds(first: 20) { edges { node { title } } } }`);
      expect(seeds.errors).toBeUndefined();
      const matching = await cheap.gql(
        `{ matchCandidates(needId: "TmVlZDowMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDA", first: 20) { edges { node { score } } } }`,
      );
      expect(matching.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'MAX_COST', max: 120 });
    } finally {
      await cheap.close();
    }
  });

  it('refuses more aliases than allowed', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: seeds(first: 1) { totalCount }`).join(' ');
    const { status, body } = await post(t, `{ ${aliases} }`);
    expect(status).toBe(400);
    expect(limitOf(body)).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'MAX_ALIASES', max: 15, found: 16 });
  });

  it('stops parsing a document with too many tokens', async () => {
    const statuses = Array.from({ length: 2100 }, () => 'DRAFT').join(' ');
    const { status, body } = await post(t, `{ seeds(filter: { status: [${statuses}] }) { totalCount } }`);
    expect(status).toBe(400);
    expect(limitOf(body)).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'MAX_TOKENS', max: 2000 });
    expect(body.errors?.[0].message).toMatch(/トークン数/);
  });

  it('lets a normal query through', async () => {
    const { status, body } = await post(t, `{ seeds(first: 10) { totalCount edges { node { title owners { nameJa } institution { nameJa } } } } }`);
    expect([status, body.errors]).toEqual([200, undefined]);
  });
});

describe('rate limits', () => {
  it('answers 429 with Retry-After once a client address has used its allowance', async () => {
    const t = await startTestServer({ MUSUBI_RATE_LIMIT_PER_IP: '3' });
    try {
      for (let i = 0; i < 3; i += 1) expect((await post(t, '{ __typename }')).status).toBe(200);
      const refused = await post(t, '{ __typename }');
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(refused.body.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'REQUESTS_PER_IP', max: 3 });
    } finally {
      await t.close();
    }
  });

  it('answers 429 with Retry-After once an API key has used its own allowance', async () => {
    const t = await startTestServer();
    try {
      await loadReferenceData(t.db.dataSource);
      const institution = await makeInstitution(t.db.dataSource);
      const key = generateApiKey();
      await new ApiKeyService(t.db.dataSource).store(key, {
        name: 'slow portal',
        ownerInstitutionId: institution.id,
        scopes: [ApiKeyScope.READ_PUBLISHED],
        rateLimitPerMinute: 2,
      });
      for (let i = 0; i < 2; i += 1) expect((await post(t, '{ seeds { totalCount } }', {}, { 'x-api-key': key })).status).toBe(200);
      const refused = await post(t, '{ seeds { totalCount } }', {}, { 'x-api-key': key });
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(refused.body.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'REQUESTS_PER_KEY', max: 2 });
      // Other callers are not affected by one key's limit.
      expect((await post(t, '{ seeds { totalCount } }')).status).toBe(200);
    } finally {
      await t.close();
    }
  });
});

describe('introspection, suggestions and internals follow the environment', () => {
  it('in development: introspection on, "did you mean" suggestions shown', async () => {
    const t = await startTestServer({ NODE_ENV: 'development' });
    try {
      expect((await post(t, '{ __schema { queryType { name } } }')).body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
      expect((await post(t, '{ seedz { totalCount } }')).body.errors?.[0].message).toMatch(/Did you mean/);
    } finally {
      await t.close();
    }
  });

  it('in production: introspection and suggestions off unless MUSUBI_INTROSPECTION=true; no stack traces or internal messages', async () => {
    const t = await startTestServer({ NODE_ENV: 'production' });
    try {
      const introspection = await post(t, '{ __schema { queryType { name } } }');
      expect(introspection.status).toBe(400);
      expect(JSON.stringify(introspection.body)).toMatch(/introspection/i);
      expect((await post(t, '{ seedz { totalCount } }')).body.errors?.[0].message).not.toMatch(/Did you mean/);

      await t.db.dataSource.query('ALTER TABLE region RENAME TO region_gone');
      const broken = await post(t, '{ regions { code } }');
      expect(broken.body.errors?.[0]).toEqual({
        message: expect.stringMatching(/unexpected error/),
        locations: expect.any(Array),
        path: ['regions'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
      expect(JSON.stringify(broken.body)).not.toMatch(/region_gone|relation|stack|at .*\.ts/);
      await t.db.dataSource.query('ALTER TABLE region_gone RENAME TO region');
    } finally {
      await t.close();
    }
    const open = await startTestServer({ NODE_ENV: 'production', MUSUBI_INTROSPECTION: 'true' });
    try {
      expect((await post(open, '{ __schema { queryType { name } } }')).status).toBe(200);
    } finally {
      await open.close();
    }
  });

  it('cuts off a database statement that runs longer than the statement timeout', async () => {
    const t = await startTestServer();
    const slow = createDataSource({ url: t.db.url, statementTimeoutMs: 200, poolSize: 1 });
    await slow.initialize();
    try {
      await expect(slow.query('SELECT pg_sleep(2)')).rejects.toThrow(/statement timeout/);
    } finally {
      await slow.destroy();
      await t.close();
    }
  });
});
