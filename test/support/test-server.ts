import { loadConfig } from '../../src/config/config';
import { createLogger, Logger } from '../../src/common/logger';
import { createServer, MusubiServer } from '../../src/http/server';
import { createTestDatabase, TestDatabase } from './test-database';
import type { Config } from '../../src/config/config';
import { TEST_JWT_SECRET, TestAuth, TestLinks, TestRole } from './test-auth';

export interface GraphQLResult<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, any> }>;
}

export interface TestServer {
  url: string;
  /** `http://127.0.0.1:port` of the operations server (/metrics, /readyz, /healthz). */
  opsOrigin: string;
  db: TestDatabase;
  server: MusubiServer;
  /** Sends one GraphQL operation over real HTTP, as a client would. */
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResult<T>>;
  /** The same, as a caller with this role (an account made for the test, with a token). */
  as(role: TestRole, links?: TestLinks): { gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResult<T>> };
  config: Config;
  auth: TestAuth;
  close(): Promise<void>;
}

/**
 * The production server (same createServer) on its own fresh database and a random port.
 * `options.logger` replaces the silent logger (tests that read the log lines).
 */
export async function startTestServer(env: Record<string, string> = {}, options: { logger?: Logger; as?: TestRole } = {}): Promise<TestServer> {
  const db = await createTestDatabase();
  // The per-address rate limit would trip over a test file's requests from 127.0.0.1: off unless a test sets it.
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', MUSUBI_JWT_SECRET: TEST_JWT_SECRET, MUSUBI_RATE_LIMIT_PER_IP: '0', ...env });
  const auth = new TestAuth(db.dataSource, config);
  const server = await createServer({ config, dataSource: db.dataSource, logger: options.logger ?? createLogger('silent') });
  const url = await server.listen(0, '127.0.0.1');
  const send = async (query: string, variables: Record<string, unknown> | undefined, headers: Record<string, string>) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as GraphQLResult<any>;
    return { status: response.status, data: body.data, errors: body.errors };
  };
  return {
    url,
    opsOrigin: server.opsOrigin(),
    db,
    server,
    config,
    auth,
    /** Sent as `options.as` (anonymous by default) unless the headers carry credentials of their own. */
    async gql(query, variables, headers = {}) {
      const own = Object.keys(headers).some((name) => ['authorization', 'x-api-key'].includes(name.toLowerCase()));
      const role = own ? 'ANONYMOUS' : (options.as ?? 'ANONYMOUS');
      return send(query, variables, { ...(await auth.headersFor(role)), ...headers });
    },
    as(role, links) {
      return { gql: async (query, variables) => send(query, variables, await auth.headersFor(role, links)) };
    },
    async close() {
      await server.stop();
      await db.drop();
    },
  };
}

/** Fails the test with the server's errors when an operation that should succeed did not. */
export function expectNoErrors<T>(result: GraphQLResult<T>): T {
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
  return result.data as T;
}
