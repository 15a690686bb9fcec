import {
  DEFAULT_INSTITUTION_ROUTING_WEIGHTS,
  describeRoutingFit,
  normaliseRoutingWeights,
  rankRoutingTargets,
  routedKinds,
  routingFit,
} from '../../../src/matching/routing';
import type { RoutingTarget } from '../../../src/matching/routing';
import { analyse, corpusStatsOf, EMPTY_ANALYSIS } from '../../../src/matching/text';
import { need, NAMES, NOW, REGION_TREE, TAXONOMY } from './fixtures';

describe('routingFit (the routing table)', () => {
  it.each([
    ['MANAGEMENT', 'FINANCIAL_INSTITUTION', ['FUNDING'], 1],
    ['MANAGEMENT', 'SUPPORT_ORGANIZATION', ['MANAGEMENT_SUPPORT', 'MARKET_DEVELOPMENT'], 1],
    ['MANAGEMENT', 'SUPPORT_ORGANIZATION', ['TECHNICAL_CONSULTATION'], 0.5],
    ['MANAGEMENT', 'GOVERNMENT', ['FUNDING'], 0.6],
    ['MANAGEMENT', 'UNIVERSITY', ['JOINT_RESEARCH', 'MANAGEMENT_SUPPORT'], 0],
    ['TECHNICAL', 'PUBLIC_LAB', ['CONTRACT_TESTING'], 1],
    ['TECHNICAL', 'PUBLIC_LAB', [], 0.8],
    ['TECHNICAL', 'SUPPORT_ORGANIZATION', ['EQUIPMENT_LENDING'], 0.9],
    ['TECHNICAL', 'SUPPORT_ORGANIZATION', ['FUNDING'], 0],
    ['TECHNICAL', 'KOSEN', [], 0.4],
    ['TECHNICAL', 'FINANCIAL_INSTITUTION', ['FUNDING'], 0],
    ['RESEARCH', 'UNIVERSITY', ['JOINT_RESEARCH'], 1],
    ['RESEARCH', 'KOSEN', [], 0.9],
    ['RESEARCH', 'PUBLIC_LAB', ['JOINT_RESEARCH'], 0.5],
    ['RESEARCH', 'FINANCIAL_INSTITUTION', ['FUNDING'], 0],
  ] as const)('%s need, %s with %j → %d', (category, kind, menus, level) => {
    expect(routingFit(category, kind, menus).value).toBe(level);
  });

  it('names the menus that fit, in both languages', () => {
    expect(describeRoutingFit(routingFit('MANAGEMENT', 'FINANCIAL_INSTITUTION', ['FUNDING', 'MANAGEMENT_SUPPORT', 'JOINT_RESEARCH']).detail)).toEqual({
      ja: '経営的課題の相談先: 金融機関(経営支援、資金支援)',
      en: 'Routing for a management need: financial institution (management support, funding)',
    });
    expect(describeRoutingFit(routingFit('MANAGEMENT', 'UNIVERSITY', []).detail)).toEqual({
      ja: '経営的課題の通常の相談先ではない(大学)',
      en: 'Not a usual destination for a management need (university)',
    });
  });

  it('lists the kinds a category routes to', () => {
    expect(routedKinds('RESEARCH')).toEqual(['KOSEN', 'PUBLIC_LAB', 'RESEARCH_INSTITUTE', 'UNIVERSITY']);
  });
});

describe('rankRoutingTargets', () => {
  const target = (overrides: Partial<RoutingTarget>): RoutingTarget => ({
    id: 't',
    kind: null,
    supportMenus: [],
    fieldCodes: [],
    regionCode: null,
    consortiumIds: [],
    analysed: EMPTY_ANALYSIS,
    ...overrides,
  });

  it('ranks a bank with fitting menus above a university for a management need; contributions sum to the score', () => {
    const management = need({ category: 'MANAGEMENT', title: '事業承継の資金調達', regionCode: 'JP-06-OKITAMA', fieldCodes: ['management.succession'] });
    const targets = [
      target({ id: 'univ', kind: 'UNIVERSITY', supportMenus: ['JOINT_RESEARCH'], regionCode: 'JP-06-OKITAMA', analysed: analyse('事業承継の研究') }),
      target({
        id: 'bank',
        kind: 'FINANCIAL_INSTITUTION',
        supportMenus: ['FUNDING'],
        regionCode: 'JP-06-MURAYAMA',
        fieldCodes: ['management'],
        analysed: analyse('資金調達の支援'),
      }),
    ];
    const ranked = rankRoutingTargets(
      management,
      targets,
      { corpus: corpusStatsOf(targets.map((t) => t.analysed)), taxonomy: TAXONOMY, regions: REGION_TREE, names: NAMES, now: NOW },
      { weights: DEFAULT_INSTITUTION_ROUTING_WEIGHTS },
    );
    expect(ranked.map((r) => r.id)).toEqual(['bank', 'univ']);
    for (const r of ranked) {
      expect(r.factors.reduce((sum, f) => sum + f.contribution, 0)).toBe(r.score);
      expect(r.score).toBeLessThanOrEqual(1);
    }
  });

  it('credits a target with its best seed when that fits better than its own text, and says which', () => {
    const technical = need({ title: 'はんだボイド' });
    const seedText = { value: 0.9, detail: { rawScore: 3, selfScore: 3, relativeScore: 1, matches: [] } };
    const [ranked] = rankRoutingTargets(
      technical,
      [target({ id: 'lab', kind: 'PUBLIC_LAB', bestSeed: { id: 's', title: 'ボイド低減', text: seedText } })],
      { corpus: corpusStatsOf([]), taxonomy: TAXONOMY, regions: REGION_TREE, now: NOW },
      { weights: DEFAULT_INSTITUTION_ROUTING_WEIGHTS },
    );
    const text = ranked.factors.find((f) => f.factor === 'textRelevance')!;
    expect(text.value).toBe(0.9);
    expect(text.sentence.ja).toContain('シーズ「ボイド低減」');
  });

  it('normalises weights to sum to exactly 1 and leaves zero-weight factors out', () => {
    const weights = normaliseRoutingWeights({ routingFit: 0, textRelevance: 3, fieldProximity: 1, regionFit: 1, warmPath: 1 });
    expect(Object.values(weights).reduce((a, b) => a + b, 0)).toBe(1);
    const [ranked] = rankRoutingTargets(need(), [target({})], { corpus: corpusStatsOf([]), taxonomy: TAXONOMY, regions: REGION_TREE, now: NOW }, { weights });
    expect(ranked.factors.map((f) => f.factor)).toEqual(['textRelevance', 'fieldProximity', 'regionFit', 'warmPath']);
    expect(() => normaliseRoutingWeights({ routingFit: 0, textRelevance: 0, fieldProximity: 0, regionFit: 0, warmPath: 0 })).toThrow();
  });
});
