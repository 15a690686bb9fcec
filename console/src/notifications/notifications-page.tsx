import { useState } from 'preact/hooks';
import { gql, messageOf } from '../api';
import { graphql } from '../gql';
import type { ConsoleNotificationsQuery, NotificationKind } from '../gql/graphql';
import { L, lang } from '../i18n';
import { session } from '../session';
import { Badge, ErrorBox, Loaded, useQuery } from '../ui';
import { notificationsChanged } from './unread-badge';
import './notifications.css';

const Notifications = graphql(`
  query ConsoleNotifications {
    notifications(first: 100) { id kind titleJa titleEn bodyJa bodyEn createdAt readAt emailStatus }
    notificationSettings { language emailMuted }
  }
`);
const MarkRead = graphql(`
  mutation ConsoleMarkNotificationsRead($ids: [ID!]) { markNotificationsRead(ids: $ids) }
`);
const SaveSettings = graphql(`
  mutation ConsoleNotificationSettings($language: String, $emailMuted: [NotificationKind!]) {
    updateNotificationSettings(language: $language, emailMuted: $emailMuted) { language emailMuted }
  }
`);

type Item = ConsoleNotificationsQuery['notifications'][number];

/** Every kind, with what it means to the person who gets it, and the roles that get it. */
const KINDS: Array<[NotificationKind, string, string]> = [
  ['PROPOSAL_TO_ME', 'あなた (またはあなたのシーズ) へのマッチング提案', 'Introductions proposed to you or your seeds'],
  ['NEED_PROGRESS', '自社ニーズのマッチングの進み具合', 'Progress of introductions for your needs'],
  ['UNHELD_NEED', '担当地域に届いた、担当者のいないニーズ', 'New needs in your area that nobody holds'],
  ['CONSULTATION_ESCALATED', 'あなたに引き継がれた相談', 'Consultations escalated to you'],
  ['CONSULTATION_OVERDUE', '対応期限を過ぎた担当の相談', 'Consultations you hold that are past due'],
];

const KINDS_BY_ROLE: Record<string, NotificationKind[]> = {
  RESEARCHER: ['PROPOSAL_TO_ME'],
  COMPANY_USER: ['NEED_PROGRESS'],
  COORDINATOR: ['UNHELD_NEED', 'CONSULTATION_ESCALATED', 'CONSULTATION_OVERDUE'],
  ADMIN: ['UNHELD_NEED', 'CONSULTATION_ESCALATED', 'CONSULTATION_OVERDUE'],
};

const EMAIL_STATUS: Record<string, [string, string]> = {
  PENDING: ['メール送信待ち', 'E-mail pending'],
  SENT: ['メール送信済み', 'E-mailed'],
  MUTED: ['メール停止中の種類', 'Not e-mailed (turned off)'],
  LOGGED: ['メール未設定 (アプリ内のみ)', 'In the app only (no mail server)'],
  NO_ADDRESS: ['メールアドレスなし', 'No e-mail address'],
  FAILED: ['メール送信失敗', 'E-mail failed'],
};

const dateTime = (iso: string) =>
  new Intl.DateTimeFormat(lang() === 'ja' ? 'ja-JP' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Tokyo' }).format(new Date(iso));

/** お知らせ: what musubi told the signed-in person, newest first; mark read; which kinds also come by e-mail. */
export function NotificationsPage() {
  const q = useQuery(Notifications, {});
  const [error, setError] = useState<string | null>(null);
  const markRead = async (ids: string[] | null) => {
    setError(null);
    try {
      await gql(MarkRead, { ids });
      q.reload();
      notificationsChanged();
    } catch (e) {
      setError(messageOf(e));
    }
  };
  return (
    <>
      <h1>{L('お知らせ', 'Notifications')}</h1>
      {error && <ErrorBox message={error} />}
      <Loaded q={q}>
        {(data) => {
          const unread = data.notifications.filter((n) => !n.readAt).length;
          return (
            <>
              <section aria-labelledby="notifications-heading">
                <div class="notification-actions">
                  <h2 id="notifications-heading">
                    {L('一覧', 'All')} <span class="count">{L(`未読 ${unread} 件`, `${unread} unread`)}</span>
                  </h2>
                  <button type="button" disabled={unread === 0} onClick={() => markRead(null)}>
                    {L('すべて既読にする', 'Mark all read')}
                  </button>
                </div>
                {data.notifications.length === 0 ? (
                  <p class="muted">{L('お知らせはまだありません。', 'No notifications yet.')}</p>
                ) : (
                  <ul class="notification-list">
                    {data.notifications.map((n) => (
                      <NotificationItem key={n.id} n={n} onRead={() => markRead([n.id])} />
                    ))}
                  </ul>
                )}
              </section>
              <MailSettings language={data.notificationSettings.language} muted={data.notificationSettings.emailMuted} />
            </>
          );
        }}
      </Loaded>
    </>
  );
}

function NotificationItem({ n, onRead }: { n: Item; onRead: () => void }) {
  const title = lang() === 'ja' ? n.titleJa : n.titleEn;
  const status = EMAIL_STATUS[n.emailStatus];
  return (
    <li class={`notification${n.readAt ? '' : ' unread'}`}>
      <div class="notification-head">
        {!n.readAt && <Badge kind="danger">{L('未読', 'Unread')}</Badge>}
        <h3>{title}</h3>
        <span class="when muted">{dateTime(n.createdAt)}</span>
      </div>
      <p class="notification-body">{lang() === 'ja' ? n.bodyJa : n.bodyEn}</p>
      <div class="notification-actions">
        <span class="muted">{status ? L(status[0], status[1]) : n.emailStatus}</span>
        {!n.readAt && (
          <button type="button" onClick={onRead} aria-label={L(`既読にする: ${title}`, `Mark read: ${title}`)}>
            {L('既読にする', 'Mark read')}
          </button>
        )}
      </div>
    </li>
  );
}

/** Mail per kind (unchecked = muted: still listed above) and the language of mail. */
function MailSettings({ language, muted }: { language: string; muted: NotificationKind[] }) {
  const [off, setOff] = useState<Set<NotificationKind>>(new Set(muted));
  const [mailLanguage, setMailLanguage] = useState(language);
  const [state, setState] = useState<{ saving: boolean; saved: boolean; error: string | null }>({ saving: false, saved: false, error: null });
  const toggle = (kind: NotificationKind, on: boolean) => {
    const next = new Set(off);
    if (on) next.delete(kind);
    else next.add(kind);
    setOff(next);
    setState((s) => ({ ...s, saved: false }));
  };
  const save = async (event: Event) => {
    event.preventDefault();
    setState({ saving: true, saved: false, error: null });
    try {
      const saved = (await gql(SaveSettings, { language: mailLanguage, emailMuted: [...off] })).updateNotificationSettings;
      setOff(new Set(saved.emailMuted));
      setState({ saving: false, saved: true, error: null });
    } catch (e) {
      setState({ saving: false, saved: false, error: messageOf(e) });
    }
  };
  return (
    <section aria-labelledby="mail-settings-heading">
      <h2 id="mail-settings-heading">{L('メール通知の設定', 'E-mail settings')}</h2>
      <form class="mail-settings" onSubmit={save}>
        <fieldset>
          <legend>{L('メールでも受け取るお知らせ', 'Also send these by e-mail')}</legend>
          {KINDS.filter(([kind]) => (KINDS_BY_ROLE[session()?.role ?? ''] ?? []).includes(kind)).map(([kind, ja, en]) => (
            <label class="check" key={kind}>
              <input type="checkbox" checked={!off.has(kind)} onChange={(e) => toggle(kind, (e.target as HTMLInputElement).checked)} /> {L(ja, en)}
            </label>
          ))}
          <p class="muted">{L('チェックを外した種類もこのページには表示されます。', 'Kinds left unchecked still appear on this page.')}</p>
        </fieldset>
        <fieldset>
          <legend>{L('メールの言語', 'Language of e-mail')}</legend>
          <label class="check">
            <input type="radio" name="mail-language" value="ja" checked={mailLanguage === 'ja'} onChange={() => setMailLanguage('ja')} /> 日本語
          </label>
          <label class="check">
            <input type="radio" name="mail-language" value="en" checked={mailLanguage === 'en'} onChange={() => setMailLanguage('en')} /> English
          </label>
        </fieldset>
        <button type="submit" class="primary" disabled={state.saving}>
          {L('設定を保存', 'Save settings')}
        </button>{' '}
        <span role="status">{state.saved ? L('保存しました', 'Saved') : ''}</span>
        {state.error && <ErrorBox message={state.error} />}
      </form>
    </section>
  );
}
