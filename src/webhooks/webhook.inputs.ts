import { ArrayMaxSize, ArrayMinSize, IsOptional, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { PageArgs } from '../common/connection';
import { bilingual } from '../common/validation';
import { DomainEventType } from '../events/event.enums';
import { WebhookDeliveryStatus } from './webhook.entities';

@InputType({ description: 'A new webhook endpoint / Webhook の登録' })
export class CreateWebhookSubscriptionInput {
  @Field({ description: 'Where to POST: https in production (http://localhost allowed in development); never a private, loopback or metadata address' })
  @MaxLength(2000, bilingual('2000文字以内で入力してください', 'must be at most 2000 characters'))
  url: string;

  @Field(() => [DomainEventType], { description: 'The events to receive (a partner key: those its scopes allow)' })
  @ArrayMinSize(1, bilingual('1件以上指定してください', 'needs at least one event'))
  @ArrayMaxSize(20, bilingual('多すぎます', 'too many'))
  events: DomainEventType[];

  @Field(() => String, { nullable: true, description: 'What it is for (at most 500 characters)' })
  @IsOptional()
  @MaxLength(500, bilingual('500文字以内で入力してください', 'must be at most 500 characters'))
  description?: string | null;
}

@InputType({ description: 'Changes to a webhook; omitted fields stay / Webhook の変更' })
export class UpdateWebhookSubscriptionInput {
  @Field(() => ID, { description: 'The subscription' })
  id: string;

  @Field(() => Int, { description: 'The version you last read' })
  expectedVersion: number;

  @Field(() => String, { nullable: true, description: 'A new URL (checked like at creation)' })
  @IsOptional()
  @MaxLength(2000, bilingual('2000文字以内で入力してください', 'must be at most 2000 characters'))
  url?: string | null;

  @Field(() => [DomainEventType], { nullable: true, description: 'The events to receive' })
  @IsOptional()
  @ArrayMinSize(1, bilingual('1件以上指定してください', 'needs at least one event'))
  @ArrayMaxSize(20, bilingual('多すぎます', 'too many'))
  events?: DomainEventType[] | null;

  @Field(() => String, { nullable: true, description: 'What it is for' })
  @IsOptional()
  @MaxLength(500, bilingual('500文字以内で入力してください', 'must be at most 500 characters'))
  description?: string | null;

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
