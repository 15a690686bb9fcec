import { registerEnumType } from 'type-graphql';

export enum IntroductionStatus {
  PROPOSED = 'PROPOSED',
  INTRODUCED = 'INTRODUCED',
  MEETING = 'MEETING',
  NEGOTIATING = 'NEGOTIATING',
  AGREED = 'AGREED',
  DECLINED = 'DECLINED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(IntroductionStatus, {
  name: 'MatchStatus',
  description: 'Where an introduction stands / マッチングの状態',
  valuesConfig: {
    PROPOSED: { description: '提案 proposed by a coordinator' },
    INTRODUCED: { description: '紹介済み introduced (the two sides were put in touch)' },
    MEETING: { description: '面談 meeting held or arranged' },
    NEGOTIATING: { description: '協議中 negotiating terms' },
    AGREED: { description: '成約 agreed (an outcome type is recorded)' },
    DECLINED: { description: '辞退・見送り declined (with a reason)' },
    WITHDRAWN: { description: '取り下げ withdrawn by the coordinator or the company' },
  },
});

export enum IntroductionTargetKind {
  SEED = 'SEED',
  RESEARCHER = 'RESEARCHER',
  INSTITUTION = 'INSTITUTION',
  CONSORTIUM = 'CONSORTIUM',
  FUNDING = 'FUNDING',
}
registerEnumType(IntroductionTargetKind, {
  name: 'MatchTargetKind',
  description: 'What the need is introduced to / 紹介先の種類',
  valuesConfig: {
    SEED: { description: '研究シーズ a seed' },
    RESEARCHER: { description: '研究者 a researcher' },
    INSTITUTION: { description: '機関 an institution' },
    CONSORTIUM: { description: '研究会・協議会 a consortium' },
    FUNDING: { description: '資金制度 a funding programme (the company is introduced to its provider for an application)' },
  },
});

export enum DeclineReason {
  TOO_EARLY_STAGE = 'TOO_EARLY_STAGE',
  COST = 'COST',
  CAPACITY = 'CAPACITY',
  NOT_RELEVANT = 'NOT_RELEVANT',
  CONFIDENTIALITY = 'CONFIDENTIALITY',
  OTHER = 'OTHER',
}
registerEnumType(DeclineReason, {
  name: 'DeclineReason',
  description: 'Why an introduction was declined: the feedback ranking learns from / 辞退理由',
  valuesConfig: {
    TOO_EARLY_STAGE: { description: '時期尚早 the technology is at too early a stage' },
    COST: { description: '費用 cost' },
    CAPACITY: { description: '体制・余力 no capacity (people, time, equipment)' },
    NOT_RELEVANT: { description: '内容が合わない not relevant: this seed is never proposed for this need again' },
    CONFIDENTIALITY: { description: '秘密保持 confidentiality concerns' },
    OTHER: { description: 'その他 other (explain in the note)' },
  },
});

export enum OutcomeType {
  JOINT_RESEARCH = 'JOINT_RESEARCH',
  CONTRACT_RESEARCH = 'CONTRACT_RESEARCH',
  TECHNICAL_GUIDANCE = 'TECHNICAL_GUIDANCE',
  LICENSE = 'LICENSE',
  ORDER = 'ORDER',
  GRANT_APPLICATION = 'GRANT_APPLICATION',
}
registerEnumType(OutcomeType, {
  name: 'OutcomeType',
  description: 'What an agreed introduction became / 成約の種類',
  valuesConfig: {
    JOINT_RESEARCH: { description: '共同研究 joint research' },
    CONTRACT_RESEARCH: { description: '受託研究 contract research' },
    TECHNICAL_GUIDANCE: { description: '技術指導 technical guidance' },
    LICENSE: { description: 'ライセンス licence' },
    ORDER: { description: '受発注 business order' },
    GRANT_APPLICATION: { description: '補助金等の共同申請 grant application' },
  },
});

/** Japanese labels for reports (KPI CSV). */
export const OUTCOME_TYPE_JA: Record<OutcomeType, string> = {
  JOINT_RESEARCH: '共同研究',
  CONTRACT_RESEARCH: '受託研究',
  TECHNICAL_GUIDANCE: '技術指導',
  LICENSE: 'ライセンス',
  ORDER: '受発注',
  GRANT_APPLICATION: '補助金等申請',
};
export const DECLINE_REASON_JA: Record<DeclineReason, string> = {
  TOO_EARLY_STAGE: '時期尚早',
  COST: '費用',
  CAPACITY: '体制・余力',
  NOT_RELEVANT: '内容が合わない',
  CONFIDENTIALITY: '秘密保持',
  OTHER: 'その他',
};
