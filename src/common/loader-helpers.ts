import DataLoader from 'dataloader';
import { DataSource, EntityTarget, In, ObjectLiteral } from 'typeorm';

/**
 * A per-request loader that fetches rows by a unique column with one `IN (...)` query per
 * batch and returns them in key order (null where missing), as DataLoader requires.
 */
export function uniqueLoader<T extends ObjectLiteral, K extends keyof T & string>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  column: K,
): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (keys) => {
    const rows = await dataSource.getRepository(entity).find({ where: { [column]: In([...keys]) } as never });
    const byKey = new Map(rows.map((row) => [String(row[column]), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/**
 * A per-request loader for one-to-many relations: `fetch` receives every requested key at
 * once (one query) and rows are grouped by `keyOf`, keeping the order `fetch` returned.
 */
export function groupLoader<T>(fetch: (keys: readonly string[]) => Promise<T[]>, keyOf: (row: T) => string): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (keys) => {
    const rows = await fetch(keys);
    const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
    for (const row of rows) groups.get(keyOf(row))?.push(row);
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/** Loads several unique keys at once and drops the ones that no longer exist. */
export async function loadPresent<T>(loader: DataLoader<string, T | null>, keys: readonly string[]): Promise<T[]> {
  const rows = await loader.loadMany(keys);
  return rows.filter((row): row is T => row !== null && !(row instanceof Error));
}
