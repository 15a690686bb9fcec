import http from 'node:http';
import https from 'node:https';
import { DataSource } from 'typeorm';
import type { WebhookConfig } from '../config/config';
import { toGlobalId } from '../common/global-id';
import { LookupAll, safeLookup, systemLookup, TargetPolicy, urlRefusal } from './safe-target';
import { signWebhook } from './webhook-signature';

/** A delivery claimed for one attempt. */
export interface ClaimedDelivery {
  id: string;
  attempt: number;
  eventType: string;
  body: string;
  url: string;
  secret: string;
  subscriptionId: string;
}

export interface AttemptResult {
  ok: boolean;
  status: number | null;
  error: string | null;
}

/** Extra time past the per-attempt time-out before another instance may take a SENDING delivery as abandoned. */
const LEASE_MARGIN_MS = 2000;

/**
 * Claims the next due delivery for one attempt, across instances: FOR UPDATE SKIP LOCKED, so
 * two workers never take the same row. A delivery left SENDING past its lease (its instance
 * stopped mid-attempt) is due again: its open attempt is closed as INTERRUPTED and a new attempt
 * row is written before the POST, so there is exactly one attempt row per POST.
 */
export async function claimDelivery(dataSource: DataSource, config: WebhookConfig): Promise<ClaimedDelivery | null> {
  return dataSource.transaction(async (manager) => {
    const rows = (await manager.query(
      `SELECT d.id, d.attempts, d.event_type, d.body, d.subscription_id, s.url, s.secret
         FROM webhook_delivery d JOIN webhook_subscription s ON s.id = d.subscription_id
        WHERE s.status = 'ACTIVE'
          AND ((d.status = 'PENDING' AND d.next_attempt_at <= now()) OR (d.status = 'SENDING' AND d.lease_until < now()))
        ORDER BY d.next_attempt_at
        LIMIT 1
        FOR UPDATE OF d SKIP LOCKED`,
    )) as Array<{ id: string; attempts: number; event_type: string; body: string; subscription_id: string; url: string; secret: string }>;
    const row = rows[0];
    if (!row) return null;
    await manager.query(
      `UPDATE webhook_attempt SET outcome = 'INTERRUPTED', finished_at = now(), error = 'the sending instance stopped' WHERE delivery_id = $1 AND outcome = 'IN_FLIGHT'`,
      [row.id],
    );
    if (row.attempts >= config.maxAttempts) {
      await manager.query(`UPDATE webhook_delivery SET status = 'FAILED', lease_until = NULL, last_error = 'out of attempts' WHERE id = $1`, [row.id]);
      return null;
    }
    const attempt = row.attempts + 1;
    await manager.query(
      `UPDATE webhook_delivery SET status = 'SENDING', attempts = $2, last_attempt_at = now(), lease_until = now() + make_interval(secs => $3::float8 / 1000) WHERE id = $1`,
      [row.id, attempt, config.timeoutMs + LEASE_MARGIN_MS],
    );
    await manager.query(`INSERT INTO webhook_attempt (delivery_id, number) VALUES ($1, $2)`, [row.id, attempt]);
    return { id: row.id, attempt, eventType: row.event_type, body: row.body, url: row.url, secret: row.secret, subscriptionId: row.subscription_id };
  });
}

/** One signed POST with a time-out, to an address checked by the SSRF guard as it connects. Never throws. */
export function postDelivery(delivery: ClaimedDelivery, targets: TargetPolicy, timeoutMs: number, lookup: LookupAll = systemLookup): Promise<AttemptResult> {
  const refusal = urlRefusal(targets, delivery.url);
  if (refusal) return Promise.resolve({ ok: false, status: null, error: `refused target: ${refusal.en}` });
  const url = new URL(delivery.url);
  const body = Buffer.from(delivery.body, 'utf8');
  const headers = {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(body.length),
    'user-agent': 'musubi-webhooks/1',
    'x-musubi-event': delivery.eventType,
    'x-musubi-delivery': toGlobalId('WebhookDelivery', delivery.id),
    'x-musubi-signature': signWebhook(delivery.secret, delivery.body, Math.floor(Date.now() / 1000)),
  };
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: AttemptResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const request = (url.protocol === 'https:' ? https : http).request(
      url,
      { method: 'POST', headers, lookup: safeLookup(targets, lookup) as never, agent: false },
      (response) => {
        const status = response.statusCode ?? 0;
        // The body is not used; read it (bounded by the time-out) so the socket closes cleanly.
        response.resume();
        response.on('end', () => finish({ ok: status >= 200 && status < 300, status, error: null }));
        response.on('error', (error) => finish({ ok: false, status, error: error.message }));
      },
    );
    const timer = setTimeout(() => {
      request.destroy();
      finish({ ok: false, status: null, error: `timed out after ${timeoutMs} ms` });
    }, timeoutMs);
    request.on('error', (error) =>
      finish({ ok: false, status: null, error: error.name === 'UnsafeTargetError' ? `refused target: ${error.message}` : error.message }),
    );
    request.end(body);
  });
}

/** Exponential backoff with jitter: base × 2^(n−1), capped, then a random 50–100 % of it (so retries of many receivers spread out). */
export function retryDelayMs(config: Pick<WebhookConfig, 'retryBaseMs' | 'retryMaxMs'>, attempt: number, random = Math.random): number {
  const ceiling = Math.min(config.retryMaxMs, config.retryBaseMs * 2 ** Math.min(attempt - 1, 30));
  return Math.round(ceiling * (0.5 + random() * 0.5));
}

/**
 * Writes the attempt's outcome, unless another instance has taken the delivery over meanwhile
 * (its lease ran out): then this late result is dropped, the newer attempt decides.
 */
export async function recordAttempt(dataSource: DataSource, config: WebhookConfig, delivery: ClaimedDelivery, result: AttemptResult): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const current = (await manager.query(`SELECT attempts, status FROM webhook_delivery WHERE id = $1 FOR UPDATE`, [delivery.id])) as Array<{
      attempts: number;
      status: string;
    }>;
    if (!current[0] || current[0].status !== 'SENDING' || current[0].attempts !== delivery.attempt) return;
    await manager.query(`UPDATE webhook_attempt SET outcome = $3, response_code = $4, error = $5, finished_at = now() WHERE delivery_id = $1 AND number = $2`, [
      delivery.id,
      delivery.attempt,
      result.ok ? 'SUCCEEDED' : 'FAILED',
      result.status,
      result.error,
    ]);
    if (result.ok) {
      await manager.query(
        `UPDATE webhook_delivery SET status = 'DELIVERED', delivered_at = now(), lease_until = NULL, last_response_code = $2, last_error = NULL WHERE id = $1`,
        [delivery.id, result.status],
      );
      await manager.query(`UPDATE webhook_subscription SET consecutive_failures = 0 WHERE id = $1`, [delivery.subscriptionId]);
      return;
    }
    const last = delivery.attempt >= config.maxAttempts;
    await manager.query(
      `UPDATE webhook_delivery SET status = $2, lease_until = NULL, last_response_code = $3, last_error = $4, next_attempt_at = now() + make_interval(secs => $5::float8 / 1000) WHERE id = $1`,
      [delivery.id, last ? 'FAILED' : 'PENDING', result.status, result.error, last ? 0 : retryDelayMs(config, delivery.attempt)],
    );
    const why = result.status !== null ? `HTTP ${result.status}` : (result.error ?? 'error');
    await manager.query(
      `UPDATE webhook_subscription SET consecutive_failures = consecutive_failures + 1,
              status = CASE WHEN consecutive_failures + 1 >= $2 THEN 'PAUSED' ELSE status END,
              paused_at = CASE WHEN consecutive_failures + 1 >= $2 AND status = 'ACTIVE' THEN now() ELSE paused_at END,
              paused_reason = CASE WHEN consecutive_failures + 1 >= $2 AND status = 'ACTIVE' THEN $3 ELSE paused_reason END
        WHERE id = $1`,
      [
        delivery.subscriptionId,
        config.pauseAfterFailures,
        `${config.pauseAfterFailures} 回続けて配信に失敗したため停止しました (最後: ${why}) / paused after ${config.pauseAfterFailures} failed attempts in a row (last: ${why})`,
      ],
    );
  });
}
