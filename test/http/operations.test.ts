import net from 'node:net';
import { Pool } from 'pg';
import { PassThrough } from 'node:stream';
import { DataSource, DataSourceOptions, MigrationInterface } from 'typeorm';
import { checkReadiness } from '../../src/http/readiness';
import { createLogger } from '../../src/common/logger';
import { PLAYGROUND_EXAMPLES } from '../../src/http/playground-examples';
import { matchingLatency, operationNamesIn } from '../../src/observability/metrics';
import { startTestServer, TestServer } from '../support/test-server';
import { waitFor } from '../support/wait-for';

const EXAMPLE = PLAYGROUND_EXAMPLES[0];
const [EXAMPLE_NAME] = operationNamesIn([EXAMPLE.query]);

/** Log lines written by the server, parsed. */
function logCapture() {
  const stream = new PassThrough();
  const lines: Array<Record<string, any>> = [];
  stream.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) lines.push(JSON.parse(line));
  });
  return { logger: createLogger('debug', 'json', stream), lines };
}

/** The server writes its log line when the response closes, just after the client has it. */
function logLineFor(lines: Array<Record<string, any>>, reqId: string): Promise<Record<string, any>> {
  return waitFor(
    () => lines.find((l) => l.reqId === reqId),
    () => `the log line of request ${reqId}`,
  );
}

describe('operations: readiness, request logs, metrics', () => {
  let t: TestServer;
  let origin: string;
  const capture = logCapture();

  beforeAll(async () => {
    t = await startTestServer({}, { logger: capture.logger });
    origin = new URL(t.url).origin;
  });
  afterAll(() => t.close());

  it('reports readiness at /readyz on the operations port: database reachable, migrations current', async () => {
    const response = await fetch(`${t.opsOrigin}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready', database: 'ok', migrations: 'current' });
  });

  it('serves /metrics and /readyz only on the operations port; /healthz on both', async () => {
    expect(new URL(t.opsOrigin).port).not.toBe(new URL(origin).port);
    for (const path of ['/metrics', '/readyz']) expect((await fetch(`${origin}${path}`)).status).toBe(404);
    for (const base of [origin, t.opsOrigin]) expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok' });
  });

  it('never shows the database host or port when the database cannot be reached', async () => {
    const closed = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as net.AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    // A real pool against a closed port: its error names host and port.
    const pool = new Pool({ connectionString: `postgres://musubi:x@127.0.0.1:${closed}/musubi` });
    const error = await pool.query('SELECT 1').catch((e: Error) => e);
    await pool.end();
    expect(String(error)).toMatch(/ECONNREFUSED/);
    const readiness = await checkReadiness({ isInitialized: true, query: () => Promise.reject(error) } as unknown as DataSource, false);
    expect(readiness).toMatchObject({ ready: false, body: { database: 'unreachable' } });
    expect(JSON.stringify(readiness)).not.toMatch(new RegExp(`127\\.0\\.0\\.1|${closed}|ECONNREFUSED`));
  });

  it('is not ready while a migration is pending, when the database is gone, or while stopping', async () => {
    class Later1999999999999 implements MigrationInterface {
      name = 'Later1999999999999';
      async up(): Promise<void> {}
      async down(): Promise<void> {}
    }
    const options = t.db.dataSource.options;
    const ahead = new DataSource({ ...options, migrations: [...(options.migrations as Function[]), Later1999999999999] } as DataSourceOptions);
    await ahead.initialize();
    try {
      expect(await checkReadiness(ahead, false)).toMatchObject({ ready: false, body: { database: 'ok', migrations: 'pending' } });
      expect(await checkReadiness(ahead, true)).toMatchObject({ ready: false, body: { reason: expect.stringMatching(/shutting down/) } });
    } finally {
      await ahead.destroy();
    }
    expect(await checkReadiness(ahead, false)).toMatchObject({ ready: false, body: { database: 'unreachable' } });
  });

  it('echoes a client request id, or makes one, in x-request-id', async () => {
    const given = await fetch(`${origin}/healthz`, { headers: { 'x-request-id': 'portal-42.abc' } });
    expect(given.headers.get('x-request-id')).toBe('portal-42.abc');
    const made = await fetch(`${origin}/healthz`);
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    // An id that could forge log content is replaced.
    const forged = await fetch(`${origin}/healthz`, { headers: { 'x-request-id': 'a"b c' } });
    expect(forged.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('writes one JSON line per GraphQL request: id, operation, duration, status, no secrets', async () => {
    const response = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'log-ok-1', cookie: 'session=s3cr3t' },
      body: JSON.stringify({
        query: 'query CountSeeds($first: Int, $filter: SeedFilter) { seeds(first: $first, filter: $filter) { totalCount } }',
        variables: { first: 1, filter: { contains: 'x' }, password: 'hunter2', nested: { apiKey: 'k', deeper: [{ token: 't' }] } },
      }),
    });
    await response.text();
    const line = await logLineFor(capture.lines, 'log-ok-1');
    expect(line).toMatchObject({
      level: 'info',
      msg: 'graphql request',
      method: 'POST',
      path: '/graphql',
      operationName: 'CountSeeds',
      operationType: 'query',
    });
    expect(line.status).toBe(response.status);
    expect(typeof line.durationMs).toBe('number');
    expect(typeof line.time).toBe('string');
    const text = JSON.stringify(line);
    for (const secret of ['s3cr3t', 'hunter2', '"k"', '"t"']) expect(text).not.toContain(secret);
    expect(line.headers).toMatchObject({ cookie: '[REDACTED]' });
    // Variables appear only at debug level (this logger's), secrets replaced at any depth.
    expect(line.variables).toEqual({
      first: 1,
      filter: { contains: 'x' },
      password: '[REDACTED]',
      nested: { apiKey: '[REDACTED]', deeper: [{ token: '[REDACTED]' }] },
    });
  });

  it('logs the error codes of a failed request, and redacts the Authorization header', async () => {
    const response = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'log-err-1' },
      body: JSON.stringify({ query: '{ noSuchField }' }),
    });
    expect(response.status).toBe(400);
    const line = await logLineFor(capture.lines, 'log-err-1');
    expect(line).toMatchObject({ status: 400, errorCodes: ['GRAPHQL_VALIDATION_FAILED'] });

    await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'log-json-1' }, body: '{"query": ' });
    expect(await logLineFor(capture.lines, 'log-json-1')).toMatchObject({ status: 400, errorCodes: ['BAD_REQUEST'] });

    await fetch(`${t.url}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { 'x-request-id': 'log-csrf-1', authorization: 'Bearer eyJhbGciOi.secret.sig' },
    });
    const csrf = await logLineFor(capture.lines, 'log-csrf-1');
    expect(csrf).toMatchObject({ status: 400, errorCodes: ['BAD_REQUEST'] });
    expect(csrf.headers.authorization).toBe('[REDACTED]');
    expect(JSON.stringify(csrf)).not.toContain('eyJhbGciOi');

    await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'log-key-1', 'x-api-key': 'mk_not_a_real_key_but_secret' },
      body: '{"query":"{ __typename }"}',
    });
    const key = await logLineFor(capture.lines, 'log-key-1');
    expect(key.headers['x-api-key']).toBe('[REDACTED]');
    expect(JSON.stringify(key)).not.toContain('mk_not_a_real_key_but_secret');
  });

  it('serves Prometheus metrics: durations by operation, errors by code, pool use, matching latency', async () => {
    matchingLatency.observe({ operation: 'test' }, 0.02);
    await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: EXAMPLE.query, variables: EXAMPLE.variables }),
    });
    const response = await fetch(`${t.opsOrigin}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    // Only known operations (playground examples, the allowlist) get a label; a name the caller chose does not.
    expect(text).toMatch(new RegExp(`^musubi_graphql_request_duration_seconds_count\\{operation="${EXAMPLE_NAME}"\\} 1$`, 'm'));
    expect(text).not.toMatch(/CountSeeds/);
    expect(text).toMatch(/^musubi_graphql_request_duration_seconds_count\{operation="__other__"\} [1-9]/m);
    expect(text).toMatch(/^musubi_graphql_errors_total\{code="GRAPHQL_VALIDATION_FAILED"\} [1-9]/m);
    expect(text).toMatch(/^musubi_db_pool_connections [1-9]/m);
    expect(text).toMatch(/^musubi_db_pool_idle_connections \d+/m);
    expect(text).toMatch(/^musubi_db_pool_waiting_clients 0/m);
    expect(text).toMatch(/^musubi_db_pool_max_connections 5/m);
    expect(text).toMatch(/^musubi_matching_duration_seconds_count\{operation="test"\} 1/m);
    expect(text).toMatch(/^process_cpu_seconds_total /m);
    // Requests refused before an operation was resolved (bad JSON, CSRF, validation, bad key) count as "unknown".
    expect(text).toMatch(/^musubi_graphql_request_duration_seconds_count\{operation="unknown"\} 4$/m);
  });

  it('logs probes at debug level only, so they do not flood the info log', async () => {
    await fetch(`${t.opsOrigin}/readyz`, { headers: { 'x-request-id': 'probe-1' } });
    expect(await logLineFor(capture.lines, 'probe-1')).toMatchObject({ level: 'debug', msg: 'http request', path: '/readyz', status: 200 });
  });
});
