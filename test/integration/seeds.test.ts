import { toGlobalId } from '../../src/common/global-id';
import { loadReferenceData, makeInstitution, makeResearcher, makeSeed } from '../support/factories';
import { expectNoErrors, startTestServer, TestServer } from '../support/test-server';
import { AUTH_STATEMENTS } from '../support/test-auth';
import { Researcher } from '../../src/people/researcher.entity';
import { Institution } from '../../src/institutions/institution.entity';
import { InstitutionKind } from '../../src/institutions/institution.enums';

const SEED_FIELDS = `id key title summary language trl status version keywords fieldCodes collaborationForms
  patents { number status } owners { id nameJa } institution { id nameJa } fields { code nameJa nameEn }`;

describe('seeds', () => {
  let t: TestServer;
  let lab: Institution;
  let university: Institution;
  let researcher: Researcher;

  beforeAll(async () => {
    t = await startTestServer({}, { as: 'COORDINATOR' });
    await loadReferenceData(t.db.dataSource);
    lab = await makeInstitution(t.db.dataSource, { nameJa: '置賜試験場', regionCode: 'JP-06-OKITAMA' });
    university = await makeInstitution(t.db.dataSource, { nameJa: '鶴岡工業高等専門学校', kind: InstitutionKind.KOSEN, regionCode: 'JP-06-SHONAI' });
    researcher = await makeResearcher(t.db.dataSource, lab);
  });
  afterAll(() => t.close());

  const register = (input: Record<string, unknown>) =>
    t.gql(`mutation($input: RegisterSeedInput!) { registerSeed(input: $input) { ${SEED_FIELDS} } }`, { input });

  it('registers a seed, keeping full-width text as typed and detecting its language', async () => {
    const result = await register({
      title: 'ＩｏＴ対応 ｾﾝｻ モジュール',
      summary: '５Ｇで　設備の振動を監視する。',
      keywords: ['ＩｏＴ', ' IoT ', 'センサ'],
      fieldCodes: ['clusters.embedded-iot'],
      trl: 5,
      collaborationForms: ['JOINT_RESEARCH', 'JOINT_RESEARCH'],
      patents: [{ number: '特願２０２４－０１２３４５', status: 'PENDING' }],
      ownerIds: [toGlobalId('Researcher', researcher.id)],
      status: 'PUBLISHED',
    });
    const seed = expectNoErrors(result).registerSeed;
    expect(seed.title).toBe('ＩｏＴ対応 ｾﾝｻ モジュール');
    expect(seed.summary).toBe('５Ｇで　設備の振動を監視する。');
    expect(seed.language).toBe('JA');
    expect(seed.keywords).toEqual(['ＩｏＴ', 'センサ']);
    expect(seed.collaborationForms).toEqual(['JOINT_RESEARCH']);
    expect(seed.patents).toEqual([{ number: '特願２０２４－０１２３４５', status: 'PENDING' }]);
    expect(seed.institution.nameJa).toBe('置賜試験場');
    expect(seed.owners.map((o: { nameJa: string }) => o.nameJa)).toEqual(['山田 太郎']);
    expect(seed.fields).toEqual([{ code: 'clusters.embedded-iot', nameJa: '組込み・IoT', nameEn: 'Embedded systems and IoT' }]);
    expect(seed.version).toBe(1);
    const byKey = expectNoErrors(await t.gql(`query($key: String!) { seedByKey(key: $key) { id } }`, { key: seed.key })).seedByKey;
    expect(byKey).toEqual({ id: seed.id });
    expect(expectNoErrors(await t.gql(`{ seedByKey(key: "no.such-key") { id } }`)).seedByKey).toBeNull();
  });

  it('refuses bad input with BAD_USER_INPUT naming every field, in Japanese and English, without the values', async () => {
    const result = await register({
      title: '',
      summary: 'secret-summary-value',
      trl: 12,
      fieldCodes: ['no-such-field'],
      ownerIds: [toGlobalId('Researcher', researcher.id)],
      collaborationForms: [],
    });
    expect(result.errors).toHaveLength(1);
    const error = result.errors![0];
    expect(error.extensions!.code).toBe('BAD_USER_INPUT');
    const fields = error.extensions!.problems.map((p: { field: string }) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['input.title', 'input.trl']));
    const trl = error.extensions!.problems.find((p: { field: string }) => p.field === 'input.trl');
    expect(trl.ja).toBe('1〜9 の整数で指定してください');
    expect(trl.en).toBe('must be an integer from 1 to 9');
    expect(JSON.stringify(result.errors)).not.toContain('secret-summary-value');
    expect(JSON.stringify(result.errors)).not.toContain('12');
  });

  it('refuses unknown field codes and references to missing owners, field by field', async () => {
    const unknownField = await register({ title: 't', summary: 's', trl: 3, fieldCodes: ['nope'], ownerIds: [toGlobalId('Researcher', researcher.id)] });
    expect(unknownField.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.fieldCodes[0]' });
    const missingOwner = await register({ title: 't', summary: 's', trl: 3, ownerIds: [toGlobalId('Researcher', '00000000-0000-4000-8000-000000000000')] });
    expect(missingOwner.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.ownerIds[0]' });
    const wrongType = await register({ title: 't', summary: 's', trl: 3, ownerIds: [toGlobalId('Institution', lab.id)] });
    expect(wrongType.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.ownerIds[0]' });
  });

  it('refuses an update from a stale version with CONFLICT and keeps the newer data', async () => {
    const seed = expectNoErrors(await register({ title: '初版', summary: 's', trl: 3, ownerIds: [toGlobalId('Researcher', researcher.id)] })).registerSeed;
    const update = `mutation($input: UpdateSeedInput!) { updateSeed(input: $input) { title version } }`;
    const first = expectNoErrors(await t.gql(update, { input: { id: seed.id, expectedVersion: 1, title: '第二版' } })).updateSeed;
    expect(first).toEqual({ title: '第二版', version: 2 });
    const stale = await t.gql(update, { input: { id: seed.id, expectedVersion: 1, title: '古い画面からの更新' } });
    expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const reread = expectNoErrors(await t.gql(`query($id: ID!) { seed(id: $id) { title version } }`, { id: seed.id })).seed;
    expect(reread).toEqual({ title: '第二版', version: 2 });
  });

  it('archives a seed: hidden from the default list, still readable by id', async () => {
    const seed = expectNoErrors(
      await register({ title: 'アーカイブ対象', summary: 's', trl: 3, ownerIds: [toGlobalId('Researcher', researcher.id)], status: 'PUBLISHED' }),
    ).registerSeed;
    expectNoErrors(await t.gql(`mutation($id: ID!) { archiveSeed(id: $id, expectedVersion: 1) { status } }`, { id: seed.id }));
    const list = expectNoErrors(await t.gql(`{ seeds(first: 100, filter: { contains: "アーカイブ対象" }) { totalCount } }`)).seeds;
    expect(list.totalCount).toBe(0);
    const archived = expectNoErrors(await t.gql(`{ seeds(first: 100, filter: { contains: "アーカイブ対象", status: [ARCHIVED] }) { totalCount } }`)).seeds;
    expect(archived.totalCount).toBe(1);
    expect(expectNoErrors(await t.gql(`query($id: ID!) { node(id: $id) { ... on Seed { status } } }`, { id: seed.id })).node).toEqual({ status: 'ARCHIVED' });
  });

  it("files a researcher's seed only under their own institution (as updateResearcher keeps them there); staff may choose", async () => {
    const asOwner = t.as('RESEARCHER', { researcherId: researcher.id });
    const input = { title: '所属外への登録', summary: 's', trl: 3, ownerIds: [toGlobalId('Researcher', researcher.id)] };
    const elsewhere = await asOwner.gql(`mutation($input: RegisterSeedInput!) { registerSeed(input: $input) { id } }`, {
      input: { ...input, institutionId: toGlobalId('Institution', university.id) },
    });
    expect(elsewhere.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'input.institutionId' });
    expect(elsewhere.errors?.[0].message).toMatch(/所属機関/);
    const own = expectNoErrors(
      await asOwner.gql(`mutation($input: RegisterSeedInput!) { registerSeed(input: $input) { id version institution { id } } }`, {
        input: { ...input, institutionId: toGlobalId('Institution', lab.id) },
      }),
    ).registerSeed;
    expect(own.institution.id).toBe(toGlobalId('Institution', lab.id));
    const moved = await asOwner.gql(`mutation($input: UpdateSeedInput!) { updateSeed(input: $input) { id } }`, {
      input: { id: own.id, expectedVersion: own.version, institutionId: toGlobalId('Institution', university.id) },
    });
    expect(moved.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'input.institutionId' });
    const byStaff = await t.gql(`mutation($input: UpdateSeedInput!) { updateSeed(input: $input) { institution { id } } }`, {
      input: { id: own.id, expectedVersion: own.version, institutionId: toGlobalId('Institution', university.id) },
    });
    expect(expectNoErrors(byStaff).updateSeed.institution.id).toBe(toGlobalId('Institution', university.id));
  });

  describe('listing', () => {
    let kosenResearcher: Researcher;
    beforeAll(async () => {
      kosenResearcher = await makeResearcher(t.db.dataSource, university, { nameJa: '佐藤 花子' });
      for (let i = 0; i < 60; i += 1) {
        await makeSeed(t.db.dataSource, [i % 2 === 0 ? researcher : kosenResearcher], {
          title: `${i % 3 === 0 ? 'Organic LED lifetime study' : '米沢織の新素材'} #${String(i).padStart(2, '0')}`,
          language: i % 3 === 0 ? 'EN' : 'JA',
          trl: (i % 9) + 1,
          fieldCodes: [i % 3 === 0 ? 'organic-electronics.oled-lighting' : 'clusters.textiles'],
        } as never);
      }
    });

    it('pages through a list with cursors, stably, with a capped first', async () => {
      const query = `query($after: String) { seeds(first: 25, after: $after, orderBy: { field: TITLE, direction: ASC }, filter: { contains: "#" }) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { title } } } }`;
      const titles: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 5; page += 1) {
        const data: any = expectNoErrors(await t.gql(query, { after })).seeds;
        titles.push(...data.edges.map((e: any) => e.node.title));
        expect(data.totalCount).toBe(60);
        if (!data.pageInfo.hasNextPage) break;
        after = data.pageInfo.endCursor;
      }
      expect(titles).toHaveLength(60);
      expect(new Set(titles).size).toBe(60);
      expect([...titles].sort()).toEqual(titles);

      const tooMany = await t.gql(`{ seeds(first: 1000) { totalCount } }`);
      expect(tooMany.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    });

    it('filters by field including descendants, region, institution kind, language, TRL and text', async () => {
      const count = async (filter: string) => expectNoErrors(await t.gql(`{ seeds(first: 1, filter: { ${filter} }) { totalCount } }`)).seeds.totalCount;
      expect(await count('fieldCode: "organic-electronics", contains: "#"')).toBe(20);
      expect(await count('fieldCode: "clusters", contains: "#"')).toBe(40);
      expect(await count('fieldCode: "clusters.textiles", contains: "#"')).toBe(40);
      expect(await count('fieldCode: "organic-electronics", language: JA, contains: "#"')).toBe(0);
      expect(await count('regionCode: "JP-06-SHONAI", contains: "#"')).toBe(30);
      expect(await count('regionCode: "JP-06", contains: "#"')).toBe(60);
      expect(await count('institutionKind: [KOSEN], contains: "#"')).toBe(30);
      expect(await count('minTrl: 8, contains: "#"')).toBe(12);
      expect(await count('contains: "ＯＲＧＡＮＩＣ　led"')).toBe(20);
      expect(await count('contains: "米沢織 新素材"')).toBe(40);
      expect(await count('contains: "100%_"')).toBe(0);
    });

    it('costs the same number of SQL statements for 50 seeds with owners, institution and fields as for 5', async () => {
      const query = `query($first: Int) { seeds(first: $first) { edges { node { title owners { nameJa } institution { nameJa } fields { nameJa } } } } }`;
      t.db.statements.reset();
      const five = expectNoErrors(await t.gql(query, { first: 5 })).seeds.edges;
      const forFive = t.db.statements.count;
      t.db.statements.reset();
      const fifty = expectNoErrors(await t.gql(query, { first: 50 })).seeds.edges;
      const forFifty = t.db.statements.count;
      expect(five).toHaveLength(5);
      expect(fifty).toHaveLength(50);
      expect(fifty.every((e: any) => e.node.owners.length === 1 && e.node.institution && e.node.fields.length === 1)).toBe(true);
      expect(forFifty).toBe(forFive);
      expect(forFifty).toBeLessThanOrEqual(6 + AUTH_STATEMENTS);
    });

    it('counts the matching seeds only when totalCount is selected', async () => {
      const counts = () => t.db.statements.statements.filter((sql) => /COUNT\(/i.test(sql)).length;
      t.db.statements.reset();
      const page = expectNoErrors(await t.gql(`{ seeds(first: 3, filter: { regionCode: "JP-06-SHONAI", contains: "#" }) { edges { node { id } } } }`)).seeds;
      expect(page.edges).toHaveLength(3);
      expect(counts()).toBe(0);
      t.db.statements.reset();
      const counted = expectNoErrors(
        await t.gql(`{ seeds(first: 3, filter: { regionCode: "JP-06-SHONAI", contains: "#" }) { totalCount edges { node { id } } } }`),
      ).seeds;
      expect(counted.totalCount).toBe(30);
      expect(counts()).toBe(1);
    });
  });
});
