import { DataSource, Logger } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './snake-naming-strategy';

export interface DataSourceOptions {
  url: string;
  /** Statement timeout so that one slow query cannot hold a pooled connection forever. */
  statementTimeoutMs?: number;
  poolSize?: number;
  logging?: boolean;
  /** A TypeORM logger (tests count statements with one). */
  logger?: Logger;
}

/** The one way musubi builds its DataSource: used by the app, the CLI, ormconfig.ts and tests. */
export function createDataSource(options: DataSourceOptions): DataSource {
  const poolSize = options.poolSize ?? 10;
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL ≥ 13: no extension, so a non-superuser database works.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    logging: options.logging ?? false,
    ...(options.logger ? { logger: options.logger } : {}),
    extra: {
      max: poolSize,
      // Two connections stay open when idle (pg-pool closes idle ones after 10 s above this): a
      // ranking alone on the server splits its largest read over a second, idle one
      // (src/database/snapshot-sibling.ts), and would otherwise find none after a quiet spell.
      min: Math.min(2, poolSize),
      statement_timeout: options.statementTimeoutMs ?? 15000,
      // Without it a request waits forever for a database host that does not answer; with it
      // the request is answered 503 (src/database/unavailable.ts).
      connectionTimeoutMillis: 10_000,
      application_name: 'musubi',
    },
  });
}
