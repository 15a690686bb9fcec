import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createLogger } from '../src/common/logger';
import { loadConfig } from '../src/config/config';
import { createDataSource } from '../src/database/data-source';
import { openDatabase } from '../src/database/database';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { StatementCounter, timeEveryStatement } from './statement-counter';

/** An empty database for one benchmark size; `close()` removes it. */
export interface BenchDatabase {
  url: string;
  description: string;
  close(): Promise<void>;
}

/**
 * A fresh database: a new embedded cluster in a temporary folder on a free port, or, when
 * DATABASE_URL is set, a new database on that server (dropped afterwards).
 */
export async function freshDatabase(label: string): Promise<BenchDatabase> {
  const external = process.env.DATABASE_URL?.trim();
  return external ? createOnServer(external, label) : startEmbedded();
}

async function startEmbedded(): Promise<BenchDatabase> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'musubi-bench-'));
  // Run as root, PostgreSQL runs as the `postgres` user, which must reach the data folder inside.
  fs.chmodSync(folder, 0o755);
  const port = await freePort();
  try {
    const cluster = await startEmbeddedPostgres({ dataDir: path.join(folder, 'pgdata'), port, database: 'musubi' });
    return {
      url: cluster.url,
      description: `embedded PostgreSQL on port ${port} in ${folder}`,
      async close() {
        try {
          await cluster.stop();
        } finally {
          fs.rmSync(folder, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    fs.rmSync(folder, { recursive: true, force: true });
    throw error;
  }
}

async function createOnServer(serverUrl: string, label: string): Promise<BenchDatabase> {
  const name = `musubi_bench_${label}_${process.pid}`;
  const admin = (work: (client: Client) => Promise<void>) => withClient(withDatabase(serverUrl, 'postgres'), work);
  await admin(async (client) => {
    // A UTF-8 locale in which kanji are letters (PostgreSQL ≥ 17); older servers fall back to their default.
    try {
      await client.query(`CREATE DATABASE "${name}" TEMPLATE template0 ENCODING 'UTF8' LOCALE_PROVIDER builtin BUILTIN_LOCALE 'C.UTF-8'`);
    } catch {
      await client.query(`CREATE DATABASE "${name}" TEMPLATE template0 ENCODING 'UTF8'`);
    }
  });
  return {
    url: withDatabase(serverUrl, name),
    description: `database ${name} on ${new URL(serverUrl).host}`,
    close: () => admin(async (client) => void (await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`))),
  };
}

async function withClient(url: string, work: (client: Client) => Promise<void>): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

function withDatabase(url: string, database: string): string {
  const copy = new URL(url);
  copy.pathname = `/${database}`;
  return copy.toString();
}

/** A port nobody listens on now (the OS picks it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * The bench database migrated as the server would migrate it, and a DataSource on it that
 * counts every statement by kind and times each one (the import's figures come from both).
 */
export async function countingDataSource(url: string): Promise<{ dataSource: DataSource; counter: StatementCounter }> {
  const migrated = await openDatabase(loadConfig({ DATABASE_URL: url, MUSUBI_SEED: 'empty' }), createLogger('warn'));
  await migrated.close();
  const counter = new StatementCounter();
  const dataSource = createDataSource({ url, logging: true, logger: counter, statementTimeoutMs: 0 });
  timeEveryStatement(dataSource);
  await dataSource.initialize();
  return { dataSource, counter };
}
