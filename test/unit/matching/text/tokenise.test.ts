import { analyse, analyseDocument, createAnalyser, loadConceptTable } from '../../../../src/matching/text';

const termsOf = (text: string) => Object.keys(analyse(text).terms);
const shared = (a: string, b: string) => termsOf(a).filter((t) => t in analyse(b).terms);

describe('analyse', () => {
  it('keeps Japanese content words and drops particles and auxiliaries', () => {
    const terms = termsOf('有機EL照明の寿命を改善したい');
    expect(terms).toEqual(expect.arrayContaining(['word:有機', 'word:照明', 'word:寿命', 'word:改善']));
    for (const dropped of ['word:の', 'word:を', 'word:たい', 'word:する', 'word:し']) expect(terms).not.toContain(dropped);
  });

  it('uses the base form of verbs', () => {
    expect(termsOf('劣化を抑えた')).toContain('word:抑える');
  });

  it('matches a two-kanji word inside a compound through bigrams (電池 in 鉛蓄電池)', () => {
    // lindera splits 鉛蓄電池 into 鉛 + 蓄電池, so the word 電池 is not shared; its bigram is.
    const common = shared('電池の劣化', '鉛蓄電池を評価する');
    expect(common).toContain('bigram:電池');
    expect(common).not.toContain('word:電池');
  });

  it('still matches a katakana word unknown to the dictionary', () => {
    // lindera reads メタボロミクスデータ as one unknown word, which no other text repeats.
    expect(termsOf('メタボロミクスデータを使う')).toContain('word:メタボロミクスデータ');
    const common = shared('メタボロミクスデータを使う', 'メタボロミクス解析');
    expect(common).toEqual(expect.arrayContaining(['bigram:メタ', 'bigram:ボロ', 'bigram:ミク']));
    expect(common.filter((t) => t.startsWith('word:'))).toEqual([]);
  });

  it('stems English words so "soldering" and "solder" meet', () => {
    expect(shared('Soldering of power modules', 'lead-free solder')).toContain('word:solder');
  });

  it('drops English stopwords and bare numbers', () => {
    const terms = termsOf('The effect of the 2024 reflow on voids');
    expect(terms).toEqual(expect.arrayContaining(['word:effect', 'word:reflow', 'word:void']));
    for (const dropped of ['word:the', 'word:of', 'word:on', 'word:2024']) expect(terms).not.toContain(dropped);
  });

  it('adds concept terms so a Japanese need and an English seed share terms', () => {
    expect(shared('有機EL照明の寿命', 'Lifetime of organic light-emitting diodes')).toEqual(expect.arrayContaining(['concept:oled', 'concept:lifetime']));
  });

  it('counts full-width and half-width text the same', () => {
    expect(analyse('ＯＬＥＤ　ｾﾝｻｰ')).toEqual(analyse('OLED センサー'));
  });

  it('gives an empty analysis for empty text', () => {
    expect(analyse('   ')).toEqual({ terms: {}, length: 0, surfaces: {} });
  });

  it('weights title and keywords above the body and sums the length', () => {
    const doc = analyseDocument({ title: '発酵', keywords: ['発酵'], body: '発酵' }, { title: 2, keywords: 3, body: 1 });
    expect(doc.terms['word:発酵']).toBe(6);
    expect(doc.length).toBe(Object.values(doc.terms).reduce((a, b) => a + b, 0));
  });

  it('uses an administrator-supplied concept table', () => {
    const analyser = createAnalyser({ concepts: loadConceptTable([{ id: 'benibana', ja: ['紅花'], en: ['safflower'] }]) });
    expect(analyser.analyse('紅花の色素').terms['concept:benibana']).toBe(1);
    expect(analyser.analyse('Safflower dye').terms['concept:benibana']).toBe(1);
  });
});
