import { toGlobalId } from '../../src/common/global-id';
import { Language, RecordStatus } from '../../src/common/enums';
import { Company } from '../../src/companies/company.entity';
import { Institution } from '../../src/institutions/institution.entity';
import { Need } from '../../src/needs/need.entity';
import { Confidentiality, NeedCategory, NeedStatus } from '../../src/needs/need.enums';
import { redactNeedFor, WITHHELD } from '../../src/needs/need.visibility';
import { Coordinator } from '../../src/people/coordinator.entity';
import { Researcher } from '../../src/people/researcher.entity';
import { loadReferenceData, makeCompany, makeCoordinator, makeInstitution, makeNeed, makeResearcher } from '../support/factories';
import { expectNoErrors, startTestServer, TestServer } from '../support/test-server';
import { AUTH_STATEMENTS } from '../support/test-auth';

const NEED_FIELDS = `id key title description category language keywords fieldCodes desiredTrl timeline budgetMinYen budgetMaxYen wantedForms
  confidentiality status consultationStep version company { nameJa } holder { name } fields { code } region { code }`;

describe('needs', () => {
  let t: TestServer;
  let lab: Institution;
  let okitamaCoordinator: Coordinator;
  let shonaiCoordinator: Coordinator;
  let researcher: Researcher;
  let yonezawa: Company;
  let tsuruoka: Company;
  let fukushima: Company;
  const gid = toGlobalId;

  beforeAll(async () => {
    t = await startTestServer({}, { as: 'COORDINATOR' });
    await loadReferenceData(t.db.dataSource);
    lab = await makeInstitution(t.db.dataSource, { nameJa: '山形県工業技術センター' });
    okitamaCoordinator = await makeCoordinator(t.db.dataSource, lab, { name: '高橋 花子(架空)', regionCode: 'JP-06-OKITAMA' });
    shonaiCoordinator = await makeCoordinator(t.db.dataSource, lab, { name: '伊藤 健(架空)', regionCode: 'JP-06-SHONAI' });
    researcher = await makeResearcher(t.db.dataSource, lab);
    yonezawa = await makeCompany(t.db.dataSource, { nameJa: '米沢電子工業(架空)', regionCode: 'JP-06-OKITAMA' });
    tsuruoka = await makeCompany(t.db.dataSource, { nameJa: '鶴岡食品(架空)', regionCode: 'JP-06-SHONAI' });
    fukushima = await makeCompany(t.db.dataSource, { nameJa: '会津精密(架空)', regionCode: 'JP-07' });
  });
  afterAll(() => t.close());

  const submit = (input: Record<string, unknown>) => t.gql(`mutation($input: SubmitNeedInput!) { submitNeed(input: $input) { ${NEED_FIELDS} } }`, { input });
  const update = (input: Record<string, unknown>) => t.gql(`mutation($input: UpdateNeedInput!) { updateNeed(input: $input) { ${NEED_FIELDS} } }`, { input });
  const basic = (overrides: Record<string, unknown> = {}) => ({
    companyId: gid('Company', yonezawa.id),
    title: 'はんだボイドの低減',
    description: 'リフロー後のボイド率を下げたい。',
    category: 'TECHNICAL',
    ...overrides,
  });

  it('submits a need with its company, holder, fields and region, keeping full-width text as typed', async () => {
    const need = expectNoErrors(
      await submit(
        basic({
          key: 'n-001',
          title: 'ＢＧＡ はんだ　ボイドの低減',
          description: 'ﾘﾌﾛｰ後の\r\nボイド率を５％以下にしたい。',
          keywords: ['ＢＧＡ', 'BGA', 'ボイド'],
          fieldCodes: ['clusters.electronics.soldering'],
          desiredTrl: 6,
          timeline: 'WITHIN_1_YEAR',
          budgetMinYen: 1000000,
          budgetMaxYen: 3000000000,
          wantedForms: ['TECHNICAL_GUIDANCE', 'TECHNICAL_GUIDANCE'],
          consultationStep: 2,
          holderId: gid('Coordinator', okitamaCoordinator.id),
        }),
      ),
    ).submitNeed;
    expect(need).toMatchObject({
      key: 'n-001',
      title: 'ＢＧＡ はんだ　ボイドの低減',
      description: 'ﾘﾌﾛｰ後の\nボイド率を５％以下にしたい。',
      language: 'JA',
      keywords: ['ＢＧＡ', 'ボイド'],
      budgetMinYen: 1000000,
      budgetMaxYen: 3000000000,
      wantedForms: ['TECHNICAL_GUIDANCE'],
      confidentiality: 'PUBLIC',
      status: 'OPEN',
      consultationStep: 2,
      version: 1,
      company: { nameJa: '米沢電子工業(架空)' },
      holder: { name: '高橋 花子(架空)' },
      fields: [{ code: 'clusters.electronics.soldering' }],
      region: { code: 'JP-06-OKITAMA' },
    });
    expect(expectNoErrors(await t.gql(`{ needByKey(key: "n-001") { id } }`)).needByKey).toEqual({ id: need.id });
    const node = expectNoErrors(await t.gql(`query($id: ID!) { node(id: $id) { __typename ... on Need { title } } }`, { id: need.id })).node;
    expect(node).toEqual({ __typename: 'Need', title: 'ＢＧＡ はんだ　ボイドの低減' });
  });

  it('refuses bad input with every field named, in Japanese and English, without echoing values', async () => {
    const result = await submit(
      basic({
        title: 'T'.repeat(201),
        description: `秘密の課題内容${'あ'.repeat(10000)}`,
        desiredTrl: 0,
        budgetMinYen: -1,
        budgetMaxYen: 1.5,
        consultationStep: 4,
        key: 'NG KEY',
      }),
    );
    const error = result.errors![0];
    expect(error.extensions!.code).toBe('BAD_USER_INPUT');
    const byField = Object.fromEntries(error.extensions!.problems.map((p: { field: string }) => [p.field, p]));
    expect(Object.keys(byField).sort()).toEqual([
      'input.budgetMaxYen',
      'input.budgetMinYen',
      'input.consultationStep',
      'input.description',
      'input.desiredTrl',
      'input.key',
      'input.title',
    ]);
    expect(byField['input.description']).toMatchObject({ ja: '10000文字以内で入力してください', en: 'must be at most 10000 characters' });
    expect(byField['input.consultationStep']).toMatchObject({ ja: '1〜3 の整数で指定してください', en: 'must be an integer from 1 to 3' });
    expect(byField['input.budgetMaxYen']).toMatchObject({ ja: '0 以上の整数で指定してください', en: 'must be a non-negative integer' });
    expect(JSON.stringify(result.errors)).not.toContain('秘密の課題内容');
    expect(JSON.stringify(result.errors)).not.toContain('NG KEY');
  });

  it('refuses a budget whose upper end is below its lower end, also when only one end changes', async () => {
    const reversed = await submit(basic({ budgetMinYen: 5000000, budgetMaxYen: 1000000 }));
    expect(reversed.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.budgetMaxYen',
      problems: [
        { field: 'input.budgetMaxYen', ja: '予算上限は予算下限以上にしてください', en: 'must be at least the lower end of the budget (budgetMinYen)' },
      ],
    });
    const need = expectNoErrors(await submit(basic({ title: '予算確認', budgetMinYen: 2000000, budgetMaxYen: 4000000 }))).submitNeed;
    const lower = await update({ id: need.id, expectedVersion: 1, budgetMaxYen: 1000000 });
    expect(lower.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.budgetMaxYen' });
    const cleared = expectNoErrors(await update({ id: need.id, expectedVersion: 1, budgetMinYen: null, budgetMaxYen: 1000000 })).updateNeed;
    expect(cleared).toMatchObject({ budgetMinYen: null, budgetMaxYen: 1000000, version: 2 });
  });

  it('refuses references of the wrong kind or to missing records, naming the field', async () => {
    const researcherAsHolder = await submit(basic({ holderId: gid('Researcher', researcher.id) }));
    expect(researcherAsHolder.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.holderId',
      messageEn: 'input.holderId: must be the ID of a Coordinator',
    });
    const missingCompany = await submit(basic({ companyId: gid('Company', '00000000-0000-4000-8000-000000000000') }));
    expect(missingCompany.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.companyId' });
    const unknownField = await submit(basic({ fieldCodes: ['clusters', 'clusters.nothing'] }));
    expect(unknownField.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.fieldCodes[1]' });
  });

  it('registers no need for an archived company, nor moves one to it; the need and the company stay as they were', async () => {
    const closed = await makeCompany(t.db.dataSource, { nameJa: '廃業した工場(架空)', regionCode: 'JP-06-OKITAMA', status: RecordStatus.ARCHIVED });
    const count = async () =>
      Number(((await t.db.dataSource.query(`SELECT count(*) AS n FROM need WHERE company_id = $1`, [closed.id])) as Array<{ n: string }>)[0].n);
    const refused = await submit(basic({ companyId: gid('Company', closed.id) }));
    expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.companyId' });
    expect(refused.errors![0].message).toContain('アーカイブ済みの企業にはニーズを登録できません');
    const need = expectNoErrors(await submit(basic({ title: '移管確認' }))).submitNeed;
    const moved = await update({ id: need.id, expectedVersion: need.version, companyId: gid('Company', closed.id) });
    expect(moved.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.companyId' });
    expect(await count()).toBe(0);
    // An edit that names the need's own company again is no move.
    const same = expectNoErrors(await update({ id: need.id, expectedVersion: need.version, companyId: gid('Company', yonezawa.id), title: '移管確認(再)' }));
    expect(same.updateNeed.title).toBe('移管確認(再)');
  });

  it('updates with optimistic locking: moves the step, hands over and clears the holder', async () => {
    const need = expectNoErrors(await submit(basic({ title: '引継ぎ確認', holderId: gid('Coordinator', okitamaCoordinator.id) }))).submitNeed;
    const handedOver = expectNoErrors(
      await update({ id: need.id, expectedVersion: 1, consultationStep: 3, holderId: gid('Coordinator', shonaiCoordinator.id), status: 'IN_PROGRESS' }),
    ).updateNeed;
    expect(handedOver).toMatchObject({ consultationStep: 3, holder: { name: '伊藤 健(架空)' }, status: 'IN_PROGRESS', title: '引継ぎ確認', version: 2 });
    const stale = await update({ id: need.id, expectedVersion: 1, title: '古い画面' });
    expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const released = expectNoErrors(await update({ id: need.id, expectedVersion: 2, holderId: null })).updateNeed;
    expect(released).toMatchObject({ holder: null, consultationStep: 3, version: 3 });
    const missing = await update({ id: gid('Need', '00000000-0000-4000-8000-000000000000'), expectedVersion: 1, title: 'x' });
    expect(missing.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('archives a need: hidden from the default list and the company, still readable by id', async () => {
    const need = expectNoErrors(await submit(basic({ title: 'アーカイブ確認ニーズ', companyId: gid('Company', fukushima.id) }))).submitNeed;
    expect(expectNoErrors(await t.gql(`mutation($id: ID!) { archiveNeed(id: $id, expectedVersion: 1) { status } }`, { id: need.id })).archiveNeed).toEqual({
      status: 'ARCHIVED',
    });
    const count = async (filter: string) => expectNoErrors(await t.gql(`{ needs(filter: { ${filter} }) { totalCount } }`)).needs.totalCount;
    expect(await count('contains: "アーカイブ確認"')).toBe(0);
    expect(await count('contains: "アーカイブ確認", status: [ARCHIVED]')).toBe(1);
    const company = expectNoErrors(await t.gql(`query($id: ID!) { company(id: $id) { needs { title } } }`, { id: gid('Company', fukushima.id) })).company;
    expect(company.needs.map((n: { title: string }) => n.title)).not.toContain('アーカイブ確認ニーズ');
    expect(expectNoErrors(await t.gql(`query($id: ID!) { need(id: $id) { status } }`, { id: need.id })).need).toEqual({ status: 'ARCHIVED' });
  });

  describe('listing', () => {
    beforeAll(async () => {
      const companies = [yonezawa, tsuruoka, fukushima];
      const categories = [NeedCategory.TECHNICAL, NeedCategory.RESEARCH, NeedCategory.MANAGEMENT];
      const fields = [['clusters.electronics.emc'], ['growth.food-agri.food-processing'], ['management.succession']];
      for (let i = 0; i < 60; i += 1) {
        await makeNeed(t.db.dataSource, companies[i % 3], {
          title: `一覧試験 ${i % 2 === 0 ? 'ノイズ対策' : 'Noise reduction'} #${String(i).padStart(2, '0')}`,
          category: categories[i % 3],
          fieldCodes: fields[i % 3],
          language: i % 2 === 0 ? Language.JA : Language.EN,
          consultationStep: (i % 3) + 1,
          holderId: i % 4 === 0 ? okitamaCoordinator.id : shonaiCoordinator.id,
          status: i % 10 === 9 ? NeedStatus.ARCHIVED : i % 10 === 8 ? NeedStatus.RESOLVED : NeedStatus.OPEN,
          confidentiality: i % 5 === 0 ? Confidentiality.CONFIDENTIAL : Confidentiality.PUBLIC,
        });
      }
    });

    it('filters by category, status, step, holder, company, region and field including descendants, language and text', async () => {
      const count = async (filter: string, contains = '') =>
        expectNoErrors(await t.gql(`{ needs(first: 1, filter: { contains: "一覧試験 ${contains}", ${filter} }) { totalCount } }`)).needs.totalCount;
      expect(await count('')).toBe(54);
      expect(await count('status: [OPEN, RESOLVED, ARCHIVED]')).toBe(60);
      expect(await count('category: [TECHNICAL]')).toBe(18);
      expect(await count('category: [TECHNICAL, MANAGEMENT]')).toBe(36);
      expect(await count('consultationStep: 2')).toBe(18);
      expect(await count(`holderId: "${gid('Coordinator', okitamaCoordinator.id)}", status: [OPEN, RESOLVED, ARCHIVED]`)).toBe(15);
      expect(await count(`companyId: "${gid('Company', tsuruoka.id)}", status: [OPEN, RESOLVED, ARCHIVED]`)).toBe(20);
      expect(await count('regionCode: "JP-06", status: [OPEN, RESOLVED, ARCHIVED]')).toBe(40);
      expect(await count('regionCode: "JP-06-SHONAI", status: [OPEN, RESOLVED, ARCHIVED]')).toBe(20);
      expect(await count('fieldCode: "growth", status: [OPEN, RESOLVED, ARCHIVED]')).toBe(20);
      expect(await count('fieldCode: "growth.food-agri", status: [OPEN, RESOLVED, ARCHIVED]')).toBe(20);
      expect(await count('fieldCode: "clusters.electronics.emc", status: [OPEN, RESOLVED, ARCHIVED]')).toBe(20);
      expect(await count('confidentiality: [CONFIDENTIAL], status: [OPEN, RESOLVED, ARCHIVED]')).toBe(12);
      expect(await count('language: EN, status: [OPEN, RESOLVED, ARCHIVED]')).toBe(30);
      expect(await count('status: [OPEN, RESOLVED, ARCHIVED]', 'ＮＯＩＳＥ　Ｒｅｄｕｃｔｉｏｎ')).toBe(30);
      expect(await count('status: [OPEN, RESOLVED, ARCHIVED]', 'ﾉｲｽﾞ')).toBe(30);
      expect(await count('status: [OPEN, RESOLVED, ARCHIVED]', 'ﾉｲｽﾞ reduction')).toBe(0);
    });

    it('sorts by title and pages with cursors', async () => {
      const query = `query($after: String) { needs(first: 20, after: $after, orderBy: { field: TITLE, direction: DESC }, filter: { contains: "一覧試験" }) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { title } } } }`;
      const titles: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 4; page += 1) {
        const data: any = expectNoErrors(await t.gql(query, { after })).needs;
        titles.push(...data.edges.map((e: any) => e.node.title));
        if (!data.pageInfo.hasNextPage) break;
        after = data.pageInfo.endCursor;
      }
      expect(titles).toHaveLength(54);
      expect([...titles].sort().reverse()).toEqual(titles);
    });

    it('costs the same number of SQL statements for 50 needs with company, holder, region and fields as for 5', async () => {
      const query = `query($first: Int) { needs(first: $first, filter: { contains: "一覧試験" }) { edges { node {
        title company { nameJa } holder { name } region { nameJa } fields { nameJa } } } } }`;
      t.db.statements.reset();
      const five = expectNoErrors(await t.gql(query, { first: 5 })).needs.edges;
      const forFive = t.db.statements.count;
      t.db.statements.reset();
      const fifty = expectNoErrors(await t.gql(query, { first: 50 })).needs.edges;
      const forFifty = t.db.statements.count;
      expect(five).toHaveLength(5);
      expect(fifty).toHaveLength(50);
      expect(fifty.every((e: any) => e.node.company && e.node.holder && e.node.region && e.node.fields.length === 1)).toBe(true);
      expect(forFifty).toBe(forFive);
      expect(forFifty).toBeLessThanOrEqual(7 + AUTH_STATEMENTS);
    });

    it('shows a coordinator everything of a confidential need', async () => {
      const data = expectNoErrors(
        await t.gql(`{ needs(first: 1, filter: { contains: "一覧試験 #00" }) { edges { node { confidentiality description company { nameJa } } } } }`),
      ).needs.edges[0].node;
      expect(data).toEqual({ confidentiality: 'CONFIDENTIAL', description: 'リフロー後のボイド率を下げたい。', company: { nameJa: '米沢電子工業(架空)' } });
    });
  });

  describe('redactNeedFor (the one visibility rule)', () => {
    const need = Object.assign(new Need(), {
      companyId: 'company-1',
      holderId: 'holder-1',
      description: '社外秘の詳細',
      keywords: ['社名入りキーワード'],
      budgetMinYen: 1,
      budgetMaxYen: 2,
    });
    const as = (confidentiality: Confidentiality) => Object.assign(Object.create(need), { confidentiality }) as Need;

    it('shows coordinators everything, whatever the confidentiality', () => {
      for (const level of Object.values(Confidentiality)) {
        expect(redactNeedFor('COORDINATOR', as(level))).toMatchObject({ companyId: 'company-1', description: '社外秘の詳細', showRegion: true });
      }
    });

    it('hides the company of a RESTRICTED need and all but a summary of a CONFIDENTIAL one from researchers and partners', () => {
      for (const viewer of ['RESEARCHER', 'PARTNER'] as const) {
        expect(redactNeedFor(viewer, as(Confidentiality.PUBLIC))).toMatchObject({ companyId: 'company-1', description: '社外秘の詳細' });
        expect(redactNeedFor(viewer, as(Confidentiality.RESTRICTED))).toMatchObject({ companyId: null, showRegion: true, description: '社外秘の詳細' });
        expect(redactNeedFor(viewer, as(Confidentiality.CONFIDENTIAL))).toEqual({
          companyId: null,
          showRegion: false,
          holderId: null,
          description: WITHHELD,
          keywords: [],
          budgetMinYen: null,
          budgetMaxYen: null,
        });
      }
    });
  });
});
