import { registerEnumType } from 'type-graphql';

export enum InstitutionKind {
  UNIVERSITY = 'UNIVERSITY',
  KOSEN = 'KOSEN',
  PUBLIC_LAB = 'PUBLIC_LAB',
  RESEARCH_INSTITUTE = 'RESEARCH_INSTITUTE',
  SUPPORT_ORGANIZATION = 'SUPPORT_ORGANIZATION',
  FINANCIAL_INSTITUTION = 'FINANCIAL_INSTITUTION',
  GOVERNMENT = 'GOVERNMENT',
  INDUSTRY_ASSOCIATION = 'INDUSTRY_ASSOCIATION',
  NPO = 'NPO',
}
registerEnumType(InstitutionKind, {
  name: 'InstitutionKind',
  description: 'Kind of institution / 機関の種別',
  valuesConfig: {
    UNIVERSITY: { description: '大学 university' },
    KOSEN: { description: '高等専門学校 (高専) national college of technology' },
    PUBLIC_LAB: { description: '公設試験研究機関 (公設試) public research lab' },
    RESEARCH_INSTITUTE: { description: '研究所 research institute' },
    SUPPORT_ORGANIZATION: { description: '産業支援機関 industrial support organisation' },
    FINANCIAL_INSTITUTION: { description: '金融機関 financial institution' },
    GOVERNMENT: { description: '行政 (県・市) government' },
    INDUSTRY_ASSOCIATION: { description: '工業会・協議会 industry association' },
    NPO: { description: 'NPO 法人 non-profit organisation' },
  },
});

export enum SupportMenu {
  TECHNICAL_CONSULTATION = 'TECHNICAL_CONSULTATION',
  CONTRACT_TESTING = 'CONTRACT_TESTING',
  EQUIPMENT_LENDING = 'EQUIPMENT_LENDING',
  JOINT_RESEARCH = 'JOINT_RESEARCH',
  FUNDING = 'FUNDING',
  MARKET_DEVELOPMENT = 'MARKET_DEVELOPMENT',
  HUMAN_RESOURCES = 'HUMAN_RESOURCES',
  MANAGEMENT_SUPPORT = 'MANAGEMENT_SUPPORT',
}
registerEnumType(SupportMenu, {
  name: 'SupportMenu',
  description: 'Support an institution offers / 支援メニュー',
  valuesConfig: {
    TECHNICAL_CONSULTATION: { description: '技術相談 technical consultation' },
    CONTRACT_TESTING: { description: '受託試験 contract testing' },
    EQUIPMENT_LENDING: { description: '設備貸出 equipment lending' },
    JOINT_RESEARCH: { description: '共同研究 joint research' },
    FUNDING: { description: '資金支援 funding' },
    MARKET_DEVELOPMENT: { description: '販路開拓 market development' },
    HUMAN_RESOURCES: { description: '人材育成 human resources development' },
    MANAGEMENT_SUPPORT: { description: '経営支援 management support' },
  },
});
