import { getMetadataStorage } from 'type-graphql';
import type { DataSource, EntityMetadata } from 'typeorm';
import type { Selection } from './selection';

/** How a compiled read turns an entity's selected fields into JSON in SQL, and the JSON back into an entity. */
export interface EntityJson<T> {
  /**
   * `json_build_object(...)` of the selected fields of the row `alias` (plus its primary key, for
   * `id` and further loaders), or null when a selected field is not a plain column: computed
   * fields and field resolvers (e.g. a researcher's `email`, shown only when public) keep their own path.
   * `relations` are selected fields handled by the caller: skipped here.
   */
  jsonSql(alias: string, selection: Selection, relations?: ReadonlySet<string>): string | null;
  /** The `'property', alias."column"` pairs of `jsonSql`, for a caller that adds its own pairs to one `json_build_object`. */
  jsonPairs(alias: string, selection: Selection, relations?: ReadonlySet<string>): string | null;
  /** An instance of the entity (its getters, e.g. `globalId`, work) from that JSON. */
  hydrate(json: Record<string, unknown>): T;
}

interface Column {
  property: string;
  sql: string;
  isDate: boolean;
}

const cache = new WeakMap<DataSource, Map<Function, EntityJson<unknown>>>();

/** The reader of one entity class on one data source (built once from TypeORM's and type-graphql's metadata). */
export function entityJson<T>(dataSource: DataSource, entity: new () => T): EntityJson<T> {
  let perSource = cache.get(dataSource);
  if (!perSource) cache.set(dataSource, (perSource = new Map()));
  let reader = perSource.get(entity) as EntityJson<T> | undefined;
  if (!reader) perSource.set(entity, (reader = buildReader(dataSource.getMetadata(entity), entity)));
  return reader;
}

function buildReader<T>(metadata: EntityMetadata, entity: new () => T): EntityJson<T> {
  const resolved = new Set(
    getMetadataStorage()
      .fieldResolvers.filter((resolver) => resolver.getObjectType?.() === entity)
      .map((resolver) => resolver.schemaName),
  );
  // A foreign key declared as its own property (e.g. `institutionId`) is a column; the relation's property is not.
  const relations = new Set(metadata.relations.map((relation) => relation.propertyName));
  const columns = new Map<string, Column>();
  for (const column of metadata.columns) {
    if (relations.has(column.propertyName) || resolved.has(column.propertyName)) continue;
    const type = typeof column.type === 'string' ? column.type : '';
    columns.set(column.propertyName, {
      property: column.propertyName,
      sql: `"${column.databaseName}"`,
      isDate: type.startsWith('timestamp') || type === 'date',
    });
  }
  const primary = metadata.primaryColumns.map((column) => columns.get(column.propertyName)!);
  const dates = [...columns.values()].filter((column) => column.isDate).map((column) => column.property);

  return {
    jsonPairs(alias, selection, relations = new Set()) {
      const chosen = new Set<Column>(primary);
      for (const name of selection.keys()) {
        if (name === 'id' || name === '__typename' || relations.has(name)) continue;
        const column = columns.get(name);
        if (!column || selection.get(name)!.size > 0) return null;
        chosen.add(column);
      }
      return [...chosen].map((column) => `'${column.property}', ${alias}.${column.sql}`).join(', ');
    },
    jsonSql(alias, selection, relations) {
      const pairs = this.jsonPairs(alias, selection, relations);
      return pairs === null ? null : `json_build_object(${pairs})`;
    },
    hydrate(json) {
      for (const property of dates) if (typeof json[property] === 'string') json[property] = new Date(json[property] as string);
      return Object.assign(Object.create(entity.prototype) as T & object, json);
    },
  };
}
