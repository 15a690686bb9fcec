import {
  collapseDuplicates,
  cosineSimilarity,
  duplicateSimilarity,
  DUPLICATE_SIMILARITY_THRESHOLD,
  isPossibleDuplicate,
} from '../../../src/matching/duplicates';
import { analyseSeedText } from '../../../src/matching/index/analyser-version';

describe('duplicate similarity', () => {
  const seed = (title: string, summary: string, keywords: string[] = []) => analyseSeedText({ title, summary, keywords });
  const original = seed('銅めっき膜の均一化', '電解めっき浴の管理により、基板上の銅めっき膜の膜厚を均一にする。');

  it.each([
    ['the same text', seed('銅めっき膜の均一化', '電解めっき浴の管理により、基板上の銅めっき膜の膜厚を均一にする。'), true, true],
    ['a small edit', seed('銅めっき膜の均一化技術', '電解めっき浴の管理により、基板上の銅めっき膜の膜厚を均一にする。'), true, true],
    ['another topic of the same lab', seed('はんだ接合部のボイド低減', 'リフロー条件の最適化で接合部のボイドを減らす。'), true, false],
    ['a related but different seed', seed('無電解ニッケルめっきの密着性', '樹脂へのめっきの密着性を高める前処理。'), true, false],
  ])('%s', (_, other, sameLanguage, expected) => {
    expect(isPossibleDuplicate(duplicateSimilarity(original, other, sameLanguage))).toBe(expected);
  });

  it('compares language-free terms across languages, and only with enough of them', () => {
    const ja = seed('有機ELディスプレイのインクジェット塗り分け', '有機EL の発光層をインクジェット印刷で塗り分け、はんだ実装も行う。');
    const en = seed('Inkjet patterning of OLED display emission layers', 'Inkjet printing patterns the OLED emission layer; soldering and mounting included.');
    expect(cosineSimilarity(ja.terms, en.terms)).toBeLessThan(DUPLICATE_SIMILARITY_THRESHOLD);
    expect(duplicateSimilarity(ja, en, false)).toBeGreaterThan(duplicateSimilarity(ja, en, true));
    const tiny = { terms: { 'concept:oled': 1, 'word:x': 1 } };
    expect(duplicateSimilarity(tiny, { terms: { 'concept:oled': 1, 'word:y': 1 } }, false)).toBe(0.5);
  });

  it('finds a copy typed in full-width or half-width kana identical', () => {
    const half = seed('IoT対応 振動センサによる金型の摩耗予測', 'センサの振動データから金型の摩耗を予測する。', ['IoT']);
    const full = seed('ＩｏＴ対応 振動ｾﾝｻによる金型の摩耗予測', 'ｾﾝｻの振動データから金型の摩耗を予測する。', ['ＩｏＴ']);
    expect(duplicateSimilarity(half, full, true)).toBe(1);
  });

  it('is symmetric and 1 for identical texts', () => {
    const other = seed('はんだ接合部のボイド低減', 'リフロー条件の最適化で接合部のボイドを減らす。');
    expect(duplicateSimilarity(original, other, true)).toBe(duplicateSimilarity(other, original, true));
    expect(duplicateSimilarity(original, original, true)).toBe(1);
    expect(cosineSimilarity({}, original.terms)).toBe(0);
  });
});

describe('collapseDuplicates', () => {
  const ranked = ['a', 'b', 'c', 'd', 'e'].map((id, i) => ({ id, rank: i + 1 }));

  it('keeps the best-ranked member of each group, with the others, and renumbers the ranks', () => {
    const collapsed = collapseDuplicates(ranked, [
      ['c', 'a'],
      ['e', 'b'],
    ]);
    expect(collapsed.map((r) => [r.id, r.rank, r.duplicates.map((d) => d.id)])).toEqual([
      ['a', 1, ['c']],
      ['b', 2, ['e']],
      ['d', 3, []],
    ]);
  });

  it('joins groups transitively, also through a member not in the list', () => {
    expect(
      collapseDuplicates(ranked, [
        ['a', 'x'],
        ['x', 'd'],
        ['d', 'e'],
      ]).map((r) => [r.id, r.duplicates.map((d) => d.id)]),
    ).toEqual([
      ['a', ['d', 'e']],
      ['b', []],
      ['c', []],
    ]);
  });

  it('changes nothing without pairs', () => {
    expect(collapseDuplicates(ranked, []).map((r) => r.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});
