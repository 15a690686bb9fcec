import path from 'node:path';

/** Everything musubi reads from the environment, validated once at start. */
export interface Config {
  nodeEnv: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** An external PostgreSQL; when absent an embedded one is started. */
  databaseUrl: string | null;
  embeddedDataDir: string;
  embeddedPort: number;
  runMigrations: boolean;
  /** `demo` loads the demo dataset on first start; `empty` starts without it. */
  seedMode: 'demo' | 'empty';
  maxPageSize: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration / 設定が不正です:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/** Reads and validates configuration; throws a ConfigError naming every bad variable. */
export function loadConfig(env: Env = process.env, cwd = process.cwd()): Config {
  const problems: string[] = [];

  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be an integer from ${min} to ${max} (${name} は ${min}〜${max} の整数で指定してください)`);
      return fallback;
    }
    return value;
  };
  const oneOf = <T extends string>(name: string, fallback: T, allowed: readonly T[]): T => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    if (!(allowed as readonly string[]).includes(raw)) {
      problems.push(`${name} must be one of ${allowed.join(', ')} (${name} の値が不正です)`);
      return fallback;
    }
    return raw as T;
  };
  const flag = (name: string, fallback: boolean): boolean => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
    if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
    problems.push(`${name} must be true or false (${name} は true か false で指定してください)`);
    return fallback;
  };

  let databaseUrl: string | null = env.DATABASE_URL?.trim() || null;
  if (databaseUrl) {
    try {
      const url = new URL(databaseUrl);
      if (!['postgres:', 'postgresql:'].includes(url.protocol)) throw new Error('protocol');
    } catch {
      problems.push('DATABASE_URL must be a postgres:// URL (DATABASE_URL は postgres:// 形式の URL で指定してください)');
      databaseUrl = null;
    }
  }

  const config: Config = {
    nodeEnv: oneOf('NODE_ENV', 'development', ['development', 'production', 'test'] as const),
    host: env.HOST?.trim() || '0.0.0.0',
    port: integer('PORT', 4000, 0, 65535),
    databaseUrl,
    embeddedDataDir: path.resolve(cwd, env.MUSUBI_DATA_DIR?.trim() || '.data/postgres'),
    embeddedPort: integer('MUSUBI_EMBEDDED_PG_PORT', 54329, 1024, 65535),
    runMigrations: flag('MUSUBI_RUN_MIGRATIONS', true),
    seedMode: oneOf('MUSUBI_SEED', 'demo', ['demo', 'empty'] as const),
    maxPageSize: integer('MUSUBI_MAX_PAGE_SIZE', 100, 1, 1000),
    logLevel: oneOf('LOG_LEVEL', 'info', ['debug', 'info', 'warn', 'error', 'silent'] as const),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
