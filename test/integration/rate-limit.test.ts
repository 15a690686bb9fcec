import { RateLimitedError, RateLimiter } from '../../src/http/rate-limit';
import { createTestDatabase, TestDatabase } from '../support/test-database';

/**
 * The token buckets live in PostgreSQL. No test depends on how fast requests run: a bucket is
 * frozen by moving its clock an hour ahead (it never refills before its own time), and time
 * passing is simulated by setting it that long before now.
 */
describe('token-bucket rate limiter in PostgreSQL', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  const refusal = async (take: () => Promise<void>): Promise<RateLimitedError | undefined> => {
    try {
      await take();
      return undefined;
    } catch (error) {
      if (error instanceof RateLimitedError) return error;
      throw error;
    }
  };
  const freeze = (key: string) => db.dataSource.query(`UPDATE rate_limit_bucket SET updated_at = now() + interval '1 hour' WHERE key = $1`, [key]);
  const age = (key: string, seconds: number) =>
    db.dataSource.query(`UPDATE rate_limit_bucket SET updated_at = now() - make_interval(secs => $2) WHERE key = $1`, [key, seconds]);

  it('allows a minute’s allowance at once, then refills continuously and says when to retry', async () => {
    const limiter = new RateLimiter(db.dataSource, { perIpPerMinute: 60 });
    await limiter.takeForIp('192.0.2.1');
    await freeze('ip:192.0.2.1');
    for (let i = 1; i < 60; i += 1) await limiter.takeForIp('192.0.2.1');
    const refused = await refusal(() => limiter.takeForIp('192.0.2.1'));
    expect(refused).toBeInstanceOf(RateLimitedError);
    expect(refused?.retryAfterSeconds).toBe(1);
    await limiter.takeForIp('192.0.2.2');
    await age('ip:192.0.2.1', 1.5);
    expect(await refusal(() => limiter.takeForIp('192.0.2.1'))).toBeUndefined();
    await freeze('ip:192.0.2.1');
    expect(await refusal(() => limiter.takeForIp('192.0.2.1'))).toBeInstanceOf(RateLimitedError);
  });

  it('keeps each key to its own limit, and turns the per-address limit off at 0', async () => {
    const limiter = new RateLimiter(db.dataSource, { perIpPerMinute: 0 });
    for (let i = 0; i < 100; i += 1) await limiter.takeForIp('192.0.2.9');
    await limiter.takeForKey('k1', 2);
    await freeze('key:k1');
    await limiter.takeForKey('k1', 2);
    expect(await refusal(() => limiter.takeForKey('k1', 2))).toMatchObject({ subject: 'API_KEY', retryAfterSeconds: 30 });
    expect(await refusal(() => limiter.takeForKey('k2', 2))).toBeUndefined();
  });

  it('counts across limiters (instances) sharing the database', async () => {
    const [a, b] = [new RateLimiter(db.dataSource, { perIpPerMinute: 4 }), new RateLimiter(db.dataSource, { perIpPerMinute: 4 })];
    await a.takeForIp('198.51.100.7');
    await freeze('ip:198.51.100.7');
    await b.takeForIp('198.51.100.7');
    await a.takeForIp('198.51.100.7');
    await b.takeForIp('198.51.100.7');
    expect(await refusal(() => a.takeForIp('198.51.100.7'))).toBeInstanceOf(RateLimitedError);
    expect(await refusal(() => b.takeForIp('198.51.100.7'))).toBeInstanceOf(RateLimitedError);
  });
});
