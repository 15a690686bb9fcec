import { toGlobalId } from '../../src/common/global-id';
import { loadReferenceData } from '../support/factories';
import { expectNoErrors, GraphQLResult, startTestServer, TestServer } from '../support/test-server';

type Problem = { field: string; ja: string; en: string; constraint?: string };
const problemsOf = (result: GraphQLResult): Problem[] => {
  expect(result.errors).toHaveLength(1);
  expect(result.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  return result.errors![0].extensions!.problems;
};

describe('field taxonomy and regions', () => {
  let t: TestServer;

  beforeAll(async () => {
    t = await startTestServer({}, { as: 'ADMIN' });
    await loadReferenceData(t.db.dataSource);
  });
  afterAll(() => t.close());

  describe('research fields', () => {
    const codes = async (args: string) => expectNoErrors(await t.gql(`{ researchFields${args} { code } }`)).researchFields.map((f: { code: string }) => f.code);

    it('lists the top level, one subtree, or a subtree to a depth, ordered by code', async () => {
      expect(await codes('(depth: 1)')).toEqual(['advanced', 'clusters', 'growth', 'management']);
      expect(await codes('(parentCode: "clusters.electronics")')).toEqual([
        'clusters.electronics.emc',
        'clusters.electronics.mounting',
        'clusters.electronics.soldering',
      ]);
      const growth = await codes('(parentCode: "growth")');
      expect(growth).toContain('growth.food-agri.agri-machinery');
      expect(growth).toHaveLength(8);
      expect(await codes('(parentCode: "growth", depth: 1)')).toHaveLength(6);
      const all = await codes('');
      expect(all).toHaveLength(38);
      expect([...all].sort()).toEqual(all);
      expect(await codes('(parentCode: "no-such-field")')).toEqual([]);
    });

    it('resolves parent, children and ancestors, and finds nodes through node(id:)', async () => {
      const field = expectNoErrors(
        await t.gql(
          `{ researchField(code: "clusters.electronics.soldering") { id code depth nameJa parent { code } children { code } ancestors { code nameEn } } }`,
        ),
      ).researchField;
      expect(field).toMatchObject({
        code: 'clusters.electronics.soldering',
        depth: 2,
        nameJa: 'はんだ付け',
        parent: { code: 'clusters.electronics' },
        children: [],
      });
      expect(field.ancestors).toEqual([
        { code: 'clusters', nameEn: 'Specialised clusters' },
        { code: 'clusters.electronics', nameEn: 'Electronic devices and circuits' },
      ]);
      const parent = expectNoErrors(await t.gql(`{ researchField(code: "biotech") { parent { code } children { code } ancestors { code } } }`)).researchField;
      expect(parent).toEqual({
        parent: { code: 'advanced' },
        children: [{ code: 'biotech.metabolomics' }, { code: 'biotech.protein-materials' }],
        ancestors: [{ code: 'advanced' }],
      });

      const node = expectNoErrors(await t.gql(`query($id: ID!) { node(id: $id) { id ... on ResearchField { code nameJa } } }`, { id: field.id })).node;
      expect(node).toEqual({ id: toGlobalId('ResearchField', 'clusters.electronics.soldering'), code: 'clusters.electronics.soldering', nameJa: 'はんだ付け' });
      expect(expectNoErrors(await t.gql(`{ researchField(code: "nope") { code } }`)).researchField).toBeNull();
    });

    const create = (input: Record<string, unknown>) =>
      t.gql(`mutation($input: CreateResearchFieldInput!) { createResearchField(input: $input) { code parentCode nameJa nameEn version depth } }`, { input });

    it('adds a child and a top-level field, keeping labels as typed', async () => {
      const child = expectNoErrors(
        await create({ code: 'clusters.welding', parentCode: 'clusters', nameJa: '溶接　技術', nameEn: 'Ｗelding' }),
      ).createResearchField;
      expect(child).toEqual({ code: 'clusters.welding', parentCode: 'clusters', nameJa: '溶接　技術', nameEn: 'Ｗelding', version: 1, depth: 1 });
      const top = expectNoErrors(await create({ code: 'tourism', nameJa: '観光', nameEn: 'Tourism' })).createResearchField;
      expect(top).toMatchObject({ code: 'tourism', parentCode: null, depth: 0 });
      const clusters = expectNoErrors(await t.gql(`{ researchField(code: "clusters") { children { code } } }`)).researchField;
      expect(clusters.children.map((c: { code: string }) => c.code)).toContain('clusters.welding');
    });

    it('refuses codes that are malformed, not under the parent, taken, or under an unknown parent', async () => {
      const malformed = problemsOf(await create({ code: 'Clusters.Welding', parentCode: 'clusters', nameJa: '   ', nameEn: 'x' }));
      expect(malformed).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ field: 'input.code', ja: expect.stringContaining('英小文字'), en: expect.stringContaining('lower-case') }),
          expect.objectContaining({ field: 'input.nameJa', ja: '空欄にはできません', en: 'must not be blank' }),
        ]),
      );
      const notUnder = problemsOf(await create({ code: 'growth.welding', parentCode: 'clusters', nameJa: '溶接', nameEn: 'Welding' }));
      expect(notUnder).toEqual([expect.objectContaining({ field: 'input.code', constraint: 'fieldPath' })]);
      const twoSegments = problemsOf(await create({ code: 'clusters.a.b', parentCode: 'clusters', nameJa: 'a', nameEn: 'b' }));
      expect(twoSegments[0]).toMatchObject({ field: 'input.code', constraint: 'fieldPath' });
      const topWithDot = problemsOf(await create({ code: 'clusters.b', nameJa: 'a', nameEn: 'b' }));
      expect(topWithDot[0]).toMatchObject({ field: 'input.code', constraint: 'fieldPath' });
      const taken = problemsOf(await create({ code: 'clusters.plating', parentCode: 'clusters', nameJa: 'a', nameEn: 'b' }));
      expect(taken[0]).toMatchObject({ field: 'input.code', constraint: 'unique', ja: 'この分野コードは既に使われています' });
      const orphan = problemsOf(await create({ code: 'nowhere.child', parentCode: 'nowhere', nameJa: 'a', nameEn: 'b' }));
      expect(orphan[0]).toMatchObject({ field: 'input.parentCode', constraint: 'knownField' });
      const tooLong = problemsOf(await create({ code: 'long', nameJa: 'あ'.repeat(201), nameEn: 'b' }));
      expect(tooLong[0]).toMatchObject({ field: 'input.nameJa', ja: '200文字以内で入力してください', en: 'must be at most 200 characters' });
      expect(JSON.stringify(tooLong)).not.toContain('あああ');
    });

    it('relabels a field and refuses a stale version with CONFLICT', async () => {
      const update = `mutation($input: UpdateResearchFieldInput!) { updateResearchField(input: $input) { nameJa nameEn version } }`;
      const updated = expectNoErrors(await t.gql(update, { input: { code: 'clusters.moulds', expectedVersion: 1, nameJa: '金型・成形' } })).updateResearchField;
      expect(updated).toEqual({ nameJa: '金型・成形', nameEn: 'Moulds and dies', version: 2 });
      const stale = await t.gql(update, { input: { code: 'clusters.moulds', expectedVersion: 1, nameEn: 'Stale' } });
      expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2, field: 'input.expectedVersion' });
      expect(stale.errors![0].extensions!.messageJa).toContain('他の利用者');
      const missing = await t.gql(update, { input: { code: 'nope', expectedVersion: 1, nameEn: 'x' } });
      expect(missing.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.code' });
      expect(expectNoErrors(await t.gql(`{ researchField(code: "clusters.moulds") { nameEn version } }`)).researchField).toEqual({
        nameEn: 'Moulds and dies',
        version: 2,
      });
    });
  });

  describe('regions', () => {
    it('lists regions by kind and parent, ordered by code', async () => {
      const areas = expectNoErrors(await t.gql(`{ regions(kind: AREA, parentCode: "JP-06") { code nameJa } }`)).regions;
      expect(areas.map((r: { code: string }) => r.code)).toEqual(['JP-06-MOGAMI', 'JP-06-MURAYAMA', 'JP-06-OKITAMA', 'JP-06-SHONAI']);
      const prefectures = expectNoErrors(await t.gql(`{ regions(kind: PREFECTURE) { code } }`)).regions;
      expect(prefectures.map((r: { code: string }) => r.code)).toEqual(['JP-02', 'JP-03', 'JP-04', 'JP-05', 'JP-06', 'JP-07', 'JP-13', 'JP-14']);
      expect(expectNoErrors(await t.gql(`{ regions(kind: AREA, parentCode: "JP-13") { code } }`)).regions).toEqual([]);
    });

    it('resolves parent, children and cooperating regions, and node(id:)', async () => {
      const yamagata = expectNoErrors(
        await t.gql(`{ region(code: "JP-06") { id kind nameJa parent { code } children { code } cooperatingRegions { code nameJa } } }`),
      ).region;
      expect(yamagata.kind).toBe('PREFECTURE');
      expect(yamagata.parent).toEqual({ code: 'JP' });
      expect(yamagata.children.map((r: { code: string }) => r.code)).toEqual(['JP-06-MOGAMI', 'JP-06-MURAYAMA', 'JP-06-OKITAMA', 'JP-06-SHONAI']);
      expect(yamagata.cooperatingRegions.slice(0, 2)).toEqual([
        { code: 'JP-03', nameJa: '岩手県' },
        { code: 'JP-07', nameJa: '福島県' },
      ]);
      const node = expectNoErrors(await t.gql(`query($id: ID!) { node(id: $id) { ... on Region { code nameEn } } }`, { id: yamagata.id })).node;
      expect(node).toEqual({ code: 'JP-06', nameEn: 'Yamagata' });
      expect(expectNoErrors(await t.gql(`{ region(code: "JP-99") { code } }`)).region).toBeNull();
    });

    const create = (input: Record<string, unknown>) =>
      t.gql(
        `mutation($input: CreateRegionInput!) { createRegion(input: $input) { code kind nameJa nameEn version parent { code } cooperatingRegions { code } } }`,
        { input },
      );

    it('adds an area inside an area, and a prefecture cooperating with neighbours', async () => {
      const city = expectNoErrors(
        await create({ code: 'JP-06-OKITAMA-YONEZAWA', kind: 'AREA', parentCode: 'JP-06-OKITAMA', nameJa: '米沢市', nameEn: 'Ｙonezawa' }),
      ).createRegion;
      expect(city).toEqual({
        code: 'JP-06-OKITAMA-YONEZAWA',
        kind: 'AREA',
        nameJa: '米沢市',
        nameEn: 'Ｙonezawa',
        version: 1,
        parent: { code: 'JP-06-OKITAMA' },
        cooperatingRegions: [],
      });
      const niigata = expectNoErrors(
        await create({ code: 'JP-15', kind: 'PREFECTURE', parentCode: 'JP', nameJa: '新潟県', nameEn: 'Niigata', cooperatesWith: ['JP-06', 'JP-07', 'JP-06'] }),
      ).createRegion;
      expect(niigata.cooperatingRegions).toEqual([{ code: 'JP-06' }, { code: 'JP-07' }]);
      const okitama = expectNoErrors(await t.gql(`{ region(code: "JP-06-OKITAMA") { children { code } } }`)).region;
      expect(okitama.children).toEqual([{ code: 'JP-06-OKITAMA-YONEZAWA' }]);
    });

    it('refuses a broken hierarchy, unknown or self cooperation, malformed and taken codes', async () => {
      const prefectureInArea = problemsOf(await create({ code: 'JP-98', kind: 'PREFECTURE', parentCode: 'JP-06-SHONAI', nameJa: 'x', nameEn: 'x' }));
      expect(prefectureInArea[0]).toMatchObject({ field: 'input.parentCode', constraint: 'regionHierarchy' });
      const countryWithParent = problemsOf(await create({ code: 'KR', kind: 'COUNTRY', parentCode: 'JP', nameJa: '韓国', nameEn: 'Korea' }));
      expect(countryWithParent[0]).toMatchObject({ field: 'input.parentCode', constraint: 'regionHierarchy' });
      const orphanArea = problemsOf(await create({ code: 'JP-06-X', kind: 'AREA', nameJa: 'x', nameEn: 'x' }));
      expect(orphanArea[0]).toMatchObject({ field: 'input.parentCode', constraint: 'required' });
      const cooperation = problemsOf(
        await create({ code: 'JP-97', kind: 'PREFECTURE', parentCode: 'JP', nameJa: 'x', nameEn: 'x', cooperatesWith: ['JP-06', 'JP-00', 'JP-97'] }),
      );
      expect(cooperation).toEqual([
        expect.objectContaining({
          field: 'input.cooperatesWith[1]',
          constraint: 'knownRegion',
          ja: '登録されていない地域コードです',
          en: 'is not a known region code',
        }),
        expect.objectContaining({ field: 'input.cooperatesWith[2]', constraint: 'notSelf' }),
      ]);
      const malformed = problemsOf(await create({ code: 'jp-06-new', kind: 'AREA', parentCode: 'JP-06', nameJa: 'x', nameEn: 'x' }));
      expect(malformed[0]).toMatchObject({ field: 'input.code', ja: expect.stringContaining('英大文字'), en: expect.stringContaining('upper-case') });
      expect(JSON.stringify(malformed)).not.toContain('jp-06-new');
      const taken = problemsOf(await create({ code: 'JP-06-SHONAI', kind: 'AREA', parentCode: 'JP-06', nameJa: 'x', nameEn: 'x' }));
      expect(taken[0]).toMatchObject({ field: 'input.code', constraint: 'unique' });
      const badKind = await create({ code: 'JP-96', kind: 'CITY', parentCode: 'JP', nameJa: 'x', nameEn: 'x' });
      expect(badKind.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    });

    it('updates names and cooperation, refusing a stale version with CONFLICT', async () => {
      const update = `mutation($input: UpdateRegionInput!) { updateRegion(input: $input) { nameJa version cooperatingRegions { code } } }`;
      const updated = expectNoErrors(
        await t.gql(update, { input: { code: 'JP-13', expectedVersion: 1, nameJa: '東京都　', cooperatesWith: ['JP-14'] } }),
      ).updateRegion;
      expect(updated).toEqual({ nameJa: '東京都', version: 2, cooperatingRegions: [{ code: 'JP-14' }] });
      const stale = await t.gql(update, { input: { code: 'JP-13', expectedVersion: 1, cooperatesWith: [] } });
      expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
      expect(expectNoErrors(await t.gql(`{ region(code: "JP-13") { cooperatesWith } }`)).region.cooperatesWith).toEqual(['JP-14']);
    });
  });
});
