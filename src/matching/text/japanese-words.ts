import type { Tokenizer } from 'lindera-wasm-nodejs-ipadic';
import { containsJapanese } from './scripts';
import { JAPANESE_STOPWORDS } from './stopwords';

/** A morpheme as lindera (IPADIC) reports it; only the fields musubi reads. */
export interface JapaneseToken {
  readonly surface: string;
  readonly baseForm?: string;
  readonly partOfSpeech: string;
  readonly partOfSpeechSubcategory1?: string;
}

let tokenizer: Tokenizer | undefined;
let constructionMs: number | undefined;

/**
 * The lindera tokenizer, built on first use and then shared: building it decodes the IPADIC
 * dictionary inside the WASM module (≈0.2 s here), tokenising is cheap. It keeps every token:
 * content words are picked in JS (contentWordsOf) and the lexicon needs all word boundaries
 * (without the suffix 型, 金 would match inside 金型), so one pass serves both. Loaded with
 * require so that importing the scoring code does not load WASM.
 */
export function japaneseTokenizer(): Tokenizer {
  if (tokenizer === undefined) {
    const started = performance.now();
    tokenizer = buildJapaneseTokenizer();
    constructionMs = performance.now() - started;
  }
  return tokenizer;
}

/** A new lindera tokenizer over IPADIC that keeps every token. */
export function buildJapaneseTokenizer(): Tokenizer {
  const lindera: typeof import('lindera-wasm-nodejs-ipadic') = require('lindera-wasm-nodejs-ipadic');
  const builder = new lindera.TokenizerBuilder();
  builder.setDictionary('embedded://ipadic');
  builder.setMode('normal');
  return builder.build();
}

/** Milliseconds the tokenizer took to load and build, or undefined before first use (for logs and metrics). */
export function japaneseTokenizerConstructionMs(): number | undefined {
  return constructionMs;
}

/** Every morpheme of a normalised text, or [] when it holds no Japanese (lindera is not called then). */
export function japaneseTokens(normalisedText: string, tokenizer: Tokenizer = japaneseTokenizer()): JapaneseToken[] {
  return containsJapanese(normalisedText) ? (tokenizer.tokenize(normalisedText) as JapaneseToken[]) : [];
}

// Noun subcategories that are grammar, not topic: formal nouns, pronouns, numbers, suffixes, adverbial nouns.
const NON_CONTENT_NOUNS = new Set(['非自立', '代名詞', '数', '接尾', '副詞可能', '特殊']);

/** Whether words of this part of speech (IPADIC's first two fields) can be content words. */
export function isContentPartOfSpeech(partOfSpeech: string, subcategory: string): boolean {
  if (partOfSpeech === 'UNK') return true;
  if (partOfSpeech === '名詞') return !NON_CONTENT_NOUNS.has(subcategory);
  return partOfSpeech === '動詞' && subcategory === '自立';
}

function contentForm(token: JapaneseToken): string | undefined {
  if (!containsJapanese(token.surface)) return undefined; // Latin tokens are the English tokeniser's
  if (!isContentPartOfSpeech(token.partOfSpeech, token.partOfSpeechSubcategory1 ?? '*')) return undefined;
  const form = token.partOfSpeech === '動詞' && token.baseForm && token.baseForm !== '*' ? token.baseForm : token.surface;
  if (JAPANESE_STOPWORDS.has(form)) return undefined;
  if (/^[\p{Script=Hiragana}ー]$/u.test(form)) return undefined; // a lone kana is a fragment
  return form;
}

/**
 * The content words among a text's morphemes: nouns, verbs' base forms and words unknown to
 * the dictionary (often new katakana terms such as セパレータ); particles, auxiliaries, symbols
 * and stopwords dropped. Latin-script tokens are not returned (they are the English tokeniser's).
 */
export function contentWordsOf(tokens: readonly JapaneseToken[]): string[] {
  const words: string[] = [];
  for (const token of tokens) {
    const form = contentForm(token);
    if (form !== undefined) words.push(form);
  }
  return words;
}

/** The content words of a normalised Japanese (or mixed) text (see {@link contentWordsOf}). */
export function japaneseContentWords(normalisedText: string): string[] {
  return contentWordsOf(japaneseTokens(normalisedText));
}
