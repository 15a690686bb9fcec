import { DataSource } from 'typeorm';
import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import { authorize } from '../auth/policy';
import { isAccount, Viewer } from '../auth/viewer';
import { fromGlobalId, toGlobalId } from '../common/global-id';
import type { RequestContext } from '../graphql/context';
import { NOTIFICATION_KINDS, NotificationKind as Kind } from './notification-templates';

export enum NotificationKind {
  PROPOSAL_TO_ME = 'PROPOSAL_TO_ME',
  NEED_PROGRESS = 'NEED_PROGRESS',
  UNHELD_NEED = 'UNHELD_NEED',
  CONSULTATION_OVERDUE = 'CONSULTATION_OVERDUE',
}
registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'What a notification is about; e-mail can be turned off per kind / 通知の種類',
  valuesConfig: {
    PROPOSAL_TO_ME: { description: '研究者: a proposal made to you or your seed' },
    NEED_PROGRESS: { description: '企業: an introduction for your need was proposed or moved on' },
    UNHELD_NEED: { description: 'コーディネータ: a need arrived in your area with nobody holding it' },
    CONSULTATION_OVERDUE: { description: 'コーディネータ: a consultation you hold passed its due date' },
  },
});

@ObjectType({ description: 'Something musubi told you (in-app list; also e-mailed unless muted) / お知らせ' })
export class Notification {
  @Field(() => ID, { description: 'ID, for markNotificationsRead' })
  id: string;
  @Field(() => NotificationKind, { description: 'What it is about' })
  kind: NotificationKind;
  @Field({ description: 'Title in Japanese' })
  titleJa: string;
  @Field({ description: 'Title in English' })
  titleEn: string;
  @Field({ description: 'Text in Japanese' })
  bodyJa: string;
  @Field({ description: 'Text in English' })
  bodyEn: string;
  @Field({ description: 'When it was created' })
  createdAt: Date;
  @Field(() => Date, { nullable: true, description: 'When you marked it read' })
  readAt: Date | null;
  @Field({ description: 'E-mail: PENDING, SENT, MUTED, LOGGED (no SMTP configured), NO_ADDRESS or FAILED' })
  emailStatus: string;
}

@ObjectType({ description: 'Your notification settings / 通知設定' })
export class NotificationSettings {
  @Field({ description: 'Language of e-mail: ja or en' })
  language: string;
  @Field(() => [NotificationKind], { description: 'Kinds not sent by e-mail (still in the in-app list)' })
  emailMuted: NotificationKind[];
}

/** The in-app list and the settings: one's own only (READ_NOTIFICATIONS). */
export class NotificationService {
  constructor(private readonly dataSource: DataSource) {}

  async list(viewer: Viewer, unreadOnly: boolean, first: number): Promise<Notification[]> {
    const accountId = this.account(viewer);
    const rows = (await this.dataSource.query(
      `SELECT id, kind, title_ja, title_en, body_ja, body_en, created_at, read_at, email_status FROM notification
        WHERE account_id = $1 AND ($2::boolean = false OR read_at IS NULL) ORDER BY created_at DESC, id LIMIT $3`,
      [accountId, unreadOnly, Math.min(Math.max(first, 1), 100)],
    )) as Array<Record<string, any>>;
    return rows.map((row) => ({
      id: toGlobalId('Notification', row.id),
      kind: row.kind,
      titleJa: row.title_ja,
      titleEn: row.title_en,
      bodyJa: row.body_ja,
      bodyEn: row.body_en,
      createdAt: row.created_at,
      readAt: row.read_at,
      emailStatus: row.email_status,
    }));
  }

  /** Marks the given (or, without ids, all) of one's notifications read; the count changed. */
  async markRead(viewer: Viewer, ids: string[] | null | undefined): Promise<number> {
    const accountId = this.account(viewer);
    const raw = ids?.map((id) => fromGlobalId(id, 'Notification', 'ids').id) ?? null;
    const [, count] = (await this.dataSource.query(`UPDATE notification SET read_at = now() WHERE account_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))`, [accountId, raw])) as [unknown, number];
    return count;
  }

  async settings(viewer: Viewer): Promise<NotificationSettings> {
    const rows = (await this.dataSource.query(`SELECT language, email_muted FROM notification_setting WHERE account_id = $1`, [this.account(viewer)])) as Array<{ language: string; email_muted: NotificationKind[] }>;
    return { language: rows[0]?.language ?? 'ja', emailMuted: rows[0]?.email_muted ?? [] };
  }

  async updateSettings(viewer: Viewer, language: string | null | undefined, emailMuted: NotificationKind[] | null | undefined): Promise<NotificationSettings> {
    const accountId = this.account(viewer);
    const current = await this.settings(viewer);
    const next = { language: language === 'en' ? 'en' : language === 'ja' ? 'ja' : current.language, emailMuted: emailMuted ? [...new Set(emailMuted)].filter((k) => (NOTIFICATION_KINDS as readonly string[]).includes(k as Kind)) : current.emailMuted };
    await this.dataSource.query(`INSERT INTO notification_setting (account_id, language, email_muted) VALUES ($1, $2, $3) ON CONFLICT (account_id) DO UPDATE SET language = $2, email_muted = $3`, [accountId, next.language, next.emailMuted]);
    return next;
  }

  private account(viewer: Viewer): string {
    authorize(viewer, 'READ_NOTIFICATIONS');
    return isAccount(viewer) ? viewer.accountId : '00000000-0000-0000-0000-000000000000';
  }
}

@Resolver()
export class NotificationResolver {
  @Query(() => [Notification], { description: 'Your notifications, newest first / お知らせ一覧' })
  notifications(
    @Arg('unreadOnly', { defaultValue: false, description: 'Only those not marked read' }) unreadOnly: boolean,
    @Arg('first', () => Int, { defaultValue: 20, description: 'How many, at most 100' }) first: number,
    @Ctx() ctx: RequestContext,
  ): Promise<Notification[]> {
    return ctx.services.notifications.list(ctx.viewer, unreadOnly, first);
  }

  @Mutation(() => Int, { description: 'Marks notifications read (all of yours when `ids` is omitted); returns how many changed / 既読にする' })
  markNotificationsRead(@Arg('ids', () => [ID], { nullable: true, description: 'Which ones' }) ids: string[] | null, @Ctx() ctx: RequestContext): Promise<number> {
    return ctx.services.notifications.markRead(ctx.viewer, ids);
  }

  @Query(() => NotificationSettings, { description: 'Your notification settings / 通知設定' })
  notificationSettings(@Ctx() ctx: RequestContext): Promise<NotificationSettings> {
    return ctx.services.notifications.settings(ctx.viewer);
  }

  @Mutation(() => NotificationSettings, { description: 'Sets the language of your e-mail and which kinds are not e-mailed (unsubscribe per kind) / 通知設定を変更する' })
  updateNotificationSettings(
    @Arg('language', () => String, { nullable: true, description: 'ja or en' }) language: string | null,
    @Arg('emailMuted', () => [NotificationKind], { nullable: true, description: 'Kinds not to e-mail' }) emailMuted: NotificationKind[] | null,
    @Ctx() ctx: RequestContext,
  ): Promise<NotificationSettings> {
    return ctx.services.notifications.updateSettings(ctx.viewer, language, emailMuted);
  }
}
