import { englishPhoneticKey, katakanaPhoneticKey } from '../../../../src/matching/text/transliteration';

describe('phonetic keys of katakana loan words and English words', () => {
  it.each([
    ['フレッティング', 'fretting'],
    ['ダイシング', 'dicing'],
    ['グリース', 'grease'],
    ['ボイド', 'void'],
    ['ヒートシンク', 'heat sink'],
    ['キャビテーション', 'cavitation'],
    ['デラミネーション', 'delamination'],
    ['ウェルドライン', 'weld line'],
    ['スパッタ', 'sputter'],
    ['スパッタ', 'spatter'],
    ['ピンホール', 'pinhole'],
    ['コンプレッサー', 'compressor'],
    ['テクノロジー', 'technology'],
    ['ティーチング', 'teaching'],
  ])('%s and %s meet', (katakana, english) => {
    const key = katakanaPhoneticKey(katakana);
    expect(key).toBeDefined();
    expect(englishPhoneticKey(english)).toBe(key);
  });

  it('gives the same key after normalisation (long-vowel mark dropped, half-width folded)', () => {
    expect(katakanaPhoneticKey('ｸﾞﾘｰｽ')).toBe(katakanaPhoneticKey('グリース'));
    expect(katakanaPhoneticKey('コンプレッサ')).toBe(katakanaPhoneticKey('コンプレッサー'));
  });

  it('gives no key to words too short to be specific, or not katakana', () => {
    expect(katakanaPhoneticKey('シェル')).toBeUndefined();
    expect(englishPhoneticKey('bed')).toBeUndefined();
    expect(englishPhoneticKey('burr')).toBeUndefined(); // バリ needs the dictionary
    expect(katakanaPhoneticKey('金型')).toBeUndefined();
    expect(englishPhoneticKey('')).toBeUndefined();
  });

  it.each([
    ['フレッティング', ['fitting', 'fretful', 'freight', 'rating', 'fret']],
    ['ダイシング', ['design', 'dancing', 'dice', 'dicer']],
    ['グリース', ['grace period', 'grease gun', 'greasy', 'gear']],
    ['ボイド', ['bad', 'bed', 'body', 'bid', 'avoid']],
    ['ヒートシンク', ['heat', 'heat source', 'think', 'hot spring']],
    ['スパッタ', ['spit', 'spot', 'sputtering', 'spatula']],
  ])('keeps %s apart from near words', (katakana, others) => {
    const key = katakanaPhoneticKey(katakana);
    expect(others.filter((w) => englishPhoneticKey(w) === key)).toEqual([]);
  });

  it('compares where vowels are, not which (a known limit: グリース also meets grass and gloss)', () => {
    expect(englishPhoneticKey('grass')).toBe(katakanaPhoneticKey('グリース'));
    expect(englishPhoneticKey('dosing')).toBe(katakanaPhoneticKey('ダイシング'));
  });
});
