import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Bind parameters per INSERT. PostgreSQL counts them in 16 bits (at most 65,535); an entity's
 * column count bounds one row's parameters, so a statement stays well below the limit.
 */
const PARAMETERS_PER_STATEMENT = 30_000;

/** Rows per INSERT at most: beyond this, larger statements save no time, only memory. */
const ROWS_PER_STATEMENT = 1_000;

/**
 * Inserts rows with as few multi-row INSERTs as the parameter limit allows, in order. Columns
 * a row leaves undefined take their defaults, as with one `manager.insert` per row.
 */
export async function insertRows(manager: EntityManager, entity: EntityTarget<ObjectLiteral>, rows: readonly ObjectLiteral[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = manager.connection.getMetadata(entity).columns.length;
  const perStatement = Math.max(1, Math.min(ROWS_PER_STATEMENT, Math.floor(PARAMETERS_PER_STATEMENT / columns)));
  for (let start = 0; start < rows.length; start += perStatement) {
    await manager.insert(entity, rows.slice(start, start + perStatement));
  }
}
