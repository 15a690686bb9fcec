import { AnalysedText, DocumentText, analyseDocument } from '../text';
import type { NeedProfile, SeedProfile } from './types';

/**
 * Which text of a profile is matched. The database layer must analyse the same parts when it
 * stores a document's terms and counts document frequencies, or BM25 statistics drift.
 */
export function needDocument(need: Pick<NeedProfile, 'title' | 'keywords' | 'description'>): DocumentText {
  return { title: need.title, keywords: need.keywords, body: need.description };
}

/** See {@link needDocument}. */
export function seedDocument(seed: Pick<SeedProfile, 'title' | 'keywords' | 'summary'>): DocumentText {
  return { title: seed.title, keywords: seed.keywords, body: seed.summary };
}

/** A need's terms: as stored with the profile, or analysed now with the shipped concept table. */
export function analysedNeed(need: NeedProfile): AnalysedText {
  return need.analysed ?? analyseDocument(needDocument(need));
}

/** A seed's terms: as stored with the profile, or analysed now with the shipped concept table. */
export function analysedSeed(seed: SeedProfile): AnalysedText {
  return seed.analysed ?? analyseDocument(seedDocument(seed));
}
