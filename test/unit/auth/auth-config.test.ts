import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, loadConfig } from '../../../src/config/config';

/** A secret as `openssl rand -base64 32` makes one. */
const STRONG_SECRET = 'q8Vt3NwZk1rXe7LpB0sJf5HcY2mGu9Da4TyRiOx6WbE';

describe('auth and limits configuration', () => {
  it('requires MUSUBI_JWT_SECRET (32+ characters) in production; elsewhere generates one per process', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/MUSUBI_JWT_SECRET is required when NODE_ENV=production/);
    expect(() => loadConfig({ NODE_ENV: 'production', MUSUBI_JWT_SECRET: 'short' })).toThrow(ConfigError);
    const development = loadConfig({});
    expect(development).toMatchObject({ jwtSecretGenerated: true, introspection: true, tokenTtlMinutes: 480 });
    expect(development.jwtSecret.length).toBeGreaterThanOrEqual(32);
    expect(loadConfig({}).jwtSecret).not.toBe(development.jwtSecret);
  });

  it('refuses placeholder and low-entropy secrets in production, naming the variable', () => {
    const example = /^#?\s*MUSUBI_JWT_SECRET=(.*)$/m.exec(fs.readFileSync(path.join(__dirname, '../../../.env.example'), 'utf8'))?.[1].trim();
    expect(example).toBeTruthy();
    const weak = [
      example as string,
      'changeme'.repeat(5),
      'CHANGE_ME_CHANGE_ME_CHANGE_ME_CHANGE_ME',
      'my-super-secret-jwt-key-for-production-use',
      'password1234567890password1234567890',
      'x'.repeat(32),
      'ab'.repeat(24),
      '0123456789012345678901234567890123',
    ];
    for (const secret of weak) {
      let error: unknown;
      try {
        loadConfig({ NODE_ENV: 'production', MUSUBI_JWT_SECRET: secret });
      } catch (e) {
        error = e;
      }
      expect([secret, error]).toEqual([secret, expect.any(ConfigError)]);
      expect((error as ConfigError).problems).toEqual([expect.stringMatching(/^MUSUBI_JWT_SECRET .*(placeholder|random)/)]);
    }
    expect(loadConfig({ NODE_ENV: 'production', MUSUBI_JWT_SECRET: STRONG_SECRET }).jwtSecret).toBe(STRONG_SECRET);
    // 32 random hex characters (128 bits) are enough.
    expect(() => loadConfig({ NODE_ENV: 'production', MUSUBI_JWT_SECRET: '9f1c07e4b2d85a36e0c4f7b19d2a8e53' })).not.toThrow();
  });

  it('reads the limits, the rate limit, introspection and the statement timeout', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      MUSUBI_JWT_SECRET: STRONG_SECRET,
      MUSUBI_TOKEN_TTL_MINUTES: '60',
      MUSUBI_INTROSPECTION: 'true',
      MUSUBI_MAX_QUERY_DEPTH: '8',
      MUSUBI_MAX_QUERY_COST: '5000',
      MUSUBI_MAX_ALIASES: '5',
      MUSUBI_MAX_TOKENS: '1000',
      MUSUBI_MAX_DIRECTIVES: '3',
      MUSUBI_RATE_LIMIT_PER_IP: '120',
      MUSUBI_STATEMENT_TIMEOUT_MS: '5000',
    });
    expect(config).toMatchObject({
      jwtSecretGenerated: false,
      tokenTtlMinutes: 60,
      introspection: true,
      queryLimits: { maxDepth: 8, maxCost: 5000, maxAliases: 5, maxTokens: 1000, maxDirectives: 3 },
      rateLimitPerIp: 120,
      statementTimeoutMs: 5000,
    });
    expect(loadConfig({ NODE_ENV: 'production', MUSUBI_JWT_SECRET: STRONG_SECRET }).introspection).toBe(false);
  });
});
