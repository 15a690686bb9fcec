import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { fieldsAndDescendantsSql, regionWithinSql } from './sql-params';
import { escapeLike, searchTerms } from './text';

/**
 * A uuid that no row has: the parameter for "mine" when the viewer has no own id of that kind,
 * so the filter matches nothing instead of being dropped.
 */
export const NO_ID = '00000000-0000-0000-0000-000000000000';

let parameterCounter = 0;
/** Unique parameter names, so several filters can share one query builder. */
const param = (name: string) => `${name}_${++parameterCounter}`;

/** Every whitespace-separated term of `phrase` must occur in the alias's `search_text` (NFKC, case-folded). */
export function whereContains<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, phrase: string | null | undefined): void {
  if (!phrase) return;
  for (const term of searchTerms(phrase)) {
    const name = param('contains');
    query.andWhere(`${query.alias}.search_text LIKE :${name}`, { [name]: `%${escapeLike(term)}%` });
  }
}

/**
 * The alias's `field_codes` include the given taxonomy node or one of its descendants. The
 * tree is followed through `parent_code` (codes need not be paths; imported taxonomies vary).
 */
export function whereFieldUnder<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, fieldCode: string | null | undefined, column = 'field_codes'): void {
  if (!fieldCode) return;
  const name = param('field');
  query.andWhere(`${query.alias}.${column} && ${fieldsAndDescendantsSql(`:${name}`)}`, { [name]: [fieldCode] });
}

/** `regionColumn` (an SQL expression) is the region or one of the regions inside it. */
export function whereRegionWithin<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, regionColumn: string, regionCode: string | null | undefined): void {
  if (!regionCode) return;
  const name = param('region');
  query.andWhere(regionWithinSql(regionColumn, `:${name}`), { [name]: regionCode });
}

/** The column is one of the given values (skipped when the list is absent or empty). */
export function whereIn<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, column: string, values: readonly unknown[] | null | undefined): void {
  if (!values || values.length === 0) return;
  const name = param('in');
  query.andWhere(`${column} IN (:...${name})`, { [name]: values });
}

export function whereEquals<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, column: string, value: unknown): void {
  if (value === undefined || value === null) return;
  const name = param('eq');
  query.andWhere(`${column} = :${name}`, { [name]: value });
}
