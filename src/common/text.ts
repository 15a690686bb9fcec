import { Language } from './enums';

/**
 * Text is stored as the user typed it: `１０⁻⁴ｇ／ｍ２` must not come back as `10−4g/m2` (10⁻⁴ would then
 * read "10 minus 4"). Only whitespace is tidied and control characters are dropped; NFKC folding
 * (`ＯＬＥＤ` → `OLED`, `ｾﾝｻ` → `センサ`) is for search, matching and keys: see `foldLine`.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point: they are dropped from stored text
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F]/g;
/** Line breaks and tabs inside a one-line value become a space. */
const LINE_BREAK_OR_TAB = /[\t\n\v\f\r\u0085\u2028\u2029]/g;

/** One-line text as stored: control characters dropped, breaks and tabs as spaces, runs of spaces as one, trimmed. A single full-width space stays. */
export function normaliseLine(value: string): string {
  return value
    .replace(CONTROL, '')
    .replace(LINE_BREAK_OR_TAB, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/**
 * The folded form for search, matching, keys and uniqueness: NFKC (full-width ASCII and
 * half-width katakana to one form) and every run of whitespace as one ASCII space. Never stored
 * as the user's text.
 */
export function foldLine(value: string): string {
  return value.normalize('NFKC').replace(CONTROL, '').replace(/\s+/g, ' ').trim();
}

/** Optional folded one-line text (e-mail, phone: full-width digits and `＠` typed by input methods), or null when blank. */
export function optionalFolded(value: string | null | undefined): string | null {
  return value == null ? null : foldLine(value) || null;
}

/**
 * List items (keywords, capabilities) as stored: each tidied like `normaliseLine`, blanks dropped,
 * and items that fold to the same form (`ＯＬＥＤ`, `OLED`) kept once, as first typed.
 */
export function normaliseList(items: readonly string[]): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const item of items.map(normaliseLine)) {
    const folded = foldLine(item);
    if (folded.length === 0 || seen.has(folded)) continue;
    seen.add(folded);
    kept.push(item);
  }
  return kept;
}

/** Like normaliseLine but keeps line breaks (descriptions, summaries): line endings as `\n`, at most one blank line in a row. */
export function normaliseParagraphs(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, '')
    .split('\n')
    .map((line) =>
      line
        .replace(LINE_BREAK_OR_TAB, ' ')
        .replace(/\s{2,}/g, ' ')
        .trim(),
    )
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The lower-cased, folded form kept in `search_text` columns and used by `contains` filters. */
export function searchForm(...parts: Array<string | null | undefined | string[]>): string {
  return parts
    .flat()
    .filter((part): part is string => typeof part === 'string' && part.length > 0)
    .map((part) => foldLine(part).toLowerCase())
    .join(' \u2002 ');
}

/** Splits a user's search phrase into folded terms that must all occur. */
export function searchTerms(phrase: string): string[] {
  return foldLine(phrase)
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
