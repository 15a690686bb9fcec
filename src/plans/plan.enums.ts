import { registerEnumType } from 'type-graphql';

export enum PlanStatus {
  ACTIVE = 'ACTIVE',
  PARTLY_AGREED = 'PARTLY_AGREED',
  AGREED = 'AGREED',
  CLOSED = 'CLOSED',
}
registerEnumType(PlanStatus, {
  name: 'SupportPlanStatus',
  description: 'Where a support plan stands, read from its parts / 支援プランの状態',
  valuesConfig: {
    ACTIVE: { description: '進行中 some parts are open, none agreed yet' },
    PARTLY_AGREED: { description: '一部成約 some parts agreed, others open or ended' },
    AGREED: { description: '成約 every part agreed' },
    CLOSED: { description: '終了 every part declined or withdrawn (or dropped)' },
  },
});

export enum PlanRole {
  RESEARCH = 'RESEARCH',
  TESTING = 'TESTING',
  NETWORK = 'NETWORK',
  FUNDING = 'FUNDING',
  MANAGEMENT = 'MANAGEMENT',
}
registerEnumType(PlanRole, {
  name: 'SupportPlanRole',
  description: 'The role a part plays in a support plan / 支援プランでの役割',
  valuesConfig: {
    RESEARCH: { description: '研究 a seed or researcher (学)' },
    TESTING: { description: '試験・設備 a public lab’s testing, equipment and prototyping (官)' },
    NETWORK: { description: 'ネットワーク a consortium (研究会・協議会)' },
    FUNDING: { description: '資金 a funding programme or a bank (金)' },
    MANAGEMENT: { description: '経営支援 a support organisation’s management support' },
  },
});

export enum PlanEventAction {
  PROPOSED = 'PROPOSED',
  PART_ADDED = 'PART_ADDED',
  PART_REPLACED = 'PART_REPLACED',
  PART_DROPPED = 'PART_DROPPED',
  STATUS_CHANGED = 'STATUS_CHANGED',
}
registerEnumType(PlanEventAction, {
  name: 'SupportPlanAction',
  description: 'What happened to a support plan / 支援プランの履歴の種類',
  valuesConfig: {
    PROPOSED: { description: '提案 the plan was proposed with its parts' },
    PART_ADDED: { description: '追加 a part was added' },
    PART_REPLACED: { description: '差し替え a part was replaced by another' },
    PART_DROPPED: { description: '削除 a part was dropped (its open introduction withdrawn)' },
    STATUS_CHANGED: { description: '状態変化 the plan’s status followed its parts' },
  },
});
