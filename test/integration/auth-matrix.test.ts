import { generateApiKey, ApiKeyService } from '../../src/auth/api-key.service';
import { ApiKeyScope } from '../../src/auth/auth.enums';
import { toGlobalId } from '../../src/common/global-id';
import { Company } from '../../src/companies/company.entity';
import { Institution } from '../../src/institutions/institution.entity';
import { ensureMatchIndex } from '../../src/matching/index';
import { Need } from '../../src/needs/need.entity';
import { Confidentiality } from '../../src/needs/need.enums';
import { WITHHELD } from '../../src/needs/need.visibility';
import { Researcher } from '../../src/people/researcher.entity';
import { Seed } from '../../src/seeds/seed.entity';
import { SeedStatus } from '../../src/seeds/seed.enums';
import { loadReferenceData, makeCompany, makeCoordinator, makeInstitution, makeNeed, makeResearcher, makeSeed } from '../support/factories';
import { GraphQLResult, startTestServer, TestServer } from '../support/test-server';

/**
 * The role × operation matrix (src/auth/policy.ts) against a real database: every caller,
 * anonymous and partner keys included, tries every family of operations through the API.
 * Outcomes: ALLOW (data came back), NULL (as if it did not exist), a number (what a list
 * counted), or the refusal's code.
 */
const CALLERS = ['ANONYMOUS', 'ADMIN', 'COORDINATOR', 'RESEARCHER', 'COMPANY_USER', 'PARTNER_READ', 'PARTNER_SUBMIT'] as const;
type Caller = (typeof CALLERS)[number];
type Outcome = 'ALLOW' | 'NULL' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'REDACTED' | number;

const gid = toGlobalId;

describe('authorisation matrix: every caller × every operation', () => {
  let t: TestServer;
  let institution: Institution;
  let ownResearcher: Researcher;
  let otherResearcher: Researcher;
  let ownCompany: Company;
  let otherCompany: Company;
  let published: Seed;
  let draft: Seed;
  let othersPublished: Seed;
  let othersDraft: Seed;
  const needs: Record<string, Need> = {};
  const headers: Partial<Record<Caller, Record<string, string>>> = {};

  beforeAll(async () => {
    t = await startTestServer();
    const ds = t.db.dataSource;
    await loadReferenceData(ds);
    institution = await makeInstitution(ds, { nameJa: '山形大学(架空)' });
    const coordinator = await makeCoordinator(ds, institution, { name: '片倉 美穂(架空)', email: 'katakura@example.jp' });
    ownResearcher = await makeResearcher(ds, institution, { nameJa: '菅野 拓海(架空)', email: 'kanno@example.jp', contactPublic: false });
    otherResearcher = await makeResearcher(ds, institution, { nameJa: '佐藤 一郎(架空)' });
    ownCompany = await makeCompany(ds, { nameJa: '吾妻実装テクノ(架空)' });
    otherCompany = await makeCompany(ds, { nameJa: '川西ルミテック(架空)' });
    published = await makeSeed(ds, [ownResearcher], { title: '有機EL照明の封止技術', status: SeedStatus.PUBLISHED });
    draft = await makeSeed(ds, [ownResearcher], { title: '下書きのシーズ', status: SeedStatus.DRAFT });
    othersPublished = await makeSeed(ds, [otherResearcher], { title: '他人の公開シーズ', status: SeedStatus.PUBLISHED });
    othersDraft = await makeSeed(ds, [otherResearcher], { title: '他人の下書き', status: SeedStatus.DRAFT });
    for (const level of Object.values(Confidentiality)) {
      needs[level] = await makeNeed(ds, otherCompany, {
        title: `${level} の課題`,
        description: `${level} の詳細な説明`,
        confidentiality: level,
        holderId: coordinator.id,
      });
    }
    needs.OWN = await makeNeed(ds, ownCompany, { title: '自社の課題', description: '自社の詳細', confidentiality: Confidentiality.CONFIDENTIAL });
    await ensureMatchIndex(ds);
    coordinatorId = coordinator.id;
    // Workflow records: a consultation and an introduction on another company's need and on the company user's own need.
    for (const need of [needs.PUBLIC, needs.OWN]) {
      await ds.query(`INSERT INTO consultation (need_id, channel, holder_id, window_id, version) VALUES ($1, 'PHONE', $2, $2, 1)`, [need.id, coordinator.id]);
    }
    await insertMatch(needs.PUBLIC.id, published.id);
    await insertMatch(needs.OWN.id, othersPublished.id);
    await ds.query(`INSERT INTO weight_set (version, weights, created_by) VALUES (1, '{"textRelevance": 1}', 'test')`);

    const keys = new ApiKeyService(ds);
    const readKey = generateApiKey();
    const submitKey = generateApiKey();
    await keys.store(readKey, { name: 'read', ownerInstitutionId: institution.id, scopes: [ApiKeyScope.READ_PUBLISHED], rateLimitPerMinute: 10000 });
    await keys.store(submitKey, { name: 'submit', ownerInstitutionId: institution.id, scopes: [ApiKeyScope.SUBMIT_NEEDS], rateLimitPerMinute: 10000 });
    headers.ANONYMOUS = {};
    headers.ADMIN = await t.auth.headersFor('ADMIN');
    headers.COORDINATOR = await t.auth.headersFor('COORDINATOR', { coordinatorId: coordinator.id, institutionId: institution.id });
    headers.RESEARCHER = await t.auth.headersFor('RESEARCHER', { researcherId: ownResearcher.id });
    headers.COMPANY_USER = await t.auth.headersFor('COMPANY_USER', { companyId: ownCompany.id });
    headers.PARTNER_READ = { 'x-api-key': readKey };
    headers.PARTNER_SUBMIT = { 'x-api-key': submitKey };
  });
  afterAll(() => t.close());

  let coordinatorId: string;
  /** A PROPOSED introduction of the need to the seed, written straight to the database; its global ID. */
  async function insertMatch(needId: string, seedId: string): Promise<string> {
    const [{ id }] = await t.db.dataSource.query(
      `INSERT INTO introduction (need_id, target_kind, target_id, seed_id, status, version) VALUES ($1, 'SEED', $2, $2, 'PROPOSED', 1) RETURNING id`,
      [needId, seedId],
    );
    return gid('Match', id);
  }
  /** A fresh need of another company, so each attempt starts from a clean pair. */
  const freshNeed = async () => makeNeed(t.db.dataSource, otherCompany, { title: '新しい課題' });

  const run = (caller: Caller, query: string, variables?: Record<string, unknown>) => t.gql(query, variables, headers[caller]);

  /** The refusal code, or what came back: null, a count, or ALLOW. */
  function outcome(result: GraphQLResult, pick: (data: any) => unknown): Outcome {
    const code = result.errors?.[0]?.extensions?.code;
    if (code) return code as Outcome;
    const value = pick(result.data);
    if (value === null || value === undefined) return 'NULL';
    if (typeof value === 'number') return value;
    return 'ALLOW';
  }

  const needOutcome = (result: GraphQLResult): Outcome => {
    const code = result.errors?.[0]?.extensions?.code;
    if (code) return code as Outcome;
    const need = result.data?.need;
    if (!need) return 'NULL';
    return need.description === WITHHELD || need.company === null ? 'REDACTED' : 'ALLOW';
  };

  interface Row {
    operation: string;
    attempt: (caller: Caller) => Promise<Outcome>;
    expected: Record<Caller, Outcome>;
  }
  const row = (operation: string, attempt: Row['attempt'], expected: Record<Caller, Outcome>): Row => ({ operation, attempt, expected });
  const all = (outcome: Outcome, overrides: Partial<Record<Caller, Outcome>> = {}): Record<Caller, Outcome> =>
    ({ ...Object.fromEntries(CALLERS.map((caller) => [caller, outcome])), ...overrides }) as Record<Caller, Outcome>;
  const staffOnly = (refusal: Outcome = 'FORBIDDEN') => all(refusal, { ANONYMOUS: 'UNAUTHENTICATED', ADMIN: 'ALLOW', COORDINATOR: 'ALLOW' });
  const adminOnly = () => all('FORBIDDEN', { ANONYMOUS: 'UNAUTHENTICATED', ADMIN: 'ALLOW' });

  const readRows: Row[] = [
    row(
      'read a published seed',
      async (c) => outcome(await run(c, `query($id: ID!) { seed(id: $id) { title } }`, { id: gid('Seed', published.id) }), (d) => d?.seed),
      all('ALLOW', { PARTNER_SUBMIT: 'FORBIDDEN' }),
    ),
    row(
      'read their own draft seed (researcher) / a draft seed',
      async (c) => outcome(await run(c, `query($id: ID!) { seed(id: $id) { title } }`, { id: gid('Seed', draft.id) }), (d) => d?.seed),
      all('NULL', { ADMIN: 'ALLOW', COORDINATOR: 'ALLOW', RESEARCHER: 'ALLOW', PARTNER_SUBMIT: 'FORBIDDEN' }),
    ),
    row(
      "read someone else's draft seed",
      async (c) => outcome(await run(c, `query($id: ID!) { seed(id: $id) { title } }`, { id: gid('Seed', othersDraft.id) }), (d) => d?.seed),
      all('NULL', { ADMIN: 'ALLOW', COORDINATOR: 'ALLOW', PARTNER_SUBMIT: 'FORBIDDEN' }),
    ),
    row(
      'list draft seeds (count)',
      async (c) => outcome(await run(c, `{ seeds(filter: { status: [DRAFT] }) { totalCount } }`), (d) => d?.seeds.totalCount),
      all(0, { ADMIN: 2, COORDINATOR: 2, RESEARCHER: 1, PARTNER_SUBMIT: 'FORBIDDEN' }),
    ),
    row(
      'draft seeds under institution.seeds(status: DRAFT)',
      async (c) =>
        outcome(
          await run(c, `query($id: ID!) { institution(id: $id) { seeds(status: [DRAFT]) { id } } }`, { id: gid('Institution', institution.id) }),
          (d) => d?.institution?.seeds.length,
        ),
      all(0, { ADMIN: 2, COORDINATOR: 2, RESEARCHER: 1, PARTNER_SUBMIT: 'FORBIDDEN' }),
    ),
    row(
      'draft seeds through node(id:)',
      async (c) => outcome(await run(c, `query($id: ID!) { node(id: $id) { id } }`, { id: gid('Seed', othersDraft.id) }), (d) => d?.node),
      all('NULL', { ADMIN: 'ALLOW', COORDINATOR: 'ALLOW' }),
    ),
    row(
      'list institutions, consortia, taxonomy, regions',
      async (c) =>
        outcome(
          await run(c, `{ institutions { totalCount } consortia { totalCount } researchFields { code } regions { code } }`),
          (d) => d?.institutions && 'ok',
        ),
      all('ALLOW', { PARTNER_SUBMIT: 'FORBIDDEN' }),
    ),
    row(
      "a researcher's private e-mail",
      async (c) =>
        outcome(await run(c, `query($id: ID!) { researcher(id: $id) { email } }`, { id: gid('Researcher', ownResearcher.id) }), (d) => d?.researcher?.email),
      all('NULL', { RESEARCHER: 'ALLOW', PARTNER_SUBMIT: 'FORBIDDEN' }),
    ),
    row(
      "a coordinator's e-mail",
      async (c) => outcome(await run(c, `{ coordinators { edges { node { email } } } }`), (d) => d?.coordinators.edges[0].node.email),
      all('NULL', { ADMIN: 'ALLOW', COORDINATOR: 'ALLOW', RESEARCHER: 'ALLOW', COMPANY_USER: 'ALLOW', PARTNER_SUBMIT: 'FORBIDDEN' }),
    ),
    row('list companies (count)', async (c) => outcome(await run(c, `{ companies { totalCount } }`), (d) => d?.companies.totalCount), {
      ANONYMOUS: 'UNAUTHENTICATED',
      ADMIN: 2,
      COORDINATOR: 2,
      RESEARCHER: 2,
      COMPANY_USER: 1,
      PARTNER_READ: 'FORBIDDEN',
      PARTNER_SUBMIT: 'FORBIDDEN',
    }),
    row(
      'another company by id',
      async (c) => outcome(await run(c, `query($id: ID!) { company(id: $id) { nameJa } }`, { id: gid('Company', otherCompany.id) }), (d) => d?.company),
      {
        ANONYMOUS: 'UNAUTHENTICATED',
        ADMIN: 'ALLOW',
        COORDINATOR: 'ALLOW',
        RESEARCHER: 'ALLOW',
        COMPANY_USER: 'NULL',
        PARTNER_READ: 'FORBIDDEN',
        PARTNER_SUBMIT: 'FORBIDDEN',
      },
    ),
    row('read a PUBLIC need', async (c) => needOutcome(await run(c, NEED_QUERY, { id: gid('Need', needs.PUBLIC.id) })), {
      ANONYMOUS: 'UNAUTHENTICATED',
      ADMIN: 'ALLOW',
      COORDINATOR: 'ALLOW',
      RESEARCHER: 'ALLOW',
      COMPANY_USER: 'NULL',
      PARTNER_READ: 'FORBIDDEN',
      PARTNER_SUBMIT: 'FORBIDDEN',
    }),
    row('read a RESTRICTED need', async (c) => needOutcome(await run(c, NEED_QUERY, { id: gid('Need', needs.RESTRICTED.id) })), {
      ANONYMOUS: 'UNAUTHENTICATED',
      ADMIN: 'ALLOW',
      COORDINATOR: 'ALLOW',
      RESEARCHER: 'REDACTED',
      COMPANY_USER: 'NULL',
      PARTNER_READ: 'FORBIDDEN',
      PARTNER_SUBMIT: 'FORBIDDEN',
    }),
    row('read a CONFIDENTIAL need', async (c) => needOutcome(await run(c, NEED_QUERY, { id: gid('Need', needs.CONFIDENTIAL.id) })), {
      ANONYMOUS: 'UNAUTHENTICATED',
      ADMIN: 'ALLOW',
      COORDINATOR: 'ALLOW',
      RESEARCHER: 'REDACTED',
      COMPANY_USER: 'NULL',
      PARTNER_READ: 'FORBIDDEN',
      PARTNER_SUBMIT: 'FORBIDDEN',
    }),
    row("read one's own company's CONFIDENTIAL need", async (c) => needOutcome(await run(c, NEED_QUERY, { id: gid('Need', needs.OWN.id) })), {
      ANONYMOUS: 'UNAUTHENTICATED',
      ADMIN: 'ALLOW',
      COORDINATOR: 'ALLOW',
      RESEARCHER: 'REDACTED',
      COMPANY_USER: 'ALLOW',
      PARTNER_READ: 'FORBIDDEN',
      PARTNER_SUBMIT: 'FORBIDDEN',
    }),
    row('list needs (count)', async (c) => outcome(await run(c, `{ needs { totalCount } }`), (d) => d?.needs.totalCount), {
      ANONYMOUS: 'UNAUTHENTICATED',
      ADMIN: 4,
      COORDINATOR: 4,
      RESEARCHER: 4,
      COMPANY_USER: 1,
      PARTNER_READ: 'FORBIDDEN',
      PARTNER_SUBMIT: 'FORBIDDEN',
    }),
    row(
      "another company's needs through node(id:)",
      async (c) => outcome(await run(c, `query($id: ID!) { node(id: $id) { id } }`, { id: gid('Need', needs.PUBLIC.id) }), (d) => d?.node),
      all('NULL', { ADMIN: 'ALLOW', COORDINATOR: 'ALLOW', RESEARCHER: 'ALLOW' }),
    ),
    row(
      'matching: seeds for a need',
      async (c) =>
        outcome(
          await run(c, `query($id: ID!) { matchCandidates(needId: $id) { totalCount } }`, { id: gid('Need', needs.PUBLIC.id) }),
          (d) => d?.matchCandidates && 'ok',
        ),
      staffOnly(),
    ),
    row(
      'matching: needs for one’s own seed',
      async (c) =>
        outcome(
          await run(c, `query($id: ID!) { needCandidatesForSeed(seedId: $id) { totalCount } }`, { id: gid('Seed', published.id) }),
          (d) => d?.needCandidatesForSeed && 'ok',
        ),
      { ...staffOnly(), RESEARCHER: 'ALLOW' },
    ),
    row(
      'matching: needs for someone else’s seed',
      async (c) =>
        outcome(
          await run(c, `query($id: ID!) { needCandidatesForSeed(seedId: $id) { totalCount } }`, { id: gid('Seed', othersPublished.id) }),
          (d) => d?.needCandidatesForSeed && 'ok',
        ),
      { ...staffOnly(), RESEARCHER: 'NOT_FOUND' },
    ),
    row('export records', async (c) => outcome(await run(c, `{ exportRecords(format: JSON, type: SEEDS) }`), (d) => d?.exportRecords), staffOnly()),
    row(
      'import records (dry run)',
      async (c) =>
        outcome(
          await run(c, `mutation($c: String!) { importRecords(input: { content: $c, format: JSON, dryRun: true }) { ok } }`, { c: '{}' }),
          (d) => d?.importRecords,
        ),
      staffOnly(),
    ),
    row('list accounts', async (c) => outcome(await run(c, `{ accounts { email } }`), (d) => d?.accounts), adminOnly()),
    row('list API keys', async (c) => outcome(await run(c, `{ apiKeys { prefix } }`), (d) => d?.apiKeys), adminOnly()),
    row(
      'read the access log of a need',
      async (c) =>
        outcome(await run(c, `query($id: ID!) { needAccessLog(needId: $id) { role } }`, { id: gid('Need', needs.CONFIDENTIAL.id) }), (d) => d?.needAccessLog),
      adminOnly(),
    ),
    row('list consultations (count)', async (c) => outcome(await run(c, `{ consultations { totalCount } }`), (d) => d?.consultations.totalCount), {
      ...staffOnly(),
      ADMIN: 2,
      COORDINATOR: 2,
      COMPANY_USER: 1,
    }),
    row(
      'route a consultation',
      async (c) =>
        outcome(
          await run(c, `query($id: ID!) { routeConsultation(id: $id) { nextStep } }`, {
            id: gid('Consultation', (await t.db.dataSource.query(`SELECT id FROM consultation LIMIT 1`))[0].id),
          }),
          (d) => d?.routeConsultation,
        ),
      staffOnly(),
    ),
    row(
      'list introductions (count: researchers theirs, a company its needs’)',
      async (c) => outcome(await run(c, `{ matches { totalCount } }`), (d) => d?.matches.totalCount),
      { ...staffOnly(), ADMIN: 2, COORDINATOR: 2, RESEARCHER: 1, COMPANY_USER: 1 },
    ),
    row('KPIs and their CSV', async (c) => outcome(await run(c, `{ kpis(fiscalYear: 2025) { label } kpiCsv(fiscalYear: 2025) }`), (d) => d?.kpis), staffOnly()),
    row('list weight sets', async (c) => outcome(await run(c, `{ weightSets { version } }`), (d) => d?.weightSets), adminOnly()),
    row(
      'me',
      async (c) => outcome(await run(c, `{ me { role } }`), (d) => d?.me),
      all('ALLOW', { ANONYMOUS: 'NULL', PARTNER_READ: 'NULL', PARTNER_SUBMIT: 'NULL' }),
    ),
  ];

  describe('reads', () => {
    it.each(readRows.flatMap((r) => CALLERS.map((caller) => [r.operation, caller, r] as const)))('%s as %s', async (_operation, caller, r) => {
      expect(await r.attempt(caller)).toEqual(r.expected[caller]);
    });
  });

  let counter = 0;
  const unique = () => `k${Date.now().toString(36)}-${++counter}`;
  const seedInput = (ownerId: string) => ({ key: `s.${unique()}`, title: '新しいシーズ', summary: '概要', trl: 3, ownerIds: [gid('Researcher', ownerId)] });
  const needInput = (companyId: string) => ({
    key: `n.${unique()}`,
    companyId: gid('Company', companyId),
    title: '新しい課題',
    description: '詳細',
    category: 'TECHNICAL',
  });

  const writeRows: Row[] = [
    row(
      'register a seed they own',
      async (c) =>
        outcome(
          await run(c, `mutation($i: RegisterSeedInput!) { registerSeed(input: $i) { id } }`, { i: seedInput(ownResearcher.id) }),
          (d) => d?.registerSeed,
        ),
      { ...staffOnly(), RESEARCHER: 'ALLOW' },
    ),
    row(
      "edit someone else's published seed",
      async (c) =>
        outcome(
          await run(c, `mutation($i: UpdateSeedInput!) { updateSeed(input: $i) { id } }`, {
            i: {
              id: gid('Seed', othersPublished.id),
              expectedVersion: (await t.db.dataSource.getRepository(Seed).findOneByOrFail({ id: othersPublished.id })).version,
              title: '改題',
            },
          }),
          (d) => d?.updateSeed,
        ),
      staffOnly('FORBIDDEN'),
    ),
    row(
      "edit someone else's draft seed (hidden: NOT_FOUND, as if missing)",
      async (c) =>
        outcome(
          await run(c, `mutation($i: UpdateSeedInput!) { updateSeed(input: $i) { id } }`, {
            i: {
              id: gid('Seed', othersDraft.id),
              expectedVersion: (await t.db.dataSource.getRepository(Seed).findOneByOrFail({ id: othersDraft.id })).version,
              title: '改題',
            },
          }),
          (d) => d?.updateSeed,
        ),
      { ...staffOnly('FORBIDDEN'), RESEARCHER: 'NOT_FOUND' },
    ),
    row(
      'submit a need for their own company',
      async (c) =>
        outcome(await run(c, `mutation($i: SubmitNeedInput!) { submitNeed(input: $i) { id } }`, { i: needInput(ownCompany.id) }), (d) => d?.submitNeed),
      { ...staffOnly('FORBIDDEN'), COMPANY_USER: 'ALLOW', PARTNER_SUBMIT: 'ALLOW' },
    ),
    row(
      'submit a need for another company',
      async (c) =>
        outcome(await run(c, `mutation($i: SubmitNeedInput!) { submitNeed(input: $i) { id } }`, { i: needInput(otherCompany.id) }), (d) => d?.submitNeed),
      { ...staffOnly('FORBIDDEN'), PARTNER_SUBMIT: 'ALLOW' },
    ),
    row(
      "edit another company's need (hidden: NOT_FOUND)",
      async (c) =>
        outcome(
          await run(c, `mutation($i: UpdateNeedInput!) { updateNeed(input: $i) { id } }`, {
            i: {
              id: gid('Need', needs.PUBLIC.id),
              expectedVersion: (await t.db.dataSource.getRepository(Need).findOneByOrFail({ id: needs.PUBLIC.id })).version,
              title: '改題',
            },
          }),
          (d) => d?.updateNeed,
        ),
      { ...staffOnly('FORBIDDEN'), COMPANY_USER: 'NOT_FOUND' },
    ),
    row(
      'register a company',
      async (c) =>
        outcome(
          await run(c, `mutation($i: RegisterCompanyInput!) { registerCompany(input: $i) { id } }`, { i: { key: `co.${unique()}`, nameJa: '新会社(架空)' } }),
          (d) => d?.registerCompany,
        ),
      staffOnly(),
    ),
    row(
      'create an institution',
      async (c) =>
        outcome(
          await run(c, `mutation($i: CreateInstitutionInput!) { createInstitution(input: $i) { id } }`, {
            i: { key: `inst.${unique()}`, nameJa: '新機関(架空)', kind: 'UNIVERSITY' },
          }),
          (d) => d?.createInstitution,
        ),
      adminOnly(),
    ),
    row(
      'create a taxonomy node',
      async (c) =>
        outcome(
          await run(c, `mutation($i: CreateResearchFieldInput!) { createResearchField(input: $i) { code } }`, {
            i: { code: `test${unique().replace(/[^a-z0-9]/g, '')}`, nameJa: '試験', nameEn: 'Test' },
          }),
          (d) => d?.createResearchField,
        ),
      adminOnly(),
    ),
    row(
      'register a coordinator',
      async (c) =>
        outcome(
          await run(c, `mutation($i: RegisterCoordinatorInput!) { registerCoordinator(input: $i) { id } }`, {
            i: { name: '新任 コーディネータ', institutionId: gid('Institution', institution.id) },
          }),
          (d) => d?.registerCoordinator,
        ),
      adminOnly(),
    ),
    row(
      'create an account',
      async (c) =>
        outcome(
          await run(c, `mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }`, {
            i: { email: `${unique()}@example.jp`, password: 'a-long-password-2026', role: 'ADMIN' },
          }),
          (d) => d?.createAccount,
        ),
      adminOnly(),
    ),
    row(
      'create an API key',
      async (c) =>
        outcome(
          await run(c, `mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { key } }`, {
            i: { name: 'portal', ownerInstitutionId: gid('Institution', institution.id), scopes: ['READ_PUBLISHED'] },
          }),
          (d) => d?.createApiKey,
        ),
      adminOnly(),
    ),
    row(
      'open a consultation',
      async (c) =>
        outcome(
          await run(c, `mutation($i: OpenConsultationInput!) { openConsultation(input: $i) { id } }`, {
            i: { needId: gid('Need', (await freshNeed()).id), channel: 'VISIT', windowId: gid('Coordinator', coordinatorId) },
          }),
          (d) => d?.openConsultation,
        ),
      staffOnly(),
    ),
    row(
      'propose an introduction',
      async (c) =>
        outcome(
          await run(c, `mutation($i: ProposeMatchInput!) { proposeMatch(input: $i) { id } }`, {
            i: { needId: gid('Need', (await freshNeed()).id), seedId: gid('Seed', published.id) },
          }),
          (d) => d?.proposeMatch,
        ),
      staffOnly(),
    ),
    row(
      'move an introduction on',
      async (c) =>
        outcome(
          await run(c, `mutation($i: TransitionMatchInput!) { transitionMatch(input: $i) { id } }`, {
            i: { id: await insertMatch((await freshNeed()).id, published.id), expectedVersion: 1, to: 'INTRODUCED' },
          }),
          (d) => d?.transitionMatch,
        ),
      staffOnly(),
    ),
    row(
      'answer a proposal made to their seed',
      async (c) =>
        outcome(
          await run(c, `mutation($i: AnswerMatchInput!) { answerMatch(input: $i) { id } }`, {
            i: { id: await insertMatch((await freshNeed()).id, published.id), expectedVersion: 1, accept: true },
          }),
          (d) => d?.answerMatch,
        ),
      { ...staffOnly(), RESEARCHER: 'ALLOW' },
    ),
    row(
      'record a past outcome',
      async (c) =>
        outcome(
          await run(c, `mutation($i: RecordPastOutcomeInput!) { recordPastOutcome(input: $i) { id } }`, {
            i: { id: await insertMatch((await freshNeed()).id, published.id), expectedVersion: 1, to: 'WITHDRAWN', occurredAt: new Date().toISOString() },
          }),
          (d) => d?.recordPastOutcome,
        ),
      adminOnly(),
    ),
    row(
      'activate a weight set',
      async (c) => outcome(await run(c, `mutation { activateWeightSet(version: 1) { version } }`), (d) => d?.activateWeightSet),
      adminOnly(),
    ),
    row(
      'sign out everywhere',
      async (c) => outcome(await run(c, `mutation { signOut }`), (d) => d?.signOut),
      all('FORBIDDEN', { ANONYMOUS: 'UNAUTHENTICATED', ADMIN: 'ALLOW', COORDINATOR: 'ALLOW', RESEARCHER: 'ALLOW', COMPANY_USER: 'ALLOW' }),
    ),
  ];

  describe('writes', () => {
    it.each(writeRows.flatMap((r) => CALLERS.map((caller) => [r.operation, caller, r] as const)))('%s as %s', async (_operation, caller, r) => {
      expect(await r.attempt(caller)).toEqual(r.expected[caller]);
    });
  });
});

const NEED_QUERY = `query($id: ID!) { need(id: $id) { title description company { id } } }`;
