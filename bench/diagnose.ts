import fs from 'node:fs';
import { Client } from 'pg';
import { graphql, Operation } from './load';
import { ProfileSummary, summariseProfile } from './profile-summary';
import type { ServerProcess } from './server-control';
import { statementKind } from './statement-counter';

export interface StatementPlan {
  kind: string;
  /** The statement and its parameters, to re-run it by hand. */
  sql: string;
  parameters: unknown[];
  planningMs: number;
  executionMs: number;
  plan: string;
}

export interface Diagnosis {
  /** Wall time of the explained request, as the client saw it. */
  requestMs: number;
  statements: StatementPlan[];
  /** CPU profile of the server over `profiledRequests` sequential requests. */
  profile?: ProfileSummary & { file: string; profiledRequests: number };
}

/**
 * Why an operation takes its time: the SQL of one request, each SELECT re-run under
 * EXPLAIN (ANALYZE, BUFFERS) and rolled back (other statements are listed, not re-run), and optionally a CPU profile
 * of the server process over a few sequential requests.
 */
export async function diagnose(
  server: ServerProcess,
  databaseUrl: string,
  op: Operation,
  profile: { file: string; requests: number } | null,
): Promise<Diagnosis> {
  await server.quiesce();
  await server.call({ op: 'capture' });
  const started = process.hrtime.bigint();
  await graphql(server.url, op.body(), op.headers);
  const requestMs = Number(process.hrtime.bigint() - started) / 1e6;
  const { captured = [] } = await server.call({ op: 'read' });

  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const statements: StatementPlan[] = [];
  try {
    for (const { query, parameters } of captured) {
      const kind = statementKind(query) ?? '?';
      const sql = query.replace(/\s+/g, ' ').trim();
      if (!/^\s*(SELECT|WITH)\b/i.test(query)) {
        statements.push({ kind, sql, parameters, planningMs: NaN, executionMs: NaN, plan: 'not re-run (not a SELECT)' });
        continue;
      }
      // In a transaction rolled back, in case a CTE writes.
      await client.query('BEGIN');
      const result = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${query}`, parameters).finally(() => client.query('ROLLBACK'));
      const plan = result.rows.map((row) => row['QUERY PLAN']).join('\n');
      const ms = (label: string) => Number(new RegExp(`${label} Time: ([\\d.]+) ms`).exec(plan)?.[1] ?? NaN);
      statements.push({ kind, sql, parameters, planningMs: ms('Planning'), executionMs: ms('Execution'), plan });
    }
  } finally {
    await client.end();
  }

  if (!profile) return { requestMs, statements };
  await server.call({ op: 'profile-start' });
  for (let i = 0; i < profile.requests; i++) await graphql(server.url, op.body(), op.headers);
  await server.call({ op: 'profile-stop', file: profile.file });
  const summary = summariseProfile(JSON.parse(fs.readFileSync(profile.file, 'utf8')));
  return { requestMs, statements, profile: { ...summary, file: profile.file, profiledRequests: profile.requests } };
}
