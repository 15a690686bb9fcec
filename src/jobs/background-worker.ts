import { DataSource } from 'typeorm';
import type { Config } from '../config/config';
import type { Logger } from '../common/logger';
import { createMailer, Mailer, sendDueMail } from '../notifications/mailer';
import { LookupAll, systemLookup } from '../webhooks/safe-target';
import { claimDelivery, postDelivery, recordAttempt } from '../webhooks/webhook-sender';
import { dispatchEvents, scanOverdueConsultations } from './outbox-dispatcher';

/** Deliveries one instance sends at once: a slow receiver holds one slot, not the queue. */
const CONCURRENT_DELIVERIES = 4;
const OVERDUE_SCAN_EVERY_MS = 60_000;

/**
 * The background work of one musubi instance, on PostgreSQL only: fan out the outbox, send
 * webhook deliveries, send notification e-mail, raise overdue consultations. Every step claims
 * rows with FOR UPDATE SKIP LOCKED, so any number of instances share the work and none does the
 * same row at once; a stopped instance's work is picked up by the next (see webhook-sender.ts).
 * Nothing here runs inside a request: a slow receiver never delays an API call.
 */
export class BackgroundWorker {
  private running = false;
  private wake: (() => void) | null = null;
  private loop: Promise<void> | null = null;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly mailer: Mailer | null;
  private lastOverdueScan = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: Config,
    private readonly logger: Logger,
    private readonly lookup: LookupAll = systemLookup,
  ) {
    this.mailer = createMailer(config.smtp);
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Stops taking work and waits for the attempts under way. */
  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    await Promise.allSettled([...this.inFlight]);
    this.mailer?.close();
  }

  private async run(): Promise<void> {
    while (this.running) {
      let busy = false;
      try {
        busy = await this.tick();
      } catch (error) {
        if (!this.running) break;
        this.logger.warn('Background jobs: a step failed; retrying', { error: error instanceof Error ? error.message : String(error) });
      }
      if (!busy && this.running) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, this.config.jobsPollMs);
          this.wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        this.wake = null;
      }
    }
  }

  /** One round; true when it found work (then the next round starts at once). */
  private async tick(): Promise<boolean> {
    let busy = false;
    if (Date.now() - this.lastOverdueScan > OVERDUE_SCAN_EVERY_MS) {
      this.lastOverdueScan = Date.now();
      await scanOverdueConsultations(this.dataSource);
    }
    if ((await dispatchEvents(this.dataSource, `${this.config.publicUrl}/console`)) > 0) busy = true;
    while (this.running && this.inFlight.size < CONCURRENT_DELIVERIES) {
      const claimed = await claimDelivery(this.dataSource, this.config.webhooks);
      if (!claimed) break;
      busy = true;
      const targets = { production: this.config.nodeEnv === 'production', allowedHosts: this.config.webhooks.allowedHosts };
      const work = postDelivery(claimed, targets, this.config.webhooks.timeoutMs, this.lookup)
        .then((result) => recordAttempt(this.dataSource, this.config.webhooks, claimed, result))
        .catch((error: unknown) => this.logger.warn('Webhook: could not record an attempt', { deliveryId: claimed.id, error: String(error) }))
        .finally(() => {
          this.inFlight.delete(work);
          this.wake?.();
        });
      this.inFlight.add(work);
    }
    if ((await sendDueMail(this.dataSource, this.mailer, this.logger, { publicUrl: this.config.publicUrl, secret: this.config.jwtSecret })) > 0) busy = true;
    return busy;
  }
}
