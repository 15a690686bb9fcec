import { DataSource } from 'typeorm';
import { ANALYSER_VERSION } from './analyser-version';
import { matchIndexer } from './match-indexer';

export interface MatchIndexStatus {
  /** Whether the index was rebuilt now. */
  rebuilt: boolean;
  /** Why it was rebuilt (or that it was current). */
  reason: string;
  seeds: number;
  needs: number;
}

/**
 * Start-up check of the matching index: rebuilds it when it was made by another analyser
 * version (code or concept table changed), or when it does not cover exactly the matchable
 * seeds and needs (data written before the index existed, or by a tool that bypassed the
 * services). A current index costs one query.
 */
export async function ensureMatchIndex(dataSource: DataSource): Promise<MatchIndexStatus> {
  const [state] = (await dataSource.query(
    `SELECT (SELECT count(*) FROM seed WHERE status = 'PUBLISHED')::int AS seeds,
            (SELECT count(*) FROM match_document WHERE kind = 'SEED')::int AS indexed_seeds,
            (SELECT count(*) FROM need WHERE status <> 'ARCHIVED')::int AS needs,
            (SELECT count(*) FROM match_document WHERE kind = 'NEED')::int AS indexed_needs,
            (SELECT count(*) FROM match_corpus)::int AS corpora,
            EXISTS (SELECT 1 FROM match_document WHERE analyser_version <> $1) AS stale`,
    [ANALYSER_VERSION],
  )) as Array<{ seeds: number; indexed_seeds: number; needs: number; indexed_needs: number; corpora: number; stale: boolean }>;
  const reason = state.stale
    ? 'analyser or concept table changed'
    : state.seeds !== state.indexed_seeds || state.needs !== state.indexed_needs || state.corpora !== 2
      ? `index incomplete (seeds ${state.indexed_seeds}/${state.seeds}, needs ${state.indexed_needs}/${state.needs})`
      : null;
  if (reason === null) return { rebuilt: false, reason: 'index current', seeds: state.seeds, needs: state.needs };
  const summary = await matchIndexer.rebuild(dataSource);
  return { rebuilt: true, reason, ...summary };
}
