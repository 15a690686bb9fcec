import { AnalysedText, TermKind, termKind } from './terms';
import { distinctSorted } from './sorted-lists';

/**
 * Corpus statistics of the documents being ranked (seeds when ranking seeds for a need).
 * Kept current in PostgreSQL by the database layer; here only read. `averageLength` is the
 * mean of the documents' `AnalysedText.length`, `documentFrequency` the number of documents
 * that contain a term at all.
 */
export interface CorpusStats {
  readonly documentCount: number;
  readonly averageLength: number;
  documentFrequency(term: string): number;
}

export interface Bm25Parameters {
  /** Term-frequency saturation in the document (Robertson's k1). */
  readonly k1: number;
  /** Length normalisation, 0 (none) to 1 (full). */
  readonly b: number;
  /** Query-term-frequency saturation (k3): a need repeating a word asks for it more, but not linearly. */
  readonly k3: number;
  /** Multiplier per term kind: a shared concept says more than a shared word, a word more than a bigram. */
  readonly kindWeights: Readonly<Record<TermKind, number>>;
}

export const DEFAULT_BM25_PARAMETERS: Bm25Parameters = {
  k1: 1.2,
  b: 0.75,
  k3: 2,
  kindWeights: { concept: 2.0, lex: 1.0, phon: 0.6, word: 1.0, bigram: 0.3 },
};

/** One query term found in the document, with its share of the score. */
export interface TermMatch {
  readonly term: string;
  readonly kind: TermKind;
  readonly contribution: number;
}

export interface Bm25Result {
  /** Sum of the matches' contributions. */
  readonly score: number;
  /** Matched terms, largest contribution first (ties by term), for explanations. */
  readonly matches: readonly TermMatch[];
}

/**
 * Inverse document frequency in the non-negative form ln(1 + (N − df + 0.5) / (df + 0.5)):
 * a term in every document still counts a little instead of going negative.
 */
export function inverseDocumentFrequency(documentFrequency: number, documentCount: number): number {
  const n = Math.max(documentCount, 0);
  const df = Math.min(Math.max(documentFrequency, 0), n);
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/**
 * BM25 score of a document for a query, both given as analysed terms, with the corpus
 * statistics of the document collection. Terms are visited in sorted order so that the
 * floating-point sum does not depend on how the caller built the objects. The matches are
 * listed when first read: a ranking scores hundreds of candidates and explains a page of them.
 */
export function bm25(query: AnalysedText, document: AnalysedText, corpus: CorpusStats, parameters: Bm25Parameters = DEFAULT_BM25_PARAMETERS): Bm25Result {
  const averageLength = corpus.averageLength > 0 ? corpus.averageLength : Math.max(document.length, 1);
  const lengthNorm = 1 - parameters.b + parameters.b * (document.length / averageLength);
  const shared = sharedTermsSorted(query, document);
  const weights = queryTermWeightsOf(query, corpus, parameters);
  let score = 0;
  for (const t of shared) {
    const contribution = termContribution(t, weights, document, parameters, lengthNorm);
    if (contribution > 0) score += contribution;
  }
  return new Bm25Score(score, shared, weights, document, parameters, lengthNorm);
}

/**
 * Each query term's kind weight × query-term weight × IDF: the part of its contribution that no
 * document changes, computed once per query and corpus instead of once per candidate and term.
 * Products are taken in the same order as the formula's, so contributions are the same doubles.
 */
class QueryTermWeights {
  readonly #weights = new Map<string, number>();

  constructor(
    readonly query: AnalysedText,
    readonly corpus: CorpusStats,
    readonly parameters: Bm25Parameters,
  ) {}

  of(t: string): number {
    let weight = this.#weights.get(t);
    if (weight === undefined) {
      const { k3, kindWeights } = this.parameters;
      const qtf = this.query.terms[t];
      const queryWeight = ((k3 + 1) * qtf) / (k3 + qtf);
      weight = kindWeights[termKind(t)] * queryWeight * inverseDocumentFrequency(this.corpus.documentFrequency(t), this.corpus.documentCount);
      this.#weights.set(t, weight);
    }
    return weight;
  }
}

/** The query's term weights for `corpus`, kept with the query's term map while it lives. */
const queryTermWeights = new WeakMap<Readonly<Record<string, number>>, QueryTermWeights>();

function queryTermWeightsOf(query: AnalysedText, corpus: CorpusStats, parameters: Bm25Parameters): QueryTermWeights {
  const kept = queryTermWeights.get(query.terms);
  if (kept && kept.query === query && kept.corpus === corpus && kept.parameters === parameters) return kept;
  const weights = new QueryTermWeights(query, corpus, parameters);
  queryTermWeights.set(query.terms, weights);
  return weights;
}

/** A shared term's contribution; 0 (not a match) when the document does not hold it. */
function termContribution(t: string, weights: QueryTermWeights, document: AnalysedText, parameters: Bm25Parameters, lengthNorm: number): number {
  const tf = document.terms[t];
  if (tf === undefined || tf <= 0) return 0;
  const { k1 } = parameters;
  const documentWeight = (tf * (k1 + 1)) / (tf + k1 * lengthNorm);
  return weights.of(t) * documentWeight;
}

/** A BM25 result whose matches are listed, by the same arithmetic, when first read. */
class Bm25Score implements Bm25Result {
  #matches: TermMatch[] | undefined = undefined;
  readonly #shared: readonly string[];
  readonly #weights: QueryTermWeights;
  readonly #document: AnalysedText;
  readonly #parameters: Bm25Parameters;
  readonly #lengthNorm: number;

  constructor(
    readonly score: number,
    shared: readonly string[],
    weights: QueryTermWeights,
    document: AnalysedText,
    parameters: Bm25Parameters,
    lengthNorm: number,
  ) {
    this.#shared = shared;
    this.#weights = weights;
    this.#document = document;
    this.#parameters = parameters;
    this.#lengthNorm = lengthNorm;
  }

  get matches(): readonly TermMatch[] {
    if (this.#matches) return this.#matches;
    const matches: TermMatch[] = [];
    for (const term of this.#shared) {
      const contribution = termContribution(term, this.#weights, this.#document, this.#parameters, this.#lengthNorm);
      if (contribution > 0) matches.push({ term, kind: termKind(term), contribution });
    }
    matches.sort((x, y) => y.contribution - x.contribution || (x.term < y.term ? -1 : x.term > y.term ? 1 : 0));
    return (this.#matches = matches);
  }
}

/** Each term map's keys, kept while the map lives: a query's are read once per candidate. */
const keysOf = new WeakMap<Readonly<Record<string, number>>, readonly string[]>();

function termsOf(text: AnalysedText): readonly string[] {
  let keys = keysOf.get(text.terms);
  if (!keys) keysOf.set(text.terms, (keys = Object.keys(text.terms)));
  return keys;
}

/**
 * The terms both texts hold, sorted: found from the smaller side (a candidate is often read
 * restricted to the query's terms), so the sum visits the same terms in the same order either way.
 * Maps built in sorted order (the query's, a restricted candidate's) need no sorting.
 */
function sharedTermsSorted(query: AnalysedText, document: AnalysedText): readonly string[] {
  const queryTerms = termsOf(query);
  const documentTerms = Object.keys(document.terms);
  const [fewer, other] = documentTerms.length < queryTerms.length ? [documentTerms, query.terms] : [queryTerms, document.terms];
  const shared: string[] = [];
  for (const t of fewer) if (other[t] !== undefined) shared.push(t);
  return distinctSorted(shared);
}

/**
 * Corpus statistics computed in memory from analysed documents: for tests, evaluation and
 * small candidate sets. Production reads them from PostgreSQL behind the same interface.
 */
export function corpusStatsOf(documents: readonly AnalysedText[]): CorpusStats {
  const frequencies = new Map<string, number>();
  let totalLength = 0;
  for (const d of documents) {
    totalLength += d.length;
    for (const t of Object.keys(d.terms)) frequencies.set(t, (frequencies.get(t) ?? 0) + 1);
  }
  return {
    documentCount: documents.length,
    averageLength: documents.length > 0 ? totalLength / documents.length : 0,
    documentFrequency: (t) => frequencies.get(t) ?? 0,
  };
}
