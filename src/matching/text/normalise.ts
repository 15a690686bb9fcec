/**
 * One canonical form for matching: what a coordinator types, what a researcher pastes from a
 * PDF and what a partner portal submits must compare equal.
 */

// Dashes that stand for the katakana long-vowel mark when they follow katakana (センサ－, センサ―).
const DASH_AFTER_KATAKANA = /(?<=[\p{Script=Katakana}ー])[-‐‑‒–—―−ｰ─━]+/gu;
// Wave dashes and tildes in all their code points (〜 U+301C, ～ U+FF5E → ~ by NFKC, 〰).
const WAVE_DASHES = /[~〜〰∼]/g;
// A katakana word of three or more characters loses its final long-vowel mark (JIS Z 8301 style):
// センサー and センサ, モーター and モータ are the same word in technical writing.
const TRAILING_LONG_VOWEL =
  /(?<![\p{Script=Katakana}ー])([\p{Script=Katakana}][\p{Script=Katakana}ー]{1,}[\p{Script=Katakana}])ー+(?![\p{Script=Katakana}ー])/gu;

/**
 * Normalises text for matching: NFKC (full-width ASCII and half-width katakana fold to one
 * form), lower case, long-vowel marks and wave dashes unified, a katakana word's trailing
 * long-vowel mark dropped, whitespace collapsed to single spaces. Japanese is kept as is.
 */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(DASH_AFTER_KATAKANA, 'ー')
    .replace(WAVE_DASHES, '〜')
    .replace(TRAILING_LONG_VOWEL, '$1')
    .replace(/\s+/gu, ' ')
    .trim();
}
