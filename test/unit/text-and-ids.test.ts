import { InvalidInputError } from '../../src/common/errors';
import { fromGlobalId, toGlobalId } from '../../src/common/global-id';
import { detectLanguage, escapeLike, foldLine, normaliseLine, normaliseList, normaliseParagraphs, searchForm, searchTerms } from '../../src/common/text';

describe('text normalisation', () => {
  it.each([
    ['ＯＬＥＤ１２３ｶﾀｶﾅ', 'ＯＬＥＤ１２３ｶﾀｶﾅ'],
    ['  有機ＥＬ　照明  ', '有機ＥＬ　照明'],
    ['ｾﾝｻ  モジュール', 'ｾﾝｻ モジュール'],
    ['１０⁻⁴ｇ／ｍ２\t…', '１０⁻⁴ｇ／ｍ２ …'],
    ['㈱米沢\u0007', '㈱米沢'],
  ])('normaliseLine(%j) = %j: only whitespace and control characters change', (input, expected) => {
    expect(normaliseLine(input)).toBe(expected);
  });

  it.each([
    ['ＯＬＥＤ１２３ｶﾀｶﾅ', 'OLED123カタカナ'],
    ['  有機ＥＬ　照明  ', '有機EL 照明'],
    ['１０⁻⁴ｇ／ｍ２ …', '10−4g/m2 ...'],
    ['㈱米沢', '(株)米沢'],
  ])('foldLine(%j) = %j (search, matching, keys)', (input, expected) => {
    expect(foldLine(input)).toBe(expected);
  });

  it('keeps paragraph breaks and the typed characters but folds runs of blank lines', () => {
    expect(normaliseParagraphs('一行目　\r\n\r\n\r\n\r\n２行目')).toBe('一行目\n\n２行目');
  });

  it('keeps list items as typed, dropping blanks and items that fold to one already kept', () => {
    expect(normaliseList(['ＩｏＴ', ' IoT ', '', 'センサ', 'ｾﾝｻ'])).toEqual(['ＩｏＴ', 'センサ']);
  });

  it('builds a case-folded search form and search terms', () => {
    expect(searchForm('Organic ＬＥＤ', ['はんだ', 'Solder'])).toContain('organic led');
    expect(searchTerms('  ＯＬＥＤ　寿命 ')).toEqual(['oled', '寿命']);
    expect(escapeLike('100%_\\')).toBe('100\\%\\_\\\\');
  });

  it.each([
    ['有機EL照明', 'JA'],
    ['OLED lighting', 'EN'],
    ['IoT センサ', 'JA'],
  ])('detects the language of %j as %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });
});

describe('global IDs', () => {
  const uuid = '3f1d2c4b-5a6e-4f70-8a9b-0c1d2e3f4a5b';

  it('round-trips type and id', () => {
    expect(fromGlobalId(toGlobalId('Seed', uuid))).toEqual({ typeName: 'Seed', id: uuid });
    expect(fromGlobalId(toGlobalId('ResearchField', 'organic-electronics.oled-lighting'))).toEqual({
      typeName: 'ResearchField',
      id: 'organic-electronics.oled-lighting',
    });
  });

  it('refuses malformed ids and ids of another type as bad input on the named field', () => {
    const attempt = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return error as InvalidInputError;
      }
      throw new Error('expected an error');
    };
    expect(attempt(() => fromGlobalId('not-an-id', undefined, 'input.id'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.id' });
    expect(attempt(() => fromGlobalId(toGlobalId('Seed', 'x'), 'Seed'))).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(attempt(() => fromGlobalId(toGlobalId('Need', uuid), 'Seed', 'seedId')).messages.ja).toBe('seedId: Seed の ID を指定してください');
  });
});
