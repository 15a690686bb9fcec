import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/config';
import { createLogger } from './common/logger';
import { openDatabase } from './database/database';
import { loadDemoDataIfEmpty } from './demo/demo-loader';
import { createServer } from './http/server';

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
  const logger = createLogger(config.logLevel);
  const database = await openDatabase(config, logger);
  if (config.seedMode === 'demo') {
    const summary = await loadDemoDataIfEmpty(database.dataSource);
    logger.info(summary.loaded ? `Loaded demo data: ${summary.description}` : 'Demo data already present (nothing added)');
  }
  const server = await createServer({ config, dataSource: database.dataSource, logger });
  const url = await server.listen();
  logger.info(`musubi GraphQL API ready at ${url} (started in ${((Date.now() - startedAt) / 1000).toFixed(1)} s)`);
  logger.info(`Playground: open ${url} in a browser`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal} received: finishing in-flight requests and stopping`);
    try {
      await server.stop();
      await database.close();
      process.exit(0);
    } catch (error) {
      logger.error('Shutdown failed', { error: String(error) });
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `${error.name}: ${error.message}` : error);
  process.exit(1);
});
