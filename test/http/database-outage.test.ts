import net from 'node:net';
import { DataSource } from 'typeorm';
import { loadConfig } from '../../src/config/config';
import { createLogger } from '../../src/common/logger';
import { createDataSource } from '../../src/database/data-source';
import { createServer, MusubiServer } from '../../src/http/server';
import { loadReferenceData } from '../support/factories';
import { TEST_JWT_SECRET, TestAuth } from '../support/test-auth';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { waitFor, WAIT_CEILING_MS } from '../support/wait-for';

jest.setTimeout(3 * WAIT_CEILING_MS);

/**
 * A TCP proxy in front of the test database: closing it is a database outage for the server
 * behind it (open connections cut, new ones refused) without touching the cluster the other
 * test files use; listening again on the same port is the database coming back.
 */
class DatabaseProxy {
  private server: net.Server | null = null;
  private readonly sockets = new Set<net.Socket>();
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  async start(): Promise<void> {
    const server = net.createServer((client) => {
      const upstream = net.connect(this.target.port, this.target.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as net.AddressInfo).port;
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const socket of this.sockets) socket.destroy();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

describe('when the database cannot be reached', () => {
  let db: TestDatabase;
  let proxy: DatabaseProxy;
  let dataSource: DataSource;
  let servers: MusubiServer[];
  let open: string;
  let limited: string;
  let opsOrigin: string;
  let auth: Record<string, string>;

  beforeAll(async () => {
    db = await createTestDatabase();
    await loadReferenceData(db.dataSource);
    const target = new URL(db.url);
    proxy = new DatabaseProxy({ host: target.hostname, port: Number(target.port) });
    await proxy.start();
    const proxied = new URL(db.url);
    proxied.hostname = '127.0.0.1';
    proxied.port = String(proxy.port);
    dataSource = createDataSource({ url: proxied.toString(), poolSize: 3 });
    await dataSource.initialize();
    const base = { NODE_ENV: 'test', LOG_LEVEL: 'silent', MUSUBI_JWT_SECRET: TEST_JWT_SECRET };
    // One server without the per-address limit (GraphQL reaches the database itself), one with it (checked first, in the database).
    const configs = [loadConfig({ ...base, MUSUBI_RATE_LIMIT_PER_IP: '0' }), loadConfig({ ...base, MUSUBI_RATE_LIMIT_PER_IP: '1000' })];
    servers = await Promise.all(configs.map((config) => createServer({ config, dataSource, logger: createLogger('silent') })));
    [open, limited] = await Promise.all(servers.map((server) => server.listen(0, '127.0.0.1')));
    opsOrigin = servers[0].opsOrigin();
    const testAuth = new TestAuth(db.dataSource, configs[0]);
    auth = await testAuth.headersFor('ADMIN');
  });
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await dataSource.destroy();
    await proxy.stop();
    await db.drop();
  });

  const post = async (url: string, body: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
    return { status: response.status, retryAfter: response.headers.get('retry-after'), text: await response.text() };
  };
  const REGIONS = { query: '{ regions { code } }' };
  const ME = { query: '{ me { email } }' };
  const APQ = { extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } };

  it('answers 503 with Retry-After and SERVICE_UNAVAILABLE, never 500, and recovers by itself', async () => {
    expect((await post(open, REGIONS)).status).toBe(200);
    expect((await post(open, ME, auth)).status).toBe(200);
    expect((await post(limited, REGIONS)).status).toBe(200);

    await proxy.stop();
    const during = [
      await post(open, REGIONS), // a resolver's query fails
      await post(open, ME, auth), // the account lookup while the context is built fails
      await post(open, APQ), // the persisted-query lookup fails
      await post(limited, REGIONS), // the per-address limit cannot be checked
    ];
    for (const answer of during) {
      expect({ status: answer.status, retryAfter: answer.retryAfter }).toEqual({ status: 503, retryAfter: '5' });
      const body = JSON.parse(answer.text) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
      expect(body.errors[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 5 });
      expect(body.errors[0].message).toMatch(/データベースに接続できません/);
      // Nothing about where the database is.
      expect(answer.text).not.toMatch(new RegExp(`ECONNREFUSED|127\\.0\\.0\\.1|${proxy.port}`));
    }
    const readiness = await fetch(`${opsOrigin}/readyz`);
    expect(readiness.status).toBe(503);
    expect(await readiness.text()).not.toMatch(new RegExp(`ECONNREFUSED|${proxy.port}`));

    await proxy.start();
    // The pool drops the connections that were cut and opens new ones: no restart needed.
    await waitFor(
      async () => (await post(open, REGIONS)).status === 200,
      () => 'the server to answer again',
    );
    expect((await post(open, ME, auth)).status).toBe(200);
    expect((await post(limited, REGIONS)).status).toBe(200);
    await waitFor(
      async () => (await fetch(`${opsOrigin}/readyz`)).status === 200,
      () => 'readiness to come back',
    );
  });
});
