import { ConfigError, loadConfig } from '../../src/config/config';

/** The HTTP and logging variables (the rest of the configuration is in config.test.ts). */
describe('loadConfig: HTTP and logging variables', () => {
  it('defaults to JSON logs, no CORS origin and automatic persisted queries', () => {
    expect(loadConfig({})).toMatchObject({ logFormat: 'json', corsOrigins: [], persistedQueries: 'apq', allowlistFile: null });
  });

  it('serves the operations endpoints on their own port, on the loopback interface unless told otherwise', () => {
    expect(loadConfig({})).toMatchObject({ host: '0.0.0.0', port: 4000, opsHost: '127.0.0.1', opsPort: 4001 });
    expect(loadConfig({ MUSUBI_OPS_HOST: '10.0.0.5', MUSUBI_OPS_PORT: '9464' })).toMatchObject({ opsHost: '10.0.0.5', opsPort: 9464 });
    expect(() => loadConfig({ PORT: '8080', MUSUBI_OPS_PORT: '8080' })).toThrow(/MUSUBI_OPS_PORT must differ from PORT/);
  });

  it('reads exact partner origins, trimmed and without duplicates', () => {
    const config = loadConfig({
      MUSUBI_CORS_ORIGINS: ' https://portal.pref.example.jp , http://localhost:5173,https://portal.pref.example.jp/',
      LOG_FORMAT: 'pretty',
    });
    expect(config.corsOrigins).toEqual(['https://portal.pref.example.jp', 'http://localhost:5173']);
    expect(config.logFormat).toBe('pretty');
  });

  it('names each origin that is not an exact origin, and a wrong LOG_FORMAT', () => {
    let error: unknown;
    try {
      loadConfig({ MUSUBI_CORS_ORIGINS: '*,https://portal.example.jp/api,portal.example.jp,ftp://x.example.jp', LOG_FORMAT: 'xml' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const { problems } = error as ConfigError;
    expect(problems.filter((p) => p.startsWith('MUSUBI_CORS_ORIGINS'))).toHaveLength(4);
    expect(problems.some((p) => p.includes('"*"'))).toBe(true);
    expect(problems.some((p) => p.startsWith('LOG_FORMAT must be one of json, pretty'))).toBe(true);
  });
});
