import { EntityManager } from 'typeorm';
import { duplicateSimilarity, isPossibleDuplicate } from '../matching/duplicates';
import { analyseNeedText, analyseSeedText } from '../matching/index/analyser-version';
import type { MatchKind } from '../matching/index/match-index.entities';
import { loadAnalysedDocuments } from '../matching/retrieval/bm25-sql';
import type { AnalysedText } from '../matching/text';

/** Records checked per round trip (bounds parameter sizes in a large import). */
const BATCH_SIZE = 500;

/**
 * A near-duplicate shares nearly all its terms, so it shares some of the record's rarest ones:
 * candidates are the indexed records holding one of these (few postings each), and only they
 * are compared in full.
 */
const RAREST_TERMS = 12;

interface Row {
  id: string;
  status: string;
  language: string;
  title: string;
  body: string;
  keywords: string[];
}

/** Per kind: its rows, the records it may duplicate (same owner or institution; same company), and its analysis. */
const SOURCES: Record<MatchKind, { rows: string; sameGroup: string; table: string; analyse: (row: Row) => AnalysedText }> = {
  SEED: {
    table: 'seed',
    rows: `SELECT id, status, language, title, summary AS body, keywords FROM seed WHERE id = ANY($1::uuid[])`,
    sameGroup: `(a.institution_id = b.institution_id OR EXISTS (SELECT 1 FROM seed_owner oa JOIN seed_owner ob ON ob.researcher_id = oa.researcher_id WHERE oa.seed_id = a.id AND ob.seed_id = b.id))`,
    analyse: (row) => analyseSeedText({ title: row.title, summary: row.body, keywords: row.keywords }),
  },
  NEED: {
    table: 'need',
    rows: `SELECT id, status, language, title, description AS body, keywords FROM need WHERE id = ANY($1::uuid[])`,
    sameGroup: `a.company_id = b.company_id`,
    analyse: (row) => analyseNeedText({ title: row.title, description: row.body, keywords: row.keywords }),
  },
};

/**
 * Detects near-duplicate seeds (same owner or institution) or needs (same company) of the
 * written records, inside the writer's transaction and after the match index was updated:
 * the records' pairs are replaced by those whose analysed terms are at least
 * DUPLICATE_SIMILARITY_THRESHOLD alike (src/matching/duplicates). Candidates come from the
 * match index, so a record is compared with published seeds / needs not archived; a draft is
 * compared too (with its text analysed here), and an archived record keeps no pairs.
 * Six statements per batch of 500 records, whatever the institution's size.
 */
export async function detectDuplicates(manager: EntityManager, kind: MatchKind, ids: readonly string[]): Promise<void> {
  const unique = [...new Set(ids)].sort();
  const candidateTerms = new Map<string, AnalysedText>();
  for (let start = 0; start < unique.length; start += BATCH_SIZE) await detectBatch(manager, kind, unique.slice(start, start + BATCH_SIZE), candidateTerms);
}

/**
 * Candidates' stored terms already read in this call: the batches of a large import share
 * institutions, so the same candidates come back batch after batch (their terms do not change
 * while duplicates are detected). Emptied when full, which bounds its memory.
 */
const CANDIDATE_TERMS_KEPT = 5_000;

async function detectBatch(manager: EntityManager, kind: MatchKind, ids: readonly string[], candidateTerms: Map<string, AnalysedText>): Promise<void> {
  const source = SOURCES[kind];
  const rows = (await manager.query(source.rows, [ids])) as Row[];
  const active = rows.filter((row) => row.status !== 'ARCHIVED');
  const stored = await loadAnalysedDocuments(
    manager,
    kind,
    active.map((row) => row.id),
    { surfaces: false },
  );
  const analysed = new Map(active.map((row) => [row.id, stored.get(row.id) ?? source.analyse(row)]));
  const language = new Map(rows.map((row) => [row.id, row.language]));

  const queryIds: string[] = [];
  const queryTerms: string[] = [];
  for (const [id, text] of analysed) {
    for (const term of Object.keys(text.terms)) {
      queryIds.push(id);
      queryTerms.push(term);
    }
  }
  const candidates =
    queryIds.length === 0
      ? []
      : ((await manager.query(
          `WITH q AS (SELECT * FROM unnest($1::uuid[], $2::text[]) AS q(id, term)),
                rarest AS (SELECT id, term FROM (
                  SELECT q.id, q.term, row_number() OVER (PARTITION BY q.id ORDER BY s.df, q.term) AS r
                  FROM q JOIN match_term_stat s ON s.kind = $3 AND s.term = q.term) ranked WHERE r <= $4),
                hits AS (SELECT DISTINCT rarest.id, t.doc_id AS other FROM rarest JOIN match_term t ON t.kind = $3 AND t.term = rarest.term WHERE t.doc_id <> rarest.id)
           SELECT h.id, h.other, b.language FROM hits h JOIN ${source.table} a ON a.id = h.id JOIN ${source.table} b ON b.id = h.other
           WHERE b.status <> 'ARCHIVED' AND ${source.sameGroup}`,
          [queryIds, queryTerms, kind, RAREST_TERMS],
        )) as Array<{ id: string; other: string; language: string }>);
  for (const c of candidates) language.set(c.other, c.language);
  const wanted = [...new Set(candidates.map((c) => c.other))].filter((other) => !analysed.has(other));
  let missing = wanted.filter((other) => !candidateTerms.has(other));
  if (candidateTerms.size + missing.length > CANDIDATE_TERMS_KEPT) {
    candidateTerms.clear();
    missing = wanted;
  }
  for (const [other, text] of await loadAnalysedDocuments(manager, kind, missing, { surfaces: false })) candidateTerms.set(other, text);
  const others = candidateTerms;

  const pairs = new Map<string, { a: string; b: string; similarity: number }>();
  for (const { id, other } of candidates) {
    const otherText = analysed.get(other) ?? others.get(other);
    if (!otherText) continue;
    const similarity = duplicateSimilarity(analysed.get(id)!, otherText, language.get(id) === language.get(other));
    if (!isPossibleDuplicate(similarity)) continue;
    pairs.set(`${id}|${other}`, { a: id, b: other, similarity });
    pairs.set(`${other}|${id}`, { a: other, b: id, similarity });
  }
  await manager.query(`DELETE FROM duplicate_candidate WHERE kind = $1 AND (record_id = ANY($2::uuid[]) OR other_id = ANY($2::uuid[]))`, [kind, ids]);
  if (pairs.size === 0) return;
  const list = [...pairs.values()];
  await manager.query(
    `INSERT INTO duplicate_candidate (kind, record_id, other_id, similarity)
     SELECT $1, p.a, p.b, p.s FROM unnest($2::uuid[], $3::uuid[], $4::real[]) AS p(a, b, s)
     ON CONFLICT (kind, record_id, other_id) DO UPDATE SET similarity = EXCLUDED.similarity, detected_at = now()`,
    [kind, list.map((p) => p.a), list.map((p) => p.b), list.map((p) => p.similarity)],
  );
}

/** Detects near-duplicates of written seeds (see {@link detectDuplicates}). */
export const detectSeedDuplicates = (manager: EntityManager, seedIds: readonly string[]) => detectDuplicates(manager, 'SEED', seedIds);

/** Detects near-duplicates of written needs (see {@link detectDuplicates}). */
export const detectNeedDuplicates = (manager: EntityManager, needIds: readonly string[]) => detectDuplicates(manager, 'NEED', needIds);
