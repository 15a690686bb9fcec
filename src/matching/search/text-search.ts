import { AnalysedText, mergeAnalyses } from '../text';
import { matchAnalyser } from '../index/analyser-version';
import type { MatchKind } from '../index/match-index.entities';
import { textHitsSql } from '../retrieval/bm25-sql';
import { DEFAULT_RETRIEVAL_OPTIONS } from '../retrieval/candidate-retrieval';
import { SqlParams } from '../retrieval/sql-params';
import { foldLine } from '../../common/text';

/**
 * The `text` filter of the seed and need lists: the matching analyser and the match index used
 * as a search engine. The query is analysed exactly as indexed documents are (so メッキ finds
 * めっき, 半田 finds はんだ, 有機EL finds OLED, and whatever the analyser learns later works here
 * too), documents are scored with the retrieval's BM25 statement, and a document must answer
 * every space-separated part of the query (see {@link phraseConditionSql}).
 */

/** One space-separated part of a search text, split by how a document may answer it. */
export interface SearchPhrase {
  /** Terms that name the phrase's meaning on their own (concepts named in it, not broader ones; later kinds such as dictionary glosses): any one suffices. */
  readonly named: readonly string[];
  /** Its words (Japanese content words, stemmed English): all of them must occur. */
  readonly words: readonly string[];
  /** Its kanji/katakana bigrams when the phrase is all kanji/katakana: all of them must occur (covers words the tokeniser splits differently in context). */
  readonly bigrams: readonly string[];
}

export interface AnalysedSearch {
  /** All phrases' terms merged: what BM25 scores with. */
  readonly terms: AnalysedText;
  /** The phrases that produced terms; parts made only of stopwords impose nothing. */
  readonly phrases: readonly SearchPhrase[];
  /** The normalised parts, for the literal fallback on records outside the index. */
  readonly parts: readonly string[];
}

/**
 * Search is not candidate retrieval: every matching record must be found, so the bounds of
 * retrieval (24 query terms, 2,000 postings per term) are lifted to sizes a 200-character
 * query and a national corpus cannot reach in practice.
 */
export const TEXT_SEARCH_LIMITS = { maxQueryTerms: 512, maxPostingsPerTerm: 1_000_000, maxHits: 1_000_000 } as const;

const ONLY_BIGRAM_SCRIPTS = /^[\p{Script=Han}\p{Script=Katakana}ー]+$/u;

/** Whether a `text` filter was given: blank text filters nothing, like a blank `contains`. */
export function hasSearchText(text: string | null | undefined): text is string {
  return typeof text === 'string' && foldLine(text) !== '';
}

/** Analyses a search text part by part with the index's analyser. */
export function analyseSearch(text: string): AnalysedSearch {
  const analyser = matchAnalyser();
  const parts = foldLine(text)
    .toLowerCase()
    .split(' ')
    .filter((part) => part.length > 0);
  const analysed = parts.map((part) => analyser.analyse(part));
  const phrases: SearchPhrase[] = [];
  for (const [index, { terms }] of analysed.entries()) {
    const named: string[] = [];
    const words: string[] = [];
    const bigrams: string[] = [];
    for (const [t, weight] of Object.entries(terms)) {
      if (t.startsWith('word:')) words.push(t);
      else if (t.startsWith('bigram:')) bigrams.push(t);
      else if (weight >= 1) named.push(t);
    }
    // Bigrams stand for a phrase only when they cover all of it: in 有機EL or 電解めっき they
    // would let any text with 有機 or 電解 answer.
    const coveredByBigrams = ONLY_BIGRAM_SCRIPTS.test(parts[index]);
    if (named.length + words.length + bigrams.length > 0) phrases.push({ named, words, bigrams: coveredByBigrams ? bigrams : [] });
  }
  return { terms: mergeAnalyses(analysed.map((a) => ({ analysed: a, weight: 1 }))), phrases, parts };
}

/**
 * Whether the indexed document `docId` answers a phrase: it holds one of the phrase's named
 * terms, or all of its words, or all of its bigrams. One index probe of match_term's primary
 * key per phrase. Without this, any shared bigram or broader concept would count as a hit
 * (はんだ would find every electronics seed through the broader concept "mounting").
 */
function phraseConditionSql(p: SqlParams, kind: string, docId: string, phrase: SearchPhrase): string {
  const all = p.add([...phrase.named, ...phrase.words, ...phrase.bigrams]);
  const branches: string[] = [];
  if (phrase.named.length > 0) branches.push(`count(*) FILTER (WHERE t.term = ANY(${p.add([...phrase.named])}::text[])) > 0`);
  if (phrase.words.length > 0) branches.push(`count(*) FILTER (WHERE t.term = ANY(${p.add([...phrase.words])}::text[])) = ${phrase.words.length}`);
  if (phrase.bigrams.length > 0) branches.push(`count(*) FILTER (WHERE t.term = ANY(${p.add([...phrase.bigrams])}::text[])) = ${phrase.bigrams.length}`);
  return `(SELECT ${branches.join(' OR ')} FROM match_term t WHERE t.kind = ${kind} AND t.doc_id = ${docId} AND t.term = ANY(${all}::text[]))`;
}

/** What the caller adds to a search: joins and conditions on the indexed hits, and rows found outside the index. */
export interface TextSearchScope {
  /** Joined to the hits (`h.id` is the document id), e.g. to leave out withheld records. */
  readonly join?: string;
  readonly where?: string;
  /**
   * A SELECT of `(id, 0::float8)` for records outside the index that the caller wants matched
   * literally (drafts, archived records, text withheld from the viewer); built with
   * {@link literalMatchSql} on the same parameters.
   */
  readonly fallback?: string;
}

/** Every normalised part occurs in the SQL text expression (folded: NFKC, lower case), as `contains` matches. */
export function literalMatchSql(p: SqlParams, expression: string, search: AnalysedSearch): string {
  if (search.parts.length === 0) return 'false';
  return search.parts.map((part) => `${expression} LIKE ${p.add(`%${part.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)}`).join(' AND ');
}

/**
 * A parenthesised subquery `(id, rscore)` of the records that match a search text: BM25 hits of
 * the index (rscore = the score in units of 1e-9, as retrieval rounds it) and the caller's
 * literal fallback rows (rscore 0, so after every indexed hit). Positional parameters are
 * renamed for TypeORM's named ones, so the subquery can be joined into a query builder.
 */
export function textSearchSubquery(
  kind: MatchKind,
  search: AnalysedSearch,
  scope: (p: SqlParams) => TextSearchScope,
): { sql: string; parameters: Record<string, unknown> } {
  const p = new SqlParams();
  const { join = '', where = 'true', fallback } = scope(p);
  const k = p.add(kind);
  const conditions = [where, ...search.phrases.map((phrase) => phraseConditionSql(p, k, 'h.id', phrase))];
  const { ctes } = textHitsSql(p, kind, search.terms, {
    parameters: DEFAULT_RETRIEVAL_OPTIONS.bm25,
    maxQueryTerms: TEXT_SEARCH_LIMITS.maxQueryTerms,
    maxPostingsPerTerm: TEXT_SEARCH_LIMITS.maxPostingsPerTerm,
    limit: TEXT_SEARCH_LIMITS.maxHits,
    join,
    where: conditions.join(' AND '),
  });
  const sql = `(WITH ${ctes} SELECT id, rscore FROM text_hits${fallback ? ` UNION ALL ${fallback}` : ''})`;
  const prefix = `text_search_${++subqueries}_`;
  const parameters: Record<string, unknown> = {};
  p.values.forEach((value, index) => (parameters[`${prefix}${index + 1}`] = value));
  return { sql: sql.replace(/\$(\d+)/g, (_, n: string) => `:${prefix}${n}`), parameters };
}

let subqueries = 0;
