import { fieldTaxonomyOf, namesOf, regionTreeOf } from '../../../src/matching/scoring';
import type { MatchingContext, NeedProfile, SeedProfile } from '../../../src/matching/scoring';
import { AnalysedText, corpusStatsOf } from '../../../src/matching/text';

/** A slice of the reference taxonomy and regions (src/demo/data/reference.json), frozen for tests. */
export const FIELDS = [
  { code: 'advanced', parent: null, nameJa: '先進ものづくり', nameEn: 'Advanced manufacturing' },
  { code: 'organic-electronics', parent: 'advanced', nameJa: '有機エレクトロニクス', nameEn: 'Organic electronics' },
  { code: 'organic-electronics.oled-lighting', parent: 'organic-electronics', nameJa: '有機EL照明', nameEn: 'OLED lighting' },
  { code: 'organic-electronics.oled-display', parent: 'organic-electronics', nameJa: '有機ELディスプレイ', nameEn: 'OLED displays' },
  { code: 'biotech', parent: 'advanced', nameJa: 'バイオテクノロジー', nameEn: 'Biotechnology' },
  { code: 'biotech.metabolomics', parent: 'biotech', nameJa: 'メタボローム解析', nameEn: 'Metabolomics' },
  { code: 'growth', parent: null, nameJa: '成長ものづくり', nameEn: 'Growth manufacturing' },
  { code: 'growth.automotive', parent: 'growth', nameJa: '自動車', nameEn: 'Automotive' },
  { code: 'growth.aircraft', parent: 'growth', nameJa: '航空機', nameEn: 'Aircraft' },
  { code: 'growth.food-agri', parent: 'growth', nameJa: '食品・農業', nameEn: 'Food and agriculture' },
  { code: 'growth.food-agri.agri-machinery', parent: 'growth.food-agri', nameJa: '農業機械', nameEn: 'Agricultural machinery' },
  { code: 'growth.food-agri.food-processing', parent: 'growth.food-agri', nameJa: '食品加工', nameEn: 'Food processing' },
  { code: 'clusters', parent: null, nameJa: '特定産業集積', nameEn: 'Specialised clusters' },
  { code: 'clusters.electronics', parent: 'clusters', nameJa: '電子デバイス・電子回路', nameEn: 'Electronic devices and circuits' },
  { code: 'clusters.electronics.soldering', parent: 'clusters.electronics', nameJa: 'はんだ付け', nameEn: 'Soldering' },
  { code: 'clusters.electronics.mounting', parent: 'clusters.electronics', nameJa: '高密度実装', nameEn: 'High-density mounting' },
  { code: 'management', parent: null, nameJa: '経営', nameEn: 'Management' },
  { code: 'management.succession', parent: 'management', nameJa: '事業承継', nameEn: 'Business succession' },
];

export const REGIONS = [
  { code: 'JP', kind: 'COUNTRY' as const, parent: null, nameJa: '日本', nameEn: 'Japan', cooperatesWith: [] },
  { code: 'JP-03', kind: 'PREFECTURE' as const, parent: 'JP', nameJa: '岩手県', nameEn: 'Iwate', cooperatesWith: ['JP-06'] },
  { code: 'JP-06', kind: 'PREFECTURE' as const, parent: 'JP', nameJa: '山形県', nameEn: 'Yamagata', cooperatesWith: ['JP-03'] },
  // Fukushima lists Yamagata but not the reverse: cooperation must be read both ways.
  { code: 'JP-07', kind: 'PREFECTURE' as const, parent: 'JP', nameJa: '福島県', nameEn: 'Fukushima', cooperatesWith: ['JP-06'] },
  { code: 'JP-13', kind: 'PREFECTURE' as const, parent: 'JP', nameJa: '東京都', nameEn: 'Tokyo', cooperatesWith: [] },
  { code: 'JP-06-MURAYAMA', kind: 'AREA' as const, parent: 'JP-06', nameJa: '村山', nameEn: 'Murayama', cooperatesWith: [] },
  { code: 'JP-06-OKITAMA', kind: 'AREA' as const, parent: 'JP-06', nameJa: '置賜', nameEn: 'Okitama', cooperatesWith: [] },
  { code: 'JP-06-SHONAI', kind: 'AREA' as const, parent: 'JP-06', nameJa: '庄内', nameEn: 'Shonai', cooperatesWith: [] },
  { code: 'US', kind: 'COUNTRY' as const, parent: null, nameJa: '米国', nameEn: 'United States', cooperatesWith: [] },
];

export const TAXONOMY = fieldTaxonomyOf(FIELDS);
export const REGION_TREE = regionTreeOf(REGIONS);
export const NAMES = {
  fields: namesOf(FIELDS),
  regions: namesOf(REGIONS),
  consortia: namesOf([
    { key: 'oe-cluster', nameJa: '有機エレクトロニクス産業集積会議', nameEn: 'Organic Electronics Industry Cluster Council' },
    { key: 'hdm-study', nameJa: '高密度実装技術研究会', nameEn: 'High-Density Mounting Study Group' },
  ]),
};

export const NOW = new Date('2025-10-01T00:00:00Z');

export function need(overrides: Partial<NeedProfile> = {}): NeedProfile {
  return {
    id: 'n-1',
    title: '',
    description: '',
    keywords: [],
    fieldCodes: [],
    desiredTrl: null,
    category: 'TECHNICAL',
    regionCode: null,
    wantedForms: [],
    language: 'JA',
    consortiumIds: [],
    createdAt: new Date('2025-09-01T00:00:00Z'),
    ...overrides,
  };
}

export function seed(overrides: Partial<SeedProfile> = {}): SeedProfile {
  return {
    id: 's-1',
    title: '',
    summary: '',
    keywords: [],
    fieldCodes: [],
    trl: null,
    collaborationForms: [],
    regionCode: null,
    institutionId: 'inst-1',
    ownerIds: ['r-1'],
    labKey: 'r-1',
    consortiumIds: [],
    pastCollaborationWithCompany: false,
    openIntroductions: 0,
    updatedAt: new Date('2025-09-01T00:00:00Z'),
    language: 'JA',
    ...overrides,
  };
}

/** A context whose corpus statistics are computed from the given seeds' texts. */
export function contextFor(seeds: readonly SeedProfile[], analyse: (s: SeedProfile) => AnalysedText): MatchingContext {
  return { corpus: corpusStatsOf(seeds.map(analyse)), taxonomy: TAXONOMY, regions: REGION_TREE, names: NAMES, now: NOW };
}
