import { AccessLog } from '../../src/auth/access-log.entity';
import { ApiKeyService, generateApiKey } from '../../src/auth/api-key.service';
import { ApiKeyScope } from '../../src/auth/auth.enums';
import { fromGlobalId, toGlobalId } from '../../src/common/global-id';
import { Company } from '../../src/companies/company.entity';
import { Institution } from '../../src/institutions/institution.entity';
import { ensureMatchIndex } from '../../src/matching/index';
import { Need } from '../../src/needs/need.entity';
import { Confidentiality } from '../../src/needs/need.enums';
import { WITHHELD } from '../../src/needs/need.visibility';
import { Coordinator } from '../../src/people/coordinator.entity';
import { Researcher } from '../../src/people/researcher.entity';
import { Seed } from '../../src/seeds/seed.entity';
import { loadReferenceData, makeCompany, makeCoordinator, makeInstitution, makeNeed, makeResearcher, makeSeed } from '../support/factories';
import { expectNoErrors, startTestServer, TestServer } from '../support/test-server';

const gid = toGlobalId;

/** Words that appear only in the confidential need's withheld parts: none may ever reach a researcher. */
const SECRET_COMPANY = '東根セミコン秘密工業(架空)';
const SECRET_DESCRIPTION = 'ダイシング後の微小クラックを全数検査したい。歩留まり九十二パーセントの原因は社外秘。';
const SECRET_KEYWORD = 'マイクロクラック秘匿語';
const SECRET_BUDGET = 12345678;
const SECRETS = [SECRET_COMPANY, 'ダイシング後の微小クラック', '歩留まり', SECRET_KEYWORD, String(SECRET_BUDGET)];

describe('a CONFIDENTIAL need, by every route', () => {
  let t: TestServer;
  let lab: Institution;
  let holder: Coordinator;
  let researcher: Researcher;
  let company: Company;
  let confidential: Need;
  let seed: Seed;

  beforeAll(async () => {
    t = await startTestServer();
    const ds = t.db.dataSource;
    await loadReferenceData(ds);
    lab = await makeInstitution(ds, { nameJa: '山形県工業技術センター(架空)' });
    holder = await makeCoordinator(ds, lab, { name: '小松 直樹(架空)' });
    researcher = await makeResearcher(ds, lab, { nameJa: '梅津 亜希子(架空)', fieldCodes: ['clusters.electronics.soldering'] });
    company = await makeCompany(ds, { nameJa: SECRET_COMPANY, regionCode: 'JP-06-MURAYAMA' });
    confidential = await makeNeed(ds, company, {
      key: 'n.die-crack-secret',
      title: '半導体ダイの検査自動化',
      description: SECRET_DESCRIPTION,
      keywords: [SECRET_KEYWORD],
      budgetMinYen: SECRET_BUDGET,
      budgetMaxYen: SECRET_BUDGET * 2,
      confidentiality: Confidentiality.CONFIDENTIAL,
      holderId: holder.id,
      fieldCodes: ['clusters.electronics.soldering'],
    });
    seed = await makeSeed(ds, [researcher], {
      title: '半導体ダイの微小クラック検査',
      summary: '画像検査でクラックを検出する',
      fieldCodes: ['clusters.electronics.soldering'],
    });
    await ensureMatchIndex(ds);
  });
  afterAll(() => t.close());

  const NEED = `id title description keywords budgetMinYen budgetMaxYen company { nameJa } region { code } holder { name region { code } institution { nameJa region { code } } }`;

  describe('read as a researcher', () => {
    const asResearcher = () => t.as('RESEARCHER', { researcherId: researcher.id });
    let proposalId: string;

    beforeAll(async () => {
      // A coordinator proposes the researcher for the need: the match record is the researcher's to read.
      const proposal = await t.as('COORDINATOR').gql(`mutation($i: ProposeMatchInput!) { proposeMatch(input: $i) { id } }`, {
        i: { needId: gid('Need', confidential.id), researcherId: gid('Researcher', researcher.id), note: '検査技術の相談' },
      });
      proposalId = expectNoErrors(proposal).proposeMatch.id;
    });

    const routes: Array<[string, () => Promise<unknown>]> = [
      ['need(id:)', async () => (await asResearcher().gql(`query($id: ID!) { need(id: $id) { ${NEED} } }`, { id: gid('Need', confidential.id) })).data],
      ['needByKey', async () => (await asResearcher().gql(`query($key: String!) { needByKey(key: $key) { ${NEED} } }`, { key: confidential.key })).data],
      ['needs list', async () => (await asResearcher().gql(`{ needs { edges { node { ${NEED} } } } }`)).data],
      [
        'node(id:)',
        async () => (await asResearcher().gql(`query($id: ID!) { node(id: $id) { ... on Need { ${NEED} } } }`, { id: gid('Need', confidential.id) })).data,
      ],
      [
        'company.needs',
        async () => (await asResearcher().gql(`query($id: ID!) { company(id: $id) { needs { ${NEED} } } }`, { id: gid('Company', company.id) })).data,
      ],
      [
        'coordinator.heldNeeds',
        async () =>
          (await asResearcher().gql(`query($id: ID!) { coordinator(id: $id) { heldNeeds { ${NEED} } } }`, { id: gid('Coordinator', holder.id) })).data,
      ],
      [
        'matches (match records)',
        async () =>
          (await asResearcher().gql(`{ matches(first: 50) { edges { node { id note explanation { sentenceJa sentenceEn } need { ${NEED} } } } } }`)).data,
      ],
      [
        'match(id:)',
        async () =>
          (await asResearcher().gql(`query($id: ID!) { match(id: $id) { id explanation { sentenceJa sentenceEn } need { ${NEED} } } }`, { id: proposalId }))
            .data,
      ],
      [
        'needCandidatesForSeed',
        async () =>
          asResearcher().gql(`query($id: ID!) { needCandidatesForSeed(seedId: $id) { edges { node { need { ${NEED} } } } } }`, { id: gid('Seed', seed.id) }),
      ],
      [
        'matchCandidates',
        async () => asResearcher().gql(`query($id: ID!) { matchCandidates(needId: $id) { edges { node { score } } } }`, { id: gid('Need', confidential.id) }),
      ],
      ['exportRecords', async () => asResearcher().gql(`{ exportRecords(format: JSON, type: NEEDS) }`)],
    ];

    it.each(routes)('%s reveals nothing of its company, description, keywords or budget', async (_route, read) => {
      const text = JSON.stringify(await read());
      for (const secret of SECRETS) expect(text).not.toContain(secret);
    });

    it('shows the anonymised summary through the direct lookup: title, holder, withheld text, no company or region', async () => {
      const need = expectNoErrors(await asResearcher().gql(`query($id: ID!) { need(id: $id) { ${NEED} } }`, { id: gid('Need', confidential.id) })).need;
      expect(need).toEqual({
        id: gid('Need', confidential.id),
        title: '半導体ダイの検査自動化',
        description: WITHHELD,
        keywords: [],
        budgetMinYen: null,
        budgetMaxYen: null,
        company: null,
        region: null,
        // The holder is the area's coordinator: naming them (or their office) would name the area.
        holder: null,
      });
    });

    it('reveals the hidden area by no path: not the holder, their region or office, nor a filter by holder', async () => {
      await t.db.dataSource.getRepository(Coordinator).update(holder.id, { regionCode: 'JP-06-MURAYAMA' });
      const routes = [
        `query($id: ID!) { need(id: $id) { ${NEED} } }`,
        `query($id: ID!) { node(id: $id) { ... on Need { ${NEED} } } }`,
        `query($h: ID!) { coordinator(id: $h) { region { code } heldNeeds { id } } }`,
        `query($h: ID!) { needs(filter: { holderId: $h }) { totalCount edges { node { id } } } }`,
      ];
      const read = async (query: string) =>
        expectNoErrors(await asResearcher().gql(query, { id: gid('Need', confidential.id), h: gid('Coordinator', holder.id) }));
      expect(JSON.stringify(await read(routes[0]))).not.toMatch(/MURAYAMA|山形県工業技術センター/);
      expect(JSON.stringify(await read(routes[1]))).not.toMatch(/MURAYAMA|山形県工業技術センター/);
      // The coordinator is public, but nothing ties the confidential need to them.
      expect((await read(routes[2])).coordinator.heldNeeds).toEqual([]);
      expect((await read(routes[3])).needs.totalCount).toBe(0);
    });

    it('(a SUBMIT_NEEDS partner key) gets no company details through submitNeed, as company(id:) refuses it', async () => {
      const key = generateApiKey();
      await new ApiKeyService(t.db.dataSource).store(key, {
        name: 'submit',
        ownerInstitutionId: lab.id,
        scopes: [ApiKeyScope.SUBMIT_NEEDS],
        rateLimitPerMinute: 10000,
      });
      const headers = { 'x-api-key': key };
      const client = await makeCompany(t.db.dataSource, { nameJa: 'パートナー経由工業(架空)', description: '社外秘の会社概要', employees: 42 });
      const direct = await t.gql(`query($id: ID!) { company(id: $id) { nameJa } }`, { id: gid('Company', client.id) }, headers);
      expect(direct.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const submitted = await t.gql(
        `mutation($i: SubmitNeedInput!) { submitNeed(input: $i) { id company { nameJa description employees certifications { name } consortia { nameJa } } } }`,
        { i: { companyId: gid('Company', client.id), title: '外観検査の自動化', description: '検査工程を自動化したい', category: 'TECHNICAL' } },
        headers,
      );
      expect(expectNoErrors(submitted).submitNeed.company).toBeNull();
      expect(JSON.stringify(submitted)).not.toMatch(/パートナー経由工業|社外秘/);
      await t.db.dataSource.getRepository(Need).delete({ id: fromGlobalId(submitted.data!.submitNeed.id).id });
    });

    it('refuses the seed matching and exports (coordinators only)', async () => {
      for (const [route, read] of routes.slice(-2)) {
        const result = (await read()) as { errors?: Array<{ extensions: { code: string } }> };
        expect([route, result.errors?.[0].extensions.code]).toEqual([route, 'FORBIDDEN']);
      }
    });

    it('ranks needs for the researcher’s own seed, the confidential one only as its anonymised summary', async () => {
      const result = (await routes.find(([route]) => route === 'needCandidatesForSeed')![1]()) as { errors?: unknown[]; data: any };
      expect(result.errors).toBeUndefined();
      const found = result.data.needCandidatesForSeed.edges.find((e: any) => e.node.need.title === confidential.title);
      expect(found?.node.need).toMatchObject({ company: null, region: null });
    });

    it('cannot find it by searching its withheld words, by its company, or by its region', async () => {
      const count = async (filter: Record<string, unknown>) =>
        expectNoErrors(await asResearcher().gql(`query($f: NeedFilter) { needs(filter: $f) { totalCount } }`, { f: filter })).needs.totalCount;
      expect(await count({ contains: '検査自動化' })).toBe(1);
      expect(await count({ contains: 'ダイシング' })).toBe(0);
      expect(await count({ contains: SECRET_KEYWORD })).toBe(0);
      expect(await count({ companyId: gid('Company', company.id) })).toBe(0);
      expect(await count({ regionCode: 'JP-06-MURAYAMA' })).toBe(0);
      expect(await count({})).toBe(1);
    });

    it('writes no access-log row: a researcher never reads the details', async () => {
      expect(await t.db.dataSource.getRepository(AccessLog).countBy({ needId: confidential.id })).toBe(0);
    });
  });

  describe('read as a coordinator', () => {
    beforeEach(() => t.db.dataSource.getRepository(AccessLog).clear());
    const logRows = () => t.db.dataSource.getRepository(AccessLog).find({ where: { needId: confidential.id }, order: { createdAt: 'ASC' } });

    it('records who read it and when: one row per request, however many fields and routes showed it', async () => {
      const coordinatorAccount = await t.auth.createAccount('COORDINATOR' as never, { coordinatorId: holder.id, institutionId: lab.id });
      const { token } = await t.auth.token(coordinatorAccount);
      const before = Date.now();
      const data = expectNoErrors(
        await t.gql(
          `query($id: ID!, $c: ID!) { need(id: $id) { description company { nameJa } keywords } node(id: $id) { ... on Need { budgetMinYen } } coordinator(id: $c) { heldNeeds { description } } }`,
          { id: gid('Need', confidential.id), c: gid('Coordinator', holder.id) },
          { authorization: `Bearer ${token}` },
        ),
      );
      expect(data.need).toEqual({ description: SECRET_DESCRIPTION, company: { nameJa: SECRET_COMPANY }, keywords: [SECRET_KEYWORD] });
      const rows = await logRows();
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ accountId: coordinatorAccount.id, accountEmail: coordinatorAccount.email, role: 'COORDINATOR', route: 'READ' });
      expect(rows[0].createdAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    });

    it('records nothing when only the summary was read (title in a list)', async () => {
      expectNoErrors(await t.as('COORDINATOR').gql(`{ needs { edges { node { title holder { name } } } } }`));
      expect(await logRows()).toHaveLength(0);
    });

    it('records a read through the matching results', async () => {
      const result = expectNoErrors(
        await t
          .as('COORDINATOR')
          .gql(`query($id: ID!) { needCandidatesForSeed(seedId: $id) { edges { node { need { id description } } } } }`, { id: gid('Seed', seed.id) }),
      );
      const shown = result.needCandidatesForSeed.edges.map((e: { node: { need: { id: string } } }) => e.node.need.id);
      expect(shown).toContain(gid('Need', confidential.id));
      expect(await logRows()).toHaveLength(1);
    });

    it('records an export of needs as an EXPORT read of every confidential need', async () => {
      expectNoErrors(await t.as('COORDINATOR').gql(`{ exportRecords(format: JSON, type: NEEDS) }`));
      expect((await logRows()).map((row) => row.route)).toEqual(['EXPORT']);
    });

    it('lets administrators read the log', async () => {
      expectNoErrors(await t.as('COORDINATOR').gql(`query($id: ID!) { need(id: $id) { description } }`, { id: gid('Need', confidential.id) }));
      const log = expectNoErrors(
        await t.as('ADMIN').gql(`query($id: ID!) { needAccessLog(needId: $id) { accountEmail role route createdAt } }`, { id: gid('Need', confidential.id) }),
      ).needAccessLog;
      expect(log).toEqual([expect.objectContaining({ role: 'COORDINATOR', route: 'READ' })]);
    });
  });
});
