/**
 * Japanese labels accepted for enumeration values, so a spreadsheet can say 公開 instead of
 * PUBLISHED. A label may stand for values of several enumerations (公開 is PUBLISHED for a
 * seed and PUBLIC for a need's confidentiality): the one the property allows wins.
 */
const ALIASES: Record<string, string[]> = {
  // status
  下書き: ['DRAFT'],
  公開: ['PUBLISHED', 'PUBLIC'],
  アーカイブ: ['ARCHIVED'],
  有効: ['ACTIVE'],
  受付: ['OPEN'],
  対応中: ['IN_PROGRESS'],
  解決: ['RESOLVED'],
  終了: ['CLOSED'],
  // need category, language, confidentiality, timeline
  技術的課題: ['TECHNICAL'],
  技術: ['TECHNICAL'],
  研究課題: ['RESEARCH'],
  研究: ['RESEARCH'],
  経営的課題: ['MANAGEMENT'],
  経営: ['MANAGEMENT'],
  日本語: ['JA'],
  英語: ['EN'],
  企業名非公開: ['RESTRICTED'],
  非公開: ['CONFIDENTIAL'],
  '3か月以内': ['WITHIN_3_MONTHS'],
  半年以内: ['WITHIN_6_MONTHS'],
  '6か月以内': ['WITHIN_6_MONTHS'],
  '1年以内': ['WITHIN_1_YEAR'],
  '3年以内': ['WITHIN_3_YEARS'],
  未定: ['UNDECIDED'],
  // collaboration forms and support menus
  共同研究: ['JOINT_RESEARCH'],
  受託研究: ['CONTRACT_RESEARCH'],
  技術指導: ['TECHNICAL_GUIDANCE'],
  ライセンス: ['LICENSING'],
  設備利用: ['EQUIPMENT_USE'],
  技術相談: ['TECHNICAL_CONSULTATION'],
  受託試験: ['CONTRACT_TESTING'],
  設備貸出: ['EQUIPMENT_LENDING'],
  資金支援: ['FUNDING'],
  販路開拓: ['MARKET_DEVELOPMENT'],
  人材育成: ['HUMAN_RESOURCES'],
  経営支援: ['MANAGEMENT_SUPPORT'],
  // institution kind, company size, region kind
  大学: ['UNIVERSITY'],
  高専: ['KOSEN'],
  公設試: ['PUBLIC_LAB'],
  研究所: ['RESEARCH_INSTITUTE'],
  産業支援機関: ['SUPPORT_ORGANIZATION'],
  金融機関: ['FINANCIAL_INSTITUTION'],
  行政: ['GOVERNMENT'],
  工業会: ['INDUSTRY_ASSOCIATION'],
  小規模事業者: ['MICRO'],
  大企業: ['LARGE'],
  国: ['COUNTRY'],
  都道府県: ['PREFECTURE'],
  地域: ['AREA'],
  // consortium members, patents
  企業: ['COMPANY'],
  機関: ['INSTITUTION'],
  研究者: ['RESEARCHER'],
  会員: ['MEMBER'],
  会長: ['CHAIR'],
  代表: ['CHAIR'],
  事務局: ['SECRETARIAT'],
  顧問: ['ADVISOR'],
  アドバイザー: ['ADVISOR'],
  出願中: ['PENDING'],
  登録済: ['GRANTED'],
  消滅: ['EXPIRED'],
};

/** The enumeration value a (normalised) Japanese label stands for among `allowed`, if any. */
export function enumValueForLabel(label: string, allowed: readonly string[]): string | undefined {
  return ALIASES[label]?.find((value) => allowed.includes(value));
}
