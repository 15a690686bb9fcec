import { RecordStatus } from '../../src/common/enums';
import { toGlobalId } from '../../src/common/global-id';
import { Company } from '../../src/companies/company.entity';
import { Introduction } from '../../src/introductions/introduction.entity';
import { IntroductionStatus, IntroductionTargetKind } from '../../src/introductions/introduction.enums';
import { Institution } from '../../src/institutions/institution.entity';
import { Need } from '../../src/needs/need.entity';
import { WITHHELD } from '../../src/needs/need.visibility';
import { Coordinator } from '../../src/people/coordinator.entity';
import { loadReferenceData, makeCompany, makeCoordinator, makeInstitution } from '../support/factories';
import { expectNoErrors, GraphQLResult, startTestServer, TestServer } from '../support/test-server';

/** 国税庁's own corporate number (public): a real number with a valid check digit. */
const NTA_NUMBER = '7000012050002';
/** Its check digit changed: not a corporate number. */
const WRONG_CHECK_DIGIT = '8000012050002';

const FIND = `query($key: String, $corporateNumber: String) { partnerCompany(key: $key, corporateNumber: $corporateNumber) { id key nameJa nameEn corporateNumber } }`;
const REGISTER = `mutation($i: RegisterPartnerCompanyInput!) { registerPartnerCompany(input: $i) { created company { id key nameJa corporateNumber } } }`;
const SUBMIT = `mutation($i: SubmitNeedInput!) { submitNeed(input: $i) { id key title status consultationStep company { id nameJa } } }`;
const PARTNER_NEEDS = `query($first: Int, $after: String, $filter: SubmittedNeedFilter) { partnerNeeds(first: $first, after: $after, filter: $filter) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { id key idempotencyKey title description confidentiality status consultationStep
    company { id nameJa } holder { name } introductions { id targetKind targetName status outcomeType } } } } }`;

const codeOf = (result: GraphQLResult) => result.errors?.[0]?.extensions?.code;
const problemOf = (result: GraphQLResult) => (result.errors?.[0]?.extensions as any)?.problems?.[0];

describe('the partner loop (find company → submit with an idempotency key → read back)', () => {
  let t: TestServer;
  let portal: Institution;
  let otherPortal: Institution;
  let lab: Institution;
  let holder: Coordinator;
  let listed: Company;
  let partnerKey: string;
  let otherKey: string;
  let readOnlyKey: string;
  const gid = toGlobalId;

  const createKey = async (institution: Institution, scopes: string[]) =>
    expectNoErrors(
      await t.as('ADMIN').gql(`mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { key } }`, {
        i: { name: `${institution.nameJa} portal`, ownerInstitutionId: gid('Institution', institution.id), scopes },
      }),
    ).createApiKey.key as string;
  const asPartner = (query: string, variables?: Record<string, unknown>, key = partnerKey) => t.gql(query, variables, { 'x-api-key': key });

  beforeAll(async () => {
    t = await startTestServer({}, { as: 'COORDINATOR' });
    const ds = t.db.dataSource;
    await loadReferenceData(ds);
    portal = await makeInstitution(ds, { nameJa: '山形銀行(架空ポータル)' });
    otherPortal = await makeInstitution(ds, { nameJa: '荘内銀行(架空ポータル)' });
    lab = await makeInstitution(ds, { nameJa: '工業技術センター(架空)' });
    holder = await makeCoordinator(ds, lab, { name: '置賜 三郎(架空)', regionCode: 'JP-06-OKITAMA' });
    listed = await makeCompany(ds, { key: 'co.nta', nameJa: '米沢精機(架空)', corporateNumber: NTA_NUMBER, capabilities: ['精密切削'] });
    partnerKey = await createKey(portal, ['READ_PUBLISHED', 'SUBMIT_NEEDS']);
    otherKey = await createKey(otherPortal, ['SUBMIT_NEEDS']);
    readOnlyKey = await createKey(otherPortal, ['READ_PUBLISHED']);
  });
  afterAll(() => t.close());

  describe('partnerCompany', () => {
    it('finds the company by its corporate number typed with full-width digits and hyphens, or by its key: name and identifiers only', async () => {
      const byNumber = expectNoErrors(await asPartner(FIND, { corporateNumber: '７０００－０１２０－５０００２' })).partnerCompany;
      expect(byNumber).toEqual({ id: gid('Company', listed.id), key: 'co.nta', nameJa: '米沢精機(架空)', nameEn: null, corporateNumber: NTA_NUMBER });
      expect(expectNoErrors(await asPartner(FIND, { key: 'co.nta' })).partnerCompany.id).toBe(byNumber.id);
      expect(expectNoErrors(await asPartner(FIND, { corporateNumber: '1180301018771' })).partnerCompany).toBeNull();
    });

    it('refuses a number with a wrong check digit or of the wrong length, naming the field', async () => {
      const wrong = await asPartner(FIND, { corporateNumber: WRONG_CHECK_DIGIT });
      expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
      expect(problemOf(wrong)).toMatchObject({ field: 'corporateNumber', constraint: 'corporateNumberCheckDigit' });
      const short = await asPartner(FIND, { corporateNumber: '700001205000' });
      expect(problemOf(short)).toMatchObject({ field: 'corporateNumber', constraint: 'corporateNumberFormat' });
      expect(codeOf(await asPartner(FIND, {}))).toBe('BAD_USER_INPUT');
      expect(codeOf(await asPartner(FIND, { key: 'co.nta', corporateNumber: NTA_NUMBER }))).toBe('BAD_USER_INPUT');
    });

    it('is refused to a key without the submit scope, and company(id:) stays FORBIDDEN to the submitting key', async () => {
      expect(codeOf(await asPartner(FIND, { key: 'co.nta' }, readOnlyKey))).toBe('FORBIDDEN');
      expect(codeOf(await asPartner(`{ company(id: "${gid('Company', listed.id)}") { nameJa capabilities } }`))).toBe('FORBIDDEN');
    });
  });

  describe('registerPartnerCompany', () => {
    it('registers a company once: a retry with the same corporate number, however typed, returns it unchanged', async () => {
      const input = { corporateNumber: '5000012010024', nameJa: '庄内食品(架空)', regionCode: 'JP-06-SHONAI', size: 'SMALL' };
      const first = expectNoErrors(await asPartner(REGISTER, { i: input })).registerPartnerCompany;
      expect(first).toMatchObject({ created: true, company: { nameJa: '庄内食品(架空)', corporateNumber: '5000012010024' } });
      const retry = expectNoErrors(
        await asPartner(REGISTER, { i: { ...input, corporateNumber: '5-0000-1201-0024', nameJa: '別名(架空)' } }),
      ).registerPartnerCompany;
      expect(retry).toEqual({ created: false, company: first.company });
      expect(await t.db.dataSource.getRepository(Company).countBy({ corporateNumber: '5000012010024' })).toBe(1);
      const stored = await t.db.dataSource.getRepository(Company).findOneByOrFail({ corporateNumber: '5000012010024' });
      expect(stored).toMatchObject({ nameJa: '庄内食品(架空)', regionCode: 'JP-06-SHONAI', size: 'SMALL' });
    });

    it('says when the company with that number is archived, and submitNeed then refuses it with the field at fault', async () => {
      const closed = await makeCompany(t.db.dataSource, { nameJa: '閉鎖済み工業(架空)', corporateNumber: '9234567890123', status: RecordStatus.ARCHIVED });
      const found = expectNoErrors(
        await asPartner(`mutation($i: RegisterPartnerCompanyInput!) { registerPartnerCompany(input: $i) { created company { id takesNeeds } } }`, {
          i: { corporateNumber: '9234567890123', nameJa: '閉鎖済み工業(再送)' },
        }),
      ).registerPartnerCompany;
      expect(found).toEqual({ created: false, company: { id: gid('Company', closed.id), takesNeeds: false } });
      const refused = await asPartner(SUBMIT, {
        i: { companyId: found.company.id, title: '閉鎖後の相談', description: '確認', category: 'TECHNICAL', idempotencyKey: 'portal-closed-1' },
      });
      expect(problemOf(refused)).toMatchObject({ field: 'input.companyId', constraint: 'active' });
      expect(await t.db.dataSource.getRepository(Need).countBy({ companyId: closed.id })).toBe(0);
      const open = expectNoErrors(
        await asPartner(`query($n: String) { partnerCompany(corporateNumber: $n) { takesNeeds } }`, { n: NTA_NUMBER }),
      ).partnerCompany;
      expect(open.takesNeeds).toBe(true);
    });

    it('refuses a wrong corporate number and an unknown region with the field at fault', async () => {
      const wrong = await asPartner(REGISTER, { i: { corporateNumber: WRONG_CHECK_DIGIT, nameJa: '誤番号(架空)' } });
      expect(problemOf(wrong)).toMatchObject({ field: 'input.corporateNumber', constraint: 'corporateNumberCheckDigit' });
      const region = await asPartner(REGISTER, { i: { corporateNumber: '1180301018771', nameJa: '地域不明(架空)', regionCode: 'JP-99-NOWHERE' } });
      expect(codeOf(region)).toBe('BAD_USER_INPUT');
      expect(await t.db.dataSource.getRepository(Company).countBy({ corporateNumber: '1180301018771' })).toBe(0);
    });

    it('is refused to a key that may only read', async () => {
      expect(codeOf(await asPartner(REGISTER, { i: { corporateNumber: '1180301018771', nameJa: 'x' } }, readOnlyKey))).toBe('FORBIDDEN');
    });
  });

  describe('submitNeed and partnerNeeds', () => {
    const need = (companyId: string, overrides: Record<string, unknown> = {}) => ({
      companyId,
      title: '精密部品のバリ取り自動化',
      description: '切削後のバリ取りを自動化したい。',
      category: 'TECHNICAL',
      idempotencyKey: 'portal-req-0001',
      ...overrides,
    });

    it('closes the loop: a retried submission returns the same need, which is read back with its status, step and introductions', async () => {
      const found = expectNoErrors(await asPartner(FIND, { corporateNumber: NTA_NUMBER })).partnerCompany;
      const first = expectNoErrors(await asPartner(SUBMIT, { i: need(found.id) })).submitNeed;
      const retry = expectNoErrors(await asPartner(SUBMIT, { i: need(found.id) })).submitNeed;
      expect(retry.id).toBe(first.id);
      expect(await t.db.dataSource.getRepository(Need).countBy({ idempotencyKey: 'portal-req-0001' })).toBe(1);
      // The defect of issue 15: the company returned by submitNeed follows company(id:), which this key may not read.
      expect(first.company).toBeNull();
      expect(first).toMatchObject({ status: 'OPEN', consultationStep: 1 });

      // The coordinators work on it: they take it, move it to step 2 and propose an introduction.
      const needId = first.id;
      const current = expectNoErrors(await t.gql(`{ need(id: "${needId}") { version company { nameJa } } }`)).need;
      expect(current.company.nameJa).toBe('米沢精機(架空)');
      expectNoErrors(
        await t.gql(`mutation($i: UpdateNeedInput!) { updateNeed(input: $i) { id } }`, {
          i: { id: needId, expectedVersion: current.version, holderId: gid('Coordinator', holder.id), consultationStep: 2, status: 'IN_PROGRESS' },
        }),
      );
      expectNoErrors(
        await t.gql(`mutation($i: ProposeMatchInput!) { proposeMatch(input: $i) { id } }`, {
          i: { needId, institutionId: gid('Institution', lab.id), note: '試験場へ' },
        }),
      );

      const read = expectNoErrors(await asPartner(PARTNER_NEEDS, { filter: { idempotencyKey: 'portal-req-0001' } })).partnerNeeds;
      expect(read.totalCount).toBe(1);
      expect(read.edges[0].node).toEqual({
        id: needId,
        key: first.key,
        idempotencyKey: 'portal-req-0001',
        title: '精密部品のバリ取り自動化',
        description: '切削後のバリ取りを自動化したい。',
        confidentiality: 'PUBLIC',
        status: 'IN_PROGRESS',
        consultationStep: 2,
        company: { id: found.id, nameJa: '米沢精機(架空)' },
        holder: { name: '置賜 三郎(架空)' },
        introductions: [{ id: expect.any(String), targetKind: 'INSTITUTION', targetName: '工業技術センター(架空)', status: 'PROPOSED', outcomeType: null }],
      });
    });

    it('returns the company with submitNeed exactly as company(id:) shows it to the caller', async () => {
      const companyId = gid('Company', listed.id);
      const input = need(companyId, { idempotencyKey: undefined, title: '自社からの相談' });
      const byOwner = t.as('COMPANY_USER', { companyId: listed.id });
      const ownSubmitted = expectNoErrors(await byOwner.gql(SUBMIT, { i: input })).submitNeed;
      const ownRead = expectNoErrors(await byOwner.gql(`{ company(id: "${companyId}") { id nameJa } }`)).company;
      expect(ownSubmitted.company).toEqual(ownRead);
      expect(ownRead).toEqual({ id: companyId, nameJa: '米沢精機(架空)' });
      const byStaff = expectNoErrors(await t.gql(SUBMIT, { i: input })).submitNeed;
      expect(byStaff.company).toEqual(expectNoErrors(await t.gql(`{ company(id: "${companyId}") { id nameJa } }`)).company);
      // The partner key: company(id:) is refused, and submitNeed's company is null (the loop test above).
    });

    it('shows a restricted need without its company and a confidential one as a summary, as anyone outside staff sees them', async () => {
      const companyId = gid('Company', listed.id);
      expectNoErrors(await asPartner(SUBMIT, { i: need(companyId, { idempotencyKey: 'portal-req-r', confidentiality: 'RESTRICTED', title: '限定ニーズ' }) }));
      expectNoErrors(await asPartner(SUBMIT, { i: need(companyId, { idempotencyKey: 'portal-req-c', confidentiality: 'CONFIDENTIAL', title: '秘匿ニーズ' }) }));
      const nodes = expectNoErrors(await asPartner(PARTNER_NEEDS, { filter: { status: ['OPEN'] } })).partnerNeeds.edges.map((e: any) => e.node);
      const restricted = nodes.find((n: any) => n.idempotencyKey === 'portal-req-r');
      const confidential = nodes.find((n: any) => n.idempotencyKey === 'portal-req-c');
      expect(restricted).toMatchObject({ title: '限定ニーズ', company: null, description: '切削後のバリ取りを自動化したい。' });
      expect(confidential).toMatchObject({ title: '秘匿ニーズ', company: null, holder: null, description: WITHHELD });
    });

    it("lists only the needs of the key's own institution; staff and read-only keys are refused", async () => {
      const theirs = expectNoErrors(await asPartner(PARTNER_NEEDS, {}, otherKey)).partnerNeeds;
      expect(theirs.totalCount).toBe(0);
      expect(codeOf(await asPartner(PARTNER_NEEDS, {}, readOnlyKey))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(PARTNER_NEEDS))).toBe('FORBIDDEN');
      expect(codeOf(await t.as('ANONYMOUS').gql(PARTNER_NEEDS))).toBe('UNAUTHENTICATED');
      // The same idempotency key from another institution is another submission.
      const other = expectNoErrors(await asPartner(SUBMIT, { i: need(gid('Company', listed.id)) }, otherKey)).submitNeed;
      const ours = expectNoErrors(await asPartner(PARTNER_NEEDS, { filter: { idempotencyKey: 'portal-req-0001' } })).partnerNeeds.edges[0].node;
      expect(other.id).not.toBe(ours.id);
    });

    it('costs the same number of SQL statements for 50 submitted needs with company, holder and introductions as for 5', async () => {
      const ds = t.db.dataSource;
      const company = await ds.getRepository(Company).findOneByOrFail({ id: listed.id });
      for (let i = 0; i < 55; i += 1) {
        const saved = await ds.getRepository(Need).save({
          key: `n.bulk-${i}`,
          companyId: company.id,
          title: `一括 ${i}`,
          description: '一括登録',
          category: 'TECHNICAL' as never,
          language: 'ja' as never,
          searchText: '一括',
          holderId: holder.id,
          submittedByInstitutionId: portal.id,
          idempotencyKey: `bulk-${i}`,
        });
        await ds.getRepository(Introduction).save({
          needId: saved.id,
          targetKind: IntroductionTargetKind.INSTITUTION,
          targetId: lab.id,
          institutionId: lab.id,
          status: IntroductionStatus.PROPOSED,
        });
      }
      const query = `query($first: Int) { partnerNeeds(first: $first) { edges { node { title company { nameJa } holder { name } introductions { targetName status } } } } }`;
      // A key's first request of a while also records when it was last used: warm it up first.
      expectNoErrors(await asPartner(query, { first: 1 }));
      t.db.statements.reset();
      const five = expectNoErrors(await asPartner(query, { first: 5 })).partnerNeeds.edges;
      const forFive = t.db.statements.count;
      t.db.statements.reset();
      const fifty = expectNoErrors(await asPartner(query, { first: 50 })).partnerNeeds.edges;
      const forFifty = t.db.statements.count;
      expect(five).toHaveLength(5);
      expect(fifty).toHaveLength(50);
      expect(fifty.every((e: any) => e.node.company && e.node.holder && e.node.introductions.length === 1)).toBe(true);
      expect(forFifty).toBe(forFive);
      // The page, its companies, holders and introductions; the key's lookup and its rate-limit bucket.
      expect(forFifty).toBeLessThanOrEqual(4 + 2);
    });
  });
});
