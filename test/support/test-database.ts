import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource, Logger as TypeOrmLogger } from 'typeorm';
import { createDataSource } from '../../src/database/data-source';

/** Counts SQL statements, so tests can prove a list costs a fixed number of round trips. */
export class StatementCounter implements TypeOrmLogger {
  count = 0;
  statements: string[] = [];
  logQuery(query: string): void {
    if (/^\s*(START TRANSACTION|COMMIT|ROLLBACK|BEGIN)/i.test(query)) return;
    this.count += 1;
    this.statements.push(query);
  }
  reset(): void {
    this.count = 0;
    this.statements = [];
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

export interface TestDatabase {
  dataSource: DataSource;
  url: string;
  statements: StatementCounter;
  drop(): Promise<void>;
}

/** A fresh, migrated database of its own for one test file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const templateUrl = process.env.MUSUBI_TEST_TEMPLATE_URL;
  if (!templateUrl) throw new Error('MUSUBI_TEST_TEMPLATE_URL is not set: run tests through jest (global setup starts PostgreSQL)');
  const template = new URL(templateUrl);
  const name = `test_${process.env.JEST_WORKER_ID ?? '0'}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: withDatabase(template, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template.pathname.slice(1)}"`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(template, name);
  const statements = new StatementCounter();
  const dataSource = createDataSource({ url, logging: true, logger: statements, poolSize: 5 });
  await dataSource.initialize();
  return {
    dataSource,
    url,
    statements,
    async drop() {
      await dataSource.destroy();
      const client = new Client({ connectionString: withDatabase(template, 'postgres') });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

function withDatabase(url: URL, database: string): string {
  const copy = new URL(url.toString());
  copy.pathname = `/${database}`;
  return copy.toString();
}
