import { analyseSearch, hasSearchText } from '../../../src/matching/search';

describe('analyseSearch', () => {
  it('splits the text into parts, each answered by a named concept, all its words, or all its bigrams', () => {
    const search = analyseSearch('メッキ　有機EL');
    expect(search.parts).toEqual(['メッキ', '有機el']);
    expect(search.phrases).toHaveLength(2);
    const [plating, oled] = search.phrases;
    expect(plating.named).toContain('concept:plating');
    expect(plating.words).toEqual(['word:メッキ']);
    // An all-katakana part may be answered by its bigrams; 有機EL may not (有機 alone is organic chemistry).
    expect(plating.bigrams.length).toBeGreaterThan(0);
    expect(oled.named).toContain('concept:oled');
    expect(oled.named).not.toContain('concept:organic-electronics');
    expect(oled.bigrams).toEqual([]);
    expect(Object.keys(search.terms.terms)).toEqual(expect.arrayContaining(['concept:plating', 'concept:oled', 'concept:organic-electronics']));
  });

  it('ignores parts with nothing to search, and blank text', () => {
    expect(analyseSearch('の めっき').phrases).toHaveLength(1);
    expect(hasSearchText('  　 ')).toBe(false);
    expect(hasSearchText(null)).toBe(false);
    expect(hasSearchText('めっき')).toBe(true);
  });
});
