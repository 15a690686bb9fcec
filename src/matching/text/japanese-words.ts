import type { Tokenizer } from 'lindera-wasm-nodejs-ipadic';
import { containsJapanese } from './scripts';
import { JAPANESE_STOPWORDS } from './stopwords';

/** A morpheme as lindera (IPADIC) reports it; only the fields musubi reads. */
interface LinderaToken {
  surface: string;
  baseForm?: string;
  partOfSpeech: string;
  partOfSpeechSubcategory1?: string;
}

let tokenizer: Tokenizer | undefined;
let constructionMs: number | undefined;

/**
 * The lindera tokenizer, built on first use and then shared: building it decodes the IPADIC
 * dictionary inside the WASM module (≈0.2 s here), tokenising is cheap. Loaded with require
 * so that importing the scoring code does not load WASM.
 */
export function japaneseTokenizer(): Tokenizer {
  if (tokenizer === undefined) {
    const started = performance.now();
    const lindera: typeof import('lindera-wasm-nodejs-ipadic') = require('lindera-wasm-nodejs-ipadic');
    const builder = new lindera.TokenizerBuilder();
    builder.setDictionary('embedded://ipadic');
    builder.setMode('normal');
    tokenizer = builder.build();
    constructionMs = performance.now() - started;
  }
  return tokenizer;
}

/** Milliseconds the tokenizer took to load and build, or undefined before first use (for logs and metrics). */
export function japaneseTokenizerConstructionMs(): number | undefined {
  return constructionMs;
}

// Noun subcategories that are grammar, not topic: formal nouns, pronouns, numbers, suffixes, adverbial nouns.
const NON_CONTENT_NOUNS = new Set(['非自立', '代名詞', '数', '接尾', '副詞可能', '特殊']);

function contentForm(token: LinderaToken): string | undefined {
  if (!containsJapanese(token.surface)) return undefined; // Latin tokens are the English tokeniser's
  const subcategory = token.partOfSpeechSubcategory1 ?? '*';
  let form: string | undefined;
  if (token.partOfSpeech === 'UNK') form = token.surface;
  else if (token.partOfSpeech === '名詞' && !NON_CONTENT_NOUNS.has(subcategory)) form = token.surface;
  else if (token.partOfSpeech === '動詞' && subcategory === '自立') form = token.baseForm && token.baseForm !== '*' ? token.baseForm : token.surface;
  if (form === undefined || JAPANESE_STOPWORDS.has(form)) return undefined;
  if (/^[\p{Script=Hiragana}ー]$/u.test(form)) return undefined; // a lone kana is a fragment
  return form;
}

/**
 * The content words of a normalised Japanese (or mixed) text: nouns, verbs' base forms and
 * words unknown to the dictionary (often new katakana terms such as セパレータ); particles,
 * auxiliaries, symbols and stopwords dropped. Latin-script tokens are not returned.
 */
export function japaneseContentWords(normalisedText: string): string[] {
  if (!containsJapanese(normalisedText)) return [];
  const tokens = japaneseTokenizer().tokenize(normalisedText) as LinderaToken[];
  const words: string[] = [];
  for (const token of tokens) {
    const form = contentForm(token);
    if (form !== undefined) words.push(form);
  }
  return words;
}
