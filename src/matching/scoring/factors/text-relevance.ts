import { AnalysedText, Bm25Parameters, CorpusStats, TermKind, bm25, termValue } from '../../text';
import type { ConceptTable, DisplayLanguage } from '../../text';
import type { TextRelevanceParameters } from '../parameters';
import { FactorResult, LocalisedText, unitInterval } from '../types';

export interface MatchedTerm {
  readonly term: string;
  readonly kind: TermKind;
  readonly contribution: number;
  /** How the term was written in the query (or the candidate), for explanations. */
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
  const matches = result.matches.slice(0, keep).map((m) => ({
    ...m,
    surface: input.query.surfaces?.[m.term] ?? input.document.surfaces?.[m.term] ?? termValue(m.term),
  }));
  return { value, detail: { rawScore: result.score, selfScore: self, relativeScore: r, matches } };
}

/**
 * Display items per language: concepts by their label, words by their surface; a bigram
 * inside an item already listed adds to it instead of being listed alone (電池 inside 電池).
 */
function displayItems(matches: readonly MatchedTerm[], language: DisplayLanguage, concepts: Pick<ConceptTable, 'label'>): Array<{ label: string; contribution: number }> {
  const items: Array<{ label: string; contribution: number }> = [];
  for (const m of matches) {
    const label = m.kind === 'concept' ? concepts.label(termValue(m.term), language) : m.surface;
    const host = items.find((i) => i.label === label || (m.kind === 'bigram' && i.label.toLowerCase().includes(label)));
    if (host) host.contribution += m.contribution;
    else items.push({ label, contribution: m.contribution });
  }
  return items.sort((a, b) => b.contribution - a.contribution);
}

/** "一致した語: 有機EL(2.1), 寿命(1.3)" / "Matched terms: OLED (2.1), lifetime (1.3)". */
export function describeTextRelevance(detail: TextRelevanceDetail, concepts: Pick<ConceptTable, 'label'>, explainedTerms: number): LocalisedText {
  if (detail.matches.length === 0) return { ja: '一致した語なし', en: 'No matching terms' };
  const list = (language: DisplayLanguage, open: string, close: string) =>
    displayItems(detail.matches, language, concepts)
      .slice(0, explainedTerms)
      .map((i) => `${i.label}${open}${i.contribution.toFixed(1)}${close}`)
      .join(', ');
  return { ja: `一致した語: ${list('ja', '(', ')')}`, en: `Matched terms: ${list('en', ' (', ')')}` };
}
