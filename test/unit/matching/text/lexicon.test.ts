import { defaultLexicon, normalise } from '../../../../src/matching/text';
import type { LexiconMatch } from '../../../../src/matching/text';

const lexicon = () => defaultLexicon();
const keysOfJa = (text: string) => lexicon().matchJapanese(normalise(text));
const keysOfEn = (text: string) => lexicon().matchEnglish(normalise(text));
const keyNames = (matches: readonly LexiconMatch[]) => matches.map((m) => m.key);

/** Whether a Japanese text and an English text share a pivot key. */
const meet = (ja: string, en: string) => {
  const english = new Set(keyNames(keysOfEn(en)));
  return keyNames(keysOfJa(ja)).filter((k) => english.has(k));
};

describe('shipped lexicon', () => {
  it('is large and loads from the committed file', () => {
    expect(lexicon().size).toBeGreaterThan(150_000);
    expect(lexicon().keyCount()).toBeGreaterThan(100_000);
  });

  it.each([
    ['柿', 'persimmon'],
    ['漆', 'lacquer'],
    ['グリース', 'grease'],
    ['アンモニア', 'ammonia'],
    ['溶存酸素', 'dissolved oxygen'],
    ['唾液', 'saliva'],
    ['雪', 'snow'],
    ['ヒケ', 'sink mark'],
    ['ダイシング', 'dicing'],
    ['バリ', 'burr'],
    ['ヒートシンク', 'heat sink'],
  ])('translates %s → %s and back', (ja, en) => {
    expect(lexicon().translateJapanese(ja)).toContain(en);
    expect(lexicon().translateEnglish(en)).toContain(ja);
  });

  it.each([
    ['柿渋ではなく柿の実の成分', 'Polyphenols of the persimmon fruit', 'persimmon'],
    ['漆塗りの耐候性', 'weathering of urushi lacquer coatings', 'lacquer'],
    ['軸受けのグリースの劣化', 'grease degradation in bearings', 'greas'],
    ['排水中のアンモニアを除去', 'ammonia removal from wastewater', 'ammonia'],
    ['溶存酸素を測る', 'sensors for dissolved oxygen', 'dissolv oxygen'],
    ['唾液で診断', 'saliva-based diagnostics', 'saliva'],
    ['雪を融かす', 'roads covered by snow', 'snow'],
    ['成形品のヒケ対策', 'reducing sink marks in moulded parts', 'sink mark'],
  ])('lets %s meet %s on "%s"', (ja, en, key) => {
    expect(meet(ja, en)).toContain(key);
  });

  it("splits a word's weight over its senses, first sense heaviest, and sums to 1", () => {
    const hike = keysOfJa('ヒケ');
    expect(hike.map((m) => m.key)).toEqual(['close', 'compar unfavour', 'close price', 'sink mark']);
    const weights = hike.map((m) => m.weight);
    expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1);
    expect([...weights].sort((a, b) => b - a)).toEqual(weights);
    expect(keysOfJa('アンモニア')).toEqual([{ key: 'ammonia', surface: 'アンモニア', weight: 1 }]);
  });

  it('keeps at most four phrases per word', () => {
    for (const word of ['金', '本', '研究', '対象物', 'ヒケ', '型枠']) expect(lexicon().translateJapanese(word).length).toBeLessThanOrEqual(4);
  });

  it('matches on lindera word boundaries, longest first', () => {
    expect(keysOfJa('金型の設計').filter((m) => m.surface === '金')).toEqual([]);
    expect(keysOfJa('金型の設計').map((m) => m.surface)).toContain('金型');
    expect(keysOfJa('金ナノ粒子').map((m) => m.key)).toContain('gold');
    const oxygen = keysOfJa('溶存酸素の濃度');
    expect(oxygen.filter((m) => m.surface === '溶存酸素').map((m) => m.key)).toEqual(['dissolv oxygen']);
    expect(oxygen.some((m) => m.surface === '酸素' || m.surface === '溶存')).toBe(false);
  });

  it('finds verbs by their base form', () => {
    expect(keysOfJa('漆を塗った').map((m) => m.surface)).toContain('塗っ');
  });

  it('gives nothing for stopwords and grammar words', () => {
    for (const word of ['する', 'こと', 'もの', 'ため', '対応', '向ける', 'について', 'による', 'した']) {
      expect([word, keysOfJa(word)]).toEqual([word, []]);
    }
    expect(keysOfJa('課題に対応することを目指す')).toEqual([]);
  });

  it('matches English multi-word keys before their words', () => {
    expect(keyNames(keysOfEn('dissolved oxygen'))).toEqual(['dissolv oxygen']);
    expect(keyNames(keysOfEn('heat sinks'))).toEqual(['heat sink']);
    expect(keysOfEn('Sink Marks')).toEqual([{ key: 'sink mark', surface: 'sink marks', weight: 1 }]);
  });

  it('drops generic English glosses as keys', () => {
    expect(keysOfEn('the thing is a matter of the way we use and do it')).toEqual([]);
  });

  it('labels keys in both languages', () => {
    expect(lexicon().label('persimmon', 'ja')).toBe('柿');
    expect(lexicon().label('sink mark', 'en')).toBe('sink mark');
    expect(lexicon().label('dissolv oxygen', 'en')).toBe('dissolved oxygen');
    expect(lexicon().label('no such key at all', 'en')).toBe('no such key at all');
  });

  it('is deterministic', () => {
    const text = normalise('金型のヒケと溶存酸素、柿と漆、grease and dissolved oxygen');
    expect(lexicon().matchJapanese(text)).toEqual(lexicon().matchJapanese(text));
    expect(lexicon().matchEnglish(text)).toEqual(lexicon().matchEnglish(text));
  });
});
