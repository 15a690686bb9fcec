import fs from 'node:fs';
import path from 'node:path';
import { normalise } from '../../../../src/matching/text';
import { buildJapaneseTokenizer, isContentPartOfSpeech, JAPANESE_STOP_TAGS, japaneseContentWords } from '../../../../src/matching/text/japanese-words';
import { containsJapanese } from '../../../../src/matching/text/scripts';

const ROOT = path.join(__dirname, '../../../..');

/** Every Japanese string in a data file: titles, summaries, keywords, names, descriptions, judgements. */
function japaneseStrings(file: string): string[] {
  const found: string[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      if (containsJapanese(value)) found.push(value);
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(visit);
  };
  visit(JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8')));
  return found;
}

// Parts of speech the data files rarely or never use: fillers, interjections, suffix adjectives,
// dependent adjectival nouns, auxiliary stems, pronouns, a full-width space.
const RARE_GRAMMAR = [
  'えーと、雨が降りそうだ。',
  'そうだね、子供っぽい話かな。',
  'ご覧ください。お高い品です。',
  'こっちへ来てよ。あたしは行くわ。',
  '彼は学生みたいだ。まあ、いいや',
  'ねえ、ちょっと待ってね。ほら、な。',
  'そんなこっちゃないさ',
  '来ないで。行くってば',
  'それだけのことだ。晴れ　曇り',
];

const corpus = [...japaneseStrings('src/demo/data/demo.json'), ...japaneseStrings('eval/dataset.json'), ...RARE_GRAMMAR].map(normalise);

describe('JAPANESE_STOP_TAGS (lindera drops these morphemes before contentForm sees them)', () => {
  const unfiltered = buildJapaneseTokenizer([]);
  const filtered = buildJapaneseTokenizer();

  it('never names a part of speech that can be a content word', () => {
    const kept = JAPANESE_STOP_TAGS.filter((tag) => {
      const [partOfSpeech, subcategory = '*'] = tag.split(',');
      return isContentPartOfSpeech(partOfSpeech, subcategory);
    });
    expect(kept).toEqual([]);
  });

  it('gives the same content words as the unfiltered tokenizer over the demo and evaluation texts', () => {
    expect(corpus.length).toBeGreaterThan(1000);
    const differing = corpus
      .map((text) => ({ text, without: japaneseContentWords(text, unfiltered), with: japaneseContentWords(text, filtered) }))
      .filter((result) => JSON.stringify(result.with) !== JSON.stringify(result.without));
    expect(differing).toEqual([]);
  });

  it('drops particles, auxiliaries, symbols and formal nouns inside the tokenizer', () => {
    const tokens = (text: string) => (filtered.tokenize(text) as Array<{ surface: string }>).map((token) => token.surface);
    expect(tokens('有機EL照明の寿命を改善したいため、試験した。')).toEqual(['有機', 'EL', '照明', '寿命', '改善', 'し', '試験', 'し']);
    const all = corpus.reduce((sum, text) => sum + unfiltered.tokenize(text).length, 0);
    const left = corpus.reduce((sum, text) => sum + filtered.tokenize(text).length, 0);
    expect(left).toBeLessThan(all * 0.85);
  });
});
