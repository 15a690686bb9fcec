import { registerEnumType } from 'type-graphql';

export enum RegionKind {
  COUNTRY = 'COUNTRY',
  PREFECTURE = 'PREFECTURE',
  AREA = 'AREA',
}
registerEnumType(RegionKind, {
  name: 'RegionKind',
  description: 'Level of a region / 地域の階層',
  valuesConfig: {
    COUNTRY: { description: '国 country' },
    PREFECTURE: { description: '都道府県 prefecture' },
    AREA: { description: '地域 (総合支庁の管轄など) area within a prefecture' },
  },
});
