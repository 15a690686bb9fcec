import { Language } from './enums';

/**
 * Text as musubi stores it: NFKC folds full-width ASCII and half-width katakana
 * (`ＯＬＥＤ` → `OLED`, `ｾﾝｻ` → `センサ`) so that search and matching see one form.
 */
export function normaliseLine(value: string): string {
  return value.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/** Normalises list items (keywords, capabilities) and drops blanks and duplicates, keeping the first occurrence's order. */
export function normaliseList(items: readonly string[]): string[] {
  return [...new Set(items.map(normaliseLine).filter((item) => item.length > 0))];
}

/** Like normaliseLine but keeps line breaks (descriptions, summaries). */
export function normaliseParagraphs(value: string): string {
  return value
    .normalize('NFKC')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[^\S\n]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The lower-cased, normalised form kept in `search_text` columns and used by `contains` filters. */
export function searchForm(...parts: Array<string | null | undefined | string[]>): string {
  return parts
    .flat()
    .filter((part): part is string => typeof part === 'string' && part.length > 0)
    .map((part) => normaliseLine(part).toLowerCase())
    .join(' \u2002 ');
}

/** Splits a user's search phrase into terms that must all occur. */
export function searchTerms(phrase: string): string[] {
  return normaliseLine(phrase)
    .toLowerCase()
    .split(' ')
    .filter((term) => term.length > 0);
}

/** Escapes LIKE wildcards so user text is matched literally. */
export function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}

const JAPANESE_CHARACTER = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;

/** JA when the text contains kana or kanji, EN otherwise: a default for records that omit their language. */
export function detectLanguage(...parts: Array<string | null | undefined>): Language {
  return parts.some((part) => part && JAPANESE_CHARACTER.test(part)) ? Language.JA : Language.EN;
}

/** Optional one-line text: normalised; absent or blank becomes null. */
export function optionalLine(value: string | null | undefined): string | null {
  return value == null ? null : normaliseLine(value) || null;
}

/** Optional text of paragraphs: normalised; absent or blank becomes null. */
export function optionalParagraphs(value: string | null | undefined): string | null {
  return value == null ? null : normaliseParagraphs(value) || null;
}
