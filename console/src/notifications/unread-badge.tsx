import { useEffect } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { graphql } from '../gql';
import { L } from '../i18n';
import { useQuery } from '../ui';

const UnreadNotifications = graphql(`
  query ConsoleUnreadNotifications { notifications(unreadOnly: true, first: 100) { id } }
`);

/** Fired after marking read, so the header's count follows without waiting for the next poll. */
export const NOTIFICATIONS_CHANGED = 'musubi:notifications-changed';
export const notificationsChanged = () => window.dispatchEvent(new Event(NOTIFICATIONS_CHANGED));

/** Polls, not pushes: a minute is soon enough for an introduction, and needs no open socket. */
const POLL_MS = 60_000;

/** The header's link to the notifications page with the number of unread ones (99+ above that). */
export function UnreadBadge() {
  const q = useQuery(UnreadNotifications, {});
  const { reload } = q;
  useEffect(() => {
    const timer = setInterval(reload, POLL_MS);
    window.addEventListener(NOTIFICATIONS_CHANGED, reload);
    return () => {
      clearInterval(timer);
      window.removeEventListener(NOTIFICATIONS_CHANGED, reload);
    };
  }, [reload]);
  const count = q.data?.notifications.length ?? 0;
  const shown = count > 99 ? '99+' : String(count);
  // The count's words are for screen readers; the name reads e.g. 「お知らせ (未読 3 件)」.
  return (
    <Link href="/notifications" class="notifications-link">
      {L('お知らせ', 'Notifications')}
      {count > 0 && (
        <span class="unread-count">
          <span class="visually-hidden">{L(' (未読 ', ' (')}</span>
          {shown}
          <span class="visually-hidden">{L(' 件)', ' unread)')}</span>
        </span>
      )}
    </Link>
  );
}
