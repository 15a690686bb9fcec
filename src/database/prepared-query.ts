import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';

/**
 * Distinct statement texts run as named prepared statements, per process. Every pooled
 * connection keeps each statement it prepared until it closes, so the number is bounded; the
 * hot reads have a handful of shapes (one per selection and filter combination a client uses),
 * and texts beyond the bound run unnamed, as before.
 */
const MAX_PREPARED_TEXTS = 200;
const names = new Map<string, string>();

/**
 * Runs a read as a named prepared statement: PostgreSQL parses and analyses its text once per
 * connection instead of on every request, and may reuse a generic plan (the compiled seed reads
 * spent about a quarter of their database time planning). It goes to the same pool as
 * `dataSource.query` and through the same TypeORM logger, so statement counts see it.
 */
export async function preparedQuery<R>(dataSource: DataSource, sql: string, parameters: unknown[]): Promise<R[]> {
  const pool = (dataSource.driver as unknown as { master?: Pool }).master;
  const name = pool ? statementName(sql) : undefined;
  if (!pool || !name) return (await dataSource.query(sql, parameters)) as R[];
  dataSource.logger.logQuery(sql, parameters);
  const result = await pool.query({ name, text: sql, values: parameters });
  return result.rows as R[];
}

function statementName(sql: string): string | undefined {
  let name = names.get(sql);
  if (name === undefined && names.size < MAX_PREPARED_TEXTS) {
    name = `musubi_${createHash('sha1').update(sql).digest('hex').slice(0, 20)}`;
    names.set(sql, name);
  }
  return name;
}
