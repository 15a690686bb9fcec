import { toGlobalId } from '../../src/common/global-id';
import { loadReferenceData, makeCompany } from '../support/factories';
import { ServerProcess, startServerProcess } from '../support/server-process';
import { TEST_JWT_SECRET } from '../support/test-auth';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { waitFor, WAIT_CEILING_MS } from '../support/wait-for';
import { startReceiver } from '../support/webhook-receiver';
import { Account } from '../../src/auth/account.entity';
import { AccountRole } from '../../src/auth/auth.enums';
import { hashPassword } from '../../src/auth/passwords';

/**
 * The delivery worker is killed (SIGKILL) while its POST waits for the receiver; after a restart
 * the delivery completes, with one attempt row per POST the receiver saw. Then two instances on
 * one database deliver each event once.
 */
jest.setTimeout(6 * WAIT_CEILING_MS);

describe('webhook delivery across a crash and two instances', () => {
  let db: TestDatabase;
  const servers: ServerProcess[] = [];
  const env = () => ({
    DATABASE_URL: db.url,
    MUSUBI_SEED: 'empty',
    MUSUBI_JWT_SECRET: TEST_JWT_SECRET,
    MUSUBI_RATE_LIMIT_PER_IP: '0',
    LOG_LEVEL: 'warn',
    MUSUBI_JOBS_POLL_MS: '100',
    MUSUBI_WEBHOOK_TIMEOUT_MS: '8000',
    MUSUBI_WEBHOOK_RETRY_BASE_MS: '50',
    MUSUBI_WEBHOOK_RETRY_MAX_MS: '200',
  });

  beforeAll(async () => {
    db = await createTestDatabase();
    await loadReferenceData(db.dataSource);
    await db.dataSource
      .getRepository(Account)
      .save({ email: 'hooks@example.jp', passwordHash: await hashPassword('restart and deliver once'), role: AccountRole.ADMIN });
  });
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await db?.drop();
  });

  const post = async (server: ServerProcess, query: string, variables: Record<string, unknown>, token?: string) => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as any;
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };

  it('completes a delivery after the sending process is killed, with one attempt row per POST; two instances deliver each event once', async () => {
    const receiver = await startReceiver();
    try {
      receiver.hold();
      const first = await startServerProcess(env());
      servers.push(first);
      const token = (await post(first, `mutation { signIn(email: "hooks@example.jp", password: "restart and deliver once") { token } }`, {})).signIn.token;
      await post(
        first,
        `mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { secret } }`,
        { input: { url: receiver.url, events: ['NEED_SUBMITTED'] } },
        token,
      );
      const company = await makeCompany(db.dataSource);
      const submit = (server: ServerProcess, title: string) =>
        post(
          server,
          `mutation($input: SubmitNeedInput!) { submitNeed(input: $input) { id } }`,
          { input: { companyId: toGlobalId('Company', company.id), title, description: '再起動の試験', category: 'TECHNICAL' } },
          token,
        );
      await submit(first, '停止中に送る');
      await waitFor(
        () => receiver.received.length >= 1,
        () => 'the first POST to arrive',
      );
      first.child.kill('SIGKILL');
      await first.exited;
      receiver.release();

      const [a, b] = await Promise.all([
        startServerProcess({ ...env(), MUSUBI_RUN_MIGRATIONS: 'false' }),
        startServerProcess({ ...env(), MUSUBI_RUN_MIGRATIONS: 'false' }),
      ]);
      servers.push(a, b);
      await waitFor(
        async () => {
          const [row] = await db.dataSource.query(`SELECT status FROM webhook_delivery`);
          return row?.status === 'DELIVERED';
        },
        () => 'the delivery to complete after the restart',
      );
      const attempts = await db.dataSource.query(`SELECT number, outcome FROM webhook_attempt ORDER BY number`);
      // Under load the held POST may also time out before the kill: then more attempts, still one row per POST.
      expect(attempts.map((a: { outcome: string }) => a.outcome)).toContain('INTERRUPTED');
      expect(attempts[attempts.length - 1]).toMatchObject({ outcome: 'SUCCEEDED' });
      expect(receiver.received).toHaveLength(attempts.length);
      expect(new Set(receiver.received.map((hook) => hook.headers['x-musubi-delivery'])).size).toBe(1);

      // Two instances, many events: each arrives once.
      const titles = Array.from({ length: 8 }, (_, i) => `二台で配信 ${i}`);
      for (const [i, title] of titles.entries()) await submit(i % 2 === 0 ? a : b, title);
      const arrived = () => new Set(receiver.received.map((hook) => hook.json.data.need.title));
      await waitFor(
        () => titles.every((title) => arrived().has(title)),
        () => `all ${titles.length} events (got ${[...arrived()].join(', ')})`,
      );
      await waitFor(
        async () => {
          const [{ count }] = await db.dataSource.query(`SELECT count(*)::int AS count FROM webhook_delivery WHERE status <> 'DELIVERED'`);
          return count === 0;
        },
        () => 'every delivery to be marked delivered',
      );
      // One delivery per event (a slow answer may still be retried: at-least-once, same delivery id) …
      for (const title of titles) {
        const ids = new Set(receiver.received.filter((hook) => hook.json.data.need.title === title).map((hook) => hook.headers['x-musubi-delivery']));
        expect({ title, deliveries: ids.size }).toEqual({ title, deliveries: 1 });
      }
      // … and exactly one attempt row per POST the receiver saw: no two instances sent the same attempt.
      const [{ count }] = await db.dataSource.query(`SELECT count(*)::int AS count FROM webhook_attempt`);
      expect(count).toBe(receiver.received.length);
    } finally {
      await receiver.close();
    }
  });
});
