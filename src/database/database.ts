import { DataSource } from 'typeorm';
import type { Config } from '../config/config';
import type { Logger } from '../common/logger';
import { createDataSource } from './data-source';
import { EMBEDDED_DATABASE_NAME } from './database-url';
import { startEmbeddedPostgres } from './embedded-postgres';

export interface Database {
  dataSource: DataSource;
  /** True when musubi started its own embedded PostgreSQL. */
  embedded: boolean;
  close(): Promise<void>;
}

export class DatabaseLocaleError extends Error {
  override name = 'DatabaseLocaleError';
}

/**
 * Connects to DATABASE_URL, or starts the embedded cluster; runs pending migrations when
 * configured; and refuses a database whose encoding or locale would break Japanese search.
 */
export async function openDatabase(config: Config, logger: Logger): Promise<Database> {
  let url = config.databaseUrl;
  let stopEmbedded: (() => Promise<void>) | null = null;
  if (!url) {
    const embedded = await startEmbeddedPostgres({
      dataDir: config.embeddedDataDir,
      port: config.embeddedPort,
      database: EMBEDDED_DATABASE_NAME,
      log: (message) => logger.info(message),
    });
    url = embedded.url;
    stopEmbedded = () => embedded.stop();
    logger.info(`Embedded PostgreSQL on port ${config.embeddedPort}, data in ${config.embeddedDataDir}`);
  }

  const dataSource = createDataSource({ url, statementTimeoutMs: config.statementTimeoutMs });
  try {
    await dataSource.initialize();
    await assertJapaneseTextSupport(dataSource);
    if (config.runMigrations) await runMigrations(url, logger);
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    if (stopEmbedded) await stopEmbedded();
    throw error;
  }

  return {
    dataSource,
    embedded: stopEmbedded !== null,
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
      if (stopEmbedded) await stopEmbedded();
    },
  };
}

/**
 * Applies pending migrations on a connection of their own without the statement timeout that
 * guards requests: a migration that fills a column of a large table (millions of postings at
 * national scale) may rightly take minutes.
 */
async function runMigrations(url: string, logger: Logger): Promise<void> {
  const migrator = createDataSource({ url, statementTimeoutMs: 0, poolSize: 1 });
  await migrator.initialize();
  try {
    const applied = await migrator.runMigrations({ transaction: 'each' });
    for (const migration of applied) logger.info(`Applied migration ${migration.name}`);
  } finally {
    await migrator.destroy();
  }
}

/**
 * pg_trgm and regular expressions classify characters by the database's ctype: under the C
 * locale kanji and kana are not letters and Japanese text search silently degrades.
 */
export async function assertJapaneseTextSupport(dataSource: DataSource): Promise<void> {
  const [row] = (await dataSource.query(
    `SELECT current_setting('server_encoding') AS encoding, '有機エレクトロニクス' ~ '^[[:alpha:]]+$' AS cjk_are_letters,
            (SELECT datctype FROM pg_database WHERE datname = current_database()) AS ctype`,
  )) as Array<{ encoding: string; cjk_are_letters: boolean; ctype: string }>;
  if (row.encoding !== 'UTF8' || !row.cjk_are_letters) {
    throw new DatabaseLocaleError(
      `The database cannot search Japanese text: encoding ${row.encoding}, ctype ${row.ctype}. ` +
        `musubi needs a UTF8 database whose locale treats kanji and kana as letters ` +
        `(e.g. CREATE DATABASE musubi ENCODING 'UTF8' LOCALE_PROVIDER builtin BUILTIN_LOCALE 'C.UTF-8' TEMPLATE template0, ` +
        `or LC_CTYPE 'ja_JP.UTF-8' / 'en_US.UTF-8'). ` +
        `データベースの文字コード・ロケールが日本語検索に対応していません (UTF8 と、漢字・かなを文字として扱うロケールが必要です)。`,
    );
  }
}
