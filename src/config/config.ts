import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { InvalidMatchingWeightsError, MatchingWeights, resolveWeights } from '../matching/scoring/weights';

/** Everything musubi reads from the environment, validated once at start. */
export interface Config {
  nodeEnv: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** Where /metrics, /readyz and /healthz are served (MUSUBI_OPS_HOST, MUSUBI_OPS_PORT): loopback by default, never the API's port. */
  opsHost: string;
  opsPort: number;
  /** An external PostgreSQL; when absent an embedded one is started. */
  databaseUrl: string | null;
  embeddedDataDir: string;
  embeddedPort: number;
  runMigrations: boolean;
  /** `demo` loads the demo dataset on first start; `empty` starts without it. */
  seedMode: 'demo' | 'empty';
  maxPageSize: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** LOG_FORMAT: one JSON object per line (default), or readable lines for a terminal. */
  logFormat: 'json' | 'pretty';
  /** Partner sites allowed to call the API from a browser (MUSUBI_CORS_ORIGINS): exact origins. */
  corsOrigins: string[];
  /** MUSUBI_PERSISTED_QUERIES: `apq` automatic persisted queries (default), `off`, or `allowlist` (only registered operations run). */
  persistedQueries: 'off' | 'apq' | 'allowlist';
  /** Operation manifest for allowlist mode (MUSUBI_ALLOWLIST_FILE), as an absolute path. */
  allowlistFile: string | null;
  /** Default matching factor weights (MUSUBI_MATCHING_WEIGHTS, a JSON object of factor → weight), normalised to sum to 1. */
  matchingWeights: MatchingWeights;
  /** HS256 secret of session tokens (MUSUBI_JWT_SECRET); required in production, generated per process otherwise. */
  jwtSecret: string;
  /** True when jwtSecret was generated for this process: tokens stop working at restart. */
  jwtSecretGenerated: boolean;
  /** Lifetime of a session token in minutes (MUSUBI_TOKEN_TTL_MINUTES, default 480 = 8 h). */
  tokenTtlMinutes: number;
  /** Introspection and "did you mean" suggestions (MUSUBI_INTROSPECTION): on by default except in production. */
  introspection: boolean;
  /** Limits on each GraphQL operation (src/graphql/query-limits.ts). */
  queryLimits: QueryLimitsConfig;
  /** Requests per minute per client address (MUSUBI_RATE_LIMIT_PER_IP); 0 turns it off. */
  rateLimitPerIp: number;
  /** PostgreSQL statement_timeout in ms (MUSUBI_STATEMENT_TIMEOUT_MS). */
  statementTimeoutMs: number;
  /** Background jobs (MUSUBI_BACKGROUND_JOBS): fan-out of events, webhook deliveries, e-mail; on except under NODE_ENV=test. */
  backgroundJobs: boolean;
  /** How often an idle worker looks for work, in ms (MUSUBI_JOBS_POLL_MS). */
  jobsPollMs: number;
  webhooks: WebhookConfig;
  /** SMTP for notification e-mail; null: mail is written to the in-app list and the log only. */
  smtp: SmtpConfig | null;
  /** The console's public address, for links in e-mail (MUSUBI_PUBLIC_URL). */
  publicUrl: string;
}

export interface WebhookConfig {
  /** Per attempt (MUSUBI_WEBHOOK_TIMEOUT_MS). */
  timeoutMs: number;
  /** Attempts before a delivery is marked failed (MUSUBI_WEBHOOK_MAX_ATTEMPTS). */
  maxAttempts: number;
  /** First retry delay; doubles per attempt, with jitter, up to retryMaxMs (MUSUBI_WEBHOOK_RETRY_BASE_MS, MUSUBI_WEBHOOK_RETRY_MAX_MS). */
  retryBaseMs: number;
  retryMaxMs: number;
  /** Failed attempts in a row after which a subscription is paused (MUSUBI_WEBHOOK_PAUSE_AFTER_FAILURES). */
  pauseAfterFailures: number;
  /** Hosts, addresses or CIDR ranges a webhook may reach despite the SSRF rules (MUSUBI_WEBHOOK_ALLOWED_HOSTS). */
  allowedHosts: string[];
}

export interface SmtpConfig {
  host: string;
  port: number;
  /** TLS from the start (port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  user: string | null;
  password: string | null;
  from: string;
}

export interface QueryLimitsConfig {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
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
    opsHost: env.MUSUBI_OPS_HOST?.trim() || '127.0.0.1',
    opsPort: integer('MUSUBI_OPS_PORT', 4001, 0, 65535),
    databaseUrl,
    embeddedDataDir: path.resolve(cwd, env.MUSUBI_DATA_DIR?.trim() || '.data/postgres'),
    embeddedPort: integer('MUSUBI_EMBEDDED_PG_PORT', 54329, 1024, 65535),
    runMigrations: flag('MUSUBI_RUN_MIGRATIONS', true),
    seedMode: oneOf('MUSUBI_SEED', 'demo', ['demo', 'empty'] as const),
    maxPageSize: integer('MUSUBI_MAX_PAGE_SIZE', 100, 1, 1000),
    logLevel: oneOf('LOG_LEVEL', 'info', ['debug', 'info', 'warn', 'error', 'silent'] as const),
    logFormat: oneOf('LOG_FORMAT', 'json', ['json', 'pretty'] as const),
    corsOrigins: corsOrigins(env.MUSUBI_CORS_ORIGINS, problems),
    persistedQueries: oneOf('MUSUBI_PERSISTED_QUERIES', 'apq', ['off', 'apq', 'allowlist'] as const),
    allowlistFile: allowlistFile(env, cwd, problems),
    matchingWeights: matchingWeights(env.MUSUBI_MATCHING_WEIGHTS, problems),
    ...jwtSecret(env, problems),
    tokenTtlMinutes: integer('MUSUBI_TOKEN_TTL_MINUTES', 480, 1, 43200),
    introspection: flag('MUSUBI_INTROSPECTION', env.NODE_ENV !== 'production'),
    queryLimits: {
      maxDepth: integer('MUSUBI_MAX_QUERY_DEPTH', 10, 2, 100),
      maxCost: integer('MUSUBI_MAX_QUERY_COST', 10000, 10, 10_000_000),
      maxAliases: integer('MUSUBI_MAX_ALIASES', 15, 0, 1000),
      maxTokens: integer('MUSUBI_MAX_TOKENS', 2000, 100, 100_000),
      maxDirectives: integer('MUSUBI_MAX_DIRECTIVES', 20, 0, 1000),
    },
    rateLimitPerIp: integer('MUSUBI_RATE_LIMIT_PER_IP', 300, 0, 1_000_000),
    statementTimeoutMs: integer('MUSUBI_STATEMENT_TIMEOUT_MS', 15000, 100, 3_600_000),
    backgroundJobs: flag('MUSUBI_BACKGROUND_JOBS', env.NODE_ENV !== 'test'),
    jobsPollMs: integer('MUSUBI_JOBS_POLL_MS', 1000, 20, 60_000),
    webhooks: {
      timeoutMs: integer('MUSUBI_WEBHOOK_TIMEOUT_MS', 10_000, 100, 120_000),
      maxAttempts: integer('MUSUBI_WEBHOOK_MAX_ATTEMPTS', 8, 1, 50),
      retryBaseMs: integer('MUSUBI_WEBHOOK_RETRY_BASE_MS', 30_000, 10, 86_400_000),
      retryMaxMs: integer('MUSUBI_WEBHOOK_RETRY_MAX_MS', 6 * 3_600_000, 10, 7 * 86_400_000),
      pauseAfterFailures: integer('MUSUBI_WEBHOOK_PAUSE_AFTER_FAILURES', 20, 1, 10_000),
      allowedHosts: (env.MUSUBI_WEBHOOK_ALLOWED_HOSTS ?? '')
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean),
    },
    smtp: smtpConfig(env, integer, flag, problems),
    publicUrl: (env.MUSUBI_PUBLIC_URL?.trim() || 'http://localhost:4000').replace(/\/$/, ''),
  };
  if (config.opsPort !== 0 && config.opsPort === config.port) {
    problems.push(
      'MUSUBI_OPS_PORT must differ from PORT: the operations endpoints are not served on the API port (MUSUBI_OPS_PORT は PORT と別の番号にしてください)',
    );
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** MUSUBI_MATCHING_WEIGHTS: JSON such as {"textRelevance": 0.5, "trlFit": 0.2}; omitted factors keep their default. */
function matchingWeights(raw: string | undefined, problems: string[]): MatchingWeights {
  if (raw === undefined || raw.trim() === '') return resolveWeights();
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    problems.push(
      'MUSUBI_MATCHING_WEIGHTS must be a JSON object of factor weights (MUSUBI_MATCHING_WEIGHTS は要素名と重みの JSON オブジェクトで指定してください)',
    );
    return resolveWeights();
  }
  try {
    return resolveWeights(parsed as Record<string, number>);
  } catch (error) {
    if (!(error instanceof InvalidMatchingWeightsError)) throw error;
    problems.push(`MUSUBI_MATCHING_WEIGHTS: ${error.problems.join('; ')} (MUSUBI_MATCHING_WEIGHTS の重みが不正です)`);
    return resolveWeights();
  }
}

/**
 * MUSUBI_JWT_SECRET: at least 32 characters; required in production, a random per-process secret
 * otherwise. Anyone who knows the secret can mint an administrator's token, so production also
 * refuses secrets that are guessable: the `.env.example` placeholder and its like, and strings
 * with too little variety to be random.
 */
function jwtSecret(env: Env, problems: string[]): { jwtSecret: string; jwtSecretGenerated: boolean } {
  const raw = env.MUSUBI_JWT_SECRET?.trim();
  if (raw && raw.length < 32) problems.push('MUSUBI_JWT_SECRET must be at least 32 characters (MUSUBI_JWT_SECRET は 32 文字以上で指定してください)');
  else if (raw && env.NODE_ENV === 'production') {
    const weakness = secretWeakness(raw);
    if (weakness)
      problems.push(
        `MUSUBI_JWT_SECRET ${weakness}; make one with \`openssl rand -base64 32\` (MUSUBI_JWT_SECRET に推測されやすい値は使えません。ランダムな値を設定してください)`,
      );
  } else if (!raw && env.NODE_ENV === 'production') {
    problems.push('MUSUBI_JWT_SECRET is required when NODE_ENV=production (本番環境では MUSUBI_JWT_SECRET が必要です)');
  }
  if (raw && problems.every((problem) => !problem.startsWith('MUSUBI_JWT_SECRET'))) return { jwtSecret: raw, jwtSecretGenerated: false };
  return { jwtSecret: randomBytes(32).toString('base64url'), jwtSecretGenerated: true };
}

/** Words of placeholders (the one in .env.example among them); a random secret does not spell them. */
const PLACEHOLDER_WORDS = ['changeme', 'change-me', 'change_me', 'secret', 'password', 'passwd', 'placeholder', 'example', 'replace', 'default', 'musubi'];
/** Estimated bits (Shannon entropy of the characters × length): 32 random hex characters give ~120. */
const MIN_SECRET_BITS = 100;
const MIN_DISTINCT_CHARACTERS = 12;

/** Why a production secret is guessable, or null. */
export function secretWeakness(secret: string): string | null {
  const lower = secret.toLowerCase();
  const word = PLACEHOLDER_WORDS.find((placeholder) => lower.includes(placeholder));
  if (word) return `looks like a placeholder (contains "${word}"), not a random secret`;
  const counts = new Map<string, number>();
  for (const character of secret) counts.set(character, (counts.get(character) ?? 0) + 1);
  const length = [...secret].length;
  let bitsPerCharacter = 0;
  for (const count of counts.values()) bitsPerCharacter -= (count / length) * Math.log2(count / length);
  if (counts.size < MIN_DISTINCT_CHARACTERS || bitsPerCharacter * length < MIN_SECRET_BITS) {
    return `has too little variety to be random (${counts.size} distinct characters, about ${Math.round(bitsPerCharacter * length)} bits; at least ${MIN_DISTINCT_CHARACTERS} and ${MIN_SECRET_BITS} needed)`;
  }
  return null;
}

/** MUSUBI_CORS_ORIGINS: comma-separated exact origins such as `https://portal.example.jp`; no wildcards, no paths. */
function corsOrigins(raw: string | undefined, problems: string[]): string[] {
  const origins: string[] = [];
  for (const entry of (raw ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)) {
    let origin: string | null = null;
    try {
      const url = new URL(entry);
      if (['http:', 'https:'].includes(url.protocol) && url.origin === entry.replace(/\/$/, '')) origin = url.origin;
    } catch {
      origin = null;
    }
    if (origin) origins.push(origin);
    else
      problems.push(
        `MUSUBI_CORS_ORIGINS: "${entry}" is not an origin such as https://portal.example.jp (no wildcard, no path) (MUSUBI_CORS_ORIGINS にはオリジンをカンマ区切りで指定してください)`,
      );
  }
  return [...new Set(origins)];
}

/** MUSUBI_ALLOWLIST_FILE: required in allowlist mode; the file must exist (its content is checked when the server starts). */
function allowlistFile(env: Env, cwd: string, problems: string[]): string | null {
  const raw = env.MUSUBI_ALLOWLIST_FILE?.trim();
  if (!raw) {
    if (env.MUSUBI_PERSISTED_QUERIES === 'allowlist') {
      problems.push(
        'MUSUBI_ALLOWLIST_FILE is required when MUSUBI_PERSISTED_QUERIES=allowlist (許可リストのファイルを MUSUBI_ALLOWLIST_FILE で指定してください)',
      );
    }
    return null;
  }
  const file = path.resolve(cwd, raw);
  if (!fs.existsSync(file)) problems.push(`MUSUBI_ALLOWLIST_FILE: no such file ${file} (MUSUBI_ALLOWLIST_FILE のファイルがありません)`);
  return file;
}

/** MUSUBI_SMTP_*: none set means no SMTP (mail goes to the in-app list and the log); a host needs a sender. */
function smtpConfig(
  env: Env,
  integer: (name: string, fallback: number, min: number, max: number) => number,
  flag: (name: string, fallback: boolean) => boolean,
  problems: string[],
): SmtpConfig | null {
  const host = env.MUSUBI_SMTP_HOST?.trim();
  if (!host) return null;
  const from = env.MUSUBI_MAIL_FROM?.trim();
  if (!from)
    problems.push('MUSUBI_MAIL_FROM is required when MUSUBI_SMTP_HOST is set (MUSUBI_SMTP_HOST を設定したら送信元 MUSUBI_MAIL_FROM も指定してください)');
  const secure = flag('MUSUBI_SMTP_SECURE', false);
  return {
    host,
    port: integer('MUSUBI_SMTP_PORT', secure ? 465 : 587, 1, 65535),
    secure,
    user: env.MUSUBI_SMTP_USER?.trim() || null,
    password: env.MUSUBI_SMTP_PASSWORD || null,
    from: from ?? '',
  };
}
