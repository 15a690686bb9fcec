import { registerEnumType } from 'type-graphql';

export enum NeedCategory {
  TECHNICAL = 'TECHNICAL',
  RESEARCH = 'RESEARCH',
  MANAGEMENT = 'MANAGEMENT',
}
registerEnumType(NeedCategory, {
  name: 'NeedCategory',
  description: 'Category of a need; it decides routing / 課題の種別 (相談の振り分け先を決める)',
  valuesConfig: {
    TECHNICAL: { description: '技術的課題 technical → public labs and technology foundations' },
    RESEARCH: { description: '研究課題 research → universities and KOSEN' },
    MANAGEMENT: { description: '経営的課題 management → support organisations and banks' },
  },
});

export enum NeedTimeline {
  WITHIN_3_MONTHS = 'WITHIN_3_MONTHS',
  WITHIN_6_MONTHS = 'WITHIN_6_MONTHS',
  WITHIN_1_YEAR = 'WITHIN_1_YEAR',
  WITHIN_3_YEARS = 'WITHIN_3_YEARS',
  UNDECIDED = 'UNDECIDED',
}
registerEnumType(NeedTimeline, {
  name: 'NeedTimeline',
  description: 'When the company wants a solution / 希望時期',
  valuesConfig: {
    WITHIN_3_MONTHS: { description: '3か月以内' },
    WITHIN_6_MONTHS: { description: '半年以内' },
    WITHIN_1_YEAR: { description: '1年以内' },
    WITHIN_3_YEARS: { description: '3年以内' },
    UNDECIDED: { description: '未定 undecided' },
  },
});

export enum Confidentiality {
  PUBLIC = 'PUBLIC',
  RESTRICTED = 'RESTRICTED',
  CONFIDENTIAL = 'CONFIDENTIAL',
}
registerEnumType(Confidentiality, {
  name: 'Confidentiality',
  description: 'Who may see a need / 公開範囲',
  valuesConfig: {
    PUBLIC: { description: '公開 public' },
    RESTRICTED: { description: '企業名非公開 company hidden from researchers and partners' },
    CONFIDENTIAL: { description: '非公開 only an anonymised summary outside coordinators' },
  },
});

export enum NeedStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  RESOLVED = 'RESOLVED',
  CLOSED = 'CLOSED',
  ARCHIVED = 'ARCHIVED',
}
registerEnumType(NeedStatus, {
  name: 'NeedStatus',
  description: 'Status of a need / 対応状況',
  valuesConfig: {
    OPEN: { description: '受付 open' },
    IN_PROGRESS: { description: '対応中 in progress' },
    RESOLVED: { description: '解決 resolved' },
    CLOSED: { description: '終了 (未解決) closed unresolved' },
    ARCHIVED: { description: 'アーカイブ archived' },
  },
});
