import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { BaseRecord } from '../common/base-record';
import { toGlobalId } from '../common/global-id';
import { DomainEventType } from '../events/event.enums';

export enum WebhookSubscriptionStatus {
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
}
registerEnumType(WebhookSubscriptionStatus, {
  name: 'WebhookSubscriptionStatus',
  description: 'Whether deliveries are sent / 配信状態',
  valuesConfig: {
    ACTIVE: { description: '配信中 active' },
    PAUSED: { description: '停止中 paused: by its owner, or by musubi after repeated failures (see `pausedReason`); deliveries wait and go out when resumed' },
  },
});

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  SENDING = 'SENDING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
}
registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'Where a delivery stands / 配信の状況',
  valuesConfig: {
    PENDING: { description: '送信待ち: waiting for its first attempt or its next retry (`nextAttemptAt`)' },
    SENDING: { description: '送信中: an attempt is under way' },
    DELIVERED: { description: '配信済み: the receiver answered 2xx' },
    FAILED: { description: '失敗: every attempt failed; `redeliverWebhook` sends it again' },
  },
});

export enum WebhookAttemptOutcome {
  IN_FLIGHT = 'IN_FLIGHT',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
  INTERRUPTED = 'INTERRUPTED',
}
registerEnumType(WebhookAttemptOutcome, {
  name: 'WebhookAttemptOutcome',
  description: 'How one POST ended / 送信試行の結果',
  valuesConfig: {
    IN_FLIGHT: { description: '送信中 under way' },
    SUCCEEDED: { description: '成功: 2xx' },
    FAILED: { description: '失敗: another status, a time-out, a refused target or a network error' },
    INTERRUPTED: { description: '中断: the musubi instance sending it stopped; the delivery was retried' },
  },
});

/** A partner's (or an administrator's) endpoint and the events it wants. The secret never leaves after creation. */
@ObjectType({ description: 'A webhook endpoint and the events it receives / Webhook の登録' })
@Entity()
@Check('CHK_webhook_subscription_status', `"status" IN ('ACTIVE', 'PAUSED')`)
@Check('CHK_webhook_subscription_owner', `"owner_account_id" IS NOT NULL OR "owner_api_key_id" IS NOT NULL`)
export class WebhookSubscription extends BaseRecord {
  @Field({ description: 'Where deliveries are POSTed' })
  @Column({ type: 'text' })
  url: string;

  @Field(() => [DomainEventType], { description: 'The events delivered to it' })
  @Column({ type: 'text', array: true })
  events: DomainEventType[];

  @Field(() => String, { nullable: true, description: 'What it is for' })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** The signing secret (needed in clear to sign); shown only by create and rotate. */
  @Column({ type: 'text' })
  secret: string;

  @ForeignKey('Account', { name: 'FK_webhook_subscription_account', onDelete: 'CASCADE' })
  @Column({ type: 'uuid', nullable: true })
  ownerAccountId: string | null;

  @ForeignKey('ApiKey', { name: 'FK_webhook_subscription_api_key', onDelete: 'CASCADE' })
  @Column({ type: 'uuid', nullable: true })
  ownerApiKeyId: string | null;

  /** A partner's institution: every key of it manages the institution's subscriptions. */
  @Index('IDX_webhook_subscription_institution')
  @Column({ type: 'uuid', nullable: true })
  ownerInstitutionId: string | null;

  /** The creating key's scopes: what the subscription may receive. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  ownerScopes: string[];

  @Field(() => WebhookSubscriptionStatus, { description: 'Active or paused' })
  @Column({ type: 'text', default: WebhookSubscriptionStatus.ACTIVE })
  status: WebhookSubscriptionStatus;

  @Field(() => String, { nullable: true, description: 'Why it is paused (e.g. after repeated failures, with the last error)' })
  @Column({ type: 'text', nullable: true })
  pausedReason: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was paused' })
  @Column({ type: 'timestamptz', nullable: true })
  pausedAt: Date | null;

  @Field(() => Int, { description: 'Failed attempts since the last success; at the limit the subscription is paused' })
  @Column({ type: 'integer', default: 0 })
  consecutiveFailures: number;
}

/** One event for one subscription; retried until delivered or out of attempts. */
@ObjectType({ description: 'One event sent to one webhook, with its attempts / Webhook の配信' })
@Entity()
@Check('CHK_webhook_delivery_status', `"status" IN ('PENDING', 'SENDING', 'DELIVERED', 'FAILED')`)
// One first delivery per subscription and event; redeliveries repeat it.
@Index('UQ_webhook_delivery_first', ['subscriptionId', 'eventId'], { unique: true, where: `"redelivery_of" IS NULL` })
@Index('IDX_webhook_delivery_due', ['nextAttemptAt'], { where: `"status" IN ('PENDING', 'SENDING')` })
@Index('IDX_webhook_delivery_subscription_created', ['subscriptionId', 'createdAt'])
export class WebhookDelivery {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { name: 'id', description: 'Global ID; the same value as the `X-Musubi-Delivery` header' })
  get globalId(): string {
    return toGlobalId('WebhookDelivery', this.id);
  }

  @ForeignKey(() => WebhookSubscription, { name: 'FK_webhook_delivery_subscription', onDelete: 'CASCADE' })
  @Column({ type: 'uuid' })
  subscriptionId: string;

  @Field(() => ID, { description: 'The event (its `id` in the body, the same for a redelivery)' })
  @Column({ type: 'uuid' })
  eventId: string;

  @Field(() => DomainEventType, { description: 'The event type (`X-Musubi-Event`)' })
  @Column({ type: 'text' })
  eventType: DomainEventType;

  /** The JSON body, rendered for this subscriber when the event was fanned out. */
  @Column({ type: 'text' })
  body: string;

  @Field(() => ID, { nullable: true, description: 'For a redelivery, the delivery it repeats' })
  @Column({ type: 'uuid', nullable: true })
  redeliveryOf: string | null;

  @Field(() => WebhookDeliveryStatus, { description: 'Where it stands' })
  @Column({ type: 'text', default: WebhookDeliveryStatus.PENDING })
  status: WebhookDeliveryStatus;

  @Field(() => Int, { description: 'Attempts made so far' })
  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Field({ description: 'When the next attempt is due (while PENDING)' })
  @Column({ type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  leaseUntil: Date | null;

  @Field(() => Int, { nullable: true, description: "The receiver's last HTTP status" })
  @Column({ type: 'integer', nullable: true })
  lastResponseCode: number | null;

  @Field(() => String, { nullable: true, description: 'The last error (time-out, refused target, network), if any' })
  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Field(() => Date, { nullable: true, description: 'When the last attempt started' })
  @Column({ type: 'timestamptz', nullable: true })
  lastAttemptAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the receiver accepted it' })
  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;

  @Field({ description: 'When it was created' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** One POST of a delivery: written before it is sent, closed after. */
@ObjectType({ description: 'One attempt (one POST) of a delivery / 送信試行' })
@Entity()
@Check('CHK_webhook_attempt_outcome', `"outcome" IN ('IN_FLIGHT', 'SUCCEEDED', 'FAILED', 'INTERRUPTED')`)
@Unique('UQ_webhook_attempt_number', ['deliveryId', 'number'])
export class WebhookAttempt {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey(() => WebhookDelivery, { name: 'FK_webhook_attempt_delivery', onDelete: 'CASCADE' })
  @Column({ type: 'uuid' })
  deliveryId: string;

  @Field(() => Int, { description: '1 for the first attempt, then 2, 3 …' })
  @Column({ type: 'integer' })
  number: number;

  @Field(() => WebhookAttemptOutcome, { description: 'How it ended' })
  @Column({ type: 'text', default: WebhookAttemptOutcome.IN_FLIGHT })
  outcome: WebhookAttemptOutcome;

  @Field(() => Int, { nullable: true, description: "The receiver's HTTP status" })
  @Column({ type: 'integer', nullable: true })
  responseCode: number | null;

  @Field(() => String, { nullable: true, description: 'The error, if no status came back' })
  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Field({ description: 'When it started' })
  @Column({ type: 'timestamptz', default: () => 'now()' })
  startedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it ended' })
  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}

export const webhookSubscriptionGlobalId = (id: string) => toGlobalId('WebhookSubscription', id);
