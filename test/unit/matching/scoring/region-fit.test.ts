import { DEFAULT_MATCHING_PARAMETERS, describeRegionFit, regionFit, regionRelation } from '../../../../src/matching/scoring';
import { NAMES, REGION_TREE } from '../fixtures';

const levels = { sameArea: 1, samePrefecture: 0.8, cooperatingPrefecture: 0.6, sameCountry: 0.3, elsewhere: 0.1, unknown: 0.25 };

describe('regionFit', () => {
  it.each([
    ['JP-06-OKITAMA', 'JP-06-OKITAMA', 'sameArea', 1],
    ['JP-06-OKITAMA', 'JP-06-SHONAI', 'samePrefecture', 0.8],
    ['JP-06', 'JP-06-OKITAMA', 'samePrefecture', 0.8],
    ['JP-06', 'JP-06', 'samePrefecture', 0.8],
    ['JP-06-OKITAMA', 'JP-03', 'cooperatingPrefecture', 0.6],
    // Only Fukushima lists Yamagata: cooperation is read in both directions.
    ['JP-06-OKITAMA', 'JP-07', 'cooperatingPrefecture', 0.6],
    ['JP-03', 'JP-07', 'sameCountry', 0.3],
    ['JP-06-SHONAI', 'JP-13', 'sameCountry', 0.3],
    ['JP-06', 'US', 'elsewhere', 0.1],
    [null, 'JP-06', 'unknown', 0.25],
    ['JP-06', null, 'unknown', 0.25],
  ])('%s ~ %s → %s', (a, b, relation, value) => {
    const result = regionFit(a, b, REGION_TREE, levels);
    expect([result.detail.relation, result.value]).toEqual([relation, value]);
  });

  it('keeps the default levels in the required order', () => {
    const d = DEFAULT_MATCHING_PARAMETERS.region;
    expect([d.sameArea > d.samePrefecture, d.samePrefecture > d.cooperatingPrefecture, d.cooperatingPrefecture > d.sameCountry]).toEqual([true, true, true]);
  });

  it('compares equal codes missing from the tree as the same area', () => {
    expect(regionRelation('XX-1', 'XX-1', REGION_TREE).relation).toBe('sameArea');
  });

  it.each([
    ['JP-06-OKITAMA', 'JP-06-OKITAMA', '同じ地域(置賜)', 'Same area (Okitama)'],
    ['JP-06-OKITAMA', 'JP-06-SHONAI', '同じ県(山形県)', 'Same prefecture (Yamagata)'],
    ['JP-06-OKITAMA', 'JP-07', '連携する県(山形県・福島県)', 'Cooperating prefectures (Yamagata, Fukushima)'],
    [null, 'JP-07', '地域情報なし', 'Region unknown'],
  ])('explains %s ~ %s', (a, b, ja, en) => {
    expect(describeRegionFit(regionFit(a, b, REGION_TREE, levels).detail, NAMES)).toEqual({ ja, en });
  });
});
