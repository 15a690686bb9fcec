import { ApiKeyScope } from '../auth/auth.enums';
import { DomainEventType, WEBHOOK_API_VERSION } from '../events/event.enums';
import type { EventPayload, NeedSnapshot } from '../events/event-snapshots';
import type { Need } from '../needs/need.entity';
import { redactNeedFor } from '../needs/need.visibility';
import type { WebhookSubscription } from './webhook.entities';

/** The events each partner scope may subscribe to; administrators may subscribe to all. */
export const EVENTS_BY_SCOPE: Record<ApiKeyScope, DomainEventType[]> = {
  [ApiKeyScope.READ_PUBLISHED]: [DomainEventType.SEED_PUBLISHED, DomainEventType.SEED_UPDATED],
  // About the needs the partner's institution submitted, and what happens to them.
  [ApiKeyScope.SUBMIT_NEEDS]: [
    DomainEventType.NEED_SUBMITTED,
    DomainEventType.NEED_UPDATED,
    DomainEventType.CONSULTATION_ESCALATED,
    DomainEventType.MATCH_PROPOSED,
    DomainEventType.MATCH_STATUS_CHANGED,
  ],
};

export interface StoredEvent {
  id: string;
  type: string;
  payload: EventPayload;
  occurredAt: Date;
}

const isStaffSubscription = (subscription: Pick<WebhookSubscription, 'ownerAccountId'>) => subscription.ownerAccountId !== null;

/**
 * Whether a subscription gets this event: it asked for the type, and its owner may see the
 * object. An administrator's sees everything; a partner's, published seeds (READ_PUBLISHED) and
 * the needs its own institution submitted (SUBMIT_NEEDS), with what happens to them.
 */
export function receives(
  subscription: Pick<WebhookSubscription, 'events' | 'ownerAccountId' | 'ownerScopes' | 'ownerInstitutionId'>,
  event: StoredEvent,
): boolean {
  if (!(subscription.events as string[]).includes(event.type)) return false;
  if (isStaffSubscription(subscription)) return true;
  const allowedByScope = subscription.ownerScopes.some((scope) => EVENTS_BY_SCOPE[scope as ApiKeyScope]?.includes(event.type as DomainEventType));
  if (!allowedByScope) return false;
  if (event.type === DomainEventType.SEED_PUBLISHED || event.type === DomainEventType.SEED_UPDATED) return true;
  return event.payload.internal.submittedByInstitutionId != null && event.payload.internal.submittedByInstitutionId === subscription.ownerInstitutionId;
}

/**
 * A need as a subscriber may see it: the one confidentiality rule (need.visibility.ts) for
 * partners, whole for administrators. A confidential need's company, description, keywords,
 * budget, region and holder are never in a partner's body.
 */
function needFor(staff: boolean, need: NeedSnapshot): NeedSnapshot {
  if (staff) return need;
  const view = redactNeedFor('PARTNER', {
    companyId: need.companyId,
    holderId: need.holderId,
    description: need.description,
    keywords: need.keywords,
    budgetMinYen: need.budgetMinYen,
    budgetMaxYen: need.budgetMaxYen,
    confidentiality: need.confidentiality,
  } as unknown as Need);
  return {
    ...need,
    companyId: view.companyId,
    companyName: view.companyId ? need.companyName : null,
    regionCode: view.showRegion ? need.regionCode : null,
    holderId: view.holderId,
    description: view.description,
    keywords: view.keywords,
    budgetMinYen: view.budgetMinYen,
    budgetMaxYen: view.budgetMaxYen,
  } as NeedSnapshot;
}

/** The JSON body of a delivery: event id, type, time, API version and the object as the subscriber may see it. */
export function renderBody(subscription: Pick<WebhookSubscription, 'ownerAccountId'>, event: StoredEvent): string {
  const staff = isStaffSubscription(subscription);
  const { internal: _internal, need, ...rest } = event.payload;
  const data: Record<string, unknown> = { ...rest };
  if (need) data.need = needFor(staff, need);
  return JSON.stringify({ id: event.id, type: event.type, createdAt: event.occurredAt.toISOString(), apiVersion: WEBHOOK_API_VERSION, data });
}
