import DataLoader from 'dataloader';
import { Arg, Args, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Connection } from '../common/connection';
import { idOf, withDecodedIds } from '../common/global-id';
import { Allowed } from '../auth/allowed';
import type { RequestContext } from '../graphql/context';
import { WebhookAttempt, WebhookDelivery, WebhookSubscription } from './webhook.entities';
import { CreateWebhookSubscriptionInput, UpdateWebhookSubscriptionInput, WebhookDeliveriesArgs } from './webhook.inputs';

@ObjectType({ description: 'A page of webhook deliveries' })
export class WebhookDeliveryConnection extends Connection(WebhookDelivery, 'WebhookDelivery') {}

@ObjectType({ description: 'A webhook subscription with its signing secret, shown only this once / 署名用シークレット (この一度だけ表示)' })
export class WebhookSubscriptionWithSecret {
  @Field(() => WebhookSubscription, { description: 'The subscription' })
  subscription: WebhookSubscription;

  @Field({ description: 'The signing secret: keep it; musubi shows it only now. Verify `X-Musubi-Signature` with it (README, "Verifying a webhook")' })
  secret: string;
}

/** One loader per request for the attempts of the deliveries it lists. */
const attemptLoaders = new WeakMap<RequestContext, DataLoader<string, WebhookAttempt[]>>();
const attemptLoader = (ctx: RequestContext) => {
  let loader = attemptLoaders.get(ctx);
  if (!loader) attemptLoaders.set(ctx, (loader = new DataLoader((ids: readonly string[]) => ctx.services.webhooks.attemptsOf(ids))));
  return loader;
};

@Resolver(() => WebhookSubscription)
export class WebhookSubscriptionResolver {
  @Allowed('MANAGE_WEBHOOKS')
  @Query(() => [WebhookSubscription], { description: 'Webhook subscriptions: all for administrators, a partner key its institution’s / Webhook の一覧' })
  webhookSubscriptions(@Ctx() ctx: RequestContext): Promise<WebhookSubscription[]> {
    return ctx.services.webhooks.list(ctx.viewer);
  }

  @Allowed('MANAGE_WEBHOOKS')
  @Query(() => WebhookDeliveryConnection, {
    description: "A subscription's deliveries, newest first, with status, attempts, response codes and times / 配信履歴",
  })
  webhookDeliveries(@Args() args: WebhookDeliveriesArgs, @Ctx() ctx: RequestContext): Promise<WebhookDeliveryConnection> {
    return ctx.services.webhooks.deliveries(
      ctx.viewer,
      idOf(args.subscriptionId, 'WebhookSubscription', 'subscriptionId'),
      args.filter,
      args,
      ctx.config.maxPageSize,
    );
  }

  @Allowed('MANAGE_WEBHOOKS')
  @Mutation(() => WebhookSubscriptionWithSecret, { description: 'Registers a webhook endpoint; returns its signing secret once / Webhook を登録する' })
  createWebhookSubscription(
    @Arg('input', { description: 'URL, events, description' }) input: CreateWebhookSubscriptionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<WebhookSubscriptionWithSecret> {
    return ctx.services.webhooks.create(ctx.viewer, input);
  }

  @Allowed('MANAGE_WEBHOOKS')
  @Mutation(() => WebhookSubscription, {
    description: 'Changes a webhook, pauses or resumes it; CONFLICT when `expectedVersion` is stale / Webhook を変更する',
  })
  updateWebhookSubscription(
    @Arg('input', { description: 'The changes' }) input: UpdateWebhookSubscriptionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<WebhookSubscription> {
    return ctx.services.webhooks.update(ctx.viewer, withDecodedIds(input, { id: 'WebhookSubscription' }, 'input'));
  }

  @Allowed('MANAGE_WEBHOOKS')
  @Mutation(() => Boolean, { description: 'Deletes a webhook and its delivery history / Webhook を削除する' })
  deleteWebhookSubscription(@Arg('id', () => ID, { description: 'The subscription' }) id: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    return ctx.services.webhooks.delete(ctx.viewer, idOf(id, 'WebhookSubscription', 'id'));
  }

  @Allowed('MANAGE_WEBHOOKS')
  @Mutation(() => WebhookSubscriptionWithSecret, {
    description: 'Replaces the signing secret (the old one stops at once); returns the new one once / 署名シークレットを再発行する',
  })
  rotateWebhookSecret(
    @Arg('id', () => ID, { description: 'The subscription' }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<WebhookSubscriptionWithSecret> {
    return ctx.services.webhooks.rotateSecret(ctx.viewer, idOf(id, 'WebhookSubscription', 'id'));
  }

  @Allowed('MANAGE_WEBHOOKS')
  @Mutation(() => WebhookDelivery, { description: 'Sends a delivery again as a new delivery (same event id, new `X-Musubi-Delivery`) / 再配信する' })
  redeliverWebhook(
    @Arg('deliveryId', () => ID, { description: 'The delivery to repeat' }) deliveryId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<WebhookDelivery> {
    return ctx.services.webhooks.redeliver(ctx.viewer, idOf(deliveryId, 'WebhookDelivery', 'deliveryId'));
  }
}

@Resolver(() => WebhookDelivery)
export class WebhookDeliveryResolver {
  @FieldResolver(() => [WebhookAttempt], { description: 'Each POST made, oldest first' })
  attemptLog(@Root() delivery: WebhookDelivery, @Ctx() ctx: RequestContext): Promise<WebhookAttempt[]> {
    return attemptLoader(ctx).load(delivery.id);
  }
}

export const WEBHOOK_RESOLVERS = [WebhookSubscriptionResolver, WebhookDeliveryResolver] as const;
