import { describeWarmPath, warmPath } from '../../../../src/matching/scoring';
import { NAMES } from '../fixtures';

const levels = { pastCollaboration: 1, sharedConsortium: 0.8, none: 0 };

describe('warmPath', () => {
  it.each([
    ['shared consortium', ['oe-cluster'], ['oe-cluster', 'x'], false, 0.8],
    ['earlier collaboration', [], [], true, 1],
    ['both', ['oe-cluster'], ['oe-cluster'], true, 1],
    ['neither', ['oe-cluster'], ['hdm-study'], false, 0],
  ])('%s', (_case, needConsortia, seedConsortia, past, expected) => {
    expect(warmPath(needConsortia, seedConsortia, past, levels).value).toBe(expected);
  });

  it('lists the shared consortia sorted and once', () => {
    expect(warmPath(['oe-cluster', 'hdm-study', 'oe-cluster'], ['oe-cluster', 'hdm-study'], false, levels).detail.sharedConsortiumIds).toEqual([
      'hdm-study',
      'oe-cluster',
    ]);
  });

  it.each([
    [['oe-cluster'], false, '共通の研究会: 有機エレクトロニクス産業集積会議', 'Shared consortium: Organic Electronics Industry Cluster Council'],
    [[], true, '過去の連携実績あり', 'Earlier collaboration'],
    [[], false, '共通の研究会・連携実績なし', 'No shared consortium or earlier collaboration'],
  ])('explains %j, past %p', (shared, past, ja, en) => {
    expect(describeWarmPath(warmPath(shared, shared, past, levels).detail, NAMES)).toEqual({ ja, en });
  });
});
