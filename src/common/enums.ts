import { registerEnumType } from 'type-graphql';

export enum Language {
  JA = 'JA',
  EN = 'EN',
}
registerEnumType(Language, {
  name: 'Language',
  description: 'Language a text is written in / 記述言語',
  valuesConfig: { JA: { description: '日本語 Japanese' }, EN: { description: '英語 English' } },
});

export enum CollaborationForm {
  JOINT_RESEARCH = 'JOINT_RESEARCH',
  CONTRACT_RESEARCH = 'CONTRACT_RESEARCH',
  TECHNICAL_GUIDANCE = 'TECHNICAL_GUIDANCE',
  LICENSING = 'LICENSING',
  EQUIPMENT_USE = 'EQUIPMENT_USE',
}
registerEnumType(CollaborationForm, {
  name: 'CollaborationForm',
  description: 'Form of collaboration / 連携の形態',
  valuesConfig: {
    JOINT_RESEARCH: { description: '共同研究 joint research' },
    CONTRACT_RESEARCH: { description: '受託研究 contract research' },
    TECHNICAL_GUIDANCE: { description: '技術指導 technical guidance' },
    LICENSING: { description: 'ライセンス licensing' },
    EQUIPMENT_USE: { description: '設備利用 equipment use' },
  },
});

/** Status of master records (institutions, people, companies, consortia). */
export enum RecordStatus {
  ACTIVE = 'ACTIVE',
  ARCHIVED = 'ARCHIVED',
}
registerEnumType(RecordStatus, {
  name: 'RecordStatus',
  description: 'Whether a record is in use / 利用状況',
  valuesConfig: { ACTIVE: { description: '有効 active' }, ARCHIVED: { description: 'アーカイブ済み archived (hidden from lists by default)' } },
});

export const enumValues = <T extends Record<string, string>>(e: T): string[] => Object.values(e);
