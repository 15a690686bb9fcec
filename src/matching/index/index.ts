/** The matching index in PostgreSQL: entities, the indexer the writers call, and the start-up check. */
export { MatchCorpus, MatchDocument, MatchTerm, MatchTermStat, MATCH_INDEX_ENTITIES } from './match-index.entities';
export type { MatchKind } from './match-index.entities';
export { ANALYSER_CODE_VERSION, ANALYSER_VERSION, analyseNeedText, analyseSeedText, matchAnalyser } from './analyser-version';
export { MatchIndexer, matchIndexer, indexSeeds, indexNeeds } from './match-indexer';
export type { RebuildSummary } from './match-indexer';
export { ensureMatchIndex } from './ensure-match-index';
export type { MatchIndexStatus } from './ensure-match-index';
