import http, { IncomingMessage, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { DataSource } from 'typeorm';
import type { Config } from '../config/config';
import type { Logger } from '../common/logger';
import { createRequestContext, RequestContext } from '../graphql/context';
import { createQueryLimits } from '../graphql/query-limits';
import { clientAddress, refuseOverIpLimit } from './rate-limit';
import { buildMusubiSchema } from '../graphql/schema';
import { createServices } from '../graphql/services';
import { noStorePlugin } from './cache-headers';
import { createErrorFormatter, serviceUnavailablePlugin } from './format-error';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable, serviceUnavailableBody } from '../database/unavailable';
import { createPlayground } from './playground';
import { CONSOLE_PREFIX, createConsole } from './console';
import { createCors } from './cors';
import { checkAllowlist, loadOperationManifest, PersistedQueryStore, persistedQueryOptions } from './persisted-queries';
import { cachedReadiness, checkReadiness } from './readiness';
import { PLAYGROUND_EXAMPLES } from './playground-examples';
import { createServerMetrics, operationNamesIn } from '../observability/metrics';
import { attachRecord, RequestRecord, requestTrackingPlugin, trackRequest } from '../observability/request-tracking';
import { BackgroundWorker } from '../jobs/background-worker';
import { UNSUBSCRIBE_PATH } from '../notifications/unsubscribe-token';
import { createUnsubscribePage } from '../notifications/unsubscribe-page';

const MAX_BODY_BYTES = 1024 * 1024;
/** Beyond this, an oversized request is cut off rather than drained. */
const MAX_DRAIN_BYTES = 16 * MAX_BODY_BYTES;

export interface MusubiServer {
  httpServer: http.Server;
  /** The operations server: /metrics, /readyz, /healthz (config.opsHost, config.opsPort). */
  opsServer: http.Server;
  apollo: ApolloServer<RequestContext>;
  /**
   * Starts listening, the API and the operations server; resolves with the GraphQL URL. A
   * server on a random API port (port 0: tests, benchmarks) gets a random operations port too.
   */
  listen(port?: number, host?: string): Promise<string>;
  /** `http://host:port` of the operations server, once listening. */
  opsOrigin(): string;
  /** Stops accepting requests and lets in-flight ones finish. */
  stop(): Promise<void>;
}

export interface ServerDependencies {
  config: Config;
  dataSource: DataSource;
  logger: Logger;
}

/** The musubi HTTP server: the same function serves production and the test suites. */
export async function createServer({ config, dataSource, logger }: ServerDependencies): Promise<MusubiServer> {
  const schema = await buildMusubiSchema();
  const servePlayground = createPlayground(schema);
  const serveConsole = createConsole();
  const services = createServices(dataSource, config);
  const serveUnsubscribe = createUnsubscribePage(services.notifications, config.jwtSecret);
  // Reference data for matching is held in memory from here on, kept current by LISTEN/NOTIFY.
  await services.matching.start(logger);
  const queryLimits = createQueryLimits(config.queryLimits, config.introspection);
  const httpServer = http.createServer();
  const manifest = config.persistedQueries === 'allowlist' && config.allowlistFile ? loadOperationManifest(config.allowlistFile) : null;
  const cors = createCors(config.corsOrigins);
  const metrics = createServerMetrics(
    dataSource,
    operationNamesIn([...PLAYGROUND_EXAMPLES.map((example) => example.query), ...(manifest?.operations.values() ?? [])]),
  );
  const opsServer = http.createServer();
  let stopping = false;
  const readiness = cachedReadiness(() => checkReadiness(dataSource, stopping));
  const apollo = new ApolloServer<RequestContext>({
    schema,
    introspection: config.introspection,
    validationRules: queryLimits.validationRules,
    parseOptions: queryLimits.parseOptions,
    includeStacktraceInErrorResponses: false,
    persistedQueries: persistedQueryOptions(config.persistedQueries, manifest, new PersistedQueryStore(dataSource)),
    // main.ts owns SIGINT and SIGTERM: it drains this server, then stops the database.
    stopOnTerminationSignals: false,
    formatError: createErrorFormatter(logger, config.nodeEnv !== 'production'),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // Apollo's cache-control plugin hooks every field of every response to compute a policy
      // that is always "no-store" here (no cache hints): the header is set once instead.
      ApolloServerPluginCacheControlDisabled(),
      noStorePlugin(),
      requestTrackingPlugin(),
      serviceUnavailablePlugin(),
      ...queryLimits.plugins,
    ],
  });
  await apollo.start();
  // Webhooks, notification e-mail and the outbox fan-out run beside the API in every instance.
  const worker = config.backgroundJobs ? new BackgroundWorker(dataSource, config, logger) : null;

  httpServer.on('request', (req, res) => {
    trackRequest(req, res, { logger, metrics }, (record) =>
      route(req, res, record).catch((error: unknown) => {
        // The database is gone (e.g. while checking the rate limit): 503, and the client retries.
        if (isDatabaseUnavailable(error)) {
          logger.warn('Database unreachable: answered 503', { error: error instanceof Error ? error.message : String(error) });
          if (!res.headersSent) sendServiceUnavailable(res);
          else res.end();
          return;
        }
        logger.error('Request failed', { error: error instanceof Error ? error.message : String(error) });
        if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
        else res.end();
      }),
    );
  });

  opsServer.on('request', (req, res) => {
    trackRequest(req, res, { logger, metrics }, () =>
      routeOps(req, res).catch((error: unknown) => {
        logger.error('Operations request failed', { error: error instanceof Error ? error.message : String(error) });
        if (!res.headersSent) sendJson(res, 500, { error: 'Internal server error' });
        else res.end();
      }),
    );
  });

  /**
   * The operations port: metrics and readiness say how the service runs (operation names, pool
   * use, migration state), so they are not served on the public API port. Liveness is served
   * on both: load balancers usually probe the port they send traffic to.
   */
  async function routeOps(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/healthz') return sendJson(res, 200, { status: 'ok' });
    if (url.pathname === '/readyz') {
      const answer = await readiness();
      return sendJson(res, answer.ready ? 200 : 503, answer.body);
    }
    if (url.pathname === '/metrics') {
      res.writeHead(200, { 'content-type': metrics.contentType, 'cache-control': 'no-store' }).end(await metrics.render());
      return;
    }
    return sendJson(res, 404, { error: 'Not found. Operations endpoints: /healthz, /readyz, /metrics' });
  }

  async function route(req: IncomingMessage, res: ServerResponse, record: RequestRecord): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/healthz') return sendJson(res, 200, { status: 'ok' });
    if (url.pathname === '/') {
      res.writeHead(302, { location: '/graphql' }).end();
      return;
    }
    if (url.pathname === '/graphql' && req.method === 'GET' && wantsHtml(req) && !url.searchParams.has('query')) {
      return servePlayground(res);
    }
    if (url.pathname.startsWith('/playground/')) return servePlayground(res, url.pathname);
    if (url.pathname === CONSOLE_PREFIX) {
      res.writeHead(301, { location: `${CONSOLE_PREFIX}/` }).end();
      return;
    }
    if (url.pathname.startsWith(`${CONSOLE_PREFIX}/`)) return serveConsole(req, res, url.pathname);
    if (url.pathname === UNSUBSCRIBE_PATH) return serveUnsubscribe(req, res, url);
    if (url.pathname !== '/graphql') return sendJson(res, 404, { error: 'Not found. The GraphQL endpoint is /graphql' });
    if (cors(req, res)) return;
    return handleGraphQL(req, res, url, record);
  }

  async function handleGraphQL(req: IncomingMessage, res: ServerResponse, url: URL, record: RequestRecord): Promise<void> {
    if (await refuseOverIpLimit(services.rateLimits, req, res)) return;
    let body: unknown;
    if (req.method === 'POST') {
      const raw = await readBody(req);
      if (raw === null)
        return sendJson(res, 413, { errors: [{ message: `Request body larger than ${MAX_BODY_BYTES} bytes`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
      const contentType = req.headers['content-type'] ?? '';
      if (contentType.includes('application/json')) {
        try {
          body = raw.length > 0 ? JSON.parse(raw) : undefined;
        } catch {
          return sendJson(res, 400, {
            errors: [{ message: 'リクエスト本文が JSON として読めません / The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }],
          });
        }
      } else {
        body = raw;
      }
    }
    const refused = manifest && checkAllowlist(manifest, (req.method ?? 'GET').toUpperCase(), url.searchParams, body);
    if (refused) return sendJson(res, refused.status, { errors: [{ message: refused.message, extensions: { code: refused.code } }] });
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const httpGraphQLRequest = { method: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body };
    attachRecord(httpGraphQLRequest, record);
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest,
      context: async () => createRequestContext(dataSource, config, services, req.headers, clientAddress(req)),
    });
    if (record.databaseUnavailable) return sendServiceUnavailable(res);
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  let opsOrigin: string | null = null;
  return {
    httpServer,
    opsServer,
    apollo,
    async listen(port = config.port, host = config.host) {
      const apiPort = await listenOn(httpServer, port, host);
      const opsPort = await listenOn(opsServer, port === 0 ? 0 : config.opsPort, config.opsHost);
      opsOrigin = `http://${shownHost(config.opsHost)}:${opsPort}`;
      worker?.start();
      return `http://${shownHost(host)}:${apiPort}/graphql`;
    },
    opsOrigin() {
      if (!opsOrigin) throw new Error('The operations server is not listening yet');
      return opsOrigin;
    },
    async stop() {
      stopping = true;
      await Promise.all([apollo.stop(), worker?.stop()]);
      await services.matching.stop();
      if (!opsServer.listening) return;
      const closed = new Promise<void>((resolve) => opsServer.close(() => resolve()));
      opsServer.closeAllConnections();
      await closed;
    },
  };
}

function listenOn(server: http.Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

const shownHost = (host: string) => (host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host);

function wantsHtml(req: IncomingMessage): boolean {
  return (req.headers.accept ?? '').includes('text/html');
}

function sendServiceUnavailable(res: ServerResponse): void {
  res
    .writeHead(503, { 'content-type': 'application/json; charset=utf-8', 'retry-after': String(DATABASE_RETRY_AFTER_SECONDS) })
    .end(JSON.stringify(serviceUnavailableBody()));
}

function sendJson(res: ServerResponse, status: number, payload: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(payload));
}

/**
 * Reads the body as UTF-8; null when it exceeds the limit. Past the limit it keeps reading and
 * discarding (up to MAX_DRAIN_BYTES) so the client finishes sending and sees the 413: closing
 * the socket mid-upload reaches the client as a connection reset instead.
 */
async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_DRAIN_BYTES) return null;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk as Buffer);
  }
  return size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8');
}
