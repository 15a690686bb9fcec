import { AnalysedText, bm25, corpusStatsOf, inverseDocumentFrequency, DEFAULT_BM25_PARAMETERS } from '../../../../src/matching/text';

const doc = (terms: Record<string, number>): AnalysedText => ({ terms, length: Object.values(terms).reduce((a, b) => a + b, 0) });

describe('bm25', () => {
  const corpus = corpusStatsOf([
    doc({ 'word:common': 1, 'word:rare': 1 }),
    doc({ 'word:common': 1, 'word:filler': 1 }),
    doc({ 'word:common': 1, 'word:filler': 1 }),
    doc({ 'word:common': 1, 'word:filler': 1 }),
  ]);

  it('weighs a rarer term more', () => {
    const rare = bm25(doc({ 'word:rare': 1 }), doc({ 'word:rare': 1, 'word:x': 1 }), corpus);
    const common = bm25(doc({ 'word:common': 1 }), doc({ 'word:common': 1, 'word:x': 1 }), corpus);
    expect(rare.score).toBeGreaterThan(common.score);
    expect(inverseDocumentFrequency(1, 4)).toBeCloseTo(Math.log(1 + 3.5 / 1.5), 12);
  });

  it('never goes negative for a term in every document', () => {
    expect(inverseDocumentFrequency(4, 4)).toBeGreaterThan(0);
  });

  it('weighs term kinds: concept > word > bigram', () => {
    const score = (t: string) => bm25(doc({ [t]: 1 }), doc({ [t]: 1 }), corpusStatsOf([doc({ [t]: 1 }), doc({ other: 1 })])).score;
    expect(score('concept:x')).toBeGreaterThan(score('word:x'));
    expect(score('word:x')).toBeGreaterThan(score('bigram:xx'));
    expect(score('concept:x') / score('word:x')).toBeCloseTo(DEFAULT_BM25_PARAMETERS.kindWeights.concept, 10);
  });

  it('prefers the shorter of two documents with the same match', () => {
    const short = bm25(doc({ 'word:rare': 1 }), doc({ 'word:rare': 1, 'word:a': 1 }), corpus);
    const long = bm25(doc({ 'word:rare': 1 }), doc({ 'word:rare': 1, 'word:a': 10 }), corpus);
    expect(short.score).toBeGreaterThan(long.score);
  });

  it('saturates repeated terms in the document', () => {
    const once = bm25(doc({ 'word:rare': 1 }), doc({ 'word:rare': 1, 'word:a': 1 }), corpus).score;
    const tenTimes = bm25(doc({ 'word:rare': 1 }), doc({ 'word:rare': 10, 'word:a': 1 }), corpus).score;
    expect(tenTimes).toBeGreaterThan(once);
    expect(tenTimes).toBeLessThan(once * (DEFAULT_BM25_PARAMETERS.k1 + 1));
  });

  it('lists matched terms by contribution, and they sum to the score', () => {
    const result = bm25(doc({ 'word:rare': 1, 'word:common': 1, 'word:absent': 1 }), doc({ 'word:rare': 1, 'word:common': 1 }), corpus);
    expect(result.matches.map((m) => m.term)).toEqual(['word:rare', 'word:common']);
    expect(result.matches.reduce((a, m) => a + m.contribution, 0)).toBeCloseTo(result.score, 12);
  });

  it('scores one query against each corpus and parameters by their own statistics, as a fresh query would be', () => {
    const query = doc({ 'word:rare': 2, 'word:common': 1 });
    const document = doc({ 'word:rare': 1, 'word:common': 3 });
    const otherCorpus = corpusStatsOf([doc({ 'word:rare': 1 }), doc({ 'word:rare': 1 }), doc({ 'word:common': 1 })]);
    const otherParameters = { ...DEFAULT_BM25_PARAMETERS, k3: 0.5 };
    const fresh = () => doc({ ...query.terms });
    for (const [stats, parameters] of [
      [corpus, DEFAULT_BM25_PARAMETERS],
      [otherCorpus, DEFAULT_BM25_PARAMETERS],
      [otherCorpus, otherParameters],
      [corpus, DEFAULT_BM25_PARAMETERS],
    ] as const) {
      const reused = bm25(query, document, stats, parameters);
      expect(reused.score).toBe(bm25(fresh(), document, stats, parameters).score);
      expect(reused.matches).toEqual(bm25(fresh(), document, stats, parameters).matches);
    }
    expect(bm25(query, document, otherCorpus).score).not.toBe(bm25(query, document, corpus).score);
  });

  it('scores 0 with no shared term', () => {
    const result = bm25(doc({ 'word:a': 1 }), doc({ 'word:b': 1 }), corpus);
    expect(result.score).toBe(0);
    expect(result.matches).toEqual([]);
  });

  it('reads corpus statistics through the interface only', () => {
    const stats = { documentCount: 100, averageLength: 10, documentFrequency: (t: string) => (t === 'word:rare' ? 1 : 50) };
    const result = bm25(doc({ 'word:rare': 1, 'word:common': 1 }), doc({ 'word:rare': 1, 'word:common': 1 }), stats);
    expect(result.matches[0].term).toBe('word:rare');
    expect(result.matches[0].contribution / result.matches[1].contribution).toBeCloseTo(
      inverseDocumentFrequency(1, 100) / inverseDocumentFrequency(50, 100),
      10,
    );
  });
});
