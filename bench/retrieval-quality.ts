import { fromGlobalId } from '../src/common/global-id';
import { createDataSource } from '../src/database/data-source';
import { MatchingService } from '../src/matching/matching.service';

/**
 * Whether the served retrieval finds what reading every posting of the query terms finds at this
 * size: it does by default (DEFAULT_RETRIEVAL_OPTIONS reads every posting); a bound on postings
 * per term set in the options shows here what it costs.
 */
export interface RetrievalQuality {
  needs: number;
  /** Mean score of the top 20 as served, and as found when every posting of the query terms is read. */
  meanTop20Score: { bounded: number; exhaustive: number };
  /** Share of the exhaustive top 20 that the served top 20 also holds. */
  top20Overlap: number;
  /** Needs whose first candidate is the same both ways. */
  sameFirst: number;
}

/** A cap no posting list reaches: retrieval then reads every posting of the query terms. */
const EVERY_POSTING = 1_000_000_000;

/**
 * Ranks the same needs twice in process, with the served retrieval bounds and with every
 * posting read, and compares the top 20s. Runs after the load, so it cannot disturb it.
 */
export async function measureRetrievalQuality(databaseUrl: string, needIds: readonly string[], needs = 40): Promise<RetrievalQuality> {
  const dataSource = createDataSource({ url: databaseUrl, statementTimeoutMs: 0, poolSize: 2 });
  await dataSource.initialize();
  try {
    const bounded = new MatchingService(dataSource);
    const exhaustive = new MatchingService(dataSource, { retrieval: { maxPostingsPerTerm: EVERY_POSTING } });
    const picked = [...new Set(needIds)].slice(0, needs);
    let boundedSum = 0;
    let exhaustiveSum = 0;
    let overlap = 0;
    let sameFirst = 0;
    for (const needGlobalId of picked) {
      const needId = fromGlobalId(needGlobalId, 'Need').id;
      const served = (await bounded.candidatesForNeed(needId, { first: 20 })).edges.map((e) => e.node);
      const full = (await exhaustive.candidatesForNeed(needId, { first: 20 })).edges.map((e) => e.node);
      const mean = (nodes: typeof served) => (nodes.length > 0 ? nodes.reduce((sum, n) => sum + n.score, 0) / nodes.length : 0);
      boundedSum += mean(served);
      exhaustiveSum += mean(full);
      const fullIds = new Set(full.map((n) => n.seed.id));
      overlap += full.length > 0 ? served.filter((n) => fullIds.has(n.seed.id)).length / full.length : 1;
      if (served[0]?.seed.id === full[0]?.seed.id) sameFirst += 1;
    }
    const n = Math.max(picked.length, 1);
    return { needs: picked.length, meanTop20Score: { bounded: boundedSum / n, exhaustive: exhaustiveSum / n }, top20Overlap: overlap / n, sameFirst };
  } finally {
    await dataSource.destroy();
  }
}
