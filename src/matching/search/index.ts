/** Analysed text search over the match index, for the `text` filter of lists. */
export { TEXT_SEARCH_LIMITS, analyseSearch, hasSearchText, literalMatchSql, textSearchSubquery } from './text-search';
export type { AnalysedSearch, SearchPhrase, TextSearchScope } from './text-search';
