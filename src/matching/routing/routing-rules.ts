import type { LocalisedText, NeedCategory } from '../scoring';

/**
 * Where a coordinator routes a consultation (the three-step rule of docs/domain): management
 * → support organisations and banks whose menus fit; technical → public labs and technology
 * foundations; research → universities, KOSEN and research institutes. Kept as data: an
 * administrator's change of policy is an edit of this table, not of the ranking code.
 */

export type InstitutionKindName =
  | 'UNIVERSITY'
  | 'KOSEN'
  | 'PUBLIC_LAB'
  | 'RESEARCH_INSTITUTE'
  | 'SUPPORT_ORGANIZATION'
  | 'FINANCIAL_INSTITUTION'
  | 'GOVERNMENT'
  | 'INDUSTRY_ASSOCIATION'
  | 'NPO';

export type SupportMenuName =
  | 'TECHNICAL_CONSULTATION'
  | 'CONTRACT_TESTING'
  | 'EQUIPMENT_LENDING'
  | 'JOINT_RESEARCH'
  | 'FUNDING'
  | 'MARKET_DEVELOPMENT'
  | 'HUMAN_RESOURCES'
  | 'MANAGEMENT_SUPPORT';

/** An institution of one of `kinds` that offers at least one of `menus` (when given) gets `level` ∈ [0, 1]. */
export interface RoutingRule {
  readonly kinds: readonly InstitutionKindName[];
  readonly menus?: readonly SupportMenuName[];
  readonly level: number;
}

const MANAGEMENT_MENUS: readonly SupportMenuName[] = ['MANAGEMENT_SUPPORT', 'FUNDING', 'MARKET_DEVELOPMENT', 'HUMAN_RESOURCES'];
const TECHNICAL_MENUS: readonly SupportMenuName[] = ['TECHNICAL_CONSULTATION', 'CONTRACT_TESTING', 'EQUIPMENT_LENDING'];
const ACADEMIC: readonly InstitutionKindName[] = ['UNIVERSITY', 'KOSEN', 'RESEARCH_INSTITUTE'];

/** Rules per category, most specific first: the first rule an institution meets gives its level; none gives 0. */
export const ROUTING_RULES: Readonly<Record<NeedCategory, readonly RoutingRule[]>> = {
  MANAGEMENT: [
    { kinds: ['SUPPORT_ORGANIZATION', 'FINANCIAL_INSTITUTION'], menus: MANAGEMENT_MENUS, level: 1 },
    { kinds: ['GOVERNMENT', 'INDUSTRY_ASSOCIATION'], menus: MANAGEMENT_MENUS, level: 0.6 },
    { kinds: ['SUPPORT_ORGANIZATION', 'FINANCIAL_INSTITUTION'], level: 0.5 },
  ],
  TECHNICAL: [
    { kinds: ['PUBLIC_LAB'], menus: TECHNICAL_MENUS, level: 1 },
    // A technology foundation: a support organisation with technical menus.
    { kinds: ['SUPPORT_ORGANIZATION'], menus: TECHNICAL_MENUS, level: 0.9 },
    { kinds: ['PUBLIC_LAB'], level: 0.8 },
    // Step 3 may reach universities when the public lab cannot solve it.
    { kinds: ACADEMIC, level: 0.4 },
  ],
  RESEARCH: [
    { kinds: ACADEMIC, menus: ['JOINT_RESEARCH'], level: 1 },
    { kinds: ACADEMIC, level: 0.9 },
    { kinds: ['PUBLIC_LAB'], menus: ['JOINT_RESEARCH'], level: 0.5 },
  ],
};

/** Kinds some rule of the category names: they come first when institutions are retrieved. */
export function routedKinds(category: NeedCategory): InstitutionKindName[] {
  return [...new Set(ROUTING_RULES[category].flatMap((rule) => rule.kinds))].sort();
}

export const NEED_CATEGORY_NAMES: Readonly<Record<NeedCategory, LocalisedText>> = {
  TECHNICAL: { ja: '技術的課題', en: 'technical need' },
  RESEARCH: { ja: '研究課題', en: 'research need' },
  MANAGEMENT: { ja: '経営的課題', en: 'management need' },
};

export const INSTITUTION_KIND_NAMES: Readonly<Record<InstitutionKindName, LocalisedText>> = {
  UNIVERSITY: { ja: '大学', en: 'university' },
  KOSEN: { ja: '高専', en: 'KOSEN' },
  PUBLIC_LAB: { ja: '公設試', en: 'public research lab' },
  RESEARCH_INSTITUTE: { ja: '研究所', en: 'research institute' },
  SUPPORT_ORGANIZATION: { ja: '産業支援機関', en: 'support organisation' },
  FINANCIAL_INSTITUTION: { ja: '金融機関', en: 'financial institution' },
  GOVERNMENT: { ja: '行政', en: 'government' },
  INDUSTRY_ASSOCIATION: { ja: '工業会・協議会', en: 'industry association' },
  NPO: { ja: 'NPO', en: 'NPO' },
};

export const SUPPORT_MENU_NAMES: Readonly<Record<SupportMenuName, LocalisedText>> = {
  TECHNICAL_CONSULTATION: { ja: '技術相談', en: 'technical consultation' },
  CONTRACT_TESTING: { ja: '受託試験', en: 'contract testing' },
  EQUIPMENT_LENDING: { ja: '設備貸出', en: 'equipment lending' },
  JOINT_RESEARCH: { ja: '共同研究', en: 'joint research' },
  FUNDING: { ja: '資金支援', en: 'funding' },
  MARKET_DEVELOPMENT: { ja: '販路開拓', en: 'market development' },
  HUMAN_RESOURCES: { ja: '人材育成', en: 'human resources development' },
  MANAGEMENT_SUPPORT: { ja: '経営支援', en: 'management support' },
};
