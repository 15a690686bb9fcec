import { ConceptTable, defaultConceptTable } from './concepts';
import { englishTokens } from './english';
import { Lexicon, defaultLexicon } from './lexicon';
import { memoise } from './memo';
import { englishPhoneticKey, katakanaPhoneticKey } from './transliteration';
import { japaneseBigrams } from './japanese-bigrams';
import { contentWordsOf, japaneseTokens } from './japanese-words';
import { normalise } from './normalise';
import { ENGLISH_STOPWORDS } from './stopwords';
import { AnalysedText, EMPTY_ANALYSIS, TermCounter, term } from './terms';

/** The parts of a need or seed that carry its topic. */
export interface DocumentText {
  readonly title?: string | null;
  readonly body?: string | null;
  readonly keywords?: readonly string[] | null;
}

/** How much one occurrence in each part counts: titles and keywords say more than prose. */
export interface DocumentPartWeights {
  readonly title: number;
  readonly keywords: number;
  readonly body: number;
}

export const DEFAULT_PART_WEIGHTS: DocumentPartWeights = { title: 2, keywords: 2, body: 1 };

export interface Analyser {
  /** One text → weighted terms (concepts, words, bigrams), each occurrence counting 1. */
  analyse(text: string): AnalysedText;
  /** Title, keywords and body analysed separately and merged with the part weights. */
  analyseDocument(document: DocumentText, weights?: DocumentPartWeights): AnalysedText;
}

function isUsefulEnglishWord(surface: string): boolean {
  return surface.length >= 2 && !/^[0-9]+$/.test(surface) && !ENGLISH_STOPWORDS.has(surface);
}

const KATAKANA_WORD = /^[\p{Script=Katakana}ー]{3,}$/u;

const englishPhonetic = memoise(englishPhoneticKey);
const katakanaPhonetic = memoise(katakanaPhoneticKey);

/**
 * Builds an analyser over a concept table (the shipped one by default; the database layer
 * passes the administrators' extended table) and a bilingual dictionary (the shipped EDICT
 * lexicon by default; `lexicon: null` analyses without it). Terms:
 * - "concept:<id>" for concepts of the curated table found;
 * - "lex:<key>" for dictionary words, Japanese words by their English glosses and English
 *   phrases as themselves, so 柿 and "persimmon" share "lex:persimmon" (a word's senses split
 *   its weight, so an ambiguous word counts no more than a clear one);
 * - "phon:<key>" for katakana loan words the dictionary does not know and for English words,
 *   by their consonant skeleton, so フレッティング meets "fretting";
 * - "word:<w>" for Japanese content words (lindera) and stemmed English words;
 * - "bigram:<xy>" for kanji/katakana character bigrams.
 */
export function createAnalyser(options: { concepts?: ConceptTable; lexicon?: Lexicon | null } = {}): Analyser {
  const concepts = () => options.concepts ?? defaultConceptTable();
  const lexicon = () => (options.lexicon === undefined ? defaultLexicon() : options.lexicon);

  /** The weighted terms of one text, unsorted (a document's parts are merged before sorting), or null when empty. */
  const countTerms = (text: string): TermCounter | null => {
    const normalised = normalise(text);
    if (normalised === '') return null;
    const counter = new TermCounter();
    for (const found of concepts().match(normalised)) counter.add(term('concept', found.id), found.weight, found.surface);
    for (const token of englishTokens(normalised)) {
      if (!isUsefulEnglishWord(token.surface)) continue;
      counter.add(term('word', token.stem), 1, token.surface);
      const phonetic = englishPhonetic(token.surface);
      if (phonetic !== undefined) counter.add(term('phon', phonetic), 1, token.surface);
    }
    const dictionary = lexicon();
    // One lindera pass serves the content words and the dictionary's matches.
    const tokens = japaneseTokens(normalised);
    const japaneseWords = contentWordsOf(tokens);
    for (const word of japaneseWords) {
      counter.add(term('word', word), 1, word);
      // Loan words no dictionary holds meet their English source by sound.
      if (KATAKANA_WORD.test(word) && (dictionary === null || dictionary.translateJapanese(word).length === 0)) {
        const phonetic = katakanaPhonetic(word);
        if (phonetic !== undefined) counter.add(term('phon', phonetic), 1, word);
      }
    }
    if (dictionary !== null) {
      if (japaneseWords.length > 0)
        for (const found of dictionary.matchJapaneseTokens(tokens)) counter.add(term('lex', found.key), found.weight, found.surface);
      for (const found of dictionary.matchEnglish(normalised)) counter.add(term('lex', found.key), found.weight, found.surface);
    }
    for (const bigram of japaneseBigrams(normalised)) counter.add(term('bigram', bigram), 1, bigram);
    return counter;
  };

  const analyse = (text: string): AnalysedText => countTerms(text)?.toAnalysedText() ?? EMPTY_ANALYSIS;

  const analyseDocument = (document: DocumentText, weights: DocumentPartWeights = DEFAULT_PART_WEIGHTS): AnalysedText => {
    const merged = new TermCounter();
    const addPart = (text: string | null | undefined, weight: number) => {
      const part = countTerms(text ?? '');
      if (part !== null) merged.addCounter(part, weight);
    };
    addPart(document.title, weights.title);
    // Each keyword alone, so a concept cannot be matched across two neighbouring keywords.
    for (const keyword of document.keywords ?? []) addPart(keyword, weights.keywords);
    addPart(document.body, weights.body);
    return merged.toAnalysedText();
  };

  return { analyse, analyseDocument };
}

let defaultAnalyser: Analyser | undefined;
const shared = (): Analyser => (defaultAnalyser ??= createAnalyser());

/** Analyses one text with the shipped concept table. See {@link createAnalyser}. */
export function analyse(text: string): AnalysedText {
  return shared().analyse(text);
}

/** Analyses a need's or seed's title, keywords and body with the shipped concept table. */
export function analyseDocument(document: DocumentText, weights?: DocumentPartWeights): AnalysedText {
  return shared().analyseDocument(document, weights);
}
