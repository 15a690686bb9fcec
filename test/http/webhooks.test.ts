import { ApiKeyService, generateApiKey } from '../../src/auth/api-key.service';
import { ApiKeyScope } from '../../src/auth/auth.enums';
import { toGlobalId } from '../../src/common/global-id';
import { Company } from '../../src/companies/company.entity';
import { verifyWebhookSignature } from '../../src/webhooks/webhook-signature';
import { loadReferenceData, makeCompany, makeInstitution } from '../support/factories';
import { expectNoErrors, startTestServer, TestServer } from '../support/test-server';
import { waitFor, WAIT_CEILING_MS } from '../support/wait-for';
import { startReceiver } from '../support/webhook-receiver';

jest.setTimeout(3 * WAIT_CEILING_MS);

const CREATE = `mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { secret subscription { id status events } } }`;
const DELIVERIES = `query($id: ID!) { webhookDeliveries(subscriptionId: $id) { edges { node { id eventId eventType status attempts lastResponseCode redeliveryOf attemptLog { number outcome responseCode } } } } }`;
const SUBMIT = `mutation($input: SubmitNeedInput!) { submitNeed(input: $input) { id } }`;

describe('webhooks', () => {
  let t: TestServer;
  let company: Company;
  let partnerKey: string;
  const partner = (query: string, variables?: Record<string, unknown>) => t.gql(query, variables, { 'x-api-key': partnerKey });
  const admin = () => t.as('ADMIN');

  beforeAll(async () => {
    t = await startTestServer({
      MUSUBI_BACKGROUND_JOBS: 'true',
      MUSUBI_JOBS_POLL_MS: '50',
      MUSUBI_WEBHOOK_RETRY_BASE_MS: '50',
      MUSUBI_WEBHOOK_RETRY_MAX_MS: '200',
    });
    await loadReferenceData(t.db.dataSource);
    const bank = await makeInstitution(t.db.dataSource, { nameJa: '荘内銀行(架空テスト)', kind: 'FINANCIAL_INSTITUTION' as never });
    company = await makeCompany(t.db.dataSource, { nameJa: '秘密精工(架空)', regionCode: 'JP-06-SHONAI' });
    partnerKey = generateApiKey();
    await new ApiKeyService(t.db.dataSource).store(partnerKey, {
      name: 'bank portal',
      ownerInstitutionId: bank.id,
      scopes: [ApiKeyScope.SUBMIT_NEEDS],
      rateLimitPerMinute: 1000,
    });
  });
  afterAll(() => t.close());

  it('signs each delivery, retries after a 500 until a 200, and redelivers on request', async () => {
    const receiver = await startReceiver([500]);
    try {
      const { secret, subscription } = expectNoErrors(
        await admin().gql(CREATE, { input: { url: receiver.url, events: ['NEED_SUBMITTED'], description: '全件 (事務局)' } }),
      ).createWebhookSubscription;
      expect(secret).toMatch(/^whsec_/);
      expectNoErrors(
        await t.as('COORDINATOR').gql(SUBMIT, {
          input: { companyId: toGlobalId('Company', company.id), title: '金型の寿命延長', description: '摩耗を減らしたい。', category: 'TECHNICAL' },
        }),
      );
      await waitFor(
        () => receiver.received.length >= 2,
        () => `two POSTs (got ${receiver.received.length})`,
      );
      const [first, second] = receiver.received;
      for (const hook of [first, second]) {
        expect(hook.headers['x-musubi-event']).toBe('NEED_SUBMITTED');
        expect(verifyWebhookSignature(secret, hook.body, String(hook.headers['x-musubi-signature']))).toBe(true);
        expect(hook.json).toMatchObject({
          type: 'NEED_SUBMITTED',
          apiVersion: expect.any(String),
          data: { need: { title: '金型の寿命延長', companyName: '秘密精工(架空)' } },
        });
      }
      expect(second.headers['x-musubi-delivery']).toBe(first.headers['x-musubi-delivery']);
      const delivered = await waitFor(
        async () => {
          const edges = expectNoErrors(await admin().gql(DELIVERIES, { id: subscription.id })).webhookDeliveries.edges;
          return edges[0]?.node.status === 'DELIVERED' && edges[0].node;
        },
        () => 'the delivery to be marked DELIVERED',
      );
      expect(delivered).toMatchObject({
        attempts: 2,
        lastResponseCode: 200,
        attemptLog: [
          { number: 1, outcome: 'FAILED', responseCode: 500 },
          { number: 2, outcome: 'SUCCEEDED', responseCode: 200 },
        ],
      });
      expect(delivered.id).toBe(first.headers['x-musubi-delivery']);

      const again = expectNoErrors(
        await admin().gql(`mutation($id: ID!) { redeliverWebhook(deliveryId: $id) { id redeliveryOf } }`, { id: delivered.id }),
      ).redeliverWebhook;
      await waitFor(
        () => receiver.received.length >= 3,
        () => 'the redelivery',
      );
      expect(receiver.received[2].headers['x-musubi-delivery']).toBe(again.id);
      expect(receiver.received[2].json.id).toBe(first.json.id);
      expect(verifyWebhookSignature(secret, receiver.received[2].body, String(receiver.received[2].headers['x-musubi-signature']))).toBe(true);
      expect(
        expectNoErrors(await admin().gql(`mutation($id: ID!) { deleteWebhookSubscription(id: $id) }`, { id: subscription.id })).deleteWebhookSubscription,
      ).toBe(true);
    } finally {
      await receiver.close();
    }
  });

  it("never sends a confidential need's company or description to a partner that may not read them", async () => {
    const partnerReceiver = await startReceiver();
    const adminReceiver = await startReceiver();
    try {
      const forbidden = await partner(CREATE, { input: { url: partnerReceiver.url, events: ['SEED_PUBLISHED'] } });
      expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const own = expectNoErrors(await partner(CREATE, { input: { url: partnerReceiver.url, events: ['NEED_SUBMITTED'] } })).createWebhookSubscription;
      expectNoErrors(await admin().gql(CREATE, { input: { url: adminReceiver.url, events: ['NEED_SUBMITTED'] } }));
      expect(expectNoErrors(await partner(`{ webhookSubscriptions { id } }`)).webhookSubscriptions).toEqual([{ id: own.subscription.id }]);
      // Submitted by a coordinator: not the partner's, so the partner hears nothing of it.
      expectNoErrors(
        await t
          .as('COORDINATOR')
          .gql(SUBMIT, { input: { companyId: toGlobalId('Company', company.id), title: '他者の登録', description: '見えないはず', category: 'TECHNICAL' } }),
      );
      expectNoErrors(
        await partner(SUBMIT, {
          input: {
            companyId: toGlobalId('Company', company.id),
            title: '新素材の評価',
            description: '社外秘の詳細: 秘密精工の新工場計画',
            keywords: ['社外秘キーワード'],
            category: 'RESEARCH',
            confidentiality: 'CONFIDENTIAL',
            budgetMaxYen: 5000000,
          },
        }),
      );
      await waitFor(
        () => partnerReceiver.received.length >= 1 && adminReceiver.received.length >= 2,
        () => 'deliveries to both receivers',
      );
      await waitFor(
        async () => {
          const [{ count }] = await t.db.dataSource.query(`SELECT count(*)::int AS count FROM webhook_delivery WHERE status <> 'DELIVERED'`);
          return count === 0;
        },
        () => 'every delivery to be done',
      );
      expect(partnerReceiver.received).toHaveLength(1);
      const body = partnerReceiver.received[0].body;
      expect(partnerReceiver.received[0].json.data.need).toMatchObject({
        title: '新素材の評価',
        confidentiality: 'CONFIDENTIAL',
        companyId: null,
        companyName: null,
        regionCode: null,
        budgetMaxYen: null,
        keywords: [],
      });
      for (const secret of ['秘密精工', '新工場', '社外秘キーワード', toGlobalId('Company', company.id), '5000000']) expect(body).not.toContain(secret);
      const full = adminReceiver.received.find((hook) => hook.json.data.need.title === '新素材の評価')!;
      expect(full.json.data.need).toMatchObject({ companyName: '秘密精工(架空)', description: '社外秘の詳細: 秘密精工の新工場計画' });
    } finally {
      await Promise.all([partnerReceiver.close(), adminReceiver.close()]);
    }
  });

  it('refuses private and metadata targets at registration', async () => {
    for (const url of ['http://10.0.0.1/hook', 'http://169.254.169.254/latest', 'ftp://127.0.0.1/']) {
      const refused = await admin().gql(CREATE, { input: { url, events: ['NEED_SUBMITTED'] } });
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    }
  });
});
