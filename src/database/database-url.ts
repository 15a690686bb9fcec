import type { Config } from '../config/config';

export const EMBEDDED_DATABASE_NAME = 'musubi';
/** Credentials of the embedded cluster; it listens on localhost only. */
export const EMBEDDED_USER = 'postgres';
export const EMBEDDED_PASSWORD = 'musubi-local';

/** URL of a database on the embedded cluster listening on `port`. */
export function embeddedUrl(port: number, database: string): string {
  return `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@localhost:${port}/${database}`;
}

/** Where the embedded cluster listens once started with this configuration. */
export function embeddedDatabaseUrl(config: Pick<Config, 'embeddedPort'>): string {
  return embeddedUrl(config.embeddedPort, EMBEDDED_DATABASE_NAME);
}
