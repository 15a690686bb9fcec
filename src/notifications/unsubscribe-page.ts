import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NotificationKind } from './notification-templates';
import type { NotificationService } from './notification.service';
import { readUnsubscribeToken } from './unsubscribe-token';

const KIND_NAMES: Record<NotificationKind, { ja: string; en: string }> = {
  PROPOSAL_TO_ME: { ja: 'あなたへのマッチング提案', en: 'proposals made to you' },
  NEED_PROGRESS: { ja: 'ニーズのマッチング状況', en: 'progress of introductions for your needs' },
  UNHELD_NEED: { ja: '担当者のいない新しいニーズ', en: 'new needs nobody holds' },
  CONSULTATION_ESCALATED: { ja: '引き継がれた相談', en: 'consultations escalated to you' },
  CONSULTATION_OVERDUE: { ja: '対応期限を過ぎた相談', en: 'consultations past their due date' },
};

const MAX_FORM_BYTES = 4096;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(res: ServerResponse, status: number, title: string, body: string): void {
  const html = `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} | musubi</title>
<style>body{font-family:system-ui,"Hiragino Sans","Noto Sans JP",sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.7;color:#1f2933}
h1{font-size:1.4rem}button{font:inherit;padding:.5rem 1.2rem;border-radius:6px;border:1px solid #1d4ed8;background:#1d4ed8;color:#fff;cursor:pointer}
.en{color:#52606d;font-size:.9rem}</style></head>
<body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
  res
    .writeHead(status, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'referrer-policy': 'no-referrer',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
    })
    .end(html);
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams | null> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_FORM_BYTES) return null;
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/**
 * `GET /notifications/unsubscribe?token=…` shows what the link stops, with a button; a POST to the
 * same address stops it. Mail clients that honour `List-Unsubscribe-Post` (RFC 8058) send that POST
 * themselves (body `List-Unsubscribe=One-Click`): the one click. A GET never changes anything, so
 * link scanners that open every URL in a mail cannot unsubscribe anyone.
 */
export function createUnsubscribePage(notifications: NotificationService, secret: string) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'POST') {
      res.writeHead(405, { allow: 'GET, POST' }).end();
      return;
    }
    const form = req.method === 'POST' ? await readForm(req) : null;
    if (req.method === 'POST' && form === null) return page(res, 413, '送信内容が大きすぎます', '<p class="en">The request body is too large.</p>');
    const token = url.searchParams.get('token') ?? form?.get('token') ?? '';
    const target = readUnsubscribeToken(secret, token);
    if (!target) {
      return page(
        res,
        400,
        'このリンクは無効です',
        '<p>配信停止のリンクが正しくないか、古くなっています。コンソールの通知設定から配信を停止できます。</p><p class="en">This unsubscribe link is not valid (mistyped or outdated). You can turn e-mail off in the console’s notification settings.</p>',
      );
    }
    const name = KIND_NAMES[target.kind];
    if (req.method === 'GET') {
      return page(
        res,
        200,
        'メール配信の停止',
        `<p>「${escapeHtml(name.ja)}」のお知らせメールを停止します。アプリ内のお知らせ一覧には引き続き表示されます。</p>
<p class="en">Stop e-mails about ${escapeHtml(name.en)}. They stay in the in-app notification list.</p>
<form method="post"><input type="hidden" name="token" value="${escapeHtml(token)}"><button type="submit">配信を停止する / Unsubscribe</button></form>`,
      );
    }
    if (!(await notifications.muteEmailKind(target.accountId, target.kind))) {
      return page(res, 404, 'アカウントが見つかりません', '<p class="en">The account this link was for no longer exists.</p>');
    }
    return page(
      res,
      200,
      '配信を停止しました',
      `<p>「${escapeHtml(name.ja)}」のお知らせメールは今後送信されません。再開はコンソールの通知設定から行えます。</p>
<p class="en">You will no longer get e-mails about ${escapeHtml(name.en)}. Turn them back on in the console’s notification settings.</p>`,
    );
  };
}
