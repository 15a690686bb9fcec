/**
 * What the lexicon builder and the lexicon loader must agree on: the pivot key of an English
 * phrase, the words that never become keys, the weights of a form's keys, and the file layout.
 *
 * The file (gzip of UTF-8 text, sorted, so building twice gives the same text) has `#` comment
 * lines, then two sections, each sorted by UTF-8 bytes so that the loader can binary-search it
 * in place:
 *   #japanese  form TAB senses        `ヒケ\tclose;being outdone;closing price;sink mark`
 *              form TAB =other-form   `引け\t=ヒケ` (same senses)
 *   #english   key TAB forms          `sink mark\tヒケ|引け`
 * Senses are ";"-separated, a sense's phrases "|"-separated, as the dictionary writes them
 * (for display); forms are normalised with normalise(); keys are stemmed (see phraseKey()).
 */
import { englishTokens } from './english';
import { normalise } from './normalise';
import { stem } from './porter-stemmer';
import { ENGLISH_STOPWORDS, JAPANESE_STOPWORDS } from './stopwords';

/** Path of the derived lexicon, relative to the project root. */
export const LEXICON_PATH = ['src', 'matching', 'data', 'lexicon.tsv.gz'] as const;

/** Senses and phrases kept per Japanese form. */
export const MAX_PHRASES_PER_FORM = 4;
/** English tokens (after splitting hyphens) a gloss phrase may have. */
export const MAX_PHRASE_TOKENS = 4;

/**
 * Glosses too generic to link two texts: "thing", "matter", "way", "use", "do"… (as stems of
 * single-word keys; compared after stemming, so "things" and "using" are caught too).
 */
export const GENERIC_ENGLISH_WORDS: readonly string[] = (
  'thing matter way use do make have get go come take give put be say see case point part kind sort type fact item ' +
  'one person people time place situation aspect respect regard something anything everything nothing stuff affair ' +
  'manner means reason purpose self other same all whole each every some many much lot bit good bad big small new old ' +
  'high low well just also even still yes no ok okay here there now then again further up down out in on off over ' +
  'correspondence response dealing handling coping relation connection concerning regarding about'
).split(' ');

const GENERIC_KEYS: ReadonlySet<string> = new Set(GENERIC_ENGLISH_WORDS.map((w) => stem(w)));

/**
 * Japanese words that must never yield keys: the analyser's stopwords plus light nouns and
 * verbs of project prose (対応, 向ける, 関する, 利用…) whose glosses would link everything.
 * Separate from JAPANESE_STOPWORDS so that the analyser's behaviour does not change.
 */
export const LEXICON_JAPANESE_STOPWORDS: ReadonlySet<string> = new Set([
  ...JAPANESE_STOPWORDS,
  '対応',
  '向ける',
  '向け',
  '関する',
  '関連',
  '基づく',
  '伴う',
  '通じる',
  '通す',
  '係る',
  '関わる',
  '掛かる',
  '掛ける',
  '利用',
  '使用',
  '活用',
  '使う',
  '実施',
  '提供',
  '実現',
  '検討',
  '有する',
  '示す',
  '挙げる',
  '加える',
  '含む',
  '求める',
  '際',
  '点',
  '面',
  '他',
  '各',
  '一般',
  '部分',
  '全体',
  '内容',
  '状況',
  '状態',
  '方法',
  '手法',
  '対象',
  '目的',
  '結果',
  '問題',
  '課題',
  '取り組み',
  '取組',
  '取組み',
  '取り組む',
  '行なう',
  'おこなう',
  'つくる',
  '作る',
  '出る',
  '入る',
  '見る',
  '分かる',
  'わかる',
  'いい',
  'よい',
  '良い',
  'ない',
  'なし',
  '無し',
  'その他',
  'そのほか',
]);

/** The pivot key of an English phrase: its stemmed tokens joined by spaces ("Sink marks" → "sink mark"). */
export function phraseKey(phrase: string): string {
  return englishTokens(normalise(phrase))
    .map((t) => t.stem)
    .join(' ');
}

/**
 * Whether a key may link texts: not empty, not only stopwords or generic words, not beginning
 * or ending with a stopword.
 * Keys are stem sequences as made by phraseKey().
 */
export function isUsefulKey(key: string): boolean {
  if (key === '') return false;
  const stems = key.split(' ');
  if (stems.length > MAX_PHRASE_TOKENS) return false;
  if (stems.every((s) => ENGLISH_STOPWORDS.has(s) || GENERIC_KEYS.has(s) || /^[0-9]+$/.test(s))) return false;
  if (stems.length === 1 && stems[0].length < 2) return false;
  // "on road", "cut off": a key must begin and end with a content word, or it swallows the text around it.
  if (ENGLISH_STOPWORDS.has(stems[0]) || ENGLISH_STOPWORDS.has(stems[stems.length - 1])) return false;
  return true;
}

/** Section markers of the lexicon file. */
export const JAPANESE_SECTION = '#japanese';
export const ENGLISH_SECTION = '#english';
/** Forms listed per English key (translateEnglish and Japanese labels need only the first few). */
export const MAX_FORMS_PER_KEY = 4;

/** A form's pivot keys with their weights (summing to 1) and the phrases they came from, heaviest first. */
export interface WeightedKeys {
  readonly keys: readonly string[];
  readonly weights: readonly number[];
  readonly phrases: readonly string[];
}

/** Senses as written in the file: ";" between senses, "|" between a sense's phrases. */
export function decodeSenses(encoded: string): string[][] {
  return encoded.split(';').map((s) => (s === '' ? [] : s.split('|')));
}

/**
 * Keys and weights of a form's senses: sense s (0-based) counts 1/(s+1) before normalising,
 * so the first sense weighs most; a sense's weight is shared by its phrases; phrases with the
 * same key add up; the weights sum to 1.
 */
export function weightedKeys(senses: ReadonlyArray<readonly string[]>): WeightedKeys {
  const byKey = new Map<string, { weight: number; phrase: string }>();
  const usable = senses.map((phrases) => phrases.map((p) => ({ p, key: phraseKey(p) })).filter((x) => isUsefulKey(x.key))).filter((s) => s.length > 0);
  const raw = usable.map((_, s) => 1 / (s + 1));
  const total = raw.reduce((a, b) => a + b, 0);
  usable.forEach((phrases, s) => {
    for (const { p, key } of phrases) {
      const share = raw[s] / total / phrases.length;
      const seen = byKey.get(key);
      if (seen) seen.weight += share;
      else byKey.set(key, { weight: share, phrase: p });
    }
  });
  const entries = [...byKey].sort((a, b) => b[1].weight - a[1].weight || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { keys: entries.map(([k]) => k), weights: entries.map(([, v]) => v.weight), phrases: entries.map(([, v]) => v.phrase) };
}
