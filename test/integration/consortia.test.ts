import { toGlobalId } from '../../src/common/global-id';
import { waitFor } from '../support/wait-for';
import { Company } from '../../src/companies/company.entity';
import { MemberRole, MemberType } from '../../src/consortia/consortium.enums';
import { ConsortiumMembership } from '../../src/consortia/membership.entity';
import { Institution } from '../../src/institutions/institution.entity';
import { InstitutionKind } from '../../src/institutions/institution.enums';
import { Researcher } from '../../src/people/researcher.entity';
import { makeConsortium, makeMembership } from '../support/factories-collaboration';
import { loadReferenceData, makeCompany, makeCoordinator, makeInstitution, makeResearcher } from '../support/factories';
import { expectNoErrors, startTestServer, TestServer } from '../support/test-server';
import { AUTH_STATEMENTS } from '../support/test-auth';

const MEMBER = `id role memberType version member { __typename ... on Company { nameJa } ... on Institution { nameJa } ... on Researcher { nameJa } }`;

describe('consortia', () => {
  let t: TestServer;
  let university: Institution;
  let researcher: Researcher;
  let company: Company;
  const gid = (type: string, id: string) => toGlobalId(type, id);

  beforeAll(async () => {
    t = await startTestServer({}, { as: 'ADMIN' });
    await loadReferenceData(t.db.dataSource);
    university = await makeInstitution(t.db.dataSource, { nameJa: '山形大学', kind: InstitutionKind.UNIVERSITY, regionCode: 'JP-06-MURAYAMA' });
    researcher = await makeResearcher(t.db.dataSource, university, { nameJa: '佐藤 一郎(架空)' });
    company = await makeCompany(t.db.dataSource, { nameJa: '米沢電子工業(架空)' });
  });
  afterAll(() => t.close());

  const create = (input: Record<string, unknown>) =>
    t.gql(
      `mutation($input: CreateConsortiumInput!) { createConsortium(input: $input) {
      id key nameJa nameEn version status region { code } secretariat { nameJa } fields { code } members { id } } }`,
      { input },
    );
  const addMember = (consortiumId: string, memberId: string, role?: string) =>
    t.gql(`mutation($input: AddConsortiumMemberInput!) { addConsortiumMember(input: $input) { ${MEMBER} consortium { nameJa } } }`, {
      input: { consortiumId, memberId, ...(role ? { role } : {}) },
    });

  it('creates a consortium with its secretariat, region and fields, findable by key', async () => {
    const consortium = expectNoErrors(
      await create({
        key: 'oe-cluster',
        nameJa: '有機エレクトロニクス産業集積会議',
        nameEn: ' Organic Electronics  Cluster ',
        regionCode: 'JP-06',
        secretariatId: gid('Institution', university.id),
        fieldCodes: ['organic-electronics', 'organic-electronics'],
        websiteUrl: 'https://example.jp/oe',
      }),
    ).createConsortium;
    expect(consortium).toMatchObject({
      key: 'oe-cluster',
      nameEn: 'Organic Electronics Cluster',
      version: 1,
      status: 'ACTIVE',
      region: { code: 'JP-06' },
      secretariat: { nameJa: '山形大学' },
      fields: [{ code: 'organic-electronics' }],
      members: [],
    });
    expect(expectNoErrors(await t.gql(`{ consortiumByKey(key: "oe-cluster") { id } }`)).consortiumByKey).toEqual({ id: consortium.id });
    expect(expectNoErrors(await t.gql(`query($id: ID!) { node(id: $id) { __typename } }`, { id: consortium.id })).node).toEqual({ __typename: 'Consortium' });
  });

  it('refuses bad input: blank name, bad URL, unknown region, a secretariat that is not an institution', async () => {
    const result = await create({ nameJa: '', websiteUrl: 'javascript:alert(1)' });
    const fields = result.errors![0].extensions!.problems.map((p: { field: string }) => p.field).sort();
    expect(fields).toEqual(['input.nameJa', 'input.websiteUrl']);
    expect(result.errors![0].extensions!.problems.find((p: { field: string }) => p.field === 'input.websiteUrl')).toMatchObject({
      ja: 'URL の形式が正しくありません (http:// または https://)',
      en: 'must be an http(s) URL',
    });
    expect(JSON.stringify(result.errors)).not.toContain('javascript');
    const region = await create({ nameJa: '地域誤り研究会', regionCode: 'JP-06-NOWHERE' });
    expect(region.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.regionCode' });
    const secretariat = await create({ nameJa: '事務局誤り研究会', secretariatId: gid('Company', company.id) });
    expect(secretariat.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.secretariatId',
      messageEn: 'input.secretariatId: must be the ID of a Institution',
    });
  });

  describe('members', () => {
    let rawConsortiumId: string;
    let consortiumId: string;
    beforeAll(async () => {
      rawConsortiumId = (await makeConsortium(t.db.dataSource, { nameJa: '高密度実装技術研究会' })).id;
      consortiumId = gid('Consortium', rawConsortiumId);
    });

    it('adds a company, an institution and a researcher; the ID decides the member type', async () => {
      const added = [
        expectNoErrors(await addMember(consortiumId, gid('Company', company.id))).addConsortiumMember,
        expectNoErrors(await addMember(consortiumId, gid('Institution', university.id), 'SECRETARIAT')).addConsortiumMember,
        expectNoErrors(await addMember(consortiumId, gid('Researcher', researcher.id), 'ADVISOR')).addConsortiumMember,
      ];
      expect(added.map((m) => [m.memberType, m.role, m.member.__typename, m.member.nameJa, m.consortium.nameJa])).toEqual([
        ['COMPANY', 'MEMBER', 'Company', '米沢電子工業(架空)', '高密度実装技術研究会'],
        ['INSTITUTION', 'SECRETARIAT', 'Institution', '山形大学', '高密度実装技術研究会'],
        ['RESEARCHER', 'ADVISOR', 'Researcher', '佐藤 一郎(架空)', '高密度実装技術研究会'],
      ]);

      const query = `query($id: ID!) { consortium(id: $id) { all: members { memberType member { __typename } }
        researchers: members(type: RESEARCHER) { role member { ... on Researcher { nameJa } } }
        institutions: members(type: INSTITUTION) { role member { ... on Institution { nameJa } } } } }`;
      const consortium = expectNoErrors(await t.gql(query, { id: consortiumId })).consortium;
      expect(consortium.all.map((m: { memberType: string }) => m.memberType)).toEqual(['COMPANY', 'INSTITUTION', 'RESEARCHER']);
      expect(consortium.researchers).toEqual([{ role: 'ADVISOR', member: { nameJa: '佐藤 一郎(架空)' } }]);
      expect(consortium.institutions).toEqual([{ role: 'SECRETARIAT', member: { nameJa: '山形大学' } }]);

      const fromCompany = expectNoErrors(
        await t.gql(`query($id: ID!) { company(id: $id) { consortia { nameJa } } }`, { id: gid('Company', company.id) }),
      ).company;
      expect(fromCompany.consortia).toEqual([{ nameJa: '高密度実装技術研究会' }]);
      const node = expectNoErrors(
        await t.gql(`query($id: ID!) { node(id: $id) { __typename ... on ConsortiumMembership { role } } }`, { id: added[2].id }),
      ).node;
      expect(node).toEqual({ __typename: 'ConsortiumMembership', role: 'ADVISOR' });
    });

    it('refuses a member who is already in the consortium with CONFLICT, in both languages', async () => {
      const again = await addMember(consortiumId, gid('Researcher', researcher.id), 'MEMBER');
      expect(again.errors![0].extensions).toMatchObject({
        code: 'CONFLICT',
        field: 'input.memberId',
        messageJa: 'この会員は既にこの研究会・協議会に参加しています',
        messageEn: 'This member already belongs to the consortium',
      });
      expect(again.data).toBeNull();
    });

    it('maps a duplicate that slips past the check (a concurrent addition) to CONFLICT, not a database error', async () => {
      const fresh = await makeCompany(t.db.dataSource, { nameJa: '同時追加株式会社' });
      // Another transaction has added the same member but not committed: our check cannot see it, the unique index can.
      const other = t.db.dataSource.createQueryRunner();
      await other.connect();
      await other.startTransaction();
      await other.manager.insert(ConsortiumMembership, {
        consortiumId: rawConsortiumId,
        memberType: MemberType.COMPANY,
        companyId: fresh.id,
        role: MemberRole.MEMBER,
      });
      t.db.statements.reset();
      const pending = addMember(consortiumId, gid('Company', fresh.id));
      const inserting = () => t.db.statements.statements.some((sql) => sql.startsWith('INSERT INTO "consortium_membership"'));
      await waitFor(inserting, () => 'the INSERT into consortium_membership');
      await other.commitTransaction();
      await other.release();
      const result = await pending;
      expect(inserting()).toBe(true);
      expect(result.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_MEMBER', field: 'input.memberId' });
      const members = expectNoErrors(
        await t.gql(`query($id: ID!) { consortia(filter: { memberCompanyId: $id }) { totalCount } }`, { id: gid('Company', fresh.id) }),
      );
      expect(members.consortia.totalCount).toBe(1);
    });

    it('refuses a member ID of another type, naming the field', async () => {
      const coordinator = await makeCoordinator(t.db.dataSource, university);
      const wrong = await addMember(consortiumId, gid('Coordinator', coordinator.id));
      expect(wrong.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.memberId',
        messageEn: 'input.memberId: must be the ID of a Company, Institution or Researcher',
      });
      const missing = await addMember(consortiumId, gid('Company', '00000000-0000-4000-8000-000000000000'));
      expect(missing.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.memberId' });
    });

    it('changes a role with optimistic locking and removes a member', async () => {
      const other = await makeInstitution(t.db.dataSource, { nameJa: '置賜試験場' });
      const membership = expectNoErrors(await addMember(consortiumId, gid('Institution', other.id))).addConsortiumMember;
      const change = `mutation($input: UpdateConsortiumMemberInput!) { updateConsortiumMember(input: $input) { role version } }`;
      expect(expectNoErrors(await t.gql(change, { input: { id: membership.id, expectedVersion: 1, role: 'CHAIR' } })).updateConsortiumMember).toEqual({
        role: 'CHAIR',
        version: 2,
      });
      const stale = await t.gql(change, { input: { id: membership.id, expectedVersion: 1, role: 'MEMBER' } });
      expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });

      const remove = `mutation($id: ID!) { removeConsortiumMember(membershipId: $id) { nameJa members(type: INSTITUTION) { member { ... on Institution { nameJa } } } } }`;
      const after = expectNoErrors(await t.gql(remove, { id: membership.id })).removeConsortiumMember;
      expect(after).toEqual({ nameJa: '高密度実装技術研究会', members: [{ member: { nameJa: '山形大学' } }] });
      const twice = await t.gql(remove, { id: membership.id });
      expect(twice.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'membershipId' });
    });
  });

  it('updates with optimistic locking and archives', async () => {
    const consortium = expectNoErrors(await create({ nameJa: '山形県食品加工研究会', description: '旧説明' })).createConsortium;
    const change = `mutation($input: UpdateConsortiumInput!) { updateConsortium(input: $input) { nameJa description secretariat { nameJa } version } }`;
    const updated = expectNoErrors(
      await t.gql(change, { input: { id: consortium.id, expectedVersion: 1, description: null, secretariatId: gid('Institution', university.id) } }),
    ).updateConsortium;
    expect(updated).toEqual({ nameJa: '山形県食品加工研究会', description: null, secretariat: { nameJa: '山形大学' }, version: 2 });
    const stale = await t.gql(change, { input: { id: consortium.id, expectedVersion: 1, nameJa: '古い名称' } });
    expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    expectNoErrors(await t.gql(`mutation($id: ID!) { archiveConsortium(id: $id, expectedVersion: 2) { status } }`, { id: consortium.id }));
    const count = async (filter: string) => expectNoErrors(await t.gql(`{ consortia(first: 5, filter: { ${filter} }) { totalCount } }`)).consortia.totalCount;
    expect(await count('contains: "食品加工"')).toBe(0);
    expect(await count('contains: "食品加工", status: [ARCHIVED]')).toBe(1);
  });

  it('filters by region and field including descendants, text and member', async () => {
    const lab = await makeInstitution(t.db.dataSource, { nameJa: '庄内試験場', regionCode: 'JP-06-SHONAI' });
    const labResearcher = await makeResearcher(t.db.dataSource, lab, { nameJa: '鈴木 次郎(架空)' });
    const member = await makeCompany(t.db.dataSource, { nameJa: '検索会員株式会社' });
    const a = expectNoErrors(
      await create({ nameJa: 'フィルタ試験 ロボット研究会', regionCode: 'JP-06-MURAYAMA', fieldCodes: ['growth.robotics'] }),
    ).createConsortium;
    const b = expectNoErrors(
      await create({ nameJa: 'フィルタ試験 ＥＭＣ研究会', regionCode: 'JP-06-SHONAI', fieldCodes: ['clusters.electronics.emc'] }),
    ).createConsortium;
    expectNoErrors(await create({ nameJa: 'フィルタ試験 東北連携会議', regionCode: 'JP-04', fieldCodes: ['growth.automotive'] }));
    expectNoErrors(await addMember(a.id, gid('Company', member.id)));
    expectNoErrors(await addMember(b.id, gid('Institution', lab.id)));
    expectNoErrors(await addMember(b.id, gid('Researcher', labResearcher.id)));
    const names = async (filter: string) =>
      expectNoErrors(await t.gql(`query { consortia(first: 10, filter: { ${filter} }) { edges { node { nameJa } } } }`)).consortia.edges.map(
        (e: { node: { nameJa: string } }) => e.node.nameJa,
      );
    // Names sort as typed: the full-width ＥＭＣ after kana.
    expect(await names('contains: "フィルタ試験", regionCode: "JP-06"')).toEqual(['フィルタ試験 ロボット研究会', 'フィルタ試験 ＥＭＣ研究会']);
    expect(await names('contains: "フィルタ試験", fieldCode: "growth"')).toEqual(['フィルタ試験 ロボット研究会', 'フィルタ試験 東北連携会議']);
    expect(await names('contains: "ふぃるた", fieldCode: "growth"')).toEqual([]);
    expect(await names('contains: "ｆｉｌｔｅｒ"')).toEqual([]);
    expect(await names('contains: "フィルタ試験 ｅｍｃ"')).toEqual(['フィルタ試験 ＥＭＣ研究会']);
    expect(await names(`memberCompanyId: "${gid('Company', member.id)}"`)).toEqual(['フィルタ試験 ロボット研究会']);
    expect(await names(`memberInstitutionId: "${gid('Institution', lab.id)}"`)).toEqual(['フィルタ試験 ＥＭＣ研究会']);
    expect(await names(`memberResearcherId: "${gid('Researcher', labResearcher.id)}"`)).toEqual(['フィルタ試験 ＥＭＣ研究会']);
    const wrongType = await t.gql(`{ consortia(filter: { memberCompanyId: "${gid('Researcher', labResearcher.id)}" }) { totalCount } }`);
    expect(wrongType.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.memberCompanyId' });
  });

  it('costs the same number of SQL statements for 30 consortia with all their members as for 3', async () => {
    for (let i = 0; i < 30; i += 1) {
      const consortium = await makeConsortium(t.db.dataSource, { nameJa: `件数試験会 ${String(i).padStart(2, '0')}`, secretariatId: university.id });
      const memberCompany = await makeCompany(t.db.dataSource, { nameJa: `件数試験企業 ${i}` });
      const memberInstitution = await makeInstitution(t.db.dataSource, { nameJa: `件数試験機関 ${i}` });
      const memberResearcher = await makeResearcher(t.db.dataSource, memberInstitution, { nameJa: `件数試験研究者 ${i}` });
      await makeMembership(t.db.dataSource, consortium, MemberType.COMPANY, memberCompany.id);
      await makeMembership(t.db.dataSource, consortium, MemberType.INSTITUTION, memberInstitution.id, MemberRole.SECRETARIAT);
      await makeMembership(t.db.dataSource, consortium, MemberType.RESEARCHER, memberResearcher.id, MemberRole.ADVISOR);
    }
    const query = `query($first: Int) { consortia(first: $first, filter: { contains: "件数試験会" }) { edges { node {
      nameJa region { nameJa } secretariat { nameJa } fields { code } members { role consortium { nameJa } ${MEMBER} } } } } }`;
    t.db.statements.reset();
    const few = expectNoErrors(await t.gql(query, { first: 3 })).consortia.edges;
    const forFew = t.db.statements.count;
    t.db.statements.reset();
    const many = expectNoErrors(await t.gql(query, { first: 30 })).consortia.edges;
    const forMany = t.db.statements.count;
    expect(few).toHaveLength(3);
    expect(many).toHaveLength(30);
    for (const { node } of many) {
      expect(node.members.map((m: any) => m.member.__typename)).toEqual(['Company', 'Institution', 'Researcher']);
      expect(node.members[2].member.nameJa).toBe(`件数試験研究者 ${Number(node.nameJa.slice(-2))}`);
      expect(node.secretariat.nameJa).toBe('山形大学');
    }
    expect(forMany).toBe(forFew);
    expect(forMany).toBeLessThanOrEqual(10 + AUTH_STATEMENTS);
  });
});
