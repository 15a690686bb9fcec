import { Client } from 'pg';

/** The channel the reference tables' triggers notify on (migration 1796000000000), with the table's name as payload. */
export const REFERENCE_CHANNEL = 'musubi_reference_changed';

/** How long to wait before connecting again after the listening connection failed. */
const RECONNECT_MS = [100, 500, 2000, 5000];

export interface ReferenceListenerEvents {
  /** A reference table changed (committed in any instance or command-line tool). */
  changed(table: string): void;
  /** Listening (again): notifications sent while not listening are lost, so caches start over. */
  connected(): void;
  /** Not listening: caches must not be trusted until `connected`. */
  disconnected(error?: Error): void;
}

/**
 * One dedicated connection that LISTENs for changes of the reference tables, so that every
 * instance drops its cached copy when any of them (or `npm run calibrate`, an import, psql)
 * commits a change. It reconnects by itself; `stop()` ends it for good.
 */
export class ReferenceListener {
  private client: Client | null = null;
  private stopped = false;
  private attempts = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly connectionString: string,
    private readonly events: ReferenceListenerEvents,
  ) {}

  /** Resolves once listening, or after the first failure (then it keeps retrying in the background). */
  async start(): Promise<void> {
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const client = this.client;
    this.client = null;
    if (client) await client.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: this.connectionString, application_name: 'musubi-reference-listener', connectionTimeoutMillis: 10_000 });
    let failed = false;
    const fail = (error?: Error) => {
      if (failed) return;
      failed = true;
      if (this.client === client) this.client = null;
      client.end().catch(() => undefined);
      this.events.disconnected(error);
      this.retry();
    };
    client.on('error', fail);
    client.on('end', () => fail());
    client.on('notification', (message) => {
      if (message.channel === REFERENCE_CHANNEL) this.events.changed(message.payload ?? '');
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${REFERENCE_CHANNEL}`);
    } catch (error) {
      fail(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    if (this.stopped) {
      failed = true;
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.attempts = 0;
    this.events.connected();
  }

  private retry(): void {
    if (this.stopped || this.timer) return;
    const delay = RECONNECT_MS[Math.min(this.attempts, RECONNECT_MS.length - 1)];
    this.attempts += 1;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.connect();
    }, delay);
    this.timer.unref();
  }
}
