import fs from 'node:fs';
import { ANALYSER_VERSION, matchAnalyser } from '../../../../src/matching/index/analyser-version';
import { ANALYSIS_GOLDEN_FILE, AnalysisGolden, analysisCorpus, analysisDigest } from '../../../support/analysis-corpus';

// Speed work on the pipeline (one lindera pass, workers, caches) must not change a single term:
// the index, the eval figures and stored explanations depend on it.
describe('analysis output is unchanged for a varied ja/en corpus', () => {
  const golden = JSON.parse(fs.readFileSync(ANALYSIS_GOLDEN_FILE, 'utf8')) as AnalysisGolden;
  const corpus = analysisCorpus();

  it('was written by this analyser version (regenerate with test/support/write-analysis-golden.ts when a change is intended)', () => {
    expect(golden.analyserVersion).toBe(ANALYSER_VERSION);
    expect(Object.keys(golden.digests).sort()).toEqual(corpus.map((d) => d.id).sort());
  });

  it('gives every document the same terms, weights, length and surfaces', () => {
    const changed = corpus.filter(({ id, document }) => analysisDigest(matchAnalyser().analyseDocument(document)) !== golden.digests[id]).map((d) => d.id);
    expect(changed).toEqual([]);
  });
});
