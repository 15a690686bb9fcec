import { ArrayMaxSize, ArrayMinSize, IsOptional, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { pairField } from '../common/pair-field';
import { PageArgs } from '../common/connection';
import { bilingual } from '../common/validation';
import { DomainEventType } from '../events/event.enums';
import { WebhookDeliveryStatus } from './webhook.entities';

/** Each field of the CreateWebhookSubscriptionInput / UpdateWebhookSubscriptionInput pair once: its type, its checks and what each side says of it. */
const webhookField = {
  url: pairField(
    () => String,
    {
      register: { description: 'Where to POST: https in production (http://localhost allowed in development); never a private, loopback or metadata address' },
      update: 'A new URL (checked like at creation)',
    },
    MaxLength(2000, bilingual('2000文字以内で入力してください', 'must be at most 2000 characters')),
  ),
  events: pairField(
    () => [DomainEventType],
    { register: { description: 'The events to receive (a partner key: those its scopes allow)' }, update: 'The events to receive' },
    ArrayMinSize(1, bilingual('1件以上指定してください', 'needs at least one event')),
    ArrayMaxSize(20, bilingual('多すぎます', 'too many')),
  ),
  description: pairField(
    () => String,
    { register: { nullable: true, description: 'What it is for (at most 500 characters)' }, update: 'What it is for' },
    MaxLength(500, bilingual('500文字以内で入力してください', 'must be at most 500 characters')),
  ),
};

@InputType({ description: 'A new webhook endpoint / Webhook の登録' })
export class CreateWebhookSubscriptionInput {
  @webhookField.url('register') url: string;

  @webhookField.events('register') events: DomainEventType[];

  @webhookField.description('register') description?: string | null;
}

@InputType({ description: 'Changes to a webhook; omitted fields stay / Webhook の変更' })
export class UpdateWebhookSubscriptionInput {
  @Field(() => ID, { description: 'The subscription' })
  id: string;

  @Field(() => Int, { description: 'The version you last read' })
  expectedVersion: number;

  @webhookField.url('update') url?: string | null;

  @webhookField.events('update') events?: DomainEventType[] | null;

  @webhookField.description('update') description?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'false pauses deliveries; true resumes them (also after musubi paused it) and sends what waited' })
  @IsOptional()
  active?: boolean | null;
}

@InputType({ description: 'Which deliveries to list / 配信の絞り込み' })
export class WebhookDeliveryFilter {
  @Field(() => [WebhookDeliveryStatus], { nullable: true, description: 'Only these statuses' })
  @IsOptional()
  status?: WebhookDeliveryStatus[] | null;

  @Field(() => DomainEventType, { nullable: true, description: 'Only this event type' })
  @IsOptional()
  eventType?: DomainEventType | null;
}

@ArgsType()
export class WebhookDeliveriesArgs extends PageArgs {
  @Field(() => ID, { description: 'The subscription' })
  subscriptionId: string;

  @Field(() => WebhookDeliveryFilter, { nullable: true, description: 'Filter' })
  filter?: WebhookDeliveryFilter | null;
}
