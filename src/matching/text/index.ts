/** Text analysis for matching: normalisation, tokenisation, the concept table, the lexicon and BM25. */
export { normalise } from './normalise';
export { stem } from './porter-stemmer';
export { englishTokens } from './english';
export type { EnglishToken } from './english';
export { japaneseBigrams } from './japanese-bigrams';
export { containsJapanese } from './scripts';
export { japaneseContentWords, japaneseTokenizer, japaneseTokenizerConstructionMs } from './japanese-words';
export { ENGLISH_STOPWORDS, JAPANESE_STOPWORDS } from './stopwords';
export { TERM_KINDS, EMPTY_ANALYSIS, term, termKind, termValue, mergeAnalyses } from './terms';
export type { AnalysedText, TermKind } from './terms';
export { ConceptTableError, BROADER_CONCEPT_DISCOUNT, loadConceptTable, defaultConceptTable } from './concepts';
export { validateConceptDefinitions } from './concept-definitions';
export type { ConceptDefinition, ConceptOccurrence, ConceptTable, DisplayLanguage } from './concepts';
export { DEFAULT_PART_WEIGHTS, createAnalyser, analyse, analyseDocument } from './tokenise';
export type { Analyser, DocumentText, DocumentPartWeights } from './tokenise';
export { DEFAULT_BM25_PARAMETERS, bm25, inverseDocumentFrequency, corpusStatsOf } from './bm25';
export type { CorpusStats, Bm25Parameters, Bm25Result, TermMatch } from './bm25';
export {
  defaultLexicon,
  defaultLexiconStats,
  loadLexicon,
  lexiconFile,
  lexiconTokenizer,
  LEXICON_JAPANESE_STOPWORDS,
  GENERIC_ENGLISH_WORDS,
  phraseKey,
} from './lexicon';
export type { Lexicon, LexiconMatch, LexiconLoadStats } from './lexicon';
export { buildLexicon } from './lexicon-build';
export type { LexiconSource, LexiconBuildOptions, LexiconBuildResult } from './lexicon-build';
export { englishPhoneticKey, katakanaPhoneticKey, katakanaToRomaji, PHONETIC_TERM_KIND } from './transliteration';
