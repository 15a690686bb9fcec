import { createHash } from 'node:crypto';
import fs from 'node:fs';
import conceptData from '../data/concepts.json';
import { AnalysedText, Analyser, DEFAULT_PART_WEIGHTS, createAnalyser, defaultConceptTable, lexiconFile } from '../text';
import { needDocument, seedDocument } from '../scoring';
import type { NeedProfile, SeedProfile } from '../scoring';

/**
 * Bump when tokenisation, stemming, stopwords or term weighting change in a way the concept
 * table does not show: the stored terms are then stale and the index is rebuilt at start-up.
 */
export const ANALYSER_CODE_VERSION = 2;

/**
 * The version stored with every indexed document: the code version, the part weights, the
 * concept table and the lexicon file folded into one 31-bit number. Editing data/concepts.json
 * or rebuilding the lexicon changes it, so the index is rebuilt at the next start (ensureMatchIndex).
 */
export const ANALYSER_VERSION: number = (() => {
  const digest = createHash('sha256')
    .update(JSON.stringify({ code: ANALYSER_CODE_VERSION, parts: DEFAULT_PART_WEIGHTS, concepts: conceptData }))
    .update(fs.readFileSync(lexiconFile()))
    .digest();
  return digest.readUInt32BE(0) & 0x7fffffff;
})();

let analyser: Analyser | undefined;

/** The analyser the index and on-the-fly analysis share: the shipped concept table, default part weights. */
export function matchAnalyser(): Analyser {
  return (analyser ??= createAnalyser({ concepts: defaultConceptTable() }));
}

/** A seed's indexed text (title, keywords, summary), as the ranking step reads it. */
export function analyseSeedText(seed: Pick<SeedProfile, 'title' | 'keywords' | 'summary'>): AnalysedText {
  return matchAnalyser().analyseDocument(seedDocument(seed));
}

/** A need's indexed text (title, keywords, description). */
export function analyseNeedText(need: Pick<NeedProfile, 'title' | 'keywords' | 'description'>): AnalysedText {
  return matchAnalyser().analyseDocument(needDocument(need));
}
