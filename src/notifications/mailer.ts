import nodemailer from 'nodemailer';
import { DataSource } from 'typeorm';
import type { SmtpConfig } from '../config/config';
import type { Logger } from '../common/logger';
import type { NotificationKind } from './notification-templates';
import { UnsubscribeLinks, unsubscribeUrl } from './unsubscribe-token';

const MAX_MAIL_ATTEMPTS = 5;

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  headers?: Record<string, string>;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close(): void;
}

/** nodemailer over SMTP (pooled); null without configuration. */
export function createMailer(smtp: SmtpConfig | null): Mailer | null {
  if (!smtp) return null;
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    auth: smtp.user ? { user: smtp.user, pass: smtp.password ?? '' } : undefined,
    pool: true,
    connectionTimeout: 15_000,
    socketTimeout: 30_000,
  });
  return {
    async send({ to, subject, text, headers }) {
      await transport.sendMail({ from: smtp.from, to, subject, text, headers });
    },
    close: () => transport.close(),
  };
}

/**
 * E-mails due notifications, shared across instances (FOR UPDATE SKIP LOCKED). In the account's
 * language (notification_setting, Japanese by default); a kind the person muted is not mailed
 * (it stays in the in-app list). Without SMTP the mail is written to the log as LOGGED, so
 * nothing is lost: the in-app list holds it either way. Each mail carries a one-click link that
 * stops mail of its kind (RFC 8058: `List-Unsubscribe` and `List-Unsubscribe-Post` headers, and
 * the same link in the footer).
 */
export async function sendDueMail(dataSource: DataSource, mailer: Mailer | null, logger: Logger, links: UnsubscribeLinks, batchSize = 10): Promise<number> {
  return dataSource.transaction(async (manager) => {
    const rows = (await manager.query(
      `SELECT n.id, n.account_id, n.kind, n.title_ja, n.title_en, n.body_ja, n.body_en, n.email_attempts, a.email, coalesce(s.language, 'ja') AS language, coalesce(s.email_muted, '{}') AS muted
         FROM notification n JOIN account a ON a.id = n.account_id LEFT JOIN notification_setting s ON s.account_id = n.account_id
        WHERE n.email_status = 'PENDING' AND n.email_next_at <= now()
        ORDER BY n.email_next_at LIMIT $1 FOR UPDATE OF n SKIP LOCKED`,
      [batchSize],
    )) as Array<{
      id: string;
      account_id: string;
      kind: NotificationKind;
      title_ja: string;
      title_en: string;
      body_ja: string;
      body_en: string;
      email_attempts: number;
      email: string | null;
      language: string;
      muted: string[];
    }>;
    for (const row of rows) {
      const set = (status: string, error: string | null = null) =>
        manager.query(`UPDATE notification SET email_status = $2, email_error = $3 WHERE id = $1`, [row.id, status, error]);
      if (row.muted.includes(row.kind)) {
        await set('MUTED');
        continue;
      }
      if (!row.email) {
        await set('NO_ADDRESS');
        continue;
      }
      const en = row.language === 'en';
      const subject = `[musubi] ${en ? row.title_en : row.title_ja}`;
      const unsubscribe = unsubscribeUrl(links, row.account_id, row.kind);
      const footer = en
        ? `\n\n--\nTo stop e-mails of this kind, open ${unsubscribe}\n(or turn them off in the console's notification settings).`
        : `\n\n--\nこの種類のメールの配信を停止するには次のリンクを開いてください: ${unsubscribe}\n(コンソールの通知設定でも変更できます)`;
      const text = `${en ? row.body_en : row.body_ja}${footer}`;
      const headers = { 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
      if (!mailer) {
        logger.info('Notification e-mail (no SMTP configured: kept in the in-app list)', { to: row.email, subject, notificationId: row.id });
        await set('LOGGED');
        continue;
      }
      try {
        await mailer.send({ to: row.email, subject, text, headers });
        await set('SENT');
      } catch (error) {
        const attempts = row.email_attempts + 1;
        const message = error instanceof Error ? error.message : String(error);
        logger.warn('Notification e-mail failed', { notificationId: row.id, attempt: attempts, error: message });
        await manager.query(
          `UPDATE notification SET email_attempts = $2, email_error = $3, email_status = CASE WHEN $2 >= $4 THEN 'FAILED' ELSE 'PENDING' END, email_next_at = now() + make_interval(secs => 30 * 2 ^ $2) WHERE id = $1`,
          [row.id, attempts, message, MAX_MAIL_ATTEMPTS],
        );
      }
    }
    return rows.length;
  });
}
