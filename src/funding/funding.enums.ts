import { registerEnumType } from 'type-graphql';

export enum FundingKind {
  SUBSIDY = 'SUBSIDY',
  GRANT = 'GRANT',
  LOAN = 'LOAN',
}
registerEnumType(FundingKind, {
  name: 'FundingKind',
  description: 'Kind of funding programme / 資金制度の種類',
  valuesConfig: {
    SUBSIDY: { description: '補助金 subsidy (covers a share of the cost)' },
    GRANT: { description: '助成金 grant' },
    LOAN: { description: '融資制度 loan product' },
  },
});

export enum FundingPurpose {
  RND = 'RND',
  PROTOTYPE = 'PROTOTYPE',
  EQUIPMENT = 'EQUIPMENT',
  COMMERCIALISATION = 'COMMERCIALISATION',
  WORKING_CAPITAL = 'WORKING_CAPITAL',
  SUCCESSION = 'SUCCESSION',
  HUMAN_RESOURCES = 'HUMAN_RESOURCES',
}
registerEnumType(FundingPurpose, {
  name: 'FundingPurpose',
  description: 'What a funding programme pays for / 資金の使途',
  valuesConfig: {
    RND: { description: '研究開発 research and development' },
    PROTOTYPE: { description: '試作 prototyping' },
    EQUIPMENT: { description: '設備投資 equipment investment' },
    COMMERCIALISATION: { description: '事業化・販路開拓 commercialisation and sales' },
    WORKING_CAPITAL: { description: '運転資金 working capital' },
    SUCCESSION: { description: '事業承継 business succession' },
    HUMAN_RESOURCES: { description: '人材育成 skills development' },
  },
});
