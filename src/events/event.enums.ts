import { registerEnumType } from 'type-graphql';

/** What happened, as webhooks and notifications name it. */
export enum DomainEventType {
  NEED_SUBMITTED = 'NEED_SUBMITTED',
  NEED_UPDATED = 'NEED_UPDATED',
  CONSULTATION_ESCALATED = 'CONSULTATION_ESCALATED',
  MATCH_PROPOSED = 'MATCH_PROPOSED',
  MATCH_STATUS_CHANGED = 'MATCH_STATUS_CHANGED',
  SEED_PUBLISHED = 'SEED_PUBLISHED',
  SEED_UPDATED = 'SEED_UPDATED',
}
registerEnumType(DomainEventType, {
  name: 'DomainEventType',
  description: 'A kind of event a webhook can subscribe to / Webhook で購読できるイベント',
  valuesConfig: {
    NEED_SUBMITTED: { description: 'ニーズ登録: a need was submitted' },
    NEED_UPDATED: { description: 'ニーズ更新: a need was changed or archived' },
    CONSULTATION_ESCALATED: { description: '相談の段階移行: a consultation moved to its next step' },
    MATCH_PROPOSED: { description: 'マッチング提案: an introduction was proposed' },
    MATCH_STATUS_CHANGED: { description: 'マッチング状況の変化: an introduction moved on, was declined, withdrawn or agreed' },
    SEED_PUBLISHED: { description: 'シーズ公開: a seed became published' },
    SEED_UPDATED: { description: 'シーズ更新: a published seed was changed (or archived)' },
  },
});

/** Raised by the worker's scan, not by a request: notifications only, never webhooks. */
export const CONSULTATION_OVERDUE = 'CONSULTATION_OVERDUE';

/** The API version in each webhook body; a breaking change to the body gets a new one. */
export const WEBHOOK_API_VERSION = '2026-05-01';
