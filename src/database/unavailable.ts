import { GraphQLError } from 'graphql';

/** How long a client should wait before retrying when the database cannot be reached. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

export const SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE';

const MESSAGE = {
  ja: 'データベースに接続できません。しばらくしてから再試行してください',
  en: 'The database cannot be reached. Retry shortly',
};

/** Socket errors of a connection that cannot be opened or was cut. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE']);
/**
 * SQLSTATEs of a server that is going away or not taking connections: class 08 (connection
 * exception), 57P01–57P03 (shut down by an administrator, crash, cannot connect now) and 53300
 * (too many connections).
 */
const UNAVAILABLE_SQLSTATES = /^(08...|57P0[1-3]|53300)$/;
/**
 * pg's own messages when a pooled connection dies or a connect attempt times out, and a socket
 * error seen only through its text (Apollo wraps a thrown value it does not recognise as an
 * Error, e.g. one from another realm, as "Unexpected error value: Error: connect ECONNREFUSED …").
 */
const UNAVAILABLE_MESSAGES =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error)|^Unexpected error value: .*\b(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN)\b/s;

/**
 * True when an error (or anything it wraps: TypeORM's driverError, GraphQL's originalError, a
 * cause, the attempts of an AggregateError) says the database cannot be reached, as opposed to
 * a query that failed on a working database.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 6) return false;
  const candidate = error as { code?: unknown; message?: unknown; driverError?: unknown; originalError?: unknown; cause?: unknown; errors?: unknown };
  if (typeof candidate.code === 'string' && (NETWORK_CODES.has(candidate.code) || UNAVAILABLE_SQLSTATES.test(candidate.code))) return true;
  if (typeof candidate.message === 'string' && UNAVAILABLE_MESSAGES.test(candidate.message)) return true;
  const inner = [candidate.driverError, candidate.originalError, candidate.cause, ...(Array.isArray(candidate.errors) ? candidate.errors : [])];
  return inner.some((wrapped) => wrapped !== error && isDatabaseUnavailable(wrapped, depth + 1));
}

/** The GraphQL error body of an answer given while the database cannot be reached (HTTP 503 + Retry-After). */
export function serviceUnavailableBody() {
  return {
    errors: [
      {
        message: `${MESSAGE.ja} / ${MESSAGE.en}`,
        extensions: { code: SERVICE_UNAVAILABLE, retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS, messageJa: MESSAGE.ja, messageEn: MESSAGE.en },
      },
    ],
  };
}

/** The same as a GraphQLError carrying its HTTP status, for refusals raised inside Apollo (context, persisted queries). */
export function serviceUnavailableError(originalError?: Error): GraphQLError {
  const [body] = serviceUnavailableBody().errors;
  return new GraphQLError(body.message, {
    originalError,
    extensions: { ...body.extensions, http: { status: 503, headers: new Map([['retry-after', String(DATABASE_RETRY_AFTER_SECONDS)]]) } },
  });
}
