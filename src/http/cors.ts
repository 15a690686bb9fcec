import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * CORS for partner portals: only the exact origins in MUSUBI_CORS_ORIGINS may read responses
 * from a browser. No credentials mode: partners authenticate with headers (API key, bearer
 * token), never with cookies. Apollo's CSRF prevention stays on independently of this.
 */
export const ALLOWED_METHODS = 'GET, POST, OPTIONS';
export const ALLOWED_REQUEST_HEADERS = [
  'accept',
  'authorization',
  'content-type',
  'x-api-key',
  'x-request-id',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'apollographql-client-name',
  'apollographql-client-version',
].join(', ');
export const EXPOSED_RESPONSE_HEADERS = 'x-request-id, retry-after';
const PREFLIGHT_MAX_AGE_SECONDS = '600';

/**
 * Applies the policy to a request for the GraphQL endpoint. Returns true when it answered the
 * request itself (an OPTIONS preflight), false when the caller should go on.
 */
export type CorsHandler = (req: IncomingMessage, res: ServerResponse) => boolean;

export function createCors(allowedOrigins: readonly string[]): CorsHandler {
  const allowed = new Set(allowedOrigins);
  return (req, res) => {
    // Responses differ by Origin: caches must not hand one partner's answer to another origin.
    appendVary(res, 'Origin');
    const origin = req.headers.origin;
    const isAllowed = origin !== undefined && allowed.has(origin);
    if (isAllowed) {
      res.setHeader('access-control-allow-origin', origin);
      res.setHeader('access-control-expose-headers', EXPOSED_RESPONSE_HEADERS);
    }
    if (req.method !== 'OPTIONS') return false;
    // Preflight (or a plain OPTIONS): answered here, never passed to GraphQL. For an origin
    // that is not allowed, the missing allow headers make the browser refuse the real request.
    if (isAllowed && req.headers['access-control-request-method']) {
      appendVary(res, 'Access-Control-Request-Method');
      appendVary(res, 'Access-Control-Request-Headers');
      res.setHeader('access-control-allow-methods', ALLOWED_METHODS);
      res.setHeader('access-control-allow-headers', ALLOWED_REQUEST_HEADERS);
      res.setHeader('access-control-max-age', PREFLIGHT_MAX_AGE_SECONDS);
    }
    res.writeHead(204, { allow: ALLOWED_METHODS, 'content-length': '0' }).end();
    return true;
  };
}

/** Adds a field to Vary without dropping what is already there. */
export function appendVary(res: ServerResponse, field: string): void {
  const current = res.getHeader('vary');
  const fields = (Array.isArray(current) ? current.join(',') : String(current ?? ''))
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  if (fields.some((item) => item === '*' || item.toLowerCase() === field.toLowerCase())) return;
  res.setHeader('vary', [...fields, field].join(', '));
}
