import { contentWordsOf, defaultLexicon, japaneseTokens, normalise } from '../../../../src/matching/text';

const words = (text: string) => contentWordsOf(japaneseTokens(normalise(text)));
const surfaces = (text: string) => japaneseTokens(normalise(text)).map((token) => token.surface);

describe('japaneseTokens and contentWordsOf (one lindera pass for words and dictionary)', () => {
  it('keeps every morpheme, so the dictionary sees all word boundaries', () => {
    expect(surfaces('有機EL照明の寿命を改善したいため、試験した。')).toEqual([
      '有機',
      'el',
      '照明',
      'の',
      '寿命',
      'を',
      '改善',
      'し',
      'たい',
      'ため',
      '、',
      '試験',
      'し',
      'た',
      '。',
    ]);
    // The suffix 型 stays a token of its own: without it 金 could match inside 金型.
    expect(surfaces('金型の設計')).toEqual(['金', '型', 'の', '設計']);
  });

  it('does not call the tokenizer for text without Japanese', () => {
    expect(japaneseTokens('organic el lighting')).toEqual([]);
  });

  it('picks nouns, verbs by their base form and unknown katakana words; drops particles, auxiliaries, symbols and formal nouns', () => {
    expect(words('有機EL照明の寿命を改善したいため、試験した。')).toEqual(['有機', '照明', '寿命', '改善', '試験']);
    expect(words('えーと、雨が降りそうだ。')).toEqual(['雨', '降りる']);
    expect(words('メタボロミクスデータを使う')).toEqual(['メタボロミクスデータ', '使う']);
    expect(words('それだけのことだ。晴れ　曇り')).toEqual(['晴れ', '曇る']);
    expect(words('ご覧ください。お高い品です。')).not.toEqual(expect.arrayContaining(['です', 'お', '高い']));
  });

  it("gives the dictionary's matches from the shared tokens as from the text itself", () => {
    const text = normalise('金型のヒケと溶存酸素、柿と漆を塗った');
    expect(defaultLexicon().matchJapaneseTokens(japaneseTokens(text))).toEqual(defaultLexicon().matchJapanese(text));
    expect(
      defaultLexicon()
        .matchJapaneseTokens(japaneseTokens(text))
        .map((m) => m.surface),
    ).toEqual(expect.arrayContaining(['金型', 'ヒケ', '溶存酸素', '柿']));
  });
});
