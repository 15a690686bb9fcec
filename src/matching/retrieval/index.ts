/** Retrieval for matching: SQL candidate search over the index, and profile loading in a fixed number of queries. */
export { DEFAULT_RETRIEVAL_OPTIONS, retrieveNeeds, retrieveSeeds } from './candidate-retrieval';
export type { NeedRetrievalFilter, RetrievalOptions, RetrievalQuery, RetrievedCandidate, SeedRetrievalFilter } from './candidate-retrieval';
export { loadAnalysedDocuments, loadCorpusStats, queryTermWeights } from './bm25-sql';
export { SPLIT_PROFILES_FROM, loadSeedProfiles, loadNeedProfiles } from './profiles';
export { loadSeedPage } from './seed-page';
export type { PageSeed } from './seed-page';
export type { LoadedNeed, LoadedSeed } from './profiles';
export { loadAllConsortiumNames, loadMatchingLookups } from './lookups';
export type { MatchingLookups } from './lookups';
export { openIntroductionsByResearcher, pastCollaborationKey, pastCollaborations } from './workflow-signals';
