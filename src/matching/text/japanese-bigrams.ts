import { kanjiAndKatakanaRuns } from './scripts';

/**
 * Character bigrams of the kanji and katakana runs of a normalised text. They let two-kanji
 * words (電池, 材料) and words missing from the dictionary still match when the word
 * tokeniser splits them differently on the two sides. Single characters are left to the
 * word tokeniser: alone they are mostly affixes (各, 等, 的).
 */
export function japaneseBigrams(normalisedText: string): string[] {
  const bigrams: string[] = [];
  for (const run of kanjiAndKatakanaRuns(normalisedText)) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i++) bigrams.push(chars[i] + chars[i + 1]);
  }
  return bigrams;
}
