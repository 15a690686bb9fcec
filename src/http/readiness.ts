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
  } catch (error) {
    return notReady('unreachable', 'unknown', `database: ${reasonOf(error)}`);
  }
  let pending: boolean;
  try {
    pending = await withTimeout(dataSource.showMigrations(), timeoutMs);
  } catch (error) {
    return notReady('ok', 'unknown', `migrations: ${reasonOf(error)}`);
  }
  if (pending) return notReady('ok', 'pending', 'migrations are pending: run `npm run migrate` (未適用のマイグレーションがあります)');
  return { ready: true, body: { status: 'ready', database: 'ok', migrations: 'current' } };
}

function notReady(database: Readiness['body']['database'], migrations: Readiness['body']['migrations'], reason: string): Readiness {
  return { ready: false, body: { status: 'not ready', database, migrations, reason } };
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
