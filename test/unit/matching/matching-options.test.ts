import { ConfigError, loadConfig } from '../../../src/config/config';
import { InvalidInputError } from '../../../src/common/errors';
import { encodeRankCursor, pageOf, pageWindow, resolveDiversity, resolveQueryWeights } from '../../../src/matching/matching-options';
import { DEFAULT_MATCHING_WEIGHTS, FACTOR_NAMES, resolveWeights } from '../../../src/matching/scoring';

const problemsOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof InvalidInputError) return error.problems.map((p) => ({ field: p.field, ja: p.ja, en: p.en }));
    throw error;
  }
  throw new Error('expected BAD_USER_INPUT');
};

describe('per-query weights', () => {
  it('merges into the configured weights and normalises to 1', () => {
    const weights = resolveQueryWeights({ trlFit: 1, textRelevance: null }, DEFAULT_MATCHING_WEIGHTS);
    expect(FACTOR_NAMES.reduce((sum, f) => sum + weights[f], 0)).toBe(1);
    expect(weights.trlFit).toBeGreaterThan(weights.textRelevance);
  });

  it('refuses negative weights on weights.<factor>, and all-zero weights on weights, in Japanese and English', () => {
    expect(problemsOf(() => resolveQueryWeights({ trlFit: -1, freshness: -2 }, DEFAULT_MATCHING_WEIGHTS))).toEqual([
      { field: 'weights.trlFit', ja: '0 以上の数を指定してください', en: 'must be a number of at least 0' },
      { field: 'weights.freshness', ja: '0 以上の数を指定してください', en: 'must be a number of at least 0' },
    ]);
    const zero = Object.fromEntries(FACTOR_NAMES.map((f) => [f, 0]));
    expect(problemsOf(() => resolveQueryWeights(zero, DEFAULT_MATCHING_WEIGHTS))[0].field).toBe('weights');
  });
});

describe('diversity and paging', () => {
  it('maps diversity requests and refuses bad values on their field', () => {
    expect(resolveDiversity(null)).toBeUndefined();
    expect(resolveDiversity({ mode: 'NONE' })).toEqual({ mode: 'none' });
    expect(resolveDiversity({ mode: 'LAB_CAP', maxPerLab: 1 })).toEqual({ mode: 'labCap', maxPerLab: 1, minRelativeScore: 0.5 });
    expect(resolveDiversity({ mode: 'MMR' })).toEqual({ mode: 'mmr', lambda: 0.7 });
    expect(problemsOf(() => resolveDiversity({ mode: 'LAB_CAP', maxPerLab: 0 }))[0].field).toBe('diversity.maxPerLab');
    expect(problemsOf(() => resolveDiversity({ mode: 'MMR', lambda: 2 }))[0].field).toBe('diversity.lambda');
  });

  it('pages a ranked list by position', () => {
    const items = ['a', 'b', 'c', 'd', 'e'];
    const first = pageOf(items, pageWindow(2, null));
    expect(first.edges.map((e) => e.node)).toEqual(['a', 'b']);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const next = pageOf(items, pageWindow(2, first.pageInfo.endCursor));
    expect(next.edges.map((e) => e.node)).toEqual(['c', 'd']);
    expect(pageOf(items, pageWindow(10, encodeRankCursor(3))).edges.map((e) => e.node)).toEqual(['e']);
    expect(problemsOf(() => pageWindow(51, null))[0].field).toBe('first');
    expect(problemsOf(() => pageWindow(10, 'bm90LWEtY3Vyc29y'))[0].field).toBe('after');
  });
});

describe('MUSUBI_MATCHING_WEIGHTS', () => {
  it('defaults to the shipped weights and reads a JSON object of factor weights', () => {
    expect(loadConfig({}).matchingWeights).toEqual(resolveWeights(DEFAULT_MATCHING_WEIGHTS));
    const config = loadConfig({ MUSUBI_MATCHING_WEIGHTS: '{"textRelevance": 0.9, "trlFit": 0.1}' });
    expect(config.matchingWeights.textRelevance).toBeGreaterThan(DEFAULT_MATCHING_WEIGHTS.textRelevance);
    expect(FACTOR_NAMES.reduce((sum, f) => sum + config.matchingWeights[f], 0)).toBe(1);
  });

  it.each(['not json', '[1, 2]', '{"textRelevance": -1}', '{"popularity": 1}'])('refuses %s', (raw) => {
    expect(() => loadConfig({ MUSUBI_MATCHING_WEIGHTS: raw })).toThrow(ConfigError);
    try {
      loadConfig({ MUSUBI_MATCHING_WEIGHTS: raw });
    } catch (error) {
      expect((error as ConfigError).problems.join(' ')).toContain('MUSUBI_MATCHING_WEIGHTS');
    }
  });
});
