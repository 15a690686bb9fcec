import { DataSource } from 'typeorm';
import type { EventPayload } from '../events/event-snapshots';
import { recipientsOf } from '../notifications/notification-recipients';
import { notificationText } from '../notifications/notification-templates';
import { WebhookSubscription } from '../webhooks/webhook.entities';
import { receives, renderBody, StoredEvent } from '../webhooks/webhook-payload';

/**
 * Fans committed events out, once: per event, one delivery per subscription that may receive
 * it and one notification per person to tell, then marks the event dispatched, all in one
 * transaction. Events are taken FOR UPDATE SKIP LOCKED, so instances share the outbox without
 * taking the same event; a crash before COMMIT leaves the event to the next one.
 */
export async function dispatchEvents(dataSource: DataSource, consoleUrl: string, batchSize = 20): Promise<number> {
  return dataSource.transaction(async (manager) => {
    const events = (await manager.query(
      `SELECT id, type, payload, occurred_at FROM domain_event WHERE dispatched_at IS NULL ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [batchSize],
    )) as Array<{ id: string; type: string; payload: EventPayload; occurred_at: Date }>;
    if (events.length === 0) return 0;
    // Subscriptions whose owner may still act: an active administrator, or a key not revoked.
    const subscriptions = await manager
      .getRepository(WebhookSubscription)
      .createQueryBuilder('s')
      .leftJoin('account', 'a', 'a.id = s.owner_account_id')
      .leftJoin('api_key', 'k', 'k.id = s.owner_api_key_id')
      .where(`(s.owner_account_id IS NOT NULL AND a.status = 'ACTIVE' AND a.role = 'ADMIN') OR (s.owner_api_key_id IS NOT NULL AND k.revoked_at IS NULL)`)
      .getMany();
    for (const row of events) {
      const event: StoredEvent = { id: row.id, type: row.type, payload: row.payload, occurredAt: new Date(row.occurred_at) };
      for (const subscription of subscriptions.filter((s) => receives(s, event))) {
        await manager.query(
          `INSERT INTO webhook_delivery (subscription_id, event_id, event_type, body) VALUES ($1, $2, $3, $4) ON CONFLICT (subscription_id, event_id) WHERE redelivery_of IS NULL DO NOTHING`,
          [subscription.id, event.id, event.type, renderBody(subscription, event)],
        );
      }
      for (const recipient of await recipientsOf(manager, event.type, event.payload)) {
        const text = notificationText(recipient.kind, event.type, event.payload, consoleUrl);
        await manager.query(
          `INSERT INTO notification (account_id, kind, event_id, subject_id, title_ja, title_en, body_ja, body_en) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (account_id, event_id, kind) DO NOTHING`,
          [recipient.accountId, recipient.kind, event.id, row.payload.internal.needId ?? row.id, text.titleJa, text.titleEn, text.bodyJa, text.bodyEn],
        );
      }
    }
    await manager.query(`UPDATE domain_event SET dispatched_at = now() WHERE id = ANY($1::uuid[])`, [events.map((e) => e.id)]);
    return events.length;
  });
}

/** Raises CONSULTATION_OVERDUE once per consultation and due date (the dedupe key), for notifications. */
export async function scanOverdueConsultations(dataSource: DataSource): Promise<void> {
  await dataSource.query(
    `INSERT INTO domain_event (type, subject_id, payload, dedupe_key)
     SELECT 'CONSULTATION_OVERDUE', c.id,
            jsonb_build_object('need', jsonb_build_object('title', n.title), 'consultation', jsonb_build_object('step', c.step, 'dueAt', to_char(c.due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')),
                               'internal', jsonb_build_object('needId', n.id, 'consultationId', c.id, 'holderId', c.holder_id)),
            'overdue:' || c.id || ':' || extract(epoch FROM c.due_at)::bigint
       FROM consultation c JOIN need n ON n.id = c.need_id
      WHERE c.status = 'OPEN' AND c.due_at < now()
     ON CONFLICT (dedupe_key) DO NOTHING`,
  );
}
