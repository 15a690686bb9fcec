import { DataSource } from 'typeorm';
import { isAccount, Viewer } from '../auth/viewer';
import { toGlobalId } from '../common/global-id';
import { NO_ID } from '../common/query-filters';
import { NOTIFICATION_KINDS, NotificationKind as Kind } from './notification-templates';
import type { Notification, NotificationKind, NotificationSettings } from './notification.types';

/** A notification row as PostgreSQL returns it. */
interface NotificationRow {
  id: string;
  kind: NotificationKind;
  title_ja: string;
  title_en: string;
  body_ja: string;
  body_en: string;
  created_at: Date;
  read_at: Date | null;
  email_status: string;
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
    )) as NotificationRow[];
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
    const [, count] = (await this.dataSource.query(
      `UPDATE notification SET read_at = now() WHERE account_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))`,
      [accountId, ids ?? null],
    )) as [unknown, number];
    return count;
  }

  async settings(viewer: Viewer): Promise<NotificationSettings> {
    const rows = (await this.dataSource.query(`SELECT language, email_muted FROM notification_setting WHERE account_id = $1`, [
      this.account(viewer),
    ])) as Array<{ language: string; email_muted: NotificationKind[] }>;
    return { language: rows[0]?.language ?? 'ja', emailMuted: rows[0]?.email_muted ?? [] };
  }

  async updateSettings(viewer: Viewer, language: string | null | undefined, emailMuted: NotificationKind[] | null | undefined): Promise<NotificationSettings> {
    const accountId = this.account(viewer);
    const current = await this.settings(viewer);
    const next = {
      language: language === 'en' ? 'en' : language === 'ja' ? 'ja' : current.language,
      emailMuted: emailMuted ? [...new Set(emailMuted)].filter((k) => (NOTIFICATION_KINDS as readonly string[]).includes(k as Kind)) : current.emailMuted,
    };
    await this.dataSource.query(
      `INSERT INTO notification_setting (account_id, language, email_muted) VALUES ($1, $2, $3) ON CONFLICT (account_id) DO UPDATE SET language = $2, email_muted = $3`,
      [accountId, next.language, next.emailMuted],
    );
    return next;
  }

  /**
   * Stops e-mail of one kind for an account (the one-click unsubscribe link; the signed token is
   * the authority, so no viewer). False when the account no longer exists.
   */
  async muteEmailKind(accountId: string, kind: Kind): Promise<boolean> {
    const rows = (await this.dataSource.query(
      `INSERT INTO notification_setting (account_id, email_muted) SELECT id, ARRAY[$2::text] FROM account WHERE id = $1
       ON CONFLICT (account_id) DO UPDATE SET email_muted = CASE WHEN $2 = ANY(notification_setting.email_muted) THEN notification_setting.email_muted ELSE notification_setting.email_muted || $2::text END
       RETURNING account_id`,
      [accountId, kind],
    )) as unknown[];
    return rows.length > 0;
  }

  private account(viewer: Viewer): string {
    // The operation is checked at the edge (@Allowed); a viewer without an account owns no notifications.
    return isAccount(viewer) ? viewer.accountId : NO_ID;
  }
}
