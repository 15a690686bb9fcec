/**
 * Character classes of the scripts musubi texts mix. Kept in one place so that the
 * normaliser, the tokeniser and the concept matcher agree on what "Japanese" means.
 */

/** Kanji, including the iteration mark 々 and 〆, which behave like kanji inside words. */
export const KANJI = '\\p{Script=Han}々〆';
/** Katakana with the long-vowel mark, which only occurs inside katakana words after normalisation. */
export const KATAKANA = '\\p{Script=Katakana}ー';
export const HIRAGANA = '\\p{Script=Hiragana}';

const JAPANESE_CHAR = new RegExp(`[${KANJI}${KATAKANA}${HIRAGANA}]`, 'u');

/** True when the text contains at least one kanji, kana or long-vowel mark. */
export function containsJapanese(text: string): boolean {
  return JAPANESE_CHAR.test(text);
}

const KANJI_OR_KATAKANA_RUN = new RegExp(`[${KANJI}]+|[${KATAKANA}]+`, 'gu');

/** Maximal runs of one script (kanji or katakana); hiragana is left out because its runs are mostly particles and inflections. */
export function kanjiAndKatakanaRuns(text: string): string[] {
  return text.match(KANJI_OR_KATAKANA_RUN) ?? [];
}
