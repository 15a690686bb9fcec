import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { idOf } from '../common/global-id';
import { Allowed } from '../auth/allowed';
import type { RequestContext } from '../graphql/context';
import { Notification, NotificationKind, NotificationSettings } from './notification.types';

@Resolver()
export class NotificationResolver {
  @Allowed('READ_NOTIFICATIONS')
  @Query(() => [Notification], { description: 'Your notifications, newest first / お知らせ一覧' })
  notifications(
    @Arg('unreadOnly', { defaultValue: false, description: 'Only those not marked read' }) unreadOnly: boolean,
    @Arg('first', () => Int, { defaultValue: 20, description: 'How many, at most 100' }) first: number,
    @Ctx() ctx: RequestContext,
  ): Promise<Notification[]> {
    return ctx.services.notifications.list(ctx.viewer, unreadOnly, first);
  }

  @Allowed('READ_NOTIFICATIONS')
  @Mutation(() => Int, { description: 'Marks notifications read (all of yours when `ids` is omitted); returns how many changed / 既読にする' })
  markNotificationsRead(
    @Arg('ids', () => [ID], { nullable: true, description: 'Which ones' }) ids: string[] | null,
    @Ctx() ctx: RequestContext,
  ): Promise<number> {
    return ctx.services.notifications.markRead(
      ctx.viewer,
      ids?.map((id) => idOf(id, 'Notification', 'ids')),
    );
  }

  @Allowed('READ_NOTIFICATIONS')
  @Query(() => NotificationSettings, { description: 'Your notification settings / 通知設定' })
  notificationSettings(@Ctx() ctx: RequestContext): Promise<NotificationSettings> {
    return ctx.services.notifications.settings(ctx.viewer);
  }

  @Allowed('READ_NOTIFICATIONS')
  @Mutation(() => NotificationSettings, {
    description: 'Sets the language of your e-mail and which kinds are not e-mailed (unsubscribe per kind) / 通知設定を変更する',
  })
  updateNotificationSettings(
    @Arg('language', () => String, { nullable: true, description: 'ja or en' }) language: string | null,
    @Arg('emailMuted', () => [NotificationKind], { nullable: true, description: 'Kinds not to e-mail' }) emailMuted: NotificationKind[] | null,
    @Ctx() ctx: RequestContext,
  ): Promise<NotificationSettings> {
    return ctx.services.notifications.updateSettings(ctx.viewer, language, emailMuted);
  }
}
