import { AnalysedText, Bm25Parameters, Bm25Result, CorpusStats, TermKind, bm25, termValue } from '../../text';
import type { TextRelevanceParameters } from '../parameters';
import { EvidenceTerm, TermLabels, evidenceItems, percent } from '../text-evidence';
import { FactorResult, LocalisedText, unitInterval } from '../types';

/**
 * A matched term. `documentSurface` is absent when the candidate was ranked without its stored
 * surfaces (a ranking reads hundreds of candidates, a page explains twenty): the page being
 * shown gets it filled in by {@link attachDocumentSurfaces} before its sentences are worded.
 */
export interface MatchedTerm extends EvidenceTerm {
  readonly term: string;
  readonly kind: TermKind;
  readonly contribution: number;
  /** How the term was written in the query (or else the candidate), for explanations. */
  readonly surface: string;
}

export interface TextRelevanceDetail {
  /** BM25 of the candidate for the query. */
  readonly rawScore: number;
  /** BM25 of the query against itself: the score of a candidate that says exactly what the query says. */
  readonly selfScore: number;
  /** rawScore / selfScore. */
  readonly relativeScore: number;
  /** Largest contributions first. */
  readonly matches: readonly MatchedTerm[];
}

/** The query's BM25 score against itself, computed once per query. */
export function selfScore(query: AnalysedText, corpus: CorpusStats, parameters: Bm25Parameters): number {
  return bm25(query, query, corpus, parameters).score;
}

/**
 * Text relevance in [0, 1]. BM25 is unbounded and grows with the query's length, so it is
 * taken relative to the query's self-score (r = 1: the candidate covers the query as well as
 * the query covers itself) and then saturated, value = min(1, r(1+k)/(r+k)), because a seed
 * covering a good part of a long need is already strong evidence. Cross-lingual pairs meet
 * only on concept terms, so their r is lower; the concept weight in BM25 compensates.
 */
export function textRelevance(
  input: { query: AnalysedText; document: AnalysedText; corpus: CorpusStats; selfScore?: number },
  parameters: { bm25: Bm25Parameters; text: TextRelevanceParameters },
): FactorResult<TextRelevanceDetail> {
  const result = bm25(input.query, input.document, input.corpus, parameters.bm25);
  const self = input.selfScore ?? selfScore(input.query, input.corpus, parameters.bm25);
  const r = self > 0 ? result.score / self : 0;
  const k = parameters.text.saturation;
  const value = r > 0 ? unitInterval((r * (1 + k)) / (r + k)) : 0;
  const keep = Math.max(parameters.text.explainedTerms * 3, 10); // room for bigrams folded into words
  return { value, detail: new TextEvidence(result, self, r, keep, input.query, input.document) };
}

/**
 * A text factor's detail whose matched terms are worded when first read: a ranking scores
 * hundreds of candidates and explains a page of them. A class, so that every candidate's detail
 * shares one shape (a literal with its own getter got a hidden class of its own).
 */
class TextEvidence implements TextRelevanceDetail {
  readonly rawScore: number;
  #matches: MatchedTerm[] | undefined = undefined;
  readonly #result: Bm25Result;
  readonly #keep: number;
  readonly #query: AnalysedText;
  readonly #document: AnalysedText;

  constructor(
    result: Bm25Result,
    readonly selfScore: number,
    readonly relativeScore: number,
    keep: number,
    query: AnalysedText,
    document: AnalysedText,
  ) {
    this.rawScore = result.score;
    this.#result = result;
    this.#keep = keep;
    this.#query = query;
    this.#document = document;
  }

  get matches(): readonly MatchedTerm[] {
    return (this.#matches ??= this.#result.matches.slice(0, this.#keep).map((m) => {
      const querySurface = this.#query.surfaces?.[m.term];
      const documentSurface = this.#document.surfaces?.[m.term];
      return { ...m, querySurface, documentSurface, surface: querySurface ?? documentSurface ?? termValue(m.term) };
    }));
  }
}

/**
 * "一致した語(スコアに占める割合): ヒケ ↔ sink marks 28%、射出成形 15%" /
 * "Matched terms (share of the score): sink marks ↔ ヒケ 28%, injection moulding 15%".
 * `scoreShare` turns a term's BM25 contribution into its share of the candidate's whole score
 * (the text factor's contribution ÷ the score ÷ the raw BM25 score).
 */
export function describeTextRelevance(detail: TextRelevanceDetail, labels: TermLabels, explainedTerms: number, scoreShare: number): LocalisedText {
  const items = evidenceItems(detail.matches, labels);
  if (items.length === 0) return { ja: '一致した語なし', en: 'No matching terms' };
  const list = (language: 'ja' | 'en', separator: string) =>
    items
      .filter((i) => i[language] !== null)
      .slice(0, explainedTerms)
      .map((i) => `${i[language]} ${percent(i.contribution * scoreShare)}`)
      .join(separator);
  const ja = list('ja', '、');
  const en = list('en', ', ');
  return {
    ja: ja === '' ? '一致した語なし' : `一致した語(スコアに占める割合): ${ja}`,
    en: en === '' ? 'No matching terms' : `Matched terms (share of the score): ${en}`,
  };
}

/**
 * Fills in how the candidate wrote each matched term, for the candidates of a page, before their
 * (lazily worded) sentences and summaries are read: the cross-language pairs need both sides.
 */
export function attachDocumentSurfaces(
  factors: ReadonlyArray<{ factor: string; detail: unknown }>,
  surfaces: Readonly<Record<string, string>> | undefined,
): void {
  if (!surfaces) return;
  for (const f of factors) {
    if (f.factor !== 'textRelevance') continue;
    for (const m of (f.detail as TextRelevanceDetail).matches as Array<MatchedTerm & { documentSurface?: string }>) m.documentSurface ??= surfaces[m.term];
  }
}
