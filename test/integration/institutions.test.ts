import { toGlobalId } from '../../src/common/global-id';
import { RecordStatus } from '../../src/common/enums';
import { Institution } from '../../src/institutions/institution.entity';
import { InstitutionKind, SupportMenu } from '../../src/institutions/institution.enums';
import { SeedStatus } from '../../src/seeds/seed.enums';
import { loadReferenceData, makeCoordinator, makeInstitution, makeResearcher, makeSeed } from '../support/factories';
import { addMember, makeConsortium } from '../support/factories-directory';
import { expectNoErrors, GraphQLResult, startTestServer, TestServer } from '../support/test-server';
import { AUTH_STATEMENTS } from '../support/test-auth';

type Problem = { field: string; ja: string; en: string; constraint?: string };
const problemsOf = (result: GraphQLResult): Problem[] => {
  expect(result.errors).toHaveLength(1);
  expect(result.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  return result.errors![0].extensions!.problems;
};

const FIELDS = `id key nameJa nameEn kind status version fieldCodes supportMenus equipment { name description }
  description websiteUrl email phone address isFictional region { code } parent { id nameJa } fields { code }`;

describe('institutions', () => {
  let t: TestServer;
  let center: Institution;

  beforeAll(async () => {
    t = await startTestServer({}, { as: 'ADMIN' });
    await loadReferenceData(t.db.dataSource);
    center = await makeInstitution(t.db.dataSource, { nameJa: '山形県工業技術センター', key: 'ymgt-itc', regionCode: 'JP-06-MURAYAMA' });
  });
  afterAll(() => t.close());

  const create = (input: Record<string, unknown>) =>
    t.gql(`mutation($input: CreateInstitutionInput!) { createInstitution(input: $input) { ${FIELDS} } }`, { input });
  const update = (input: Record<string, unknown>) =>
    t.gql(`mutation($input: UpdateInstitutionInput!) { updateInstitution(input: $input) { ${FIELDS} } }`, { input });

  it('creates an institution under a parent, keeping full-width and half-width text as typed (phones fold)', async () => {
    const result = await create({
      key: 'ymgt-itc-okitama',
      nameJa: '山形県工業技術センター　置賜試験場',
      nameEn: 'Ｏｋｉｔａｍａ Branch',
      kind: 'PUBLIC_LAB',
      regionCode: 'JP-06-OKITAMA',
      parentId: toGlobalId('Institution', center.id),
      fieldCodes: ['clusters.textiles', 'clusters.textiles'],
      supportMenus: ['CONTRACT_TESTING', 'EQUIPMENT_LENDING'],
      equipment: [{ name: 'ｴｯｸｽ線 分析装置', description: '蛍光X線\r\n\r\n\r\n元素分析' }],
      description: '繊維・ＩｏＴの技術相談に応じます。',
      websiteUrl: 'https://www.example.jp/okitama',
      email: 'okitama@example.jp',
      phone: '０２３８－３７－２１１１',
      address: '山形県米沢市窪田町窪田2736-6',
    });
    const created = expectNoErrors(result).createInstitution;
    expect(created).toMatchObject({
      key: 'ymgt-itc-okitama',
      nameJa: '山形県工業技術センター　置賜試験場',
      nameEn: 'Ｏｋｉｔａｍａ Branch',
      kind: 'PUBLIC_LAB',
      status: 'ACTIVE',
      version: 1,
      fieldCodes: ['clusters.textiles'],
      supportMenus: ['CONTRACT_TESTING', 'EQUIPMENT_LENDING'],
      equipment: [{ name: 'ｴｯｸｽ線 分析装置', description: '蛍光X線\n\n元素分析' }],
      description: '繊維・ＩｏＴの技術相談に応じます。',
      phone: '0238-37-2111',
      isFictional: false,
      region: { code: 'JP-06-OKITAMA' },
      parent: { id: toGlobalId('Institution', center.id), nameJa: '山形県工業技術センター' },
      fields: [{ code: 'clusters.textiles' }],
    });
    const byKey = expectNoErrors(await t.gql(`{ institutionByKey(key: "ymgt-itc-okitama") { id children { id } } }`)).institutionByKey;
    expect(byKey.id).toBe(created.id);
    const parent = expectNoErrors(await t.gql(`{ institutionByKey(key: "ymgt-itc") { children { nameJa } } }`)).institutionByKey;
    expect(parent.children).toEqual([{ nameJa: '山形県工業技術センター　置賜試験場' }]);
    expect(expectNoErrors(await t.gql(`{ institutionByKey(key: "no-such-key") { id } }`)).institutionByKey).toBeNull();
    const generated = expectNoErrors(await create({ nameJa: '鍵なし機関', kind: 'NPO' })).createInstitution;
    expect(generated.key).toMatch(/^inst\.[0-9a-f-]{36}$/);
  });

  it('refuses bad contact data, codes, keys and lengths field by field, in both languages, without echoing values', async () => {
    const problems = problemsOf(
      await create({
        key: 'Bad Key!',
        nameJa: '　',
        nameEn: 'n'.repeat(201),
        kind: 'UNIVERSITY',
        description: 'd'.repeat(5001),
        websiteUrl: 'ftp://files.example.jp/secret-path',
        email: 'secret-mail-at-example.jp',
        phone: '12-3456-secret',
        equipment: [{ name: '' }],
      }),
    );
    const byField = Object.fromEntries(problems.map((p) => [p.field, p]));
    expect(Object.keys(byField).sort()).toEqual(
      ['input.description', 'input.email', 'input.equipment[0].name', 'input.key', 'input.nameEn', 'input.nameJa', 'input.phone', 'input.websiteUrl'].sort(),
    );
    expect(byField['input.email']).toMatchObject({ ja: 'メールアドレスの形式が正しくありません', en: 'must be an email address' });
    expect(byField['input.websiteUrl']).toMatchObject({ ja: expect.stringContaining('URL'), en: 'must be an http(s) URL' });
    expect(byField['input.phone']).toMatchObject({ ja: expect.stringContaining('電話番号'), en: 'must be a phone number such as 023-644-3222' });
    expect(byField['input.nameJa']).toMatchObject({ ja: '空欄にはできません', en: 'must not be blank' });
    expect(byField['input.description']).toMatchObject({ en: 'must be at most 5000 characters' });
    expect(byField['input.key']).toMatchObject({ ja: expect.stringContaining('英小文字') });
    const text = JSON.stringify(problems);
    for (const secret of ['secret-path', 'secret-mail', '12-3456', 'Bad Key', 'nnnnn', 'ddddd']) expect(text).not.toContain(secret);

    for (const phone of ['023-644-3222', '0236443222', '090-1234-5678', '+81-23-644-3222', '+81 23 644 3222', '023--644-3222', '023-644-3222-', '0120-12']) {
      const ok = !(await create({ nameJa: `電話 ${phone}`, kind: 'NPO', phone })).errors;
      expect([phone, ok]).toEqual([phone, ['023-644-3222', '0236443222', '090-1234-5678', '+81-23-644-3222'].includes(phone)]);
    }
    const noProtocol = problemsOf(await create({ nameJa: 'x', kind: 'NPO', websiteUrl: 'www.example.jp' }));
    expect(noProtocol[0].field).toBe('input.websiteUrl');
    const badKind = await create({ nameJa: 'x', kind: 'CASTLE' });
    expect(badKind.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('refuses unknown regions and fields, missing or mistyped parents, and taken keys', async () => {
    expect(problemsOf(await create({ nameJa: 'x', kind: 'NPO', regionCode: 'JP-99' }))[0]).toMatchObject({
      field: 'input.regionCode',
      constraint: 'knownRegion',
    });
    expect(problemsOf(await create({ nameJa: 'x', kind: 'NPO', fieldCodes: ['clusters', 'no-such'] }))[0]).toMatchObject({
      field: 'input.fieldCodes[1]',
      ja: '登録されていない分野コードです',
      en: 'is not a known field code',
    });
    const missing = toGlobalId('Institution', '00000000-0000-4000-8000-000000000000');
    expect(problemsOf(await create({ nameJa: 'x', kind: 'NPO', parentId: missing }))[0]).toMatchObject({ field: 'input.parentId', constraint: 'exists' });
    expect(problemsOf(await create({ nameJa: 'x', kind: 'NPO', parentId: toGlobalId('Researcher', center.id) }))[0]).toMatchObject({
      field: 'input.parentId',
      constraint: 'globalIdType',
    });
    expect(problemsOf(await create({ nameJa: 'x', kind: 'NPO', key: 'ymgt-itc' }))[0]).toMatchObject({ field: 'input.key', constraint: 'unique' });
  });

  it('refuses a parent that is the institution itself or one of its descendants', async () => {
    const top = await makeInstitution(t.db.dataSource, { nameJa: '本部' });
    const middle = await makeInstitution(t.db.dataSource, { nameJa: '支部', parentId: top.id });
    const leaf = await makeInstitution(t.db.dataSource, { nameJa: '分室', parentId: middle.id });
    const self = problemsOf(await update({ id: toGlobalId('Institution', top.id), expectedVersion: 1, parentId: toGlobalId('Institution', top.id) }));
    expect(self[0]).toMatchObject({ field: 'input.parentId', constraint: 'noCycle', en: 'must not be the institution itself or one of its descendants' });
    const cycle = problemsOf(await update({ id: toGlobalId('Institution', top.id), expectedVersion: 1, parentId: toGlobalId('Institution', leaf.id) }));
    expect(cycle[0]).toMatchObject({ field: 'input.parentId', constraint: 'noCycle' });
    const moved = expectNoErrors(
      await update({ id: toGlobalId('Institution', leaf.id), expectedVersion: 1, parentId: toGlobalId('Institution', top.id) }),
    ).updateInstitution;
    expect(moved.parent.nameJa).toBe('本部');
  });

  it('updates given fields, clears optional ones with null, and refuses a stale version with CONFLICT', async () => {
    const inst = expectNoErrors(
      await create({ nameJa: '山形県産業技術振興機構', kind: 'SUPPORT_ORGANIZATION', websiteUrl: 'https://example.jp', email: 'a@example.jp' }),
    ).createInstitution;
    const changed = expectNoErrors(
      await update({ id: inst.id, expectedVersion: 1, nameEn: 'Yamagata Industrial Technology Foundation', websiteUrl: null, supportMenus: ['FUNDING'] }),
    ).updateInstitution;
    expect(changed).toMatchObject({
      nameJa: '山形県産業技術振興機構',
      nameEn: 'Yamagata Industrial Technology Foundation',
      websiteUrl: null,
      email: 'a@example.jp',
      supportMenus: ['FUNDING'],
      version: 2,
    });
    const stale = await update({ id: inst.id, expectedVersion: 1, nameJa: '古い画面からの更新' });
    expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION', currentVersion: 2, field: 'input.expectedVersion' });
    const reread = expectNoErrors(await t.gql(`query($id: ID!) { institution(id: $id) { nameJa version } }`, { id: inst.id })).institution;
    expect(reread).toEqual({ nameJa: '山形県産業技術振興機構', version: 2 });
    const gone = await update({ id: toGlobalId('Institution', '00000000-0000-4000-8000-000000000000'), expectedVersion: 1 });
    expect(gone.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.id' });
  });

  it('archives an institution: hidden from the default list, readable by id and node(id:)', async () => {
    const inst = expectNoErrors(await create({ nameJa: '解散した協議会', kind: 'INDUSTRY_ASSOCIATION' })).createInstitution;
    const archived = expectNoErrors(await t.gql(`mutation($id: ID!) { archiveInstitution(id: $id, expectedVersion: 1) { status version } }`, { id: inst.id }));
    expect(archived.archiveInstitution).toEqual({ status: 'ARCHIVED', version: 2 });
    const stale = await t.gql(`mutation($id: ID!) { archiveInstitution(id: $id, expectedVersion: 1) { status } }`, { id: inst.id });
    expect(stale.errors![0].extensions!.code).toBe('CONFLICT');
    const count = async (filter: string) => expectNoErrors(await t.gql(`{ institutions(filter: { ${filter} }) { totalCount } }`)).institutions.totalCount;
    expect(await count('contains: "解散した協議会"')).toBe(0);
    expect(await count('contains: "解散した協議会", status: [ARCHIVED]')).toBe(1);
    const node = expectNoErrors(await t.gql(`query($id: ID!) { node(id: $id) { id ... on Institution { nameJa status } } }`, { id: inst.id })).node;
    expect(node).toEqual({ id: inst.id, nameJa: '解散した協議会', status: 'ARCHIVED' });
  });

  it('shows researchers, coordinators, seeds and consortia of an institution, both ways', async () => {
    const university = await makeInstitution(t.db.dataSource, { nameJa: '山形大学', kind: InstitutionKind.UNIVERSITY, regionCode: 'JP-06-OKITAMA' });
    const sato = await makeResearcher(t.db.dataSource, university, { nameJa: '佐藤 一郎' });
    await makeResearcher(t.db.dataSource, university, { nameJa: '阿部 退職', status: RecordStatus.ARCHIVED });
    await makeCoordinator(t.db.dataSource, university, { name: '高橋 花子' });
    await makeSeed(t.db.dataSource, [sato], { title: '公開シーズ' });
    await makeSeed(t.db.dataSource, [sato], { title: '下書きシーズ', status: SeedStatus.DRAFT });
    const consortium = await makeConsortium(t.db.dataSource, { nameJa: '有機エレクトロニクス産業集積会議' });
    await addMember(t.db.dataSource, consortium, { institution: university });
    const query = `query($id: ID!) { institution(id: $id) { researchers { nameJa institution { nameJa } } coordinators { name }
      seeds { title institution { nameJa } } drafts: seeds(status: [DRAFT, PUBLISHED]) { title } consortia { nameJa } } }`;
    const data = expectNoErrors(await t.gql(query, { id: toGlobalId('Institution', university.id) })).institution;
    expect(data.researchers).toEqual([{ nameJa: '佐藤 一郎', institution: { nameJa: '山形大学' } }]);
    expect(data.coordinators).toEqual([{ name: '高橋 花子' }]);
    expect(data.seeds).toEqual([{ title: '公開シーズ', institution: { nameJa: '山形大学' } }]);
    expect(data.drafts.map((s: { title: string }) => s.title).sort()).toEqual(['下書きシーズ', '公開シーズ']);
    expect(data.consortia).toEqual([{ nameJa: '有機エレクトロニクス産業集積会議' }]);
  });

  describe('listing', () => {
    beforeAll(async () => {
      const ds = t.db.dataSource;
      const kinds = [InstitutionKind.UNIVERSITY, InstitutionKind.PUBLIC_LAB, InstitutionKind.FINANCIAL_INSTITUTION];
      const regions = ['JP-06-OKITAMA', 'JP-06-SHONAI', 'JP-03'];
      const fields = ['organic-electronics.oled-lighting', 'clusters.electronics.soldering', 'management.finance'];
      for (let i = 0; i < 60; i += 1) {
        const inst = await makeInstitution(ds, {
          nameJa: `一覧機関${String(i).padStart(2, '0')}`,
          kind: kinds[i % 3],
          regionCode: regions[i % 3],
          fieldCodes: [fields[i % 3]],
          supportMenus: i % 2 === 0 ? [SupportMenu.FUNDING] : [SupportMenu.JOINT_RESEARCH],
          searchText: `一覧機関${String(i).padStart(2, '0')} listed`,
        });
        await makeResearcher(ds, inst, { nameJa: `研究者${i}` });
      }
      await makeInstitution(ds, { nameJa: 'ｵｷﾀﾏ精密ﾗﾎﾞ', searchText: 'オキタマ精密ラボ okitama precision lab' });
      expectNoErrors(await create({ nameJa: 'ｼｮｳﾅｲ 精密ﾗﾎﾞ', nameEn: 'ＳＨＯＮＡＩ Precision Lab', kind: 'PUBLIC_LAB' }));
    });
    const count = async (filter: string) =>
      expectNoErrors(await t.gql(`{ institutions(first: 1, filter: { ${filter} }) { totalCount } }`)).institutions.totalCount;

    it('filters by kind, region and field including descendants, support menu and text', async () => {
      expect(await count('contains: "listed"')).toBe(60);
      expect(await count('contains: "listed", kind: [UNIVERSITY, FINANCIAL_INSTITUTION]')).toBe(40);
      expect(await count('contains: "listed", regionCode: "JP-06"')).toBe(40);
      expect(await count('contains: "listed", regionCode: "JP-06-SHONAI"')).toBe(20);
      expect(await count('contains: "listed", regionCode: "JP"')).toBe(60);
      expect(await count('contains: "listed", fieldCode: "organic-electronics"')).toBe(20);
      expect(await count('contains: "listed", fieldCode: "clusters"')).toBe(20);
      expect(await count('contains: "listed", fieldCode: "clusters.electronics.soldering"')).toBe(20);
      expect(await count('contains: "listed", fieldCode: "growth"')).toBe(0);
      expect(await count('contains: "listed", supportMenu: FUNDING')).toBe(30);
      expect(await count('contains: "listed", supportMenu: FUNDING, kind: [UNIVERSITY]')).toBe(10);
    });

    it('finds full-width, half-width, Japanese and English text with `contains`', async () => {
      expect(await count('contains: "ショウナイ"')).toBe(1);
      expect(await count('contains: "ｼｮｳﾅｲ"')).toBe(1);
      expect(await count('contains: "shonai precision"')).toBe(1);
      expect(await count('contains: "ｓｈｏｎａｉ　ＰＲＥＣＩＳＩＯＮ"')).toBe(1);
      expect(await count('contains: "精密ラボ"')).toBe(2);
      expect(await count('contains: "精密ﾗﾎﾞ"')).toBe(2);
      expect(await count('contains: "precision 100%"')).toBe(0);
    });

    it('sorts by name either way and pages with cursors', async () => {
      const query = `query($after: String) { institutions(first: 25, after: $after, orderBy: { field: NAME, direction: DESC }, filter: { contains: "listed" }) {
        pageInfo { hasNextPage endCursor } edges { node { nameJa } } } }`;
      const names: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 4; page += 1) {
        const data: any = expectNoErrors(await t.gql(query, { after })).institutions;
        names.push(...data.edges.map((e: any) => e.node.nameJa));
        if (!data.pageInfo.hasNextPage) break;
        after = data.pageInfo.endCursor;
      }
      expect(names).toHaveLength(60);
      expect(names[0]).toBe('一覧機関59');
      expect(names[59]).toBe('一覧機関00');
      const newest = expectNoErrors(
        await t.gql(`{ institutions(first: 1, orderBy: { field: CREATED_AT, direction: DESC }) { edges { node { nameJa } } } }`),
      ).institutions;
      expect(newest.edges[0].node.nameJa).toBe('ｼｮｳﾅｲ 精密ﾗﾎﾞ');
    });

    it('costs the same number of SQL statements for 50 institutions with region, researchers and fields as for 5', async () => {
      const query = `query($first: Int) { institutions(first: $first, filter: { contains: "listed" }) { edges { node { nameJa region { nameJa } researchers { nameJa } fields { nameJa } } } } }`;
      t.db.statements.reset();
      const five = expectNoErrors(await t.gql(query, { first: 5 })).institutions.edges;
      const forFive = t.db.statements.count;
      t.db.statements.reset();
      const fifty = expectNoErrors(await t.gql(query, { first: 50 })).institutions.edges;
      const forFifty = t.db.statements.count;
      expect(five).toHaveLength(5);
      expect(fifty).toHaveLength(50);
      expect(fifty.every((e: any) => e.node.region && e.node.researchers.length === 1 && e.node.fields.length === 1)).toBe(true);
      expect(forFifty).toBe(forFive);
      // The page, regions, researchers and fields; no COUNT, since totalCount is not selected.
      expect(forFifty).toBe(4 + AUTH_STATEMENTS);
    });
  });
});
