import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import { REDACTED, redactSecrets, type Logger } from './logger';
import type { ServerMetrics } from './metrics';

/**
 * One record per HTTP request, handed to the request's handler and found by Apollo's plugins
 * from the HTTP request they process (`recordOf`), so they can add what only GraphQL knows
 * (operation, error codes) and the HTTP layer writes one log line and the metrics when the
 * response ends.
 */
export interface RequestRecord {
  readonly id: string;
  readonly method: string;
  readonly path: string;
  /** Set by the Apollo plugin: the request reached GraphQL processing. */
  graphql: boolean;
  operationName?: string;
  operationType?: string;
  /** `hit` when a persisted query was found by its hash, `registered` when it was stored. */
  persistedQuery?: 'hit' | 'registered';
  errorCodes: string[];
  variables?: unknown;
  /** Set when Apollo failed outside any resolver because the database could not be reached (e.g. reading a persisted query). */
  databaseUnavailable?: boolean;
}

/**
 * Records by the HTTP request Apollo is given (`HTTPGraphQLRequest`, which its plugins see as
 * `request.http`). Not AsyncLocalStorage: on Node 20 it turns on promise hooks that tax every
 * promise of every request (a few percent of the CPU of a 50-seed page, and more garbage).
 */
const records = new WeakMap<object, RequestRecord>();

/** Ties the HTTP request handed to Apollo to its record. */
export function attachRecord(httpGraphQLRequest: object, record: RequestRecord): void {
  records.set(httpGraphQLRequest, record);
}

/** The record of the request Apollo is processing, if it came through `trackRequest`. */
export function recordOf(httpGraphQLRequest: object | undefined): RequestRecord | undefined {
  return httpGraphQLRequest ? records.get(httpGraphQLRequest) : undefined;
}

export const REQUEST_ID_HEADER = 'x-request-id';
/** A client's id is kept only when it is short and plain, so it cannot forge log lines. */
const ACCEPTABLE_REQUEST_ID = /^[\w.:@-]{1,128}$/;

export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers[REQUEST_ID_HEADER];
  const value = Array.isArray(given) ? given[0] : given;
  return value && ACCEPTABLE_REQUEST_ID.test(value) ? value : randomUUID();
}

/** Headers worth a log line; credentials among them only show that they were sent. */
const LOGGED_HEADERS = ['user-agent', 'origin', 'content-type', 'content-length', 'x-forwarded-for'];
const SECRET_HEADERS = ['authorization', 'x-api-key', 'cookie', 'proxy-authorization'];

export function loggedHeaders(headers: IncomingMessage['headers']): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const name of LOGGED_HEADERS) {
    const value = headers[name];
    if (value !== undefined) picked[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  for (const name of SECRET_HEADERS) if (headers[name] !== undefined) picked[name] = REDACTED;
  return picked;
}

/** Paths probed often by load balancers and Prometheus: logged at debug level only. */
const QUIET_PATHS = new Set(['/healthz', '/readyz', '/metrics']);
/** Bodies of error responses shorter than this are read for their error codes. */
const SNIFF_LIMIT = 64 * 1024;

export interface TrackingOptions {
  logger: Logger & { isLevelEnabled?(level: 'debug' | 'info' | 'error'): boolean };
  metrics: ServerMetrics;
}

/**
 * Runs `handle` inside a request record: assigns the request id (echoed in `x-request-id`),
 * then, when the response is finished or abandoned, writes the log line and the metrics.
 */
export function trackRequest(req: IncomingMessage, res: ServerResponse, options: TrackingOptions, handle: (record: RequestRecord) => Promise<void>): void {
  const startedAt = process.hrtime.bigint();
  const path = safePath(req.url);
  const record: RequestRecord = { id: requestIdOf(req), method: req.method ?? 'GET', path, graphql: false, errorCodes: [] };
  res.setHeader(REQUEST_ID_HEADER, record.id);
  sniffErrorCodes(res, record);

  res.once('close', () => {
    const seconds = Number(process.hrtime.bigint() - startedAt) / 1e9;
    const status = res.writableFinished ? res.statusCode : 499;
    // The playground page and CORS preflights share the path but are not GraphQL requests.
    const isGraphQL =
      record.graphql || (path === '/graphql' && req.method !== 'OPTIONS' && !String(res.getHeader('content-type') ?? '').startsWith('text/html'));
    if (isGraphQL) {
      options.metrics.observeRequest(record.operationName ?? 'unknown', seconds, record.errorCodes);
    }
    const message = isGraphQL ? 'graphql request' : 'http request';
    const level = QUIET_PATHS.has(path) ? 'debug' : status >= 500 ? 'error' : 'info';
    // The line's fields are built only when it is written (a bench or a quiet deployment logs warnings only).
    if (options.logger.isLevelEnabled && !options.logger.isLevelEnabled(level)) return;
    const errorCodes = [...new Set(record.errorCodes)];
    const fields: Record<string, unknown> = {
      reqId: record.id,
      method: record.method,
      path,
      status,
      durationMs: Math.round(seconds * 10000) / 10,
      ...(record.operationName ? { operationName: record.operationName, operationType: record.operationType } : {}),
      ...(record.persistedQuery ? { persistedQuery: record.persistedQuery } : {}),
      ...(errorCodes.length > 0 ? { errorCodes } : {}),
      headers: loggedHeaders(req.headers),
    };
    const debug = options.logger.isLevelEnabled?.('debug') ?? false;
    // Variables can hold personal data: only at debug level, and never their secrets.
    if (debug && record.variables !== undefined) fields.variables = redactSecrets(record.variables);
    if (!res.writableFinished) fields.aborted = true;
    options.logger[level](message, fields);
  });

  void handle(record);
}

/**
 * Errors answered outside GraphQL execution (bad JSON, too large, CSRF, not allow-listed) carry
 * their codes only in the body: read them from small JSON error responses as they are sent.
 */
function sniffErrorCodes(res: ServerResponse, record: RequestRecord): void {
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  (res as unknown as { end: (...args: unknown[]) => ServerResponse }).end = (...args: unknown[]) => {
    const [chunk] = args;
    if (res.statusCode >= 400 && record.errorCodes.length === 0 && /json/.test(String(res.getHeader('content-type') ?? ''))) {
      const text = typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : '';
      if (text.length > 0 && text.length < SNIFF_LIMIT) record.errorCodes.push(...errorCodesIn(text));
    }
    return end(...args);
  };
}

function errorCodesIn(text: string): string[] {
  try {
    const body = JSON.parse(text) as { errors?: Array<{ extensions?: { code?: unknown } }> };
    return (body.errors ?? []).map((e) => e.extensions?.code).filter((code): code is string => typeof code === 'string');
  } catch {
    return [];
  }
}

function safePath(url: string | undefined): string {
  try {
    return new URL(url ?? '/', 'http://localhost').pathname;
  } catch {
    return '/';
  }
}

/** Feeds the request record from Apollo: operation name and type, persisted-query use, error codes. */
export function requestTrackingPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      const record = recordOf(request.http);
      if (!record) return;
      record.graphql = true;
      return {
        async didResolveOperation(context) {
          record.operationName = context.operationName ?? 'anonymous';
          record.operationType = context.operation?.operation;
        },
        async willSendResponse(context) {
          const { metrics, request, response } = context;
          if (metrics.persistedQueryHit) record.persistedQuery = 'hit';
          else if (metrics.persistedQueryRegister) record.persistedQuery = 'registered';
          record.variables = request.variables;
          const body = response.body;
          const errors = body.kind === 'single' ? body.singleResult.errors : body.initialResult.errors;
          for (const error of errors ?? []) {
            const code = error.extensions?.code;
            if (typeof code === 'string') record.errorCodes.push(code);
          }
        },
      };
    },
  };
}
