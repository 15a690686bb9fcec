import { DEFAULT_MATCHING_PARAMETERS, defaultTermLabels, describeTextRelevance, textRelevance } from '../../../../src/matching/scoring';
import { AnalysedText, analyse, corpusStatsOf } from '../../../../src/matching/text';

const parameters = DEFAULT_MATCHING_PARAMETERS;
const doc = (terms: Record<string, number>): AnalysedText => ({ terms, length: Object.values(terms).reduce((a, b) => a + b, 0) });

describe('textRelevance', () => {
  const query = doc({ 'word:a': 1, 'word:b': 1 });
  const corpus = corpusStatsOf([doc({ 'word:a': 1, 'word:b': 1 }), doc({ 'word:a': 1 }), doc({ 'word:c': 1 })]);

  it('is 1 for a document that says what the query says', () => {
    expect(textRelevance({ query, document: query, corpus }, parameters).value).toBe(1);
  });

  it('is 0 without a shared term', () => {
    const result = textRelevance({ query, document: doc({ 'word:c': 1 }), corpus }, parameters);
    expect([result.value, result.detail.matches]).toEqual([0, []]);
  });

  // value = min(1, r(1+k)/(r+k)) with k = 0.3, for a given relative score r.
  it.each([
    [0.1, (0.1 * 1.3) / 0.4],
    [0.3, 0.65],
    [0.5, (0.5 * 1.3) / 0.8],
    [1, 1],
  ])('saturates the relative score %p to %p', (r, expected) => {
    // The document is the query itself; a self-score 1/r times larger makes its relative score r.
    const self = textRelevance({ query, document: query, corpus }, parameters).detail.selfScore;
    const result = textRelevance({ query, document: query, corpus, selfScore: self / r }, parameters);
    expect(result.detail.relativeScore).toBeCloseTo(r, 10);
    expect(result.value).toBeCloseTo(expected, 10);
  });

  it('gives a Japanese need and the English seed that solves it a clear value', () => {
    const need = analyse('有機EL照明パネルの寿命を延ばしたい');
    const seedText = analyse('Extending the lifetime of OLED lighting panels');
    const unrelated = analyse('Metabolomics of sake yeast');
    const stats = corpusStatsOf([seedText, unrelated]);
    const good = textRelevance({ query: need, document: seedText, corpus: stats }, parameters);
    expect(good.value).toBeGreaterThan(0.4);
    expect(textRelevance({ query: need, document: unrelated, corpus: stats }, parameters).value).toBe(0);
    expect(good.detail.matches.map((m) => m.term)).toEqual(expect.arrayContaining(['concept:oled', 'concept:lifetime']));
  });

  it('explains matched terms in one language per sentence, as shares of the score, folding bigrams into their word', () => {
    const need = analyse('電池の寿命');
    const seedText = analyse('電池の寿命 lifetime');
    const detail = textRelevance({ query: need, document: seedText, corpus: corpusStatsOf([seedText]) }, parameters).detail;
    const sentence = describeTextRelevance(detail, defaultTermLabels(), 5, 0.5 / detail.rawScore);
    expect(sentence.ja).toMatch(/^一致した語\(スコアに占める割合\): /);
    const items = sentence.ja.replace(/^[^:]+: /, '').split('、');
    const labels = items.map((item) => item.replace(/ (<1|\d+)%$/, ''));
    expect(labels.filter((l) => l === '電池')).toHaveLength(1); // the word, its concept and its bigram shown once
    expect(labels).toContain('寿命');
    expect(sentence.ja).not.toMatch(/[A-Za-z]/); // Japanese only
    expect(sentence.en).toMatch(/^Matched terms \(share of the score\): .*battery \d+%/);
    expect(sentence.en).not.toMatch(/[\p{Script=Han}\p{Script=Katakana}]/u); // English only
    // The shares are of the whole score: here half of it is the text's.
    const total = items.map((item) => Number(item.match(/(\d+)%$/)?.[1] ?? 0)).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThanOrEqual(48);
    expect(total).toBeLessThanOrEqual(52);
  });

  it('says so when nothing matched', () => {
    const detail = textRelevance({ query, document: doc({ 'word:z': 1 }), corpus }, parameters).detail;
    expect(describeTextRelevance(detail, defaultTermLabels(), 5, 1)).toEqual({ ja: '一致した語なし', en: 'No matching terms' });
  });
});
