import autocannon from 'autocannon';

/** One GraphQL operation under load; `body()` is called per request, so variables can rotate. */
export interface Operation {
  name: string;
  body: () => string;
  /** e.g. `authorization` for operations that need an account. */
  headers?: Record<string, string>;
}

export interface LoadResult {
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Connection errors, timeouts, non-2xx answers and GraphQL `errors` in a 200 answer. */
  failures: number;
}

export interface LoadOptions {
  url: string;
  connections: number;
  /** Run for this many seconds… */
  seconds?: number;
  /** …or send exactly this many requests. */
  amount?: number;
}

/**
 * Runs autocannon against one operation. Latency percentiles come from every response's own
 * time (autocannon's histogram reports p97.5, not p95).
 */
export async function runLoad(operation: Operation, options: LoadOptions): Promise<LoadResult> {
  const times: number[] = [];
  const started = process.hrtime.bigint();
  const instance = autocannon({
    url: options.url,
    connections: options.connections,
    ...(options.amount ? { amount: options.amount } : { duration: options.seconds ?? 10 }),
    timeout: 30,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...operation.headers },
    requests: [{ method: 'POST', setupRequest: (request) => ({ ...request, body: operation.body() }) }],
    // A GraphQL error comes back with status 200: count it, or a failing query would look fast.
    verifyBody: (body) => !String(body).includes('"errors"'),
  });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, milliseconds: number) => times.push(milliseconds));
  const result = await instance;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  times.sort((a, b) => a - b);
  return {
    connections: options.connections,
    seconds,
    requests: times.length,
    requestsPerSecond: times.length / seconds,
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    p99: percentile(times, 0.99),
    failures: result.errors + result.timeouts + result.non2xx + result.mismatches,
  };
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

/** One request outside the load (checks, statement counts); throws on HTTP or GraphQL errors. */
export async function graphql<T = Record<string, unknown>>(url: string, body: string, headers: Record<string, string> = {}): Promise<T> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const payload = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
  if (!response.ok || payload.errors?.length) {
    throw new Error(`HTTP ${response.status}: ${payload.errors?.map((e) => e.message).join('; ') ?? 'no data'}`);
  }
  return payload.data as T;
}
