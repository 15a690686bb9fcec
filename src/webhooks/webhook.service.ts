import { DataSource } from 'typeorm';
import { ApiKeyScope } from '../auth/auth.enums';
import { recordScope } from '../auth/policy';
import type { Viewer } from '../auth/viewer';
import { ConnectionShape, paginate, SortDirection } from '../common/connection';
import { ForbiddenError, InvalidInputError, NotFoundError } from '../common/errors';
import { NO_ID } from '../common/query-filters';
import { assertVersion } from '../common/references';
import { DomainEventType } from '../events/event.enums';
import { assertSafeUrl, LookupAll, systemLookup, TargetPolicy, UnsafeTargetError } from './safe-target';
import { WebhookAttempt, WebhookDelivery, WebhookDeliveryStatus, WebhookSubscription, WebhookSubscriptionStatus } from './webhook.entities';
import { CreateWebhookSubscriptionInput, UpdateWebhookSubscriptionInput, WebhookDeliveryFilter } from './webhook.inputs';
import { EVENTS_BY_SCOPE } from './webhook-payload';

const SUBSCRIPTION = { ja: 'Webhook', en: 'Webhook subscription' };
const DELIVERY = { ja: 'Webhook の配信', en: 'Webhook delivery' };

export interface CreatedSubscription {
  subscription: WebhookSubscription;
  secret: string;
}

/**
 * Webhook subscriptions and their deliveries. Administrators manage all; a partner key those of
 * its institution, for the events its scopes allow (EVENTS_BY_SCOPE). Sending is src/jobs.
 */
export class WebhookService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly targets: TargetPolicy,
    private readonly generateSecret: () => string,
    private readonly lookup: LookupAll = systemLookup,
  ) {}

  async list(viewer: Viewer): Promise<WebhookSubscription[]> {
    const grant = recordScope(viewer, 'MANAGE_WEBHOOKS');
    const repository = this.dataSource.getRepository(WebhookSubscription);
    if (grant === 'ALL') return repository.find({ order: { createdAt: 'ASC' } });
    return repository.find({ where: { ownerInstitutionId: viewer.kind === 'PARTNER' ? viewer.institutionId : NO_ID }, order: { createdAt: 'ASC' } });
  }

  async create(viewer: Viewer, input: CreateWebhookSubscriptionInput): Promise<CreatedSubscription> {
    const events = [...new Set(input.events)];
    assertEventsAllowed(viewer, events);
    await this.assertUrl(input.url);
    const secret = this.generateSecret();
    const subscription = await this.dataSource.getRepository(WebhookSubscription).save(
      this.dataSource.getRepository(WebhookSubscription).create({
        url: input.url,
        events,
        description: input.description?.trim() || null,
        secret,
        ownerAccountId: viewer.kind === 'ACCOUNT' ? viewer.accountId : null,
        ownerApiKeyId: viewer.kind === 'PARTNER' ? viewer.apiKeyId : null,
        ownerInstitutionId: viewer.kind === 'PARTNER' ? viewer.institutionId : null,
        ownerScopes: viewer.kind === 'PARTNER' ? [...viewer.scopes] : [],
        status: WebhookSubscriptionStatus.ACTIVE,
      }),
    );
    return { subscription, secret };
  }

  async update(viewer: Viewer, input: UpdateWebhookSubscriptionInput): Promise<WebhookSubscription> {
    const subscription = await this.owned(viewer, input.id, 'input.id');
    assertVersion(SUBSCRIPTION, subscription, input.expectedVersion);
    if (input.url != null) {
      await this.assertUrl(input.url);
      subscription.url = input.url;
    }
    if (input.events != null) {
      const events = [...new Set(input.events)];
      assertEventsAllowed(viewer, events);
      subscription.events = events;
    }
    if (input.description !== undefined) subscription.description = input.description?.trim() || null;
    if (input.active === true) {
      subscription.status = WebhookSubscriptionStatus.ACTIVE;
      subscription.pausedReason = null;
      subscription.pausedAt = null;
      subscription.consecutiveFailures = 0;
    } else if (input.active === false && subscription.status === WebhookSubscriptionStatus.ACTIVE) {
      subscription.status = WebhookSubscriptionStatus.PAUSED;
      subscription.pausedReason = '所有者が停止しました / paused by its owner';
      subscription.pausedAt = new Date();
    }
    return this.dataSource.getRepository(WebhookSubscription).save(subscription);
  }

  async delete(viewer: Viewer, id: string): Promise<boolean> {
    const subscription = await this.owned(viewer, id, 'id');
    await this.dataSource.getRepository(WebhookSubscription).delete({ id: subscription.id });
    return true;
  }

  /** A new secret, shown once; the old one stops signing at once. */
  async rotateSecret(viewer: Viewer, id: string): Promise<CreatedSubscription> {
    const subscription = await this.owned(viewer, id, 'id');
    subscription.secret = this.generateSecret();
    const saved = await this.dataSource.getRepository(WebhookSubscription).save(subscription);
    return { subscription: saved, secret: saved.secret };
  }

  async deliveries(
    viewer: Viewer,
    subscriptionId: string,
    filter: WebhookDeliveryFilter | null | undefined,
    page: { first?: number; after?: string },
    maxPageSize?: number,
  ): Promise<ConnectionShape<WebhookDelivery>> {
    const subscription = await this.owned(viewer, subscriptionId, 'subscriptionId');
    const query = this.dataSource
      .getRepository(WebhookDelivery)
      .createQueryBuilder('delivery')
      .where('delivery.subscription_id = :id', { id: subscription.id });
    if (filter?.status?.length) query.andWhere('delivery.status IN (:...statuses)', { statuses: filter.status });
    if (filter?.eventType) query.andWhere('delivery.event_type = :type', { type: filter.eventType });
    return paginate(query, { expression: 'delivery.created_at', kind: 'date', direction: SortDirection.DESC }, page, maxPageSize);
  }

  /** Sends the delivery's body again as a new delivery (new `X-Musubi-Delivery`, same event id). */
  async redeliver(viewer: Viewer, id: string): Promise<WebhookDelivery> {
    const repository = this.dataSource.getRepository(WebhookDelivery);
    const original = await repository.findOne({ where: { id } });
    if (!original) throw new NotFoundError(DELIVERY, 'deliveryId');
    await this.owned(viewer, original.subscriptionId, 'deliveryId', DELIVERY);
    return repository.save(
      repository.create({
        subscriptionId: original.subscriptionId,
        eventId: original.eventId,
        eventType: original.eventType,
        body: original.body,
        redeliveryOf: original.redeliveryOf ?? original.id,
        status: WebhookDeliveryStatus.PENDING,
        attempts: 0,
        nextAttemptAt: new Date(),
      }),
    );
  }

  /** Attempts of many deliveries in one statement (a request's DataLoader calls this). */
  async attemptsOf(deliveryIds: readonly string[]): Promise<WebhookAttempt[][]> {
    const rows = await this.dataSource
      .getRepository(WebhookAttempt)
      .createQueryBuilder('a')
      .where('a.delivery_id IN (:...ids)', { ids: [...deliveryIds] })
      .orderBy('a.number', 'ASC')
      .getMany();
    return deliveryIds.map((id) => rows.filter((row) => row.deliveryId === id));
  }

  /** The subscription if the viewer manages it; NOT_FOUND otherwise, as if it did not exist. */
  private async owned(viewer: Viewer, id: string, field: string, what = SUBSCRIPTION): Promise<WebhookSubscription> {
    const grant = recordScope(viewer, 'MANAGE_WEBHOOKS');
    const subscription = await this.dataSource.getRepository(WebhookSubscription).findOne({ where: { id } });
    const mine = subscription && (grant === 'ALL' || (viewer.kind === 'PARTNER' && subscription.ownerInstitutionId === viewer.institutionId));
    if (!mine) throw new NotFoundError(what, field);
    return subscription;
  }

  private async assertUrl(url: string): Promise<void> {
    try {
      await assertSafeUrl(this.targets, url, this.lookup);
    } catch (error) {
      if (error instanceof UnsafeTargetError) throw InvalidInputError.of('input.url', error.reason.ja, error.reason.en, 'safeTarget');
      throw error;
    }
  }
}

function assertEventsAllowed(viewer: Viewer, events: DomainEventType[]): void {
  if (viewer.kind !== 'PARTNER') return;
  const allowed = new Set(viewer.scopes.flatMap((scope) => EVENTS_BY_SCOPE[scope as ApiKeyScope] ?? []));
  const refused = events.filter((event) => !allowed.has(event));
  if (refused.length > 0) {
    throw new ForbiddenError(
      {
        ja: `この API キーの権限では購読できないイベントです: ${refused.join(', ')}`,
        en: `This key's scopes do not allow these events: ${refused.join(', ')}`,
      },
      'input.events',
    );
  }
}
