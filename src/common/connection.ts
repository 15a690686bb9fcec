import { ArgsType, ClassType, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Max, Min } from 'class-validator';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { InvalidInputError } from './errors';
import { bilingual } from './validation';

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'Sort order / 並び順',
  valuesConfig: { ASC: { description: 'Ascending / 昇順' }, DESC: { description: 'Descending / 降順' } },
});

@ObjectType({ description: 'Relay page information / ページ情報' })
export class PageInfo {
  @Field({ description: 'Whether more items follow the last edge' })
  hasNextPage: boolean;
  @Field({ description: 'Whether items precede the first edge (true when `after` was given)' })
  hasPreviousPage: boolean;
  @Field(() => String, { nullable: true, description: 'Cursor of the first edge' })
  startCursor: string | null;
  @Field(() => String, { nullable: true, description: 'Cursor of the last edge; pass it as `after` for the next page' })
  endCursor: string | null;
}

export interface ConnectionShape<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: PageInfo;
  /** A number, or a promise of one for lists that count only when asked (see `paginate`). */
  totalCount: number | Promise<number>;
}

/** Builds `<Type>Connection` and `<Type>Edge` object types for a node type. */
export function Connection<T extends object>(NodeClass: ClassType<T>, typeName: string) {
  @ObjectType(`${typeName}Edge`, { description: `An edge to a ${typeName}` })
  class Edge {
    @Field({ description: 'Opaque cursor of this edge' })
    cursor: string;
    @Field(() => NodeClass, { description: `The ${typeName}` })
    node: T;
  }

  @ObjectType(`${typeName}ConnectionBase`)
  abstract class ConnectionClass implements ConnectionShape<T> {
    @Field(() => [Edge], { description: 'The page of edges' })
    edges: Edge[];
    @Field(() => PageInfo, { description: 'Pagination information' })
    pageInfo: PageInfo;
    @Field(() => Int, { description: 'How many items match the filter, over all pages' })
    totalCount: number | Promise<number>;
  }
  return ConnectionClass;
}

export const DEFAULT_PAGE_SIZE = 20;
/** Hard cap on `first`, whatever the configuration says; configuration may lower it. */
export const MAX_PAGE_SIZE = 100;

@ArgsType()
export abstract class PageArgs {
  @Field(() => Int, { nullable: true, description: `How many items to return (default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE})` })
  @Min(1, bilingual('1以上を指定してください', 'must be at least 1'))
  @Max(MAX_PAGE_SIZE, bilingual(`${MAX_PAGE_SIZE}以下を指定してください`, `must be at most ${MAX_PAGE_SIZE}`))
  first?: number;

  @Field(() => String, { nullable: true, description: 'Return items after this cursor (`pageInfo.endCursor`)' })
  after?: string;
}

export interface SortSpec {
  /** SQL expression of the sort key, e.g. `seed.created_at`. Must be non-null. */
  expression: string;
  /** How to turn the cursor's JSON value back into a query parameter. */
  kind: 'text' | 'number' | 'date';
  direction: SortDirection;
}

interface CursorPayload {
  v: string | number;
  id: string;
}

function encodeCursor(payload: CursorPayload): string {
  return Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?Z$/;

/**
 * A cursor is opaque to clients but crafted ones arrive too: its id must be a UUID and its sort
 * value of the sort's kind (a finite number, an ISO timestamp, or text), or PostgreSQL would be
 * the one to refuse the cast, as an internal error.
 */
function decodeCursor(cursor: string, kind: SortSpec['kind']): CursorPayload {
  try {
    const payload = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as CursorPayload;
    if (payload && typeof payload.id === 'string' && UUID.test(payload.id) && fitsKind(payload.v, kind)) return payload;
  } catch {
    // fall through to the input error
  }
  throw InvalidInputError.of('after', 'カーソルの形式が正しくありません', 'is not a valid cursor', 'cursor');
}

function fitsKind(value: unknown, kind: SortSpec['kind']): boolean {
  switch (kind) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'date':
      return typeof value === 'string' && ISO_TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value));
    case 'text':
      return typeof value === 'string' && !value.includes('\u0000');
  }
}

/**
 * Keyset pagination over a filtered query: ordered by the sort key then id, so pages are
 * stable under inserts. One statement for the page whatever its size, and one more for
 * `totalCount` only when the client selects it: over a national corpus COUNT(*) costs more
 * than the page itself, and portals paging through lists rarely ask for it.
 */
export async function paginate<T extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<T>,
  sort: SortSpec,
  page: { first?: number | null; after?: string | null },
  maxPageSize: number = MAX_PAGE_SIZE,
): Promise<ConnectionShape<T>> {
  const { pageQuery, first } = keysetPage(query, sort, page, maxPageSize);
  const alias = query.alias;
  const { entities, raw } = await pageQuery.getRawAndEntities();
  const rawKeyById = new Map<string, unknown>();
  for (const row of raw as Array<Record<string, unknown>>) rawKeyById.set(String(row[`${alias}_id`]), row['__sort_key']);
  return connectionOf(
    query,
    page,
    first,
    entities.map((node) => ({ node, sortKey: rawKeyById.get(node.id) })),
  );
}

/**
 * The same page as `paginate`, read by the caller: `read` gets the page statement (its rows
 * carry `<alias>_id` and `__sort_key`, in page order) and returns each row's node. The compiled
 * read paths use it to select, in the same statement, only what the request asked for.
 */
export async function paginateWith<T extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<T>,
  sort: SortSpec,
  page: { first?: number | null; after?: string | null },
  maxPageSize: number,
  read: (pageSql: string, parameters: unknown[]) => Promise<Array<{ node: T; sortKey: unknown }>>,
): Promise<ConnectionShape<T>> {
  const { pageQuery, first } = keysetPage(query, sort, page, maxPageSize);
  const [sql, parameters] = pageQuery.select(`${query.alias}.id`, `${query.alias}_id`).addSelect(`(${sort.expression})`, '__sort_key').getQueryAndParameters();
  return connectionOf(query, page, first, await read(sql, parameters));
}

/** The page's statement: the filtered query after the cursor, in sort order, one row more than asked (for hasNextPage). */
function keysetPage<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  sort: SortSpec,
  page: { first?: number | null; after?: string | null },
  maxPageSize: number,
): { pageQuery: SelectQueryBuilder<T>; first: number } {
  const first = Math.min(page.first ?? DEFAULT_PAGE_SIZE, maxPageSize, MAX_PAGE_SIZE);
  const alias = query.alias;
  // Parenthesised so TypeORM treats it as SQL, not as a property selection it would re-map.
  const pageQuery = query.clone().addSelect(`(${sort.expression})`, '__sort_key');
  if (page.after) {
    const cursor = decodeCursor(page.after, sort.kind);
    const op = sort.direction === SortDirection.ASC ? '>' : '<';
    const cast = sort.kind === 'number' ? '::numeric' : sort.kind === 'date' ? '::timestamptz' : '::text';
    pageQuery.andWhere(`(${sort.expression}, ${alias}.id) ${op} (:cursorValue${cast}, :cursorId::uuid)`, {
      cursorValue: cursor.v,
      cursorId: cursor.id,
    });
  }
  pageQuery
    .orderBy(sort.expression, sort.direction)
    .addOrderBy(`${alias}.id`, sort.direction)
    .limit(first + 1);
  return { pageQuery, first };
}

function connectionOf<T extends { id: string }>(
  query: SelectQueryBuilder<T & ObjectLiteral>,
  page: { after?: string | null },
  first: number,
  rows: Array<{ node: T; sortKey: unknown }>,
): ConnectionShape<T> {
  let counted: Promise<number> | undefined;
  const edges = rows.slice(0, first).map(({ node, sortKey }) => {
    const v = sortKey instanceof Date ? sortKey.toISOString() : (sortKey as string | number);
    return { cursor: encodeCursor({ v, id: node.id }), node };
  });
  return {
    edges,
    // A getter: GraphQL reads it (and the count runs) only when the field is selected.
    get totalCount() {
      return (counted ??= query.clone().getCount());
    },
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: Boolean(page.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
