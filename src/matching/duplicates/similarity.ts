import type { AnalysedText } from '../text';

/**
 * Near-duplicate detection over analysed terms (pure). Two records of the same owner,
 * institution or company are possible duplicates when their stored terms are nearly the same:
 *
 * - cosine similarity of the weighted term vectors (concepts, words, bigrams) ≥ the threshold.
 *   NFKC folds full- and half-width forms before analysis, so a copy typed in full-width is
 *   identical; a corrected typo or an added sentence stays above 0.85.
 * - across languages (a Japanese and an English version) words and bigrams cannot agree, so the
 *   cosine of the language-free terms only (concepts, and any later kind such as dictionary
 *   glosses: every kind but `word:` and `bigram:`) is used, and only when both sides carry at
 *   least MIN_MEANING_TERMS of them, so that two short texts sharing one concept are no pair.
 */
export const DUPLICATE_SIMILARITY_THRESHOLD = 0.85;

/** Language-free terms each side needs before a cross-language comparison counts. */
export const MIN_MEANING_TERMS = 3;

type Terms = Readonly<Record<string, number>>;

// A record is compared with many candidates (and a candidate with many records of an import):
// its squared norm and language-free terms are computed once per term map, not once per pair.
const squaredNorms = new WeakMap<Terms, number>();
const languageFreeTerms = new WeakMap<Terms, Record<string, number>>();

function squaredNorm(terms: Terms): number {
  let norm = squaredNorms.get(terms);
  if (norm === undefined) {
    norm = 0;
    for (const weight of Object.values(terms)) norm += weight * weight;
    squaredNorms.set(terms, norm);
  }
  return norm;
}

/** Cosine of two weighted term vectors; 0 when either is empty. */
export function cosineSimilarity(a: Terms, b: Terms): number {
  const normA = squaredNorm(a);
  const normB = squaredNorm(b);
  if (normA === 0 || normB === 0) return 0;
  let dot = 0;
  for (const term in a) {
    const other = b[term];
    if (other !== undefined) dot += a[term] * other;
  }
  return Math.min(1, dot / Math.sqrt(normA * normB));
}

const isLanguageFree = (term: string) => !term.startsWith('word:') && !term.startsWith('bigram:');

function languageFree(terms: Terms): Record<string, number> {
  let kept = languageFreeTerms.get(terms);
  if (kept === undefined) {
    kept = {};
    for (const [term, weight] of Object.entries(terms)) if (isLanguageFree(term)) kept[term] = weight;
    languageFreeTerms.set(terms, kept);
  }
  return kept;
}

/**
 * How alike two records' texts are, 0–1 (rounded to 3 decimals so a stored value compares
 * exactly). `sameLanguage` false uses the language-free terms (see above).
 */
export function duplicateSimilarity(a: Pick<AnalysedText, 'terms'>, b: Pick<AnalysedText, 'terms'>, sameLanguage: boolean): number {
  let similarity = cosineSimilarity(a.terms, b.terms);
  if (!sameLanguage) {
    const meaningA = languageFree(a.terms);
    const meaningB = languageFree(b.terms);
    if (Object.keys(meaningA).length >= MIN_MEANING_TERMS && Object.keys(meaningB).length >= MIN_MEANING_TERMS) {
      similarity = Math.max(similarity, cosineSimilarity(meaningA, meaningB));
    }
  }
  return Math.round(similarity * 1000) / 1000;
}

/** Whether a similarity makes two records possible duplicates. */
export const isPossibleDuplicate = (similarity: number) => similarity >= DUPLICATE_SIMILARITY_THRESHOLD;
