import fs from 'node:fs';
import { ANALYSER_VERSION, matchAnalyser } from '../../src/matching/index/analyser-version';
import { ANALYSIS_GOLDEN_FILE, AnalysisGolden, analysisCorpus, analysisDigest } from './analysis-corpus';

/**
 * Rewrites test/fixtures/analysis/golden.json from the analyser as it is now. Run it only when
 * the analysis is meant to change (and bump ANALYSER_CODE_VERSION then):
 * node -r ts-node/register/transpile-only test/support/write-analysis-golden.ts
 */
const digests: Record<string, string> = {};
for (const { id, document } of analysisCorpus()) digests[id] = analysisDigest(matchAnalyser().analyseDocument(document));
const golden: AnalysisGolden = { analyserVersion: ANALYSER_VERSION, digests };
fs.writeFileSync(ANALYSIS_GOLDEN_FILE, `${JSON.stringify(golden, null, 1)}\n`);
console.log(`Wrote ${Object.keys(digests).length} digests to ${ANALYSIS_GOLDEN_FILE}`);
