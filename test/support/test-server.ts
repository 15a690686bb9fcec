import { loadConfig } from '../../src/config/config';
import { createLogger } from '../../src/common/logger';
import { createServer, MusubiServer } from '../../src/http/server';
import { createTestDatabase, TestDatabase } from './test-database';

export interface GraphQLResult<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, any> }>;
}

export interface TestServer {
  url: string;
  db: TestDatabase;
  server: MusubiServer;
  /** Sends one GraphQL operation over real HTTP, as a client would. */
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResult<T>>;
  close(): Promise<void>;
}

/** The production server (same createServer) on its own fresh database and a random port. */
export async function startTestServer(env: Record<string, string> = {}): Promise<TestServer> {
  const db = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env });
  const server = await createServer({ config, dataSource: db.dataSource, logger: createLogger('silent') });
  const url = await server.listen(0, '127.0.0.1');
  return {
    url,
    db,
    server,
    async gql(query, variables, headers = {}) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as GraphQLResult<any>;
      return { status: response.status, data: body.data, errors: body.errors };
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
