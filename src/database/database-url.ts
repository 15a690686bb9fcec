import type { Config } from '../config/config';

export const EMBEDDED_DATABASE_NAME = 'musubi';

/** Where the embedded cluster listens once started with this configuration. */
export function embeddedDatabaseUrl(config: Pick<Config, 'embeddedPort'>): string {
  return `postgres://postgres:musubi-local@localhost:${config.embeddedPort}/${EMBEDDED_DATABASE_NAME}`;
}
