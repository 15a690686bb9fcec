import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DataSource } from 'typeorm';

/** A request over its rate limit: answered with 429 and `Retry-After`. */
export class RateLimitedError extends Error {
  override name = 'RateLimitedError';
  constructor(
    readonly retryAfterSeconds: number,
    readonly limitPerMinute: number,
    readonly subject: 'IP' | 'API_KEY',
  ) {
    super(`Rate limit of ${limitPerMinute} requests per minute per ${subject === 'IP' ? 'client address' : 'API key'} exceeded`);
  }

  get messages() {
    const who = this.subject === 'IP' ? { ja: '接続元アドレス', en: 'client address' } : { ja: 'API キー', en: 'API key' };
    return {
      ja: `リクエストが多すぎます (${who.ja}ごとに毎分 ${this.limitPerMinute} 件まで)。${this.retryAfterSeconds} 秒後に再試行してください`,
      en: `Too many requests: at most ${this.limitPerMinute} per minute per ${who.en}. Retry in ${this.retryAfterSeconds} s`,
    };
  }

  /** The GraphQL error body (extensions.code RATE_LIMITED). */
  get body() {
    const { ja, en } = this.messages;
    return {
      errors: [
        {
          message: `${ja} / ${en}`,
          extensions: {
            code: 'RATE_LIMITED',
            limit: this.subject === 'IP' ? 'REQUESTS_PER_IP' : 'REQUESTS_PER_KEY',
            max: this.limitPerMinute,
            retryAfterSeconds: this.retryAfterSeconds,
            messageJa: ja,
            messageEn: en,
          },
        },
      ],
    };
  }
}

export interface RateLimiterOptions {
  /** Requests per minute per client address; 0 turns the per-address limit off. */
  perIpPerMinute: number;
}

/** Buckets idle this long are full again (the same as absent), so they are deleted. */
const IDLE_BUCKET = "interval '2 minutes'";
const PRUNE_EVERY_MS = 60_000;

/**
 * One token bucket per client address and per API key, in PostgreSQL (`rate_limit_bucket`),
 * so every instance behind a load balancer counts against the same allowance. Each bucket
 * holds up to a minute's allowance (the burst) and refills continuously; one UPSERT per
 * request takes a token and says whether there was one, under the row's lock, by the
 * database's clock (instances need not agree on the time).
 */
export class RateLimiter {
  private lastPrune = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly options: RateLimiterOptions,
  ) {}

  /** Takes one request from the address's bucket; throws RateLimitedError when it is empty. */
  async takeForIp(address: string): Promise<void> {
    if (this.options.perIpPerMinute <= 0) return;
    await this.take(`ip:${address}`, this.options.perIpPerMinute, 'IP');
  }

  /** Takes one request from the key's bucket (its own per-minute limit). */
  async takeForKey(apiKeyId: string, perMinute: number): Promise<void> {
    await this.take(`key:${apiKeyId}`, perMinute, 'API_KEY');
  }

  private async take(key: string, perMinute: number, subject: 'IP' | 'API_KEY'): Promise<void> {
    // The bucket refilled since its last use, capped at a minute's allowance.
    const refilled = `LEAST($2::float8, b.tokens + GREATEST(0, EXTRACT(EPOCH FROM now() - b.updated_at)::float8) * $2::float8 / 60)`;
    const [row] = (await this.dataSource.query(
      `INSERT INTO rate_limit_bucket AS b (key, tokens, allowed, updated_at) VALUES ($1, $2::float8 - 1, true, now())
       ON CONFLICT (key) DO UPDATE SET
         tokens = CASE WHEN ${refilled} >= 1 THEN ${refilled} - 1 ELSE ${refilled} END,
         allowed = ${refilled} >= 1,
         updated_at = GREATEST(b.updated_at, now())
       RETURNING tokens, allowed`,
      [key, perMinute],
    )) as Array<{ tokens: number; allowed: boolean }>;
    this.pruneNowAndThen();
    if (!row.allowed) {
      const seconds = ((1 - Number(row.tokens)) * 60) / perMinute;
      throw new RateLimitedError(Math.max(1, Math.ceil(seconds)), perMinute, subject);
    }
  }

  /** At most once a minute per instance, idle buckets are deleted (in the background; a failure only delays it). */
  private pruneNowAndThen(): void {
    const now = Date.now();
    if (now - this.lastPrune < PRUNE_EVERY_MS) return;
    this.lastPrune = now;
    this.dataSource.query(`DELETE FROM rate_limit_bucket WHERE updated_at < now() - ${IDLE_BUCKET}`).catch(() => undefined);
  }
}

/** The client's address as the socket sees it (a reverse proxy's address when behind one). */
export function clientAddress(req: IncomingMessage): string {
  return req.socket.remoteAddress ?? 'unknown';
}

/**
 * The per-address limit, checked before any GraphQL work. Answers 429 with `Retry-After` and
 * returns true when the request is refused.
 */
export async function refuseOverIpLimit(limiter: RateLimiter, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  try {
    await limiter.takeForIp(clientAddress(req));
    return false;
  } catch (error) {
    if (!(error instanceof RateLimitedError)) throw error;
    res.writeHead(429, { 'content-type': 'application/json; charset=utf-8', 'retry-after': String(error.retryAfterSeconds) }).end(JSON.stringify(error.body));
    return true;
  }
}
