import { fromGlobalId, toGlobalId } from '../../src/common/global-id';
import { Institution } from '../../src/institutions/institution.entity';
import { InstitutionKind } from '../../src/institutions/institution.enums';
import { NeedStatus } from '../../src/needs/need.enums';
import { Researcher } from '../../src/people/researcher.entity';
import { SeedStatus } from '../../src/seeds/seed.enums';
import { loadReferenceData, makeCompany, makeCoordinator, makeInstitution, makeNeed, makeResearcher, makeSeed } from '../support/factories';
import { addMember, makeConsortium } from '../support/factories-directory';
import { expectNoErrors, GraphQLResult, startTestServer, TestServer } from '../support/test-server';

type Problem = { field: string; ja: string; en: string; constraint?: string };
const problemsOf = (result: GraphQLResult): Problem[] => {
  expect(result.errors).toHaveLength(1);
  expect(result.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  return result.errors![0].extensions!.problems;
};
const gid = (type: string, row: { id: string }) => toGlobalId(type, row.id);

const RESEARCHER = `id key nameJa nameEn title email phone contactPublic fieldCodes keywords status version institution { nameJa } fields { code }`;

describe('researchers and coordinators', () => {
  let t: TestServer;
  let university: Institution;
  let kosen: Institution;

  beforeAll(async () => {
    t = await startTestServer({}, { as: 'ADMIN' });
    await loadReferenceData(t.db.dataSource);
    university = await makeInstitution(t.db.dataSource, { nameJa: '山形大学', kind: InstitutionKind.UNIVERSITY, regionCode: 'JP-06-OKITAMA' });
    kosen = await makeInstitution(t.db.dataSource, { nameJa: '鶴岡工業高等専門学校', kind: InstitutionKind.KOSEN, regionCode: 'JP-06-SHONAI' });
  });
  afterAll(() => t.close());

  describe('researchers', () => {
    const register = (input: Record<string, unknown>) =>
      t.gql(`mutation($input: RegisterResearcherInput!) { registerResearcher(input: $input) { ${RESEARCHER} } }`, { input });
    const update = (input: Record<string, unknown>) =>
      t.gql(`mutation($input: UpdateResearcherInput!) { updateResearcher(input: $input) { ${RESEARCHER} } }`, { input });

    it('registers a researcher, keeping text as typed, and keeps private contact details out of the API and of `contains`', async () => {
      const created = expectNoErrors(
        await register({
          nameJa: '佐藤　一郎',
          nameEn: 'Ｉｃｈｉｒｏ Sato',
          institutionId: gid('Institution', university),
          title: '教授',
          email: 'private-sato@example.jp',
          phone: '0238-26-3000',
          fieldCodes: ['organic-electronics.oled-lighting'],
          keywords: ['有機ＥＬ', ' 発光材料 ', '有機EL'],
        }),
      ).registerResearcher;
      expect(created).toMatchObject({
        nameJa: '佐藤　一郎',
        nameEn: 'Ｉｃｈｉｒｏ Sato',
        email: null,
        phone: null,
        contactPublic: false,
        keywords: ['有機ＥＬ', '発光材料'],
        status: 'ACTIVE',
        version: 1,
        institution: { nameJa: '山形大学' },
        fields: [{ code: 'organic-electronics.oled-lighting' }],
      });
      expect(created.key).toMatch(/^r\.[0-9a-f-]{36}$/);
      const viaNode = expectNoErrors(await t.gql(`query($id: ID!) { node(id: $id) { ... on Researcher { email phone } } }`, { id: created.id })).node;
      expect(viaNode).toEqual({ email: null, phone: null });
      const byList = expectNoErrors(await t.gql(`{ researchers(filter: { contains: "private-sato" }) { totalCount } }`)).researchers;
      expect(byList.totalCount).toBe(0);
      const stored = await t.db.dataSource.getRepository(Researcher).findOneByOrFail({ key: created.key });
      expect(stored.email).toBe('private-sato@example.jp');

      const published = expectNoErrors(await update({ id: created.id, expectedVersion: 1, contactPublic: true })).updateResearcher;
      expect(published).toMatchObject({ email: 'private-sato@example.jp', phone: '0238-26-3000', contactPublic: true, version: 2 });
      const byKey = expectNoErrors(await t.gql(`query($key: String!) { researcherByKey(key: $key) { id email } }`, { key: created.key })).researcherByKey;
      expect(byKey).toEqual({ id: created.id, email: 'private-sato@example.jp' });
    });

    it('refuses bad input field by field, in both languages, without echoing values', async () => {
      const problems = problemsOf(
        await register({
          nameJa: '',
          institutionId: gid('Institution', university),
          email: 'not-an-email-secret',
          phone: '555-SECRET',
          key: '-starts-with-hyphen',
          keywords: ['k'.repeat(51)],
          title: 't'.repeat(101),
        }),
      );
      const fields = problems.map((p) => p.field).sort();
      expect(fields).toEqual(['input.email', 'input.key', 'input.keywords', 'input.nameJa', 'input.phone', 'input.title']);
      expect(problems.find((p) => p.field === 'input.title')).toMatchObject({ ja: '100文字以内で入力してください', en: 'must be at most 100 characters' });
      expect(JSON.stringify(problems)).not.toMatch(/secret|SECRET|kkkk|tttt|starts-with/);

      const missing = problemsOf(await register({ nameJa: 'x', institutionId: toGlobalId('Institution', '00000000-0000-4000-8000-000000000000') }));
      expect(missing[0]).toMatchObject({ field: 'input.institutionId', constraint: 'exists', ja: '指定されたデータが存在しません' });
      const wrongType = problemsOf(await register({ nameJa: 'x', institutionId: toGlobalId('Seed', university.id) }));
      expect(wrongType[0]).toMatchObject({ field: 'input.institutionId', constraint: 'globalIdType' });
      const garbage = problemsOf(await register({ nameJa: 'x', institutionId: 'not-an-id' }));
      expect(garbage[0]).toMatchObject({ field: 'input.institutionId', constraint: 'globalId' });
      const unknownField = problemsOf(await register({ nameJa: 'x', institutionId: gid('Institution', university), fieldCodes: ['nope'] }));
      expect(unknownField[0]).toMatchObject({ field: 'input.fieldCodes[0]', constraint: 'knownField' });
    });

    it('refuses a stale update with CONFLICT, clears optional fields with null, and archives', async () => {
      const created = expectNoErrors(await register({ nameJa: '鈴木 次郎', title: '准教授', institutionId: gid('Institution', kosen) })).registerResearcher;
      const moved = expectNoErrors(
        await update({ id: created.id, expectedVersion: 1, institutionId: gid('Institution', university), title: null }),
      ).updateResearcher;
      expect(moved).toMatchObject({ institution: { nameJa: '山形大学' }, title: null, version: 2 });
      const stale = await update({ id: created.id, expectedVersion: 1, nameJa: '古い画面' });
      expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });

      const archive = `mutation($id: ID!, $v: Int!) { archiveResearcher(id: $id, expectedVersion: $v) { status version } }`;
      expect(expectNoErrors(await t.gql(archive, { id: created.id, v: 2 })).archiveResearcher).toEqual({ status: 'ARCHIVED', version: 3 });
      expect(expectNoErrors(await t.gql(`{ researchers(filter: { contains: "鈴木 次郎" }) { totalCount } }`)).researchers.totalCount).toBe(0);
      expect(expectNoErrors(await t.gql(`{ researchers(filter: { contains: "鈴木 次郎", status: [ARCHIVED] }) { totalCount } }`)).researchers.totalCount).toBe(
        1,
      );
      const members = expectNoErrors(
        await t.gql(`query($id: ID!) { institution(id: $id) { researchers { nameJa } } }`, { id: gid('Institution', university) }),
      ).institution;
      expect(members.researchers.map((r: { nameJa: string }) => r.nameJa)).not.toContain('鈴木 次郎');
      const missing = await t.gql(archive, { id: toGlobalId('Researcher', '00000000-0000-4000-8000-000000000000'), v: 1 });
      expect(missing.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    });

    it('shows seeds (published by default) and consortia of a researcher', async () => {
      const tanaka = await makeResearcher(t.db.dataSource, kosen, { nameJa: '田中 三郎' });
      await makeSeed(t.db.dataSource, [tanaka], { title: '米沢織の新素材' });
      await makeSeed(t.db.dataSource, [tanaka], { title: '未公開の研究', status: SeedStatus.DRAFT });
      const consortium = await makeConsortium(t.db.dataSource, { nameJa: '山形県食品加工研究会' });
      await addMember(t.db.dataSource, consortium, { researcher: tanaka });
      const query = `query($id: ID!) { researcher(id: $id) { seeds { title owners { nameJa } } all: seeds(status: [DRAFT, PUBLISHED]) { title } consortia { nameJa } } }`;
      const data = expectNoErrors(await t.gql(query, { id: gid('Researcher', tanaka) })).researcher;
      expect(data.seeds).toEqual([{ title: '米沢織の新素材', owners: [{ nameJa: '田中 三郎' }] }]);
      expect(data.all.map((s: { title: string }) => s.title).sort()).toEqual(['未公開の研究', '米沢織の新素材']);
      expect(data.consortia).toEqual([{ nameJa: '山形県食品加工研究会' }]);
    });

    describe('listing', () => {
      beforeAll(async () => {
        const ds = t.db.dataSource;
        const lab = await makeInstitution(ds, { nameJa: '岩手県工業技術センター(架空)', kind: InstitutionKind.PUBLIC_LAB, regionCode: 'JP-03' });
        const places = [university, kosen, lab];
        const fields = ['organic-electronics.oled-display', 'clusters.electronics.emc', 'biotech'];
        for (let i = 0; i < 12; i += 1) {
          await makeResearcher(ds, places[i % 3], { nameJa: `一覧研究者${i}`, fieldCodes: [fields[i % 3]], searchText: `一覧研究者${i} roster` });
        }
        expectNoErrors(
          await t.gql(`mutation($input: RegisterResearcherInput!) { registerResearcher(input: $input) { id } }`, {
            input: { nameJa: 'ﾔﾏﾀﾞ ﾊﾅｺ', nameEn: 'Hanako YAMADA', institutionId: gid('Institution', kosen), keywords: ['ＭＥＭＳ'] },
          }),
        );
      });
      const count = async (filter: string) => expectNoErrors(await t.gql(`{ researchers(filter: { ${filter} }) { totalCount } }`)).researchers.totalCount;

      it('filters by institution, its kind and region (with areas inside), field (with descendants) and text', async () => {
        expect(await count('contains: "roster"')).toBe(12);
        expect(await count(`contains: "roster", institutionId: "${gid('Institution', university)}"`)).toBe(4);
        expect(await count('contains: "roster", institutionKind: [KOSEN, PUBLIC_LAB]')).toBe(8);
        expect(await count('contains: "roster", regionCode: "JP-06"')).toBe(8);
        expect(await count('contains: "roster", regionCode: "JP-06-SHONAI"')).toBe(4);
        expect(await count('contains: "roster", fieldCode: "organic-electronics"')).toBe(4);
        expect(await count('contains: "roster", fieldCode: "clusters.electronics"')).toBe(4);
        expect(await count('contains: "roster", fieldCode: "biotech"')).toBe(4);
        expect(await count('contains: "roster", fieldCode: "growth"')).toBe(0);
        expect(await count('contains: "ヤマダ ハナコ"')).toBe(1);
        expect(await count('contains: "ﾔﾏﾀﾞ"')).toBe(1);
        expect(await count('contains: "hanako yamada"')).toBe(1);
        expect(await count('contains: "mems"')).toBe(1);
        const bad = await t.gql(`{ researchers(filter: { institutionId: "${gid('Region', { id: 'JP-06' })}" }) { totalCount } }`);
        expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.institutionId' });
      });

      it('costs the same number of SQL statements for many researchers with institution, seeds and fields as for a few', async () => {
        const query = `query($first: Int) { researchers(first: $first, filter: { contains: "roster" }) { edges { node { nameJa institution { nameJa } seeds { title } fields { code } } } } }`;
        t.db.statements.reset();
        expect(expectNoErrors(await t.gql(query, { first: 2 })).researchers.edges).toHaveLength(2);
        const forTwo = t.db.statements.count;
        t.db.statements.reset();
        const twelve = expectNoErrors(await t.gql(query, { first: 12 })).researchers.edges;
        expect(twelve).toHaveLength(12);
        expect(twelve.every((e: any) => e.node.institution && e.node.fields.length === 1)).toBe(true);
        expect(t.db.statements.count).toBe(forTwo);
      });
    });
  });

  describe('coordinators', () => {
    const FIELDS = `id key name email phone status version institution { nameJa } region { code nameJa } heldNeeds { title }`;
    const register = (input: Record<string, unknown>) =>
      t.gql(`mutation($input: RegisterCoordinatorInput!) { registerCoordinator(input: $input) { ${FIELDS} } }`, { input });

    it('registers a coordinator whose work contacts are shown, and lists the needs they hold', async () => {
      const created = expectNoErrors(
        await register({
          key: 'c-okitama',
          name: '高橋　花子',
          institutionId: gid('Institution', university),
          regionCode: 'JP-06-OKITAMA',
          email: 'okitama@example.jp',
          phone: '+81-238-26-3000',
        }),
      ).registerCoordinator;
      expect(created).toMatchObject({
        key: 'c-okitama',
        name: '高橋　花子',
        email: 'okitama@example.jp',
        phone: '+81-238-26-3000',
        status: 'ACTIVE',
        version: 1,
        institution: { nameJa: '山形大学' },
        region: { code: 'JP-06-OKITAMA', nameJa: '置賜' },
        heldNeeds: [],
      });
      const company = await makeCompany(t.db.dataSource);
      const holderId = fromGlobalId(created.id, 'Coordinator').id;
      await makeNeed(t.db.dataSource, company, { title: 'はんだ接合部のボイド低減', holderId });
      await makeNeed(t.db.dataSource, company, { title: '終わった相談', holderId, status: NeedStatus.ARCHIVED });
      const held = expectNoErrors(await t.gql(`query($id: ID!) { node(id: $id) { ... on Coordinator { heldNeeds { title } } } }`, { id: created.id })).node;
      expect(held.heldNeeds).toEqual([{ title: 'はんだ接合部のボイド低減' }]);
      const byKey = expectNoErrors(await t.gql(`{ coordinatorByKey(key: "c-okitama") { name } }`)).coordinatorByKey;
      expect(byKey).toEqual({ name: '高橋　花子' });
    });

    it('refuses bad contacts, unknown regions and missing institutions', async () => {
      const problems = problemsOf(await register({ name: ' ', institutionId: gid('Institution', university), email: 'x@', phone: '0238-26-3000-9999' }));
      expect(problems.map((p) => p.field).sort()).toEqual(['input.email', 'input.name', 'input.phone']);
      const region = problemsOf(await register({ name: 'x', institutionId: gid('Institution', university), regionCode: 'JP-06-NOWHERE' }));
      expect(region[0]).toMatchObject({ field: 'input.regionCode', constraint: 'knownRegion', ja: '登録されていない地域コードです' });
      const institution = problemsOf(await register({ name: 'x', institutionId: toGlobalId('Institution', '00000000-0000-4000-8000-000000000000') }));
      expect(institution[0]).toMatchObject({ field: 'input.institutionId', constraint: 'exists' });
    });

    it('filters by region including the areas inside it and by institution; updates and archives with version checks', async () => {
      await makeCoordinator(t.db.dataSource, kosen, { name: '庄内 担当', regionCode: 'JP-06-SHONAI' });
      await makeCoordinator(t.db.dataSource, kosen, { name: '岩手 担当', regionCode: 'JP-03' });
      const names = async (filter: string) =>
        expectNoErrors(await t.gql(`{ coordinators(filter: { ${filter} }) { edges { node { name } } } }`)).coordinators.edges.map((e: any) => e.node.name);
      expect(await names('regionCode: "JP-06"')).toEqual(['庄内 担当', '高橋　花子']);
      expect(await names('regionCode: "JP-06-SHONAI"')).toEqual(['庄内 担当']);
      expect(await names(`institutionId: "${gid('Institution', kosen)}"`)).toEqual(['岩手 担当', '庄内 担当']);

      const coordinator = await makeCoordinator(t.db.dataSource, kosen, { name: '異動 予定' });
      const update = `mutation($input: UpdateCoordinatorInput!) { updateCoordinator(input: $input) { name version region { code } institution { nameJa } } }`;
      const updated = expectNoErrors(
        await t.gql(update, {
          input: { id: gid('Coordinator', coordinator), expectedVersion: 1, institutionId: gid('Institution', university), regionCode: 'JP-06-OKITAMA' },
        }),
      ).updateCoordinator;
      expect(updated).toEqual({ name: '異動 予定', version: 2, region: { code: 'JP-06-OKITAMA' }, institution: { nameJa: '山形大学' } });
      const stale = await t.gql(update, { input: { id: gid('Coordinator', coordinator), expectedVersion: 1, name: '古い' } });
      expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
      const archived = expectNoErrors(
        await t.gql(`mutation($id: ID!) { archiveCoordinator(id: $id, expectedVersion: 2) { status } }`, { id: gid('Coordinator', coordinator) }),
      ).archiveCoordinator;
      expect(archived).toEqual({ status: 'ARCHIVED' });
      expect(await names('regionCode: "JP-06-OKITAMA"')).toEqual(['高橋　花子']);
      expect(await names('regionCode: "JP-06-OKITAMA", status: [ACTIVE, ARCHIVED]')).toEqual(['異動 予定', '高橋　花子']);
    });
  });
});
