import { defaultConceptTable } from '../../../../src/matching/text';
import { EvidenceTerm, TermLabels, evidenceItems, termLabelsOf } from '../../../../src/matching/scoring/text-evidence';

// The dictionary's labels as the shipped one gives them for the keys used here.
const labels: TermLabels = {
  ...termLabelsOf(defaultConceptTable()),
  lexicon: (key, language) => (language === 'en' ? ({ compon: 'component', inspect: 'inspection' } as Record<string, string>)[key] : undefined),
  translate: () => undefined,
};

const term = (t: string, contribution: number, querySurface: string, documentSurface: string): EvidenceTerm => ({
  term: t,
  kind: t.split(':')[0] as EvidenceTerm['kind'],
  contribution,
  querySurface,
  documentSurface,
});

describe('matched terms as a coordinator reads them', () => {
  it('names a concept met through two different Japanese words by the concept, not by the need’s word the seed never wrote', () => {
    // A need for 外観検査 (visual inspection) and a seed about 非侵襲検査: they share the broader concept 検査 (inspection).
    const items = evidenceItems([term('word:検査', 0.2, '検査', '検査'), term('concept:inspection', 0.1, '外観検査', '検査')], labels);
    expect(items.map((i) => i.ja)).toEqual(['検査']);
    expect(items[0].en).toBe('inspection');
    expect(items[0].contribution).toBeCloseTo(0.3);
  });

  it('does the same for English words', () => {
    const [item] = evidenceItems([term('concept:inspection', 0.1, 'visual inspection', 'inspection')], labels);
    expect(item.en).toBe('inspection');
    expect(item.ja).toBe('検査');
  });

  it('shows both Japanese words when the dictionary links them, so that a false friend is visible', () => {
    // 部品 (parts) and 成分 (ingredient) share the English key "component".
    const [item] = evidenceItems([term('lex:compon', 0.05, '部品', '成分')], labels);
    expect(item).toEqual({ ja: '部品 ↔ 成分', en: 'component', contribution: 0.05 });
  });

  it('keeps the word itself when both texts wrote it the same way', () => {
    const [item] = evidenceItems([term('concept:visual-inspection', 0.1, '外観検査', '外観検査')], labels);
    expect(item.ja).toBe('外観検査');
  });
});
