/** Duplicate records (pure): similarity of analysed terms, and one entry per duplicate group in a ranking. */
export { DUPLICATE_SIMILARITY_THRESHOLD, MIN_MEANING_TERMS, cosineSimilarity, duplicateSimilarity, isPossibleDuplicate } from './similarity';
export { collapseDuplicates } from './collapse';
