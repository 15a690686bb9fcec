import { normalise } from '../../../../src/matching/text';

describe('normalise', () => {
  it.each([
    ['full-width Latin, digits and half-width katakana', 'ＯＬＥＤ１２３ｶﾀｶﾅ', 'oled123カタカナ'],
    ['lower case', 'Organic EL', 'organic el'],
    ['trailing long vowel of a long katakana word', 'センサー', 'センサ'],
    ['half-width long vowel', 'ｾﾝｻｰ', 'センサ'],
    ['full-width hyphen used as long vowel', 'センサ－', 'センサ'],
    ['horizontal bar used as long vowel, inside a word', 'モ―タ―制御', 'モータ制御'],
    ['short katakana words keep their long vowel', 'キー', 'キー'],
    ['three-character words keep it too', 'カバー', 'カバー'],
    ['long vowel inside a word stays', 'インターフェース', 'インターフェース'],
    ['wave dash and full-width tilde unified', '10～20と10〜20', '10〜20と10〜20'],
    ['ideographic and repeated spaces collapse', '  有機EL　照明\t\n材料 ', '有機el 照明 材料'],
    ['Japanese is kept', '米沢織の後継者', '米沢織の後継者'],
    ['circled and parenthesised forms fold', '①（株）', '1(株)'],
  ])('%s', (_case, input, expected) => {
    expect(normalise(input)).toBe(expected);
  });
});
