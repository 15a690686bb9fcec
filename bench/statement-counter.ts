import type { DataSource, Logger } from 'typeorm';

/**
 * A TypeORM logger that counts SQL statements by kind ("INSERT seed", "SELECT researcher" …).
 * Transaction control is not counted: it is not a query the code chose to make.
 */
export class StatementCounter implements Logger {
  total = 0;
  byKind = new Map<string, number>();
  /** Milliseconds by kind: only filled when every statement is reported as slow (see timeEveryStatement). */
  msByKind = new Map<string, number>();
  /** Statements with their parameters, kept only while `capturing` (for EXPLAIN). */
  captured: CapturedStatement[] = [];
  capturing = false;

  logQuery(query: string, parameters?: unknown[] | Record<string, unknown>): void {
    const kind = statementKind(query);
    if (kind === null) return;
    this.total += 1;
    this.byKind.set(kind, (this.byKind.get(kind) ?? 0) + 1);
    if (this.capturing) this.captured.push({ query, parameters: Array.isArray(parameters) ? parameters : [] });
  }

  reset(): void {
    this.total = 0;
    this.byKind.clear();
    this.msByKind.clear();
    this.captured = [];
  }

  /** Kinds, most frequent first; time by kind, longest first, when timed. */
  snapshot(): { total: number; byKind: Record<string, number>; msByKind: Record<string, number> } {
    const sorted = (map: Map<string, number>) => Object.fromEntries([...map].sort((a, b) => b[1] - a[1]));
    return { total: this.total, byKind: sorted(this.byKind), msByKind: sorted(this.msByKind) };
  }

  logQuerySlow(milliseconds: number, query: string): void {
    const kind = statementKind(query);
    if (kind !== null) this.msByKind.set(kind, (this.msByKind.get(kind) ?? 0) + milliseconds);
  }

  logQueryError(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

export interface CapturedStatement {
  query: string;
  parameters: unknown[];
}

/**
 * TypeORM reports a statement's duration only to logQuerySlow, above `maxQueryExecutionTime`;
 * -1 makes every statement "slow". Durations come from Date.now(): whole milliseconds, so only
 * sums over many statements are meaningful.
 */
export function timeEveryStatement(dataSource: DataSource): void {
  (dataSource.options as { maxQueryExecutionTime?: number }).maxQueryExecutionTime = -1;
}

/** "INSERT seed_owner", "SELECT seed", … or null for transaction control. */
export function statementKind(query: string): string | null {
  const verb = /^\s*(\w+)/.exec(query)?.[1]?.toUpperCase() ?? '?';
  if (['START', 'BEGIN', 'COMMIT', 'ROLLBACK', 'SAVEPOINT', 'RELEASE'].includes(verb)) return null;
  const table = /\b(?:FROM|INTO|UPDATE)\s+"?(\w+)"?/i.exec(query)?.[1];
  return table ? `${verb} ${table}` : verb;
}
