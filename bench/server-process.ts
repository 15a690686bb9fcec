import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import { loadConfig } from '../src/config/config';
import { createLogger } from '../src/common/logger';
import { createDataSource } from '../src/database/data-source';
import { createServer } from '../src/http/server';
import { CapturedStatement, StatementCounter } from './statement-counter';

/**
 * The real musubi server in a process of its own, so that its resident memory is measured
 * without the load generator's. Started by run.ts with `fork` (an IPC channel): it sends
 * `{ type: 'ready', url }`, then answers each message with its state: SQL statements counted
 * by a TypeORM logger and requests in flight (no debug route is added to the server). On
 * request it keeps the statements' text for EXPLAIN, or records a CPU profile. Stops on SIGTERM.
 *
 * Environment: DATABASE_URL (an already migrated and loaded database). Other settings are as in
 * production, except those a benchmark from one address needs (below).
 */
export type ToServer = { op: 'reset' } | { op: 'read' } | { op: 'capture' } | { op: 'profile-start' } | { op: 'profile-stop'; file: string };
export interface ServerState {
  type: 'state';
  total: number;
  byKind: Record<string, number>;
  inFlight: number;
  /** Statements since `capture` (sent once, then capturing stops). */
  captured?: CapturedStatement[];
}
export type FromServer = { type: 'ready'; url: string } | ServerState;

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url || !process.send) throw new Error('server-process.ts is started by bench/run.ts (fork with DATABASE_URL)');
  const send = (message: FromServer) => process.send!(message);
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'production',
    MUSUBI_SEED: 'empty',
    MUSUBI_RUN_MIGRATIONS: 'false',
    LOG_LEVEL: 'warn',
    // All load comes from one address: the per-IP limit would answer 429 instead of measuring.
    MUSUBI_RATE_LIMIT_PER_IP: '0',
    // The jobs worker polls PostgreSQL every second: its statements would keep `quiesce` from ever
    // seeing an idle server (each wait ran into its 120 s ceiling). The bench writes no events to deliver.
    MUSUBI_BACKGROUND_JOBS: 'false',
    // run.ts asks the schema whether matchCandidates exists.
    MUSUBI_INTROSPECTION: 'true',
    // Production requires a secret; run.ts passes the one it signed its token with.
    MUSUBI_JWT_SECRET: process.env.MUSUBI_JWT_SECRET ?? randomBytes(32).toString('base64url'),
  });
  const logger = createLogger(config.logLevel);
  const counter = new StatementCounter();
  const dataSource = createDataSource({ url, logging: true, logger: counter, statementTimeoutMs: config.statementTimeoutMs });
  await dataSource.initialize();
  const server = await createServer({ config, dataSource, logger });

  // Requests still running after autocannon stops would otherwise count in the next measurement.
  let inFlight = 0;
  server.httpServer.on('request', (_req, res) => {
    inFlight += 1;
    res.once('close', () => (inFlight -= 1));
  });
  const graphqlUrl = await server.listen(0, '127.0.0.1');

  const profiler = new Session();
  process.on('message', (message: ToServer) => {
    void (async () => {
      let captured: CapturedStatement[] | undefined;
      if (message.op === 'reset') counter.reset();
      if (message.op === 'capture') {
        counter.reset();
        counter.capturing = true;
      } else if (counter.capturing) {
        captured = counter.captured;
        counter.capturing = false;
      }
      if (message.op === 'profile-start') {
        profiler.connect();
        await profiler.post('Profiler.enable');
        await profiler.post('Profiler.start');
      }
      if (message.op === 'profile-stop') {
        const { profile } = await profiler.post('Profiler.stop');
        profiler.disconnect();
        fs.writeFileSync(message.file, JSON.stringify(profile));
      }
      send({ type: 'state', ...counter.snapshot(), inFlight, ...(captured ? { captured } : {}) });
    })();
  });
  process.once('SIGTERM', () => {
    void (async () => {
      await server.stop();
      await dataSource.destroy();
      process.exit(0);
    })();
  });
  // The parent may die without SIGTERM (e.g. killed): do not outlive it.
  process.on('disconnect', () => process.exit(0));
  send({ type: 'ready', url: graphqlUrl });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
