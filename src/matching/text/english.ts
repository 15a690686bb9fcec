import { memoise } from './memo';
import { stem } from './porter-stemmer';

/** One Latin-script token of a normalised text: as written and as stemmed. */
export interface EnglishToken {
  readonly surface: string;
  readonly stem: string;
}

const stemmed = memoise(stem);

// Latin letters and digits; hyphens and other punctuation split ("light-emitting" → light, emitting).
const LATIN_TOKEN = /[\p{Script=Latin}0-9]+/gu;

/**
 * The Latin-script tokens of a normalised (lower-cased) text, stemmed, in order and with
 * stopwords kept: the concept matcher needs the whole sequence ("internet of things").
 * Latin words inside Japanese text (有機EL, IoT機器) are included.
 */
export function englishTokens(normalisedText: string): EnglishToken[] {
  return (normalisedText.match(LATIN_TOKEN) ?? []).map((surface) => ({ surface, stem: stemmed(surface) }));
}
