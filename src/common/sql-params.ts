/** Positional parameters for hand-written SQL: `p.add(value)` returns its `$n`. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * `column` is the region or one of the regions inside it (the region tree, followed in SQL).
 * The one spelling of the region-tree walk: hand-written SQL and query builders both use it.
 */
export function regionWithinSql(column: string, regionParam: string): string {
  return (
    `${column} IN (WITH RECURSIVE inside(code) AS (SELECT code FROM region WHERE code = ${regionParam} ` +
    `UNION SELECT r.code FROM region r JOIN inside ON r.parent_code = inside.code) SELECT code FROM inside)`
  );
}

/**
 * The given field codes and every node below them, as an SQL array. The tree is followed
 * through `parent_code` (codes need not be paths; imported taxonomies vary).
 */
export function fieldsAndDescendantsSql(codesParam: string): string {
  return (
    `ARRAY(WITH RECURSIVE below(code) AS (SELECT code FROM research_field WHERE code = ANY(${codesParam}::text[]) ` +
    `UNION SELECT rf.code FROM research_field rf JOIN below ON rf.parent_code = below.code) SELECT code FROM below)`
  );
}
