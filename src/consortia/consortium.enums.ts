import { registerEnumType } from 'type-graphql';

export enum MemberType {
  COMPANY = 'COMPANY',
  INSTITUTION = 'INSTITUTION',
  RESEARCHER = 'RESEARCHER',
}
registerEnumType(MemberType, {
  name: 'MemberType',
  description: 'Kind of consortium member / 会員の種別',
  valuesConfig: {
    COMPANY: { description: '企業 company' },
    INSTITUTION: { description: '機関 institution' },
    RESEARCHER: { description: '研究者 researcher' },
  },
});

export enum MemberRole {
  MEMBER = 'MEMBER',
  CHAIR = 'CHAIR',
  SECRETARIAT = 'SECRETARIAT',
  ADVISOR = 'ADVISOR',
}
registerEnumType(MemberRole, {
  name: 'MemberRole',
  description: 'Role in a consortium / 役割',
  valuesConfig: {
    MEMBER: { description: '会員 member' },
    CHAIR: { description: '会長・代表 chair' },
    SECRETARIAT: { description: '事務局 secretariat' },
    ADVISOR: { description: '顧問・アドバイザー advisor' },
  },
});
