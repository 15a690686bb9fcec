import { toGlobalId } from '../../src/common/global-id';
import { MemberType } from '../../src/consortia/consortium.enums';
import { NeedStatus } from '../../src/needs/need.enums';
import { makeCertification, makeConsortium, makeMembership } from '../support/factories-collaboration';
import { loadReferenceData, makeCompany, makeNeed } from '../support/factories';
import { expectNoErrors, startTestServer, TestServer } from '../support/test-server';
import { AUTH_STATEMENTS } from '../support/test-auth';

const COMPANY_FIELDS = `id key nameJa nameEn industry size employees capabilities fieldCodes description websiteUrl status version
  region { code nameJa } fields { code } certifications { name issuer issuedOn validUntil }`;

/** Today in Japan, worked out independently of the code under test. */
function tokyoToday(): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Tokyo', year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(new Date());
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return new Date(Date.UTC(get('year'), get('month') - 1, get('day'))).toISOString().slice(0, 10);
}

describe('companies', () => {
  let t: TestServer;

  beforeAll(async () => {
    t = await startTestServer({}, { as: 'COORDINATOR' });
    await loadReferenceData(t.db.dataSource);
  });
  afterAll(() => t.close());

  const register = (input: Record<string, unknown>) =>
    t.gql(`mutation($input: RegisterCompanyInput!) { registerCompany(input: $input) { ${COMPANY_FIELDS} } }`, { input });
  const update = (input: Record<string, unknown>) =>
    t.gql(`mutation($input: UpdateCompanyInput!) { updateCompany(input: $input) { ${COMPANY_FIELDS} } }`, { input });

  it('registers a company with certifications, keeping full-width text as typed (dates fold)', async () => {
    const company = expectNoErrors(
      await register({
        key: 'co-yonezawa-denshi',
        nameJa: '米沢電子工業株式会社（架空）',
        nameEn: ' Yonezawa  Denshi (fictional) ',
        industry: '電子部品製造',
        regionCode: 'JP-06-OKITAMA',
        size: 'SMALL',
        employees: 45,
        capabilities: ['高密度実装', 'ﾊﾝﾀﾞ付け', '高密度実装'],
        fieldCodes: ['clusters.electronics.mounting'],
        certifications: [{ name: '鉛フリーはんだ付け技術　１級', issuer: '架空協会', issuedOn: '２０２５-０４-０１', validUntil: '2026-03-31' }],
        websiteUrl: 'https://example.jp/denshi',
        isFictional: true,
      }),
    ).registerCompany;
    expect(company).toMatchObject({
      key: 'co-yonezawa-denshi',
      nameJa: '米沢電子工業株式会社（架空）',
      nameEn: 'Yonezawa Denshi (fictional)',
      size: 'SMALL',
      employees: 45,
      capabilities: ['高密度実装', 'ﾊﾝﾀﾞ付け'],
      status: 'ACTIVE',
      version: 1,
      region: { code: 'JP-06-OKITAMA', nameJa: '置賜' },
      fields: [{ code: 'clusters.electronics.mounting' }],
      certifications: [{ name: '鉛フリーはんだ付け技術　１級', issuer: '架空協会', issuedOn: '2025-04-01', validUntil: '2026-03-31' }],
    });
    const byKey = expectNoErrors(await t.gql(`{ companyByKey(key: "co-yonezawa-denshi") { id nameJa } }`)).companyByKey;
    expect(byKey).toEqual({ id: company.id, nameJa: '米沢電子工業株式会社（架空）' });
    expect(expectNoErrors(await t.gql(`{ companyByKey(key: "no-such-company") { id } }`)).companyByKey).toBeNull();
  });

  it('refuses a certification that expires before it was issued, naming the entry, in both languages', async () => {
    const result = await register({
      nameJa: '日付誤り株式会社',
      certifications: [
        { name: 'はんだ付け 2級', issuedOn: '2025-04-01', validUntil: '2026-03-31' },
        { name: 'はんだ付け 1級', issuedOn: '2025-04-01', validUntil: '2025-03-31' },
        { name: '', issuedOn: '2025-02-29', validUntil: '2025/12/31' },
      ],
    });
    const error = result.errors![0];
    expect(error.extensions!.code).toBe('BAD_USER_INPUT');
    const problems = error.extensions!.problems as Array<{ field: string; ja: string; en: string }>;
    expect(problems.find((p) => p.field === 'input.certifications[1].validUntil')).toMatchObject({
      ja: '有効期限は認定日以降にしてください',
      en: 'must be on or after the issue date (issuedOn)',
    });
    expect(problems.map((p) => p.field).sort()).toEqual([
      'input.certifications[1].validUntil',
      'input.certifications[2].issuedOn',
      'input.certifications[2].name',
      'input.certifications[2].validUntil',
    ]);
    expect(problems.find((p) => p.field === 'input.certifications[2].issuedOn')!.ja).toBe('YYYY-MM-DD 形式の実在する日付で入力してください');
    expect(JSON.stringify(result.errors)).not.toContain('2025-02-29');
    expect(JSON.stringify(result.errors)).not.toContain('2025/12/31');
    expect(expectNoErrors(await t.gql(`{ companies(first: 5, filter: { contains: "日付誤り" }) { totalCount } }`)).companies.totalCount).toBe(0);
  });

  it('refuses bad input field by field: required, length, URL, key, number, region and field codes', async () => {
    const result = await register({ nameJa: '', nameEn: 'x'.repeat(201), websiteUrl: 'www.example.jp', key: 'Bad Key', employees: -3 });
    const problems = result.errors![0].extensions!.problems as Array<{ field: string; ja: string; en: string }>;
    const byField = Object.fromEntries(problems.map((p) => [p.field, p]));
    expect(Object.keys(byField).sort()).toEqual(['input.employees', 'input.key', 'input.nameEn', 'input.nameJa', 'input.websiteUrl']);
    expect(byField['input.nameJa']).toMatchObject({ ja: '空欄にはできません', en: 'must not be blank' });
    expect(byField['input.nameEn']).toMatchObject({ ja: '200文字以内で入力してください', en: 'must be at most 200 characters' });
    expect(byField['input.websiteUrl']).toMatchObject({ en: 'must be an http(s) URL' });
    expect(byField['input.employees']).toMatchObject({ ja: '0 以上の整数で指定してください' });
    expect(JSON.stringify(result.errors)).not.toContain('www.example.jp');
    expect(JSON.stringify(result.errors)).not.toContain('Bad Key');

    const ftp = await register({ nameJa: 'FTP株式会社', websiteUrl: 'ftp://example.jp' });
    expect(ftp.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.websiteUrl' });
    const region = await register({ nameJa: '地域誤り株式会社', regionCode: 'JP-99' });
    expect(region.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.regionCode',
      messageEn: 'input.regionCode: is not a known region code',
    });
    const field = await register({ nameJa: '分野誤り株式会社', fieldCodes: ['clusters.textiles', 'no-such-field'] });
    expect(field.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.fieldCodes[1]' });
    const duplicate = await register({ nameJa: '重複キー株式会社', key: 'co-yonezawa-denshi' });
    expect(duplicate.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.key' });
  });

  it('tells whether a certification is valid on a date and how many days remain', async () => {
    const company = await makeCompany(t.db.dataSource, { nameJa: '認定確認株式会社' });
    const graded = await makeCertification(t.db.dataSource, company, { issuedOn: '2025-04-01', validUntil: '2026-03-31' });
    await makeCertification(t.db.dataSource, company, { name: '指導者', issuedOn: '2021-04-01', validUntil: null });
    const query = `query($id: ID!) { node(id: $id) { ... on Certification { name
      onLastDay: isValid(asOf: "2026-03-31") dayAfter: isValid(asOf: "2026-04-01") beforeIssue: isValid(asOf: "2025-03-31")
      month: daysUntilExpiry(asOf: "2026-03-01") expired: daysUntilExpiry(asOf: "2026-04-10") today: isValid company { nameJa } } } }`;
    const cert = expectNoErrors(await t.gql(query, { id: toGlobalId('Certification', graded.id) })).node;
    expect(cert).toMatchObject({ onLastDay: true, dayAfter: false, beforeIssue: false, month: 30, expired: -10, company: { nameJa: '認定確認株式会社' } });
    expect(cert.today).toBe(tokyoToday() >= '2025-04-01' && tokyoToday() <= '2026-03-31');

    const list = expectNoErrors(
      await t.gql(`query($id: ID!) { company(id: $id) { certifications { name isValid daysUntilExpiry } } }`, { id: toGlobalId('Company', company.id) }),
    ).company.certifications;
    expect(list.find((c: { name: string }) => c.name === '指導者')).toEqual({ name: '指導者', isValid: true, daysUntilExpiry: null });

    const bad = await t.gql(`query($id: ID!) { node(id: $id) { ... on Certification { isValid(asOf: "2026-02-30") } } }`, {
      id: toGlobalId('Certification', graded.id),
    });
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf' });
  });

  it('updates with optimistic locking: replaces certifications, clears with null, keeps what is omitted', async () => {
    const company = expectNoErrors(
      await register({ nameJa: '更新株式会社', nameEn: 'Koshin', industry: '金型', certifications: [{ name: '旧認定' }] }),
    ).registerCompany;
    const updated = expectNoErrors(
      await update({
        id: company.id,
        expectedVersion: 1,
        nameEn: null,
        certifications: [{ name: '新認定 A', validUntil: '2027-01-31' }, { name: '新認定 B' }],
      }),
    ).updateCompany;
    expect(updated).toMatchObject({ nameJa: '更新株式会社', nameEn: null, industry: '金型', version: 2 });
    expect(updated.certifications.map((c: { name: string }) => c.name).sort()).toEqual(['新認定 A', '新認定 B']);

    const stale = await update({ id: company.id, expectedVersion: 1, nameJa: '古い画面' });
    expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2, field: 'input.expectedVersion' });
    expect(stale.errors![0].extensions!.messageJa).toContain('他の利用者によって更新されています');
    const badOrder = await update({ id: company.id, expectedVersion: 2, certifications: [{ name: 'x', issuedOn: '2025-05-01', validUntil: '2025-04-30' }] });
    expect(badOrder.errors![0].extensions!.problems[0].field).toBe('input.certifications[0].validUntil');
    const reread = expectNoErrors(await t.gql(`query($id: ID!) { company(id: $id) { nameJa version certifications { name } } }`, { id: company.id })).company;
    expect(reread.nameJa).toBe('更新株式会社');
    expect(reread.version).toBe(2);
    expect(reread.certifications).toHaveLength(2);
  });

  it('archives a company: hidden from the default list, still readable by node(id:)', async () => {
    const company = expectNoErrors(await register({ nameJa: 'アーカイブ工業(架空)' })).registerCompany;
    const archived = expectNoErrors(await t.gql(`mutation($id: ID!) { archiveCompany(id: $id, expectedVersion: 1) { status version } }`, { id: company.id }));
    expect(archived.archiveCompany).toEqual({ status: 'ARCHIVED', version: 2 });
    const count = async (filter: string) => expectNoErrors(await t.gql(`{ companies(first: 5, filter: { ${filter} }) { totalCount } }`)).companies.totalCount;
    expect(await count('contains: "アーカイブ工業"')).toBe(0);
    expect(await count('contains: "アーカイブ工業", status: [ARCHIVED]')).toBe(1);
    const node = expectNoErrors(await t.gql(`query($id: ID!) { node(id: $id) { __typename ... on Company { nameJa status } } }`, { id: company.id })).node;
    expect(node).toEqual({ __typename: 'Company', nameJa: 'アーカイブ工業(架空)', status: 'ARCHIVED' });
  });

  it('filters by region and field including descendants, size and full-width text, sorted by name', async () => {
    const mk = (nameJa: string, regionCode: string, fieldCodes: string[], size: 'MICRO' | 'SMALL' | 'LARGE', capabilities: string[]) =>
      register({ nameJa, regionCode, fieldCodes, size, capabilities, industry: '製造業', description: '検索試験用' });
    expectNoErrors(await mk('あ精機', 'JP-06-OKITAMA', ['clusters.casting-machining'], 'SMALL', ['SMT実装', '精密切削']));
    expectNoErrors(await mk('い織物', 'JP-06-OKITAMA', ['clusters.textiles'], 'MICRO', ['米沢織']));
    expectNoErrors(await mk('う電機', 'JP-06-SHONAI', ['clusters.electronics.emc'], 'LARGE', ['EMC 対策']));
    expectNoErrors(await mk('え自動車部品', 'JP-07', ['growth.automotive'], 'SMALL', ['プレス']));
    const names = async (filter: string, contains = '') =>
      expectNoErrors(
        await t.gql(`{ companies(first: 20, filter: { contains: "検索試験用 ${contains}", ${filter} }) { totalCount edges { node { nameJa } } } }`),
      ).companies.edges.map((e: { node: { nameJa: string } }) => e.node.nameJa);
    expect(await names('regionCode: "JP-06"')).toEqual(['あ精機', 'い織物', 'う電機']);
    expect(await names('regionCode: "JP-06-OKITAMA"')).toEqual(['あ精機', 'い織物']);
    expect(await names('fieldCode: "clusters"')).toEqual(['あ精機', 'い織物', 'う電機']);
    expect(await names('fieldCode: "clusters.electronics"')).toEqual(['う電機']);
    expect(await names('size: [SMALL, MICRO]')).toEqual(['あ精機', 'い織物', 'え自動車部品']);
    expect(await names('', 'ｓｍｔ　精密')).toEqual(['あ精機']);
    expect(await names('', '米沢織')).toEqual(['い織物']);
    expect(await names('', '織物 EMC')).toEqual([]);
    const desc = expectNoErrors(
      await t.gql(
        `{ companies(first: 2, orderBy: { field: NAME, direction: DESC }, filter: { contains: "検索試験用" }) { totalCount edges { node { nameJa } } pageInfo { hasNextPage } } }`,
      ),
    ).companies;
    expect(desc).toEqual({ totalCount: 4, edges: [{ node: { nameJa: 'え自動車部品' } }, { node: { nameJa: 'う電機' } }], pageInfo: { hasNextPage: true } });
  });

  it('shows a company its consortia, needs and certifications', async () => {
    const company = await makeCompany(t.db.dataSource, { nameJa: '関係確認株式会社' });
    const active = await makeConsortium(t.db.dataSource, { nameJa: '米沢電機工業会' });
    const archived = await makeConsortium(t.db.dataSource, { nameJa: '解散した研究会', status: 'ARCHIVED' as never });
    await makeMembership(t.db.dataSource, active, MemberType.COMPANY, company.id);
    await makeMembership(t.db.dataSource, archived, MemberType.COMPANY, company.id);
    await makeNeed(t.db.dataSource, company, { title: '現行ニーズ' });
    await makeNeed(t.db.dataSource, company, { title: '古いニーズ', status: NeedStatus.ARCHIVED });
    await makeCertification(t.db.dataSource, company);
    const data = expectNoErrors(
      await t.gql(
        `query($id: ID!) { company(id: $id) { consortia { nameJa } all: consortia(includeArchived: true) { nameJa }
          needs { title company { nameJa } } allNeeds: needs(includeArchived: true) { title } certifications { name } } }`,
        { id: toGlobalId('Company', company.id) },
      ),
    ).company;
    expect(data.consortia).toEqual([{ nameJa: '米沢電機工業会' }]);
    expect(data.all.map((c: { nameJa: string }) => c.nameJa).sort()).toEqual(['米沢電機工業会', '解散した研究会'].sort());
    expect(data.needs).toEqual([{ title: '現行ニーズ', company: { nameJa: '関係確認株式会社' } }]);
    expect(data.allNeeds).toHaveLength(2);
    expect(data.certifications).toEqual([{ name: '鉛フリーはんだ付け技術 2級' }]);
  });

  it('costs the same number of SQL statements for 40 companies with region, fields, certifications and consortia as for 4', async () => {
    for (let i = 0; i < 40; i += 1) {
      const company = await makeCompany(t.db.dataSource, { nameJa: `一覧用企業 ${i}`, fieldCodes: ['clusters.plating'], searchText: `一覧用企業 ${i}` });
      await makeCertification(t.db.dataSource, company);
      await makeMembership(t.db.dataSource, await makeConsortium(t.db.dataSource, { nameJa: `一覧用研究会 ${i}` }), MemberType.COMPANY, company.id);
    }
    const query = `query($first: Int) { companies(first: $first, filter: { contains: "一覧用企業" }) { edges { node {
      nameJa region { nameJa } fields { nameJa } certifications { name isValid } consortia { nameJa } } } } }`;
    t.db.statements.reset();
    const few = expectNoErrors(await t.gql(query, { first: 4 })).companies.edges;
    const forFew = t.db.statements.count;
    t.db.statements.reset();
    const many = expectNoErrors(await t.gql(query, { first: 40 })).companies.edges;
    const forMany = t.db.statements.count;
    expect(few).toHaveLength(4);
    expect(many).toHaveLength(40);
    expect(many.every((e: any) => e.node.region.nameJa === '置賜' && e.node.certifications.length === 1 && e.node.consortia.length === 1)).toBe(true);
    expect(forMany).toBe(forFew);
    expect(forMany).toBeLessThanOrEqual(7 + AUTH_STATEMENTS);
  });
});
