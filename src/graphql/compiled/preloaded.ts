/**
 * Relations a compiled read already fetched with their record, so that the relation's field
 * resolver returns them instead of asking its DataLoader (it still runs, and so do the field's
 * guards and cost budget). Kept under a symbol: invisible to GraphQL, JSON and TypeORM.
 */
const PRELOADED = Symbol('preloaded relations');

type WithPreloaded = { [PRELOADED]?: Record<string, unknown> };

export function preload<T extends object>(record: T, relations: Record<string, unknown>): T {
  (record as WithPreloaded)[PRELOADED] = relations;
  return record;
}

/** The relation fetched with the record, or undefined when it was not (the resolver then loads it). */
export function preloaded<V>(record: object, relation: string): V | undefined {
  return (record as WithPreloaded)[PRELOADED]?.[relation] as V | undefined;
}
