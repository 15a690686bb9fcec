import { EntityManager } from 'typeorm';
import { AnalysedText, Bm25Parameters, CorpusStats, termKind } from '../text';
import type { MatchKind } from '../index/match-index.entities';
import { SqlParams } from './sql-params';

/**
 * BM25 computed in PostgreSQL over the postings, with the same formula and constants as
 * src/matching/text/bm25.ts, so that the retrieval order and the ranking's text factor agree:
 *   Σ kindWeight · (k3+1)·qtf/(k3+qtf) · ln(1 + (N − df + 0.5)/(df + 0.5)) · tf·(k1+1)/(tf + k1·(1 − b + b·len/avglen))
 * The query side (kind weight × query-term saturation) is computed here in TypeScript and sent
 * as one number per term; PostgreSQL adds the IDF and the document side.
 */
export function queryTermWeights(query: AnalysedText, parameters: Bm25Parameters): { terms: string[]; weights: number[] } {
  const terms = Object.keys(query.terms).sort();
  const weights = terms.map((t) => {
    const qtf = query.terms[t];
    return parameters.kindWeights[termKind(t)] * (((parameters.k3 + 1) * qtf) / (parameters.k3 + qtf));
  });
  return { terms, weights };
}

export interface TextHitsSql {
  /** CTEs `corpus`, `query` and `text_hits(id, score, rscore)`; the caller adds the filters' joins and conditions. */
  ctes: string;
}

/**
 * The CTEs of a BM25 text search over one corpus. `join` joins the candidate table (aliased as
 * the caller likes) on `h.id`; `where` filters it. Only the `maxQueryTerms` query terms
 * with the largest weight × IDF are used, which bounds the postings read for long texts.
 * Scores are also rounded to 9 decimals (`rscore`, counted in units of 1e-9 as a float: a
 * numeric round of ~12k documents cost 10 ms at 100k seeds) so that float noise in the SQL sum never
 * decides an order: ties fall to the id.
 */
export function textHitsSql(
  p: SqlParams,
  kind: MatchKind,
  query: AnalysedText,
  options: { parameters: Bm25Parameters; maxQueryTerms: number; maxPostingsPerTerm: number | null; limit: number; join: string; where: string },
): TextHitsSql {
  const { terms, weights } = queryTermWeights(query, options.parameters);
  const k = p.add(kind);
  const k1 = p.add(options.parameters.k1);
  const b = p.add(options.parameters.b);
  const ctes =
    `corpus AS (SELECT document_count::float8 AS n, ` +
    `CASE WHEN document_count > 0 AND total_length > 0 THEN total_length / document_count ELSE 1 END AS avglen ` +
    `FROM match_corpus WHERE kind = ${k}), ` +
    `query AS (SELECT u.term, u.qw * ln(1 + (c.n - LEAST(s.df, c.n) + 0.5) / (LEAST(s.df, c.n) + 0.5)) AS w ` +
    `FROM unnest(${p.add(terms)}::text[], ${p.add(weights)}::float8[]) AS u(term, qw) ` +
    `JOIN match_term_stat s ON s.kind = ${k} AND s.term = u.term AND s.df > 0 CROSS JOIN corpus c ` +
    `ORDER BY w DESC, u.term LIMIT ${p.add(options.maxQueryTerms)}), ` +
    // Postings are summed per document first and filtered after: the filter joins then touch
    // each matching document once instead of once per matching term.
    `postings AS (SELECT t.doc_id AS id, ` +
    `sum(q.w * (t.weight * (${k1}::float8 + 1)) / (t.weight + ${k1}::float8 * (1 - ${b}::float8 + ${b}::float8 * t.doc_length / c.avglen))) AS score ` +
    // LATERAL: one index range per query term, highest-impact postings first and, when
    // maxPostingsPerTerm is set, at most that many (LIMIT NULL reads them all).
    `FROM query q CROSS JOIN corpus c ` +
    `CROSS JOIN LATERAL (SELECT t.doc_id, t.weight, t.doc_length FROM match_term t WHERE t.kind = ${k} AND t.term = q.term ` +
    `ORDER BY t.impact DESC LIMIT ${p.add(options.maxPostingsPerTerm)}) t GROUP BY t.doc_id), ` +
    `scored AS (SELECT h.id, h.score FROM postings h ${options.join} WHERE ${options.where}), ` +
    `text_hits AS (SELECT id, score, round(score * 1e9) AS rscore FROM scored ` +
    `ORDER BY rscore DESC, id LIMIT ${p.add(options.limit)})`;
  return { ctes };
}

interface CorpusRow {
  document_count: number;
  total_length: number;
  df: Record<string, number> | null;
}

/**
 * The statistics of one corpus for the given terms, as the pure BM25 reads them (one query).
 * Terms not asked for report a frequency of 0.
 */
export async function loadCorpusStats(manager: EntityManager, kind: MatchKind, terms: readonly string[]): Promise<CorpusStats> {
  const [row] = (await manager.query(
    `SELECT c.document_count, c.total_length,
            (SELECT json_object_agg(s.term, s.df) FROM match_term_stat s WHERE s.kind = c.kind AND s.term = ANY($2::text[])) AS df
     FROM match_corpus c WHERE c.kind = $1`,
    [kind, [...terms]],
  )) as CorpusRow[];
  const documentCount = row ? Number(row.document_count) : 0;
  const totalLength = row ? Number(row.total_length) : 0;
  const frequencies = new Map(Object.entries(row?.df ?? {}).map(([term, df]) => [term, Number(df)]));
  return {
    documentCount,
    averageLength: documentCount > 0 ? totalLength / documentCount : 0,
    documentFrequency: (term) => frequencies.get(term) ?? 0,
  };
}

/**
 * A stored jsonb map (terms or surfaces) restricted in PostgreSQL to the terms in the text[]
 * parameter `terms`, so only the hits travel and are decoded. One jsonb_each per map: a lookup
 * per term (`map -> t`) would de-TOAST the map once per term, 3× slower.
 */
export function restrictedMapSql(column: string, terms: string): string {
  return `(SELECT COALESCE(jsonb_object_agg(e.key, e.value), '{}') FROM jsonb_each(${column}) AS e JOIN unnest(${terms}::text[]) AS q(t) ON q.t = e.key)`;
}

/**
 * The stored analyses of indexed documents (one query); documents not indexed are absent.
 * `surfaces: false` leaves out how each term was written: candidates of a ranking are explained
 * with the query's surfaces (every stored term has one), and the surfaces are the larger half
 * of a stored document, often kept out of line by PostgreSQL (TOAST).
 * `onlyTerms` keeps only those terms (and their surfaces): all that BM25 reads of a candidate is
 * its length and the query's terms, and decoding hundreds of whole term maps in Node was the
 * largest CPU cost of a ranking. `terms: false` reads the surfaces alone (explaining a page).
 */
export async function loadAnalysedDocuments(
  manager: EntityManager,
  kind: MatchKind,
  ids: readonly string[],
  options: { surfaces?: boolean; terms?: boolean; onlyTerms?: readonly string[] } = {},
): Promise<Map<string, AnalysedText>> {
  if (ids.length === 0) return new Map();
  const withSurfaces = options.surfaces ?? true;
  const withTerms = options.terms ?? true;
  const params: unknown[] = [kind, [...ids]];
  const restricted = (column: string) => {
    if (!options.onlyTerms) return column;
    if (params.length === 2) params.push([...options.onlyTerms]);
    return `${restrictedMapSql(column, '$3')} AS ${column}`;
  };
  const columns = ['doc_id', 'length', ...(withTerms ? [restricted('terms')] : []), ...(withSurfaces ? [restricted('surfaces')] : [])];
  const rows = (await manager.query(`SELECT ${columns.join(', ')} FROM match_document WHERE kind = $1 AND doc_id = ANY($2::uuid[])`, params)) as Array<{
    doc_id: string;
    length: number;
    terms?: Record<string, number>;
    surfaces?: Record<string, string>;
  }>;
  return new Map(rows.map((r) => [r.doc_id, { terms: r.terms ?? {}, length: Number(r.length), ...(r.surfaces ? { surfaces: r.surfaces } : {}) }]));
}
