import { registerEnumType } from 'type-graphql';

export enum CompanySize {
  MICRO = 'MICRO',
  SMALL = 'SMALL',
  MEDIUM = 'MEDIUM',
  LARGE = 'LARGE',
}
registerEnumType(CompanySize, {
  name: 'CompanySize',
  description: 'Company size / 企業規模',
  valuesConfig: {
    MICRO: { description: '小規模事業者 micro (up to 20 employees)' },
    SMALL: { description: '中小企業 (小) small' },
    MEDIUM: { description: '中小企業 (中) medium' },
    LARGE: { description: '大企業 large' },
  },
});
