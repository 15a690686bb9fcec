import { ConfigError, loadConfig } from '../../../src/config/config';

describe('auth and limits configuration', () => {
  it('requires MUSUBI_JWT_SECRET (32+ characters) in production; elsewhere generates one per process', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/MUSUBI_JWT_SECRET is required when NODE_ENV=production/);
    expect(() => loadConfig({ NODE_ENV: 'production', MUSUBI_JWT_SECRET: 'short' })).toThrow(ConfigError);
    const development = loadConfig({});
    expect(development).toMatchObject({ jwtSecretGenerated: true, introspection: true, tokenTtlMinutes: 480 });
    expect(development.jwtSecret.length).toBeGreaterThanOrEqual(32);
    expect(loadConfig({}).jwtSecret).not.toBe(development.jwtSecret);
  });

  it('reads the limits, the rate limit, introspection and the statement timeout', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      MUSUBI_JWT_SECRET: 's'.repeat(40),
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
    expect(loadConfig({ NODE_ENV: 'production', MUSUBI_JWT_SECRET: 's'.repeat(40) }).introspection).toBe(false);
  });
});
