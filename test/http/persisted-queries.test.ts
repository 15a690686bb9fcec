import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig } from '../../src/config/config';
import { loadOperationManifest, sha256Hex } from '../../src/http/persisted-queries';
import { startTestServer, TestServer } from '../support/test-server';

const COUNT = 'query CountSeeds { seeds(first: 1) { totalCount } }';
const TYPENAME = 'query Typename { __typename }';

interface Body {
  data?: unknown;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

async function post(url: string, payload: Record<string, unknown>): Promise<{ status: number; body: Body }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) });
  return { status: response.status, body: (await response.json()) as Body };
}

const persisted = (query: string) => ({ persistedQuery: { version: 1, sha256Hash: sha256Hex(query) } });
const codeOf = (body: Body) => body.errors?.[0]?.extensions?.code;

describe('automatic persisted queries (default mode)', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  it('asks for the text of an unknown hash, stores it, then runs the hash alone', async () => {
    const query = `${COUNT} # apq ${Date.now()}`;
    const miss = await post(t.url, { extensions: persisted(query) });
    expect(miss.status).toBe(200);
    expect(codeOf(miss.body)).toBe('PERSISTED_QUERY_NOT_FOUND');

    const register = await post(t.url, { query, extensions: persisted(query) });
    expect(register.body).toEqual({ data: { seeds: { totalCount: 0 } } });

    const hit = await post(t.url, { extensions: persisted(query) });
    expect(hit.body).toEqual({ data: { seeds: { totalCount: 0 } } });
  });

  it('runs a stored hash by GET as well (cacheable by a CDN), with the CSRF header', async () => {
    await post(t.url, { query: TYPENAME, extensions: persisted(TYPENAME) });
    const url = `${t.url}?extensions=${encodeURIComponent(JSON.stringify(persisted(TYPENAME)))}`;
    const response = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('refuses a hash that does not match the text', async () => {
    const wrong = await post(t.url, { query: TYPENAME, extensions: persisted(COUNT) });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors?.[0].message).toMatch(/does not match/);
    expect(codeOf(wrong.body)).toBe('BAD_REQUEST');
  });

  it('still runs plain queries', async () => {
    expect((await post(t.url, { query: COUNT })).body).toEqual({ data: { seeds: { totalCount: 0 } } });
  });
});

describe('persisted queries off', () => {
  it('answers PERSISTED_QUERY_NOT_SUPPORTED, so clients fall back to sending text', async () => {
    const t = await startTestServer({ MUSUBI_PERSISTED_QUERIES: 'off' });
    try {
      const response = await post(t.url, { extensions: persisted(COUNT) });
      expect(codeOf(response.body)).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
      expect((await post(t.url, { query: COUNT })).body).toEqual({ data: { seeds: { totalCount: 0 } } });
    } finally {
      await t.close();
    }
  });
});

describe('allow-list mode: only registered operations run', () => {
  let t: TestServer;
  let dir: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'musubi-allowlist-'));
    // Apollo's persisted query manifest format.
    const manifest = {
      format: 'apollo-persisted-query-manifest',
      version: 1,
      operations: [{ id: sha256Hex(COUNT), name: 'CountSeeds', type: 'query', body: COUNT }],
    };
    fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
    t = await startTestServer({ MUSUBI_PERSISTED_QUERIES: 'allowlist', MUSUBI_ALLOWLIST_FILE: path.join(dir, 'manifest.json') });
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('runs a registered operation by its hash alone, and by its exact text', async () => {
    expect((await post(t.url, { extensions: persisted(COUNT) })).body).toEqual({ data: { seeds: { totalCount: 0 } } });
    expect((await post(t.url, { query: COUNT })).body).toEqual({ data: { seeds: { totalCount: 0 } } });
    const get = await fetch(`${t.url}?extensions=${encodeURIComponent(JSON.stringify(persisted(COUNT)))}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(await get.json()).toEqual({ data: { seeds: { totalCount: 0 } } });
  });

  it('refuses any other text with QUERY_NOT_IN_SAFELIST, before parsing it', async () => {
    for (const query of [TYPENAME, `${COUNT} `, '{ __schema { types { name } } }', 'this is not GraphQL']) {
      const refused = await post(t.url, { query });
      expect(refused.status).toBe(400);
      expect(codeOf(refused.body)).toBe('QUERY_NOT_IN_SAFELIST');
    }
    const get = await fetch(`${t.url}?query=${encodeURIComponent(TYPENAME)}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(400);
  });

  it('refuses an unknown hash, and cannot be taught one at run time', async () => {
    const unknown = await post(t.url, { extensions: persisted(TYPENAME) });
    expect(unknown.status).toBe(400);
    expect(codeOf(unknown.body)).toBe('PERSISTED_QUERY_NOT_IN_LIST');
    const register = await post(t.url, { query: TYPENAME, extensions: persisted(TYPENAME) });
    expect(codeOf(register.body)).toBe('QUERY_NOT_IN_SAFELIST');
    expect(codeOf((await post(t.url, { extensions: persisted(TYPENAME) })).body)).toBe('PERSISTED_QUERY_NOT_IN_LIST');
  });

  it('accepts the plain { hash: text } map that GraphQL Code Generator writes', () => {
    const file = path.join(dir, 'persisted-documents.json');
    fs.writeFileSync(file, JSON.stringify({ [sha256Hex(TYPENAME)]: TYPENAME }));
    expect([...loadOperationManifest(file).operations.values()]).toEqual([TYPENAME]);
  });

  it('refuses to start with a manifest whose hash does not match its text, naming the variable', () => {
    const file = path.join(dir, 'bad.json');
    fs.writeFileSync(file, JSON.stringify({ [sha256Hex(COUNT)]: TYPENAME }));
    expect(() => loadOperationManifest(file)).toThrow(ConfigError);
    expect(() => loadOperationManifest(file)).toThrow(/MUSUBI_ALLOWLIST_FILE.*is not the sha256 of its operation text/);
    fs.writeFileSync(file, '{ not json');
    expect(() => loadOperationManifest(file)).toThrow(/MUSUBI_ALLOWLIST_FILE.*not valid JSON/);
  });

  it('needs MUSUBI_ALLOWLIST_FILE in allowlist mode, and an existing file', () => {
    expect(() => loadConfig({ MUSUBI_PERSISTED_QUERIES: 'allowlist' })).toThrow(/MUSUBI_ALLOWLIST_FILE is required/);
    expect(() => loadConfig({ MUSUBI_PERSISTED_QUERIES: 'allowlist', MUSUBI_ALLOWLIST_FILE: path.join(dir, 'missing.json') })).toThrow(
      /MUSUBI_ALLOWLIST_FILE: no such file/,
    );
    expect(() => loadConfig({ MUSUBI_PERSISTED_QUERIES: 'sometimes' })).toThrow(/MUSUBI_PERSISTED_QUERIES must be one of off, apq, allowlist/);
  });
});
