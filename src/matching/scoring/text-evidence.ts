import { containsJapanese, defaultConceptTable, termValue } from '../text';
import type { ConceptTable, DisplayLanguage, TermKind } from '../text';

/**
 * Matched terms as a coordinator reads them: one item per thing both texts say, in one
 * language per sentence. A Japanese sentence shows Japanese words, an English one English
 * words; evidence across languages shows as a pair in the sentence's language first
 * (「ヒケ ↔ sink marks」 / "sink marks ↔ ヒケ"). Character bigrams and one-character words
 * are evidence for BM25 but fragments to a reader: a bigram adds to the word that holds it and
 * is never listed alone.
 */

/** One matched term with both sides' surfaces, as the text factor reports it. */
export interface EvidenceTerm {
  readonly term: string;
  readonly kind: TermKind;
  readonly contribution: number;
  /** How the query wrote it (absent when the query did not store surfaces). */
  readonly querySurface?: string;
  /** How the candidate wrote it (absent when its surfaces were not loaded). */
  readonly documentSurface?: string;
}

/** Display names of terms: concept labels, dictionary phrases and word translations. */
export interface TermLabels {
  /** A concept's name in a language (falling back to the other language). */
  concept(id: string, language: DisplayLanguage): string;
  /** A dictionary key's phrase in English, or a Japanese form having it; undefined when unknown. */
  lexicon(key: string, language: DisplayLanguage): string | undefined;
  /** A word's translation into the other language, when the dictionary knows one. */
  translate(word: string, into: DisplayLanguage): string | undefined;
}

/** One listed item: its text per language (null when it cannot be said in that language) and its contribution. */
export interface EvidenceItem {
  readonly ja: string | null;
  readonly en: string | null;
  readonly contribution: number;
}

const isJapanese = (s: string) => containsJapanese(s);

/** The name of a term in a language, from its kind's labels or a translation of its surface. */
function nameIn(term: EvidenceTerm, surface: string, language: DisplayLanguage, labels: TermLabels): string | undefined {
  if (language === 'ja' ? isJapanese(surface) : !isJapanese(surface)) return surface;
  if (term.kind === 'concept') return labels.concept(termValue(term.term), language);
  if (term.kind === 'lex') return labels.lexicon(termValue(term.term), language);
  return labels.translate(surface, language);
}

/** A concept's curated names in both languages. */
function conceptNames(term: EvidenceTerm, labels: TermLabels): { ja: string; en: string } {
  const id = termValue(term.term);
  return { ja: labels.concept(id, 'ja'), en: labels.concept(id, 'en') };
}

/** Both languages' texts of one matched term, or undefined for a fragment. */
export function termItem(term: EvidenceTerm, labels: TermLabels): { ja: string | null; en: string | null } | undefined {
  const query = term.querySurface;
  const document = term.documentSurface;
  const surface = query ?? document;
  if (surface === undefined) return term.kind === 'concept' ? conceptNames(term, labels) : undefined;
  // A lone kana or kanji is a fragment unless the concept table or the dictionary vouches for it.
  if ((term.kind === 'word' || term.kind === 'bigram') && [...surface].length < 2) return undefined;
  if (query !== undefined && document !== undefined && query !== document) {
    if (isJapanese(query) !== isJapanese(document)) {
      // Across languages a concept shows by its curated names (surfaces are lower-cased for matching).
      const { ja, en } = term.kind === 'concept' ? conceptNames(term, labels) : isJapanese(query) ? { ja: query, en: document } : { ja: document, en: query };
      return { ja: `${ja} ↔ ${en}`, en: `${en} ↔ ${ja}` };
    }
    // Two words of one language that met through the concept table or the dictionary: the query's
    // word alone would claim what the candidate never wrote (外観検査 for a seed that says 検査).
    if (term.kind === 'concept') return conceptNames(term, labels);
    // Japanese words linked by a dictionary key show both; English ones differ only by inflection.
    if (term.kind === 'lex' && isJapanese(query)) return { ja: `${query} ↔ ${document}`, en: labels.lexicon(termValue(term.term), 'en') ?? null };
  }
  return { ja: nameIn(term, surface, 'ja', labels) ?? null, en: nameIn(term, surface, 'en', labels) ?? null };
}

/**
 * The matched terms as listed items, largest contribution first: items saying the same thing
 * (a word and its dictionary key, 柿 and 柿) add up; bigrams add to the item whose Japanese
 * text holds them, or are dropped.
 */
export function evidenceItems(terms: readonly EvidenceTerm[], labels: TermLabels): EvidenceItem[] {
  const items: Array<{ ja: string | null; en: string | null; contribution: number }> = [];
  const bigrams: EvidenceTerm[] = [];
  for (const term of terms) {
    if (term.kind === 'bigram') {
      bigrams.push(term);
      continue;
    }
    const item = termItem(term, labels);
    if (!item || (item.ja === null && item.en === null)) continue;
    const same = items.find((i) => (item.ja !== null && i.ja === item.ja) || (item.en !== null && i.en === item.en));
    if (same) {
      same.contribution += term.contribution;
      same.ja ??= item.ja;
      same.en ??= item.en;
    } else items.push({ ...item, contribution: term.contribution });
  }
  for (const bigram of bigrams) {
    const text = termValue(bigram.term);
    const host = items.find((i) => i.ja !== null && i.ja.toLowerCase().includes(text));
    if (host) host.contribution += bigram.contribution;
  }
  return items.sort((a, b) => b.contribution - a.contribution);
}

/** A share as people read it: whole percents, "<1%" for what rounds to nothing. */
export function percent(share: number): string {
  const p = Math.round(share * 100);
  return p < 1 ? '<1%' : `${p}%`;
}

/** What the dictionary offers for labels: its phrases and translations both ways. */
export interface LexiconLabels {
  label(key: string, language: DisplayLanguage): string;
  translateJapanese(word: string): readonly string[];
  translateEnglish(phrase: string): readonly string[];
}

/** Term labels from the concept table and, when given, the dictionary. */
export function termLabelsOf(concepts: Pick<ConceptTable, 'label'>, lexicon?: LexiconLabels): TermLabels {
  return {
    concept: (id, language) => concepts.label(id, language),
    lexicon: (key, language) => lexicon?.label(key, language),
    translate(word, into) {
      if (!lexicon) return undefined;
      const [first] = into === 'en' ? lexicon.translateJapanese(word) : lexicon.translateEnglish(word);
      return first;
    },
  };
}

let defaultLabels: TermLabels | undefined;

/** Labels from the shipped concept table and dictionary. */
export function defaultTermLabels(): TermLabels {
  return (defaultLabels ??= termLabelsOf(defaultConceptTable()));
}

/** The factor that turns a term's BM25 contribution into its share of the whole score. */
export function termScoreShare(textContribution: number, score: number, rawTextScore: number): number {
  return score > 0 && rawTextScore > 0 ? textContribution / score / rawTextScore : 0;
}
