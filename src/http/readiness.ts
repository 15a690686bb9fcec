import type { DataSource } from 'typeorm';

export interface Readiness {
  ready: boolean;
  body: {
    status: 'ready' | 'not ready';
    database: 'ok' | 'unreachable';
    migrations: 'current' | 'pending' | 'unknown';
    reason?: string;
  };
}

/** A readiness probe must answer even when the database hangs: past this, it reports not ready. */
export const READINESS_TIMEOUT_MS = 3000;

/**
 * GET /readyz: ready when the database answers and every migration this build knows has been
 * applied. `/healthz` only says the process is alive; this says it can serve traffic.
 */
export async function checkReadiness(dataSource: DataSource, stopping: boolean, timeoutMs = READINESS_TIMEOUT_MS): Promise<Readiness> {
  if (stopping) return notReady('ok', 'unknown', 'shutting down / 停止処理中');
  if (!dataSource.isInitialized) return notReady('unreachable', 'unknown', 'the database connection is closed');
  try {
    await withTimeout(dataSource.query('SELECT 1'), timeoutMs);
  } catch {
    // The driver's message names the database's host and port: never shown, not even here.
    return notReady('unreachable', 'unknown', 'the database does not answer (データベースに接続できません)');
  }
  let pending: boolean;
  try {
    pending = await withTimeout(dataSource.showMigrations(), timeoutMs);
  } catch {
    return notReady('ok', 'unknown', 'the applied migrations could not be read (マイグレーションの状態を読めません)');
  }
  if (pending) return notReady('ok', 'pending', 'migrations are pending: run `npm run migrate` (未適用のマイグレーションがあります)');
  return { ready: true, body: { status: 'ready', database: 'ok', migrations: 'current' } };
}

/**
 * Probes may arrive often (and, misconfigured, from anywhere): answers are shared for
 * `maxAgeMs`, so a flood of probes costs the database at most one check per interval.
 */
export function cachedReadiness(check: () => Promise<Readiness>, maxAgeMs = 1000, now: () => number = Date.now): () => Promise<Readiness> {
  let last: { at: number; answer: Promise<Readiness> } | null = null;
  return () => {
    if (!last || now() - last.at >= maxAgeMs) last = { at: now(), answer: check() };
    return last.answer;
  };
}

function notReady(database: Readiness['body']['database'], migrations: Readiness['body']['migrations'], reason: string): Readiness {
  return { ready: false, body: { status: 'not ready', database, migrations, reason } };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
