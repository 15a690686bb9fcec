import path from 'node:path';
import { ConfigError, loadConfig } from '../../src/config/config';

describe('loadConfig', () => {
  it('defaults to the embedded database, port 4000 and the demo data', () => {
    const config = loadConfig({}, '/srv/musubi');
    expect(config).toMatchObject({
      port: 4000,
      databaseUrl: null,
      embeddedDataDir: path.resolve('/srv/musubi/.data/postgres'),
      embeddedPort: 54329,
      runMigrations: true,
      seedMode: 'demo',
      maxPageSize: 100,
    });
  });

  it('reads every variable', () => {
    const config = loadConfig(
      {
        PORT: '8080',
        DATABASE_URL: 'postgres://u:p@db:5432/musubi',
        MUSUBI_DATA_DIR: 'var/pg',
        MUSUBI_RUN_MIGRATIONS: 'false',
        MUSUBI_SEED: 'empty',
        NODE_ENV: 'production',
        MUSUBI_JWT_SECRET: 'q8Vt3NwZk1rXe7LpB0sJf5HcY2mGu9Da4TyRiOx6WbE',
      },
      '/srv',
    );
    expect(config).toMatchObject({
      port: 8080,
      databaseUrl: 'postgres://u:p@db:5432/musubi',
      embeddedDataDir: '/srv/var/pg',
      runMigrations: false,
      seedMode: 'empty',
      nodeEnv: 'production',
    });
  });

  it('names every invalid variable at once, in English and Japanese', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', MUSUBI_SEED: 'lots', MUSUBI_RUN_MIGRATIONS: 'maybe' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const { problems, message } = error as ConfigError;
    expect(problems).toHaveLength(4);
    expect(message).toContain('PORT must be an integer from 0 to 65535');
    expect(message).toContain('DATABASE_URL must be a postgres:// URL');
    expect(message).toContain('MUSUBI_SEED must be one of demo, empty');
    expect(message).toContain('MUSUBI_RUN_MIGRATIONS must be true or false');
    expect(message).toContain('設定が不正です');
  });
});
