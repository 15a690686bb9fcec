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
    tokenizer = buildJapaneseTokenizer();
    constructionMs = performance.now() - started;
  }
  return tokenizer;
}

/**
 * IPADIC parts of speech that contentForm() drops whatever the word: particles, auxiliaries,
 * symbols, conjunctions, adnominals, interjections, fillers, adverbs, prefixes, adjectives,
 * dependent and suffix verbs, and the grammatical noun subcategories (NON_CONTENT_NOUNS).
 * lindera drops them inside WASM, so they are never converted into JS objects (a third of
 * tokenising time). A tag matches a token's four POS fields exactly, trailing `*` removed:
 * '助詞,格助詞,一般' drops を, '助詞' alone drops nothing; hence every leaf of IPADIC's
 * pos-id.def is listed. contentForm() stays the authoritative filter; this list must never
 * name a part of speech it keeps (unit tests check that, and compare the words with and
 * without the filter).
 */
export const JAPANESE_STOP_TAGS: readonly string[] = [
  'その他,間投',
  'フィラー',
  '感動詞',
  '記号,アルファベット',
  '記号,一般',
  '記号,括弧開',
  '記号,括弧閉',
  '記号,句点',
  '記号,空白',
  '記号,読点',
  '形容詞,自立',
  '形容詞,接尾',
  '形容詞,非自立',
  '助詞,格助詞,一般',
  '助詞,格助詞,引用',
  '助詞,格助詞,連語',
  '助詞,係助詞',
  '助詞,終助詞',
  '助詞,接続助詞',
  '助詞,特殊',
  '助詞,副詞化',
  '助詞,副助詞',
  '助詞,副助詞／並立助詞／終助詞',
  '助詞,並立助詞',
  '助詞,連体化',
  '助動詞',
  '接続詞',
  '接頭詞,形容詞接続',
  '接頭詞,数接続',
  '接頭詞,動詞接続',
  '接頭詞,名詞接続',
  '動詞,接尾',
  '動詞,非自立',
  '副詞,一般',
  '副詞,助詞類接続',
  '名詞,数',
  '名詞,接尾,サ変接続',
  '名詞,接尾,一般',
  '名詞,接尾,形容動詞語幹',
  '名詞,接尾,助数詞',
  '名詞,接尾,助動詞語幹',
  '名詞,接尾,人名',
  '名詞,接尾,地域',
  '名詞,接尾,特殊',
  '名詞,接尾,副詞可能',
  '名詞,代名詞,一般',
  '名詞,代名詞,縮約',
  '名詞,特殊,助動詞語幹',
  '名詞,非自立,一般',
  '名詞,非自立,形容動詞語幹',
  '名詞,非自立,助動詞語幹',
  '名詞,非自立,副詞可能',
  '名詞,副詞可能',
  '連体詞',
];

/** A new lindera tokenizer over IPADIC dropping `stopTags` (tests build one without them). */
export function buildJapaneseTokenizer(stopTags: readonly string[] = JAPANESE_STOP_TAGS): Tokenizer {
  const lindera: typeof import('lindera-wasm-nodejs-ipadic') = require('lindera-wasm-nodejs-ipadic');
  const builder = new lindera.TokenizerBuilder();
  builder.setDictionary('embedded://ipadic');
  builder.setMode('normal');
  if (stopTags.length > 0) builder.appendTokenFilter('japanese_stop_tags', { tags: [...stopTags] });
  return builder.build();
}

/** Milliseconds the tokenizer took to load and build, or undefined before first use (for logs and metrics). */
export function japaneseTokenizerConstructionMs(): number | undefined {
  return constructionMs;
}

// Noun subcategories that are grammar, not topic: formal nouns, pronouns, numbers, suffixes, adverbial nouns.
const NON_CONTENT_NOUNS = new Set(['非自立', '代名詞', '数', '接尾', '副詞可能', '特殊']);

/** Whether words of this part of speech (IPADIC's first two fields) can be content words. */
export function isContentPartOfSpeech(partOfSpeech: string, subcategory: string): boolean {
  if (partOfSpeech === 'UNK') return true;
  if (partOfSpeech === '名詞') return !NON_CONTENT_NOUNS.has(subcategory);
  return partOfSpeech === '動詞' && subcategory === '自立';
}

function contentForm(token: LinderaToken): string | undefined {
  if (!containsJapanese(token.surface)) return undefined; // Latin tokens are the English tokeniser's
  if (!isContentPartOfSpeech(token.partOfSpeech, token.partOfSpeechSubcategory1 ?? '*')) return undefined;
  const form = token.partOfSpeech === '動詞' && token.baseForm && token.baseForm !== '*' ? token.baseForm : token.surface;
  if (JAPANESE_STOPWORDS.has(form)) return undefined;
  if (/^[\p{Script=Hiragana}ー]$/u.test(form)) return undefined; // a lone kana is a fragment
  return form;
}

/**
 * The content words of a normalised Japanese (or mixed) text: nouns, verbs' base forms and
 * words unknown to the dictionary (often new katakana terms such as セパレータ); particles,
 * auxiliaries, symbols and stopwords dropped. Latin-script tokens are not returned.
 */
export function japaneseContentWords(normalisedText: string, tokenizer: Tokenizer = japaneseTokenizer()): string[] {
  if (!containsJapanese(normalisedText)) return [];
  const tokens = tokenizer.tokenize(normalisedText) as LinderaToken[];
  const words: string[] = [];
  for (const token of tokens) {
    const form = contentForm(token);
    if (form !== undefined) words.push(form);
  }
  return words;
}
