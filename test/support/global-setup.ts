import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDataSource } from '../../src/database/data-source';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';
import { freePort } from './free-port';

export const TEMPLATE_DATABASE = 'musubi_template';

/**
 * One embedded PostgreSQL for the whole run, with a migrated template database; each test
 * file clones the template (CREATE DATABASE … TEMPLATE, a few ms) and so has its own data.
 * Set TEST_DATABASE_URL to use an external server instead (its database is the template).
 */
export default async function globalSetup(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'musubi-test-pg-'));
  const port = await freePort();
  const cluster = await startEmbeddedPostgres({ dataDir, port, database: TEMPLATE_DATABASE });
  const template = createDataSource({ url: cluster.url });
  await template.initialize();
  await template.runMigrations({ transaction: 'each' });
  await template.destroy();

  process.env.MUSUBI_TEST_TEMPLATE_URL = cluster.url;
  (globalThis as Record<string, unknown>).__musubiTestCluster = { stop: cluster.stop, dataDir };
}
