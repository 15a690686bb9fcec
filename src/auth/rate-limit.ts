import type { IncomingMessage, ServerResponse } from 'node:http';

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
          extensions: { code: 'RATE_LIMITED', limit: this.subject === 'IP' ? 'REQUESTS_PER_IP' : 'REQUESTS_PER_KEY', max: this.limitPerMinute, retryAfterSeconds: this.retryAfterSeconds, messageJa: ja, messageEn: en },
        },
      ],
    };
  }
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export interface RateLimiterOptions {
  /** Requests per minute per client address; 0 turns the per-address limit off. */
  perIpPerMinute: number;
  /** Buckets kept at most (idle ones are dropped first), so many addresses cannot exhaust memory. */
  maxBuckets?: number;
  now?: () => number;
}

/**
 * Token buckets in memory, one per client address and one per API key: each holds up to a
 * minute's allowance (the burst) and refills continuously. One process, no shared store: with
 * several instances behind a balancer each enforces its own share.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly maxBuckets: number;
  private readonly now: () => number;

  constructor(private readonly options: RateLimiterOptions) {
    this.maxBuckets = options.maxBuckets ?? 50_000;
    this.now = options.now ?? Date.now;
  }

  /** Takes one request from the address's bucket; throws RateLimitedError when it is empty. */
  takeForIp(address: string): void {
    if (this.options.perIpPerMinute <= 0) return;
    this.take(`ip:${address}`, this.options.perIpPerMinute, 'IP');
  }

  /** Takes one request from the key's bucket (its own per-minute limit). */
  takeForKey(apiKeyId: string, perMinute: number): void {
    this.take(`key:${apiKeyId}`, perMinute, 'API_KEY');
  }

  private take(id: string, perMinute: number, subject: 'IP' | 'API_KEY'): void {
    const now = this.now();
    const ratePerMs = perMinute / 60_000;
    const bucket = this.buckets.get(id) ?? { tokens: perMinute, updatedAt: now };
    bucket.tokens = Math.min(perMinute, bucket.tokens + (now - bucket.updatedAt) * ratePerMs);
    bucket.updatedAt = now;
    if (bucket.tokens < 1) {
      this.buckets.set(id, bucket);
      throw new RateLimitedError(Math.max(1, Math.ceil((1 - bucket.tokens) / ratePerMs / 1000)), perMinute, subject);
    }
    bucket.tokens -= 1;
    // Re-inserted last, so the Map's order is least recently used first.
    this.buckets.delete(id);
    this.buckets.set(id, bucket);
    if (this.buckets.size > this.maxBuckets) this.evict(now);
  }

  /** Drops buckets idle for a minute (they are full again, same as absent), then the least recently used. */
  private evict(now: number): void {
    for (const [id, bucket] of this.buckets) {
      if (now - bucket.updatedAt >= 60_000) this.buckets.delete(id);
    }
    for (const id of this.buckets.keys()) {
      if (this.buckets.size <= this.maxBuckets) break;
      this.buckets.delete(id);
    }
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
export function refuseOverIpLimit(limiter: RateLimiter, req: IncomingMessage, res: ServerResponse): boolean {
  try {
    limiter.takeForIp(clientAddress(req));
    return false;
  } catch (error) {
    if (!(error instanceof RateLimitedError)) throw error;
    res
      .writeHead(429, { 'content-type': 'application/json; charset=utf-8', 'retry-after': String(error.retryAfterSeconds) })
      .end(JSON.stringify(error.body));
    return true;
  }
}
