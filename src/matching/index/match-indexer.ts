import { DataSource, EntityManager } from 'typeorm';
import { DEFAULT_BM25_PARAMETERS } from '../text';
import type { AnalysedText } from '../text';
import { ANALYSER_VERSION, analyseNeedText, analyseSeedText } from './analyser-version';
import type { MatchKind } from './match-index.entities';

/** Documents analysed and written per round trip (bounds parameter sizes in a rebuild). */
const BATCH_SIZE = 500;

interface TextRow {
  id: string;
  title: string;
  body: string;
  keywords: string[];
}

/** What each corpus indexes: the rows that can be matched, and how their text is analysed. */
const SOURCES: Record<MatchKind, { select: string; analyse: (row: TextRow) => AnalysedText }> = {
  SEED: {
    select: `SELECT id, title, summary AS body, keywords FROM seed WHERE status = 'PUBLISHED'`,
    analyse: (row) => analyseSeedText({ title: row.title, summary: row.body, keywords: row.keywords }),
  },
  NEED: {
    select: `SELECT id, title, description AS body, keywords FROM need WHERE status <> 'ARCHIVED'`,
    analyse: (row) => analyseNeedText({ title: row.title, description: row.body, keywords: row.keywords }),
  },
};

export interface RebuildSummary {
  seeds: number;
  needs: number;
}

/**
 * Keeps the matching index (match_document, match_term, match_term_stat, match_corpus) equal
 * to the matchable seeds and needs. Call `indexSeeds` / `indexNeeds` inside the transaction
 * that changed the rows, after the change is written: the documents are re-read and
 * re-analysed from the rows as they now are, a row that is no longer matchable (a draft, an
 * archived seed or need) is removed, and document frequencies and corpus sizes are adjusted
 * set-based in SQL, so BM25 statistics are current as soon as the transaction commits.
 *
 * Writers of one corpus are serialised by a row lock on its match_corpus row (taken first),
 * so concurrent transactions never interleave their df updates or deadlock on them.
 */
export class MatchIndexer {
  /** Re-indexes these seeds (any status; only PUBLISHED ones stay in the index). */
  indexSeeds(manager: EntityManager, seedIds: readonly string[]): Promise<void> {
    return this.reindex(manager, 'SEED', seedIds);
  }

  /** Re-indexes these needs (any status; ARCHIVED ones leave the index). */
  indexNeeds(manager: EntityManager, needIds: readonly string[]): Promise<void> {
    return this.reindex(manager, 'NEED', needIds);
  }

  /** Empties the index and indexes every matchable seed and need again, in one transaction and in batches. */
  async rebuild(dataSource: DataSource): Promise<RebuildSummary> {
    return dataSource.transaction(async (manager) => {
      await lockCorpus(manager, 'SEED');
      await lockCorpus(manager, 'NEED');
      // DELETE rather than TRUNCATE: readers keep the old index until this transaction commits.
      await manager.query(`DELETE FROM match_term`);
      await manager.query(`DELETE FROM match_term_stat`);
      await manager.query(`DELETE FROM match_document`);
      await manager.query(`UPDATE match_corpus SET document_count = 0, total_length = 0`);
      const counts = { SEED: 0, NEED: 0 };
      for (const kind of ['SEED', 'NEED'] as const) {
        let after = '00000000-0000-0000-0000-000000000000';
        counts[kind] = await indexInBatches(manager, kind, async () => {
          const rows = (await manager.query(`${SOURCES[kind].select} AND id > $1 ORDER BY id LIMIT $2`, [after, BATCH_SIZE])) as TextRow[];
          if (rows.length === 0) return null;
          after = rows[rows.length - 1].id;
          return rows;
        });
      }
      return { seeds: counts.SEED, needs: counts.NEED };
    });
  }

  private async reindex(manager: EntityManager, kind: MatchKind, ids: readonly string[]): Promise<void> {
    const unique = [...new Set(ids)].sort();
    if (unique.length === 0) return;
    await lockCorpus(manager, kind);
    const emptied = new Set<string>();
    let start = 0;
    await indexInBatches(manager, kind, async () => {
      if (start >= unique.length) return null;
      const batch = unique.slice(start, start + BATCH_SIZE);
      start += BATCH_SIZE;
      const rows = (await manager.query(`${SOURCES[kind].select} AND id = ANY($1::uuid[]) ORDER BY id`, [batch])) as TextRow[];
      for (const term of await removeDocuments(manager, kind, batch)) emptied.add(term);
      return rows;
    });
    // After every batch is added, so a term that a re-indexed document keeps is not deleted and re-inserted.
    if (emptied.size > 0) {
      await manager.query(`DELETE FROM match_term_stat WHERE kind = $1 AND term = ANY($2::text[]) AND df <= 0`, [kind, [...emptied]]);
    }
  }
}

/** Ensures the corpus row exists and locks it until the transaction ends (one statement). */
async function lockCorpus(manager: EntityManager, kind: MatchKind): Promise<void> {
  await manager.query(
    `INSERT INTO match_corpus (kind, document_count, total_length) VALUES ($1, 0, 0)
     ON CONFLICT (kind) DO UPDATE SET kind = EXCLUDED.kind`,
    [kind],
  );
}

/**
 * Removes documents and their postings, decrementing document frequencies and the corpus size.
 * Returns the terms whose frequency fell to zero: deleted after the new postings are added, so
 * a term a document keeps is not deleted and re-inserted. Postings are looked for only under
 * documents that were indexed (every posting has its document), so new records cost one statement.
 */
async function removeDocuments(manager: EntityManager, kind: MatchKind, ids: readonly string[]): Promise<string[]> {
  const removed = (await manager.query(
    `WITH removed AS (DELETE FROM match_document WHERE kind = $1 AND doc_id = ANY($2::uuid[]) RETURNING doc_id, length),
          corpus AS (UPDATE match_corpus SET document_count = document_count - (SELECT count(*) FROM removed),
                                             total_length = total_length - (SELECT COALESCE(sum(length::float8), 0) FROM removed)
                     WHERE kind = $1)
     SELECT doc_id FROM removed`,
    [kind, ids],
  )) as Array<{ doc_id: string }>;
  if (removed.length === 0) return [];
  const emptied = (await manager.query(
    `WITH removed AS (DELETE FROM match_term WHERE kind = $1 AND doc_id = ANY($2::uuid[]) RETURNING term),
          counts AS (SELECT term, count(*)::int AS n FROM removed GROUP BY term),
          updated AS (UPDATE match_term_stat s SET df = s.df - c.n FROM counts c WHERE s.kind = $1 AND s.term = c.term RETURNING s.term, s.df)
     SELECT term FROM updated WHERE df <= 0`,
    [kind, removed.map((row) => row.doc_id)],
  )) as Array<{ term: string }>;
  return emptied.map((row) => row.term);
}

/**
 * SQL of a posting's impact: its BM25 document factor tf·(k1+1) / (tf + k1·(1 − b + b·len/avglen))
 * with the default k1 and b and the corpus's average length at indexing time. Only the order of
 * a term's postings depends on it, and that order barely moves as the average length drifts.
 */
export function postingImpactSql(weight: string, length: string, averageLength: string): string {
  const { k1, b } = DEFAULT_BM25_PARAMETERS;
  return `(${weight} * ${k1 + 1} / (${weight} + ${k1} * (${1 - b} + ${b} * ${length} / ${averageLength})))`;
}

interface AnalysedDocument {
  readonly id: string;
  readonly analysed: AnalysedText;
}

/**
 * Indexes batches of rows so that PostgreSQL writes batch k while Node analyses batch k+1:
 * analysis (lindera, concepts) is the CPU half of indexing and the postings' INSERT the
 * database half, and on a 2-core machine they can run side by side. `next` reads the next
 * batch (and may remove its old documents) before batch k's write is sent, because one
 * connection runs one statement at a time. Returns the number of rows indexed.
 */
async function indexInBatches(manager: EntityManager, kind: MatchKind, next: () => Promise<TextRow[] | null>): Promise<number> {
  let count = 0;
  const first = await next();
  let documents = first && analyseRows(kind, first);
  while (documents) {
    const upcoming = await next();
    const writing = writeDocuments(manager, kind, documents);
    // Marked handled at once: a failure that arrives before the await below must not count as unhandled.
    writing.catch(() => undefined);
    // Let the write reach PostgreSQL before the synchronous analysis occupies this thread.
    await new Promise((resolve) => setImmediate(resolve));
    const analysedNext = upcoming && analyseRows(kind, upcoming);
    await writing;
    count += documents.length;
    documents = analysedNext;
  }
  return count;
}

function analyseRows(kind: MatchKind, rows: readonly TextRow[]): AnalysedDocument[] {
  return rows.map((row) => ({ id: row.id, analysed: SOURCES[kind].analyse(row) }));
}

/**
 * Inserts analysed documents and their postings, incrementing document frequencies and the
 * corpus size, in one statement. Documents without terms are stored too, so the index covers
 * exactly the matchable rows. Postings get their impact with the average length after the add.
 */
async function writeDocuments(manager: EntityManager, kind: MatchKind, documents: readonly AnalysedDocument[]): Promise<void> {
  if (documents.length === 0) return;
  const docIds: string[] = [];
  const terms: string[] = [];
  const weights: number[] = [];
  const lengths: number[] = [];
  for (const { id, analysed } of documents) {
    for (const [term, weight] of Object.entries(analysed.terms)) {
      docIds.push(id);
      terms.push(term);
      weights.push(weight);
      lengths.push(analysed.length);
    }
  }
  await manager.query(
    `WITH documents AS (
       INSERT INTO match_document (kind, doc_id, length, terms, surfaces, analyser_version)
       SELECT $1, d.doc_id, d.length, d.terms, d.surfaces, $3
       FROM jsonb_to_recordset($2::jsonb) AS d(doc_id uuid, length float8, terms jsonb, surfaces jsonb)
       RETURNING length),
     corpus AS (
       UPDATE match_corpus SET document_count = document_count + (SELECT count(*) FROM documents),
                               total_length = total_length + (SELECT COALESCE(sum(length::float8), 0) FROM documents)
       WHERE kind = $1
       RETURNING CASE WHEN document_count > 0 AND total_length > 0 THEN total_length / document_count ELSE 1 END AS avglen),
     postings AS (
       INSERT INTO match_term (kind, doc_id, term, weight, doc_length, impact)
       SELECT $1, p.doc_id, p.term, p.weight, p.doc_length, ${postingImpactSql('p.weight', 'p.doc_length', 'c.avglen')}
       FROM unnest($4::uuid[], $5::text[], $6::float8[], $7::float8[]) AS p(doc_id, term, weight, doc_length) CROSS JOIN corpus c
       RETURNING term)
     INSERT INTO match_term_stat (kind, term, df)
     SELECT $1, term, count(*) FROM postings GROUP BY term ORDER BY term
     ON CONFLICT (kind, term) DO UPDATE SET df = match_term_stat.df + EXCLUDED.df`,
    [
      kind,
      JSON.stringify(documents.map(({ id, analysed }) => ({ doc_id: id, length: analysed.length, terms: analysed.terms, surfaces: analysed.surfaces ?? {} }))),
      ANALYSER_VERSION,
      docIds,
      terms,
      weights,
      lengths,
    ],
  );
}

/** The indexer the services share (it holds no state besides the analyser). */
export const matchIndexer = new MatchIndexer();

/**
 * Re-indexes seeds inside the caller's transaction, after their rows were written: for the
 * import service and any other writer of seeds. Safe for any status and for ids not found.
 */
export function indexSeeds(manager: EntityManager, seedIds: readonly string[]): Promise<void> {
  return matchIndexer.indexSeeds(manager, seedIds);
}

/** Re-indexes needs inside the caller's transaction, after their rows were written. */
export function indexNeeds(manager: EntityManager, needIds: readonly string[]): Promise<void> {
  return matchIndexer.indexNeeds(manager, needIds);
}
