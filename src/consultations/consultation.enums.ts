import { registerEnumType } from 'type-graphql';

export enum ConsultationChannel {
  VISIT = 'VISIT',
  PHONE = 'PHONE',
  EMAIL = 'EMAIL',
  WEB = 'WEB',
  EVENT = 'EVENT',
  REFERRAL = 'REFERRAL',
}
registerEnumType(ConsultationChannel, {
  name: 'ConsultationChannel',
  description: 'How the company reached the window / 相談の受付経路',
  valuesConfig: {
    VISIT: { description: '来訪・訪問 visit' },
    PHONE: { description: '電話 phone' },
    EMAIL: { description: 'メール e-mail' },
    WEB: { description: 'Web フォーム web form' },
    EVENT: { description: 'イベント・セミナー event' },
    REFERRAL: { description: '紹介 referral from another body' },
  },
});

export enum ConsultationStatus {
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
  CLOSED = 'CLOSED',
}
registerEnumType(ConsultationStatus, {
  name: 'ConsultationStatus',
  description: 'State of a consultation / 相談の状態',
  valuesConfig: {
    OPEN: { description: '対応中 open: someone holds it' },
    RESOLVED: { description: '解決 resolved' },
    CLOSED: { description: '終了 closed without (further) resolution' },
  },
});

export enum ConsultationAction {
  OPENED = 'OPENED',
  ESCALATED = 'ESCALATED',
  RESOLVED = 'RESOLVED',
  CLOSED = 'CLOSED',
}
registerEnumType(ConsultationAction, {
  name: 'ConsultationAction',
  description: 'What happened to a consultation / 相談の履歴の種類',
  valuesConfig: {
    OPENED: { description: '受付 opened at step 1 by a window' },
    ESCALATED: { description: '引継ぎ escalated to the next step' },
    RESOLVED: { description: '解決 resolved' },
    CLOSED: { description: '終了 closed' },
  },
});

/** Days until the next action is due, by the step a consultation is at (a default; the input may set the date). */
export const DAYS_TO_NEXT_ACTION: Record<number, number> = { 1: 7, 2: 5, 3: 10 };
