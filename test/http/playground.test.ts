import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { buildMusubiSchema } from '../../src/graphql/schema';
import { classifyExamples, PLAYGROUND_TITLE } from '../../src/http/playground';
import { PLAYGROUND_EXAMPLES } from '../../src/http/playground-examples';
import { startTestServer, TestServer } from '../support/test-server';
import { rawRequest } from './raw-request';

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

interface PageConfig {
  endpoint: string;
  defaultQuery: string;
  examples: Array<{ titleJa: string; titleEn: string; query: string; variables: string }>;
}

/** The URLs of the page's scripts and stylesheets, as written in its tags. */
function referencedAssets(html: string): { scripts: string[]; styles: string[]; all: string[] } {
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]*)"/g)].map((m) => m[1]);
  const styles = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]*)"/g)].map((m) => m[1]);
  const all = [...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
  return { scripts, styles, all };
}

function pageConfig(html: string): PageConfig {
  const match = /<script type="application\/json" id="musubi-playground-config">([^<]*)<\/script>/.exec(html);
  if (!match) throw new Error('the page has no playground configuration');
  return JSON.parse(match[1]) as PageConfig;
}

describe('playground (offline GraphiQL)', () => {
  let t: TestServer;
  let origin: string;
  let html: string;

  beforeAll(async () => {
    // The examples are for coordinators (needs, consultations): run them signed in as one.
    t = await startTestServer({}, { as: 'COORDINATOR' });
    origin = new URL(t.url).origin;
    const response = await fetch(t.url, { headers: { accept: BROWSER_ACCEPT } });
    expect(response.status).toBe(200);
    html = await response.text();
  });
  afterAll(() => t.close());

  it('serves an HTML page at GET /graphql to a browser, with a policy that forbids other origins', async () => {
    const response = await fetch(t.url, { headers: { accept: BROWSER_ACCEPT } });
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(html).toContain(`<title>${PLAYGROUND_TITLE}</title>`);
    expect(PLAYGROUND_TITLE).toBe('musubi 結び — GraphQL');
  });

  it('references only local /playground/ assets: no http(s) sources, no CDN', () => {
    const { scripts, styles, all } = referencedAssets(html);
    expect(scripts.length).toBeGreaterThanOrEqual(4);
    expect(styles.length).toBeGreaterThanOrEqual(1);
    for (const url of [...scripts, ...styles]) expect(url).toMatch(/^\/playground\/[\w.-]+\.(js|css)$/);
    for (const url of all) expect(url).not.toMatch(/^(https?:)?\/\//);
    // Outside the examples' data, the page names no other origin at all.
    const markup = html.replace(/<script type="application\/json"[^>]*>[^<]*<\/script>/, '');
    expect(markup).not.toMatch(/https?:\/\//);
    expect(markup).not.toMatch(/cdn|unpkg|jsdelivr|esm\.sh/i);
    // No inline scripts: the only <script> without src holds JSON data.
    const inline = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]).filter((attrs) => !/\bsrc=/.test(attrs));
    expect(inline).toEqual([' type="application/json" id="musubi-playground-config"']);
  });

  it('loads React, ReactDOM and GraphiQL before the page script that starts the IDE', () => {
    const names = referencedAssets(html).scripts.map((src) => path.basename(src).replace(/\.[\w-]+\.js$/, ''));
    expect(names).toEqual(['react.production.min', 'react-dom.production.min', 'graphiql.min', 'musubi-playground']);
  });

  it('serves each referenced asset with its content type and long-lived caching', async () => {
    const { scripts, styles } = referencedAssets(html);
    const expected = [...scripts.map((url) => [url, 'text/javascript; charset=utf-8']), ...styles.map((url) => [url, 'text/css; charset=utf-8'])];
    for (const [url, contentType] of expected) {
      const response = await fetch(`${origin}${url}`);
      expect({ url, status: response.status }).toEqual({ url, status: 200 });
      expect(response.headers.get('content-type')).toBe(contentType);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('etag')).toMatch(/^"[\w-]+"$/);
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(100);
    }
  });

  it('serves GraphiQL byte for byte from node_modules, gzipped when asked, 304 when unchanged', async () => {
    const graphiql = referencedAssets(html).scripts.find((src) => src.includes('graphiql.min'))!;
    const onDisk = fs.readFileSync(path.join(path.dirname(require.resolve('graphiql/package.json')), 'graphiql.min.js'));

    const plain = await rawRequest(origin, graphiql);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(onDisk)).toBe(true);

    const gzipped = await rawRequest(origin, graphiql, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.body.length).toBeLessThan(onDisk.length / 2);
    expect(gunzipSync(gzipped.body).equals(onDisk)).toBe(true);

    const again = await rawRequest(origin, graphiql, { headers: { 'if-none-match': String(plain.headers.etag) } });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it.each([
    '/playground/../../package.json',
    '/playground/..%2f..%2fpackage.json',
    '/playground/%2e%2e/%2e%2e/package.json',
    '/playground/..%5c..%5cpackage.json',
    '/playground/graphiql.min.js',
    '/playground/react/package.json',
    '/playground/',
  ])('answers %s with 404 and no file content', async (requestPath) => {
    const response = await rawRequest(origin, requestPath);
    expect(response.status).toBe(404);
    expect(response.body.toString('utf8')).not.toContain('"dependencies"');
  });

  it('refuses methods other than GET and HEAD on assets', async () => {
    const script = referencedAssets(html).scripts[0];
    expect((await rawRequest(origin, script, { method: 'POST', body: '' })).status).toBe(405);
    const head = await rawRequest(origin, script, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
  });

  it('still sends GET /graphql?query= to GraphQL, not to the page', async () => {
    const response = await fetch(`${t.url}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: `application/json, ${BROWSER_ACCEPT}`, 'apollo-require-preflight': 'true' },
    });
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('offers a welcome tab and the examples that run against this schema, none broken', async () => {
    const { usable, pending, invalid } = classifyExamples(await buildMusubiSchema(), PLAYGROUND_EXAMPLES);
    // An example whose root field exists but which does not validate is a bug to fix in the example.
    expect(invalid.map(({ example, errors }) => ({ title: example.titleEn, errors }))).toEqual([]);
    expect(usable.length + pending.length).toBe(PLAYGROUND_EXAMPLES.length);

    const config = pageConfig(html);
    expect(config.endpoint).toBe('/graphql');
    expect(config.defaultQuery).toMatch(/query Welcome/);
    expect(config.examples.map((e) => e.titleEn)).toEqual(usable.map((e) => e.titleEn));
    expect(config.examples.map((e) => e.titleJa)).toContain('公開中のシーズを「有機EL」で探す');
    for (const example of config.examples) {
      expect(example.titleJa).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(example.titleEn).toMatch(/^[\x20-\x7e\u3000-\u30ff\u4e00-\u9fff]+$/);
    }
  });

  it('writes nothing fixed into records: every text a mutation example sends comes from its variables', () => {
    const { PLAYGROUND_EXAMPLES } = jest.requireActual('../../src/http/playground-examples');
    const mutations = (PLAYGROUND_EXAMPLES as Array<{ query: string }>).filter((e) => /^mutation /m.test(e.query));
    expect(mutations.length).toBeGreaterThan(3);
    for (const { query } of mutations) {
      const code = query
        .split('\n')
        .filter((line) => !line.trimStart().startsWith('#'))
        .join('\n');
      expect({ query: code.split('\n')[0], literals: code.match(/"[^"]*"/g) ?? [] }).toEqual({ query: code.split('\n')[0], literals: [] });
    }
  });

  it('opens the KPI example on the current fiscal year', () => {
    const { PLAYGROUND_EXAMPLES } = jest.requireActual('../../src/http/playground-examples');
    const { fiscalYearOf } = jest.requireActual('../../src/kpis/fiscal-year');
    const kpi = (PLAYGROUND_EXAMPLES as Array<{ query: string; variables?: Record<string, unknown> }>).find((e) => e.query.includes('kpis('));
    expect(kpi?.variables?.fiscalYear).toBe(fiscalYearOf(new Date()));
  });

  it('runs the welcome query and every offered example without a GraphQL validation error', async () => {
    const config = pageConfig(html);
    const operations = [{ query: config.defaultQuery, variables: '' }, ...config.examples];
    for (const { query, variables } of operations) {
      const result = await t.gql(query, variables ? JSON.parse(variables) : undefined);
      const codes = (result.errors ?? []).map((e) => e.extensions?.code);
      // The seed-by-ID example carries a placeholder ID; BAD_USER_INPUT is the expected answer there.
      // This server has no demo accounts, so the sign-in example's demo login is refused.
      const expectedRefusal = (c: unknown) => c === 'BAD_USER_INPUT' || (query.includes('mutation SignIn') && c === 'UNAUTHENTICATED');
      expect({ query: query.split('\n').find((l) => l.startsWith('query')), codes: codes.filter((c) => !expectedRefusal(c)) }).toEqual({
        query: query.split('\n').find((l) => l.startsWith('query')),
        codes: [],
      });
      expect(result.status).toBe(200);
    }
  });
});
