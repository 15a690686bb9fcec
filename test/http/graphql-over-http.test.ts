import { startTestServer, TestServer } from '../support/test-server';
import { rawRequest } from './raw-request';

describe('GraphQL over HTTP', () => {
  let t: TestServer;
  let origin: string;

  beforeAll(async () => {
    t = await startTestServer();
    origin = new URL(t.url).origin;
  });
  afterAll(() => t.close());

  it('runs a query sent as a JSON POST', async () => {
    const response = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query Count($first: Int) { seeds(first: $first) { totalCount } }', variables: { first: 1 } }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ data: { seeds: { totalCount: 0 } } });
  });

  it('runs a query sent as GET ?query= (with the header that satisfies CSRF prevention)', async () => {
    const url = `${t.url}?query=${encodeURIComponent('{ __typename seeds(first: 1) { totalCount } }')}`;
    const response = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: 'Query', seeds: { totalCount: 0 } } });
  });

  it('keeps CSRF prevention on: a plain GET without a preflight-forcing header is refused', async () => {
    const response = await fetch(`${t.url}?query=${encodeURIComponent('{ __typename }')}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/i);
  });

  it('refuses a mutation sent as GET with 405', async () => {
    const mutation = 'mutation { archiveSeed(id: "U2VlZDowMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDA", expectedVersion: 1) { id } }';
    const response = await fetch(`${t.url}?query=${encodeURIComponent(mutation)}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toMatch(/POST/);
  });

  it('answers a body that is not JSON with 400 and a message in Japanese and English', async () => {
    const response = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": "{ __typename }"' });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(body.errors[0].message).toMatch(/JSON として読めません/);
    expect(body.errors[0].message).toMatch(/not valid JSON/);
  });

  it.each([
    ['just over 1 MiB', 1024 * 1024 + 16],
    // Large enough that the server must drain it: closing mid-upload would reach fetch as a reset.
    ['of 8 MiB', 8 * 1024 * 1024],
  ])('answers a body %s with 413', async (_label, bytes) => {
    const body = JSON.stringify({ query: `{ __typename } # ${'x'.repeat(bytes)}` });
    const response = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(response.status).toBe(413);
    const payload = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(payload.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers a body just under 1 MiB normally', async () => {
    const query = '{ __typename }';
    const envelope = JSON.stringify({ query: `${query} # ` });
    const padding = 'x'.repeat(1024 * 1024 - Buffer.byteLength(envelope));
    const body = JSON.stringify({ query: `${query} # ${padding}` });
    expect(Buffer.byteLength(body)).toBe(1024 * 1024);
    const response = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('honours Accept: application/graphql-response+json', async () => {
    const response = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('answers a request that fails validation with 400 under application/graphql-response+json', async () => {
    const response = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: '{ noSuchField }' }),
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('reports liveness at /healthz', async () => {
    const response = await fetch(`${origin}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers an unknown path with 404', async () => {
    const response = await rawRequest(origin, '/no/such/path');
    expect(response.status).toBe(404);
    expect(response.body.toString('utf8')).toMatch(/\/graphql/);
  });
});
