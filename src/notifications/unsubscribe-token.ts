import { createHmac, timingSafeEqual } from 'node:crypto';
import { NOTIFICATION_KINDS, NotificationKind } from './notification-templates';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The prefix keeps these signatures apart from anything else signed with the same secret (sign-in tokens). */
const sign = (secret: string, payload: string) => createHmac('sha256', secret).update(`musubi-unsubscribe:${payload}`).digest('base64url');

/**
 * A token for one account and one kind of mail: the one-click unsubscribe link carries it
 * instead of a sign-in. It does not expire (an old mail's link must keep working) and stops
 * working when the server secret (MUSUBI_JWT_SECRET) changes.
 */
export function unsubscribeToken(secret: string, accountId: string, kind: NotificationKind): string {
  const payload = `${accountId}.${kind}`;
  return `${Buffer.from(payload, 'utf8').toString('base64url')}.${sign(secret, payload)}`;
}

/** The account and kind a token names, or null when it is malformed or not signed with `secret`. */
export function readUnsubscribeToken(secret: string, token: string): { accountId: string; kind: NotificationKind } | null {
  const [encoded, signature, extra] = token.split('.');
  if (!encoded || !signature || extra !== undefined) return null;
  const payload = Buffer.from(encoded, 'base64url').toString('utf8');
  const expected = Buffer.from(sign(secret, payload));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const [accountId, kind] = payload.split('.');
  if (!UUID.test(accountId ?? '') || !(NOTIFICATION_KINDS as readonly string[]).includes(kind ?? '')) return null;
  return { accountId, kind: kind as NotificationKind };
}

/** Where one-click unsubscribe links point, and the secret that signs their tokens. */
export interface UnsubscribeLinks {
  publicUrl: string;
  secret: string;
}

export const UNSUBSCRIBE_PATH = '/notifications/unsubscribe';

/** The one-click unsubscribe address of one account's mail of one kind. */
export function unsubscribeUrl(links: UnsubscribeLinks, accountId: string, kind: NotificationKind): string {
  return `${links.publicUrl}${UNSUBSCRIBE_PATH}?token=${unsubscribeToken(links.secret, accountId, kind)}`;
}
