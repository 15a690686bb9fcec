import { fromGlobalId, toGlobalId } from '../../src/common/global-id';
import { Company } from '../../src/companies/company.entity';
import { SeedDuplicateMark } from '../../src/duplicates/duplicate.entities';
import { matchIndexer } from '../../src/matching/index';
import { Researcher } from '../../src/people/researcher.entity';
import { loadReferenceData, makeCompany, makeInstitution, makeNeed, makeResearcher } from '../support/factories';
import { expectNoErrors, startTestServer, TestServer } from '../support/test-server';

const gid = toGlobalId;

/** Near-duplicate seeds and needs: detected when written or imported, marked by coordinators, folded in candidate lists. */
describe('duplicates', () => {
  let t: TestServer;
  let researcher: Researcher;
  let otherLabResearcher: Researcher;
  let company: Company;
  const ids: Record<string, string> = {};

  const TITLE = 'X線CTによるはんだ接合部ボイドの非破壊検査';
  const SUMMARY = 'X線CTではんだ接合部のボイドを三次元で測定し、リフロー条件の改善につなげる非破壊検査技術。';
  const register = async (name: string, input: Record<string, unknown>) => {
    const seed = expectNoErrors(
      await t.gql(`mutation($input: RegisterSeedInput!) { registerSeed(input: $input) { id } }`, {
        input: { trl: 5, fieldCodes: ['clusters.electronics.soldering'], status: 'PUBLISHED', ownerIds: [gid('Researcher', researcher.id)], ...input },
      }),
    ).registerSeed;
    ids[name] = seed.id;
  };
  const possibleDuplicates = async (seedId: string, as: Pick<TestServer, 'gql'> = t) =>
    expectNoErrors(await as.gql(`query($id: ID!) { seed(id: $id) { possibleDuplicates { similarity seed { id } } } }`, { id: seedId })).seed
      .possibleDuplicates as Array<{
      similarity: number;
      seed: { id: string };
    }>;

  beforeAll(async () => {
    t = await startTestServer({}, { as: 'COORDINATOR' });
    const ds = t.db.dataSource;
    await loadReferenceData(ds);
    const lab = await makeInstitution(ds, { nameJa: '置賜試験場', regionCode: 'JP-06-OKITAMA' });
    const otherLab = await makeInstitution(ds, { nameJa: '庄内試験場', regionCode: 'JP-06-SHONAI' });
    researcher = await makeResearcher(ds, lab);
    otherLabResearcher = await makeResearcher(ds, otherLab, { nameJa: '佐藤 花子' });
    company = await makeCompany(ds, { nameJa: '米沢電子工業(架空)', regionCode: 'JP-06-OKITAMA' });
    await register('first', { title: TITLE, summary: SUMMARY });
    await register('second', { title: TITLE, summary: SUMMARY });
    // The same text typed in full-width: NFKC folds it before analysis.
    await register('fullWidth', { title: 'Ｘ線ＣＴによるはんだ接合部ボイドの非破壊検査', summary: SUMMARY.replace('X線CT', 'Ｘ線ＣＴ') });
    await register('otherTopic', { title: '鉛フリーはんだの熱疲労寿命予測', summary: '熱サイクル試験と有限要素解析で鉛フリーはんだ接合の寿命を予測する。' });
    await register('otherLab', { title: TITLE, summary: SUMMARY, ownerIds: [gid('Researcher', otherLabResearcher.id)] });
  });
  afterAll(() => t.close());

  it('lists the other registrations of the same text by the same owner or institution, not other labs’ or other topics', async () => {
    const found = await possibleDuplicates(ids.first);
    expect(found.map((d) => d.seed.id).sort()).toEqual([ids.second, ids.fullWidth].sort());
    expect(found.every((d) => d.similarity === 1)).toBe(true);
    expect((await possibleDuplicates(ids.fullWidth)).map((d) => d.seed.id).sort()).toEqual([ids.first, ids.second].sort());
    expect(await possibleDuplicates(ids.otherTopic)).toEqual([]);
    expect(await possibleDuplicates(ids.otherLab)).toEqual([]);
  });

  it('compares a draft too, forgets the pairs of an archived seed, and shows no draft to others', async () => {
    await register('draft', { title: TITLE, summary: SUMMARY, status: 'DRAFT' });
    expect((await possibleDuplicates(ids.draft)).map((d) => d.seed.id).sort()).toEqual([ids.first, ids.second, ids.fullWidth].sort());
    // The published copies list the draft for the coordinator, never for the public.
    expect((await possibleDuplicates(ids.first)).map((d) => d.seed.id)).toContain(ids.draft);
    expect((await possibleDuplicates(ids.first, t.as('ANONYMOUS'))).map((d) => d.seed.id)).not.toContain(ids.draft);
    expectNoErrors(await t.gql(`mutation($id: ID!) { archiveSeed(id: $id, expectedVersion: 1) { status } }`, { id: ids.draft }));
    expect((await possibleDuplicates(ids.first)).map((d) => d.seed.id)).not.toContain(ids.draft);
  });

  it('costs the same number of SQL statements for a list of 2 seeds with their duplicates as for 5', async () => {
    const query = `query($first: Int) { seeds(first: $first, filter: { status: [PUBLISHED] }, orderBy: { field: CREATED_AT, direction: ASC }) { edges { node { possibleDuplicates { similarity seed { title } } duplicateMark { markedAt } } } } }`;
    t.db.statements.reset();
    expect(expectNoErrors(await t.gql(query, { first: 2 })).seeds.edges).toHaveLength(2);
    const forTwo = t.db.statements.count;
    t.db.statements.reset();
    expect(expectNoErrors(await t.gql(query, { first: 5 })).seeds.edges).toHaveLength(5);
    expect(t.db.statements.count).toBe(forTwo);
  });

  describe('in candidate lists', () => {
    let needId: string;
    beforeAll(async () => {
      const need = await makeNeed(t.db.dataSource, company, {
        title: 'はんだ接合部のボイドを非破壊で検査したい',
        description: '車載基板のはんだ接合部のボイドを X線CT で検査し、リフロー条件を改善したい。',
        fieldCodes: ['clusters.electronics.soldering'],
      });
      await matchIndexer.indexNeeds(t.db.dataSource.manager, [need.id]);
      needId = gid('Need', need.id);
    });
    const candidates = async () =>
      (
        expectNoErrors(
          await t.gql(
            `query($id: ID!) { matchCandidates(needId: $id, first: 20, diversity: { mode: NONE }) { edges { node { rank duplicateCount duplicates { id } seed { id } } } } }`,
            { id: needId },
          ),
        ).matchCandidates.edges as Array<{ node: { rank: number; duplicateCount: number; duplicates: Array<{ id: string }>; seed: { id: string } } }>
      ).map((e) => e.node);

    it('shows one seed of a duplicate group with the count of the others', async () => {
      const list = await candidates();
      const group = [ids.first, ids.second, ids.fullWidth];
      const shown = list.filter((c) => group.includes(c.seed.id));
      expect(shown).toHaveLength(1);
      expect(shown[0].duplicateCount).toBe(2);
      expect([shown[0].seed.id, ...shown[0].duplicates.map((d) => d.id)].sort()).toEqual([...group].sort());
      expect(list.map((c) => c.rank)).toEqual(list.map((_, i) => i + 1));
      // Another lab's copy is no automatic duplicate: it keeps its own slot.
      expect(list.find((c) => c.seed.id === ids.otherLab)?.duplicateCount).toBe(0);
    });

    it('marks and unmarks a seed as a duplicate, recording who and when, and folds marked ones too', async () => {
      const MARK = `mutation($input: MarkSeedDuplicateInput!) { markSeedDuplicate(input: $input) { id duplicateMark { markedAt markedByRole duplicateOf { id } } } }`;
      const marked = expectNoErrors(await t.gql(MARK, { input: { seedId: ids.otherLab, duplicateOfId: ids.first } })).markSeedDuplicate;
      expect(marked.duplicateMark).toMatchObject({ markedByRole: 'COORDINATOR', duplicateOf: { id: ids.first } });
      expect(Date.parse(marked.duplicateMark.markedAt)).toBeGreaterThan(Date.now() - 60_000);
      const folded = (await candidates()).filter((c) => [ids.first, ids.second, ids.fullWidth, ids.otherLab].includes(c.seed.id));
      expect(folded).toHaveLength(1);
      expect(folded[0].duplicateCount).toBe(3);

      const UNMARK = `mutation($input: UnmarkSeedDuplicateInput!) { unmarkSeedDuplicate(input: $input) { duplicateMark { markedAt } } }`;
      expect(expectNoErrors(await t.gql(UNMARK, { input: { seedId: ids.otherLab } })).unmarkSeedDuplicate.duplicateMark).toBeNull();
      expect((await candidates()).find((c) => c.seed.id === ids.otherLab)?.duplicateCount).toBe(0);
      const again = await t.gql(UNMARK, { input: { seedId: ids.otherLab } });
      expect(again.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND' });
      const history = await t.db.dataSource.getRepository(SeedDuplicateMark).find({ where: { seedId: fromGlobalId(ids.otherLab, 'Seed').id } });
      expect(history).toHaveLength(1);
      expect(history[0].unmarkedAt).not.toBeNull();
      expect(history[0].markedByAccountId).not.toBeNull();

      const self = await t.gql(MARK, { input: { seedId: ids.first, duplicateOfId: ids.first } });
      expect(self.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.duplicateOfId' });
    });
  });

  it('lets only coordinators and administrators mark seeds and see needs’ duplicates', async () => {
    const MARK = `mutation($input: MarkSeedDuplicateInput!) { markSeedDuplicate(input: $input) { id } }`;
    const input = { seedId: ids.second, duplicateOfId: ids.first };
    expect((await t.as('RESEARCHER', { researcherId: researcher.id }).gql(MARK, { input })).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await t.as('ANONYMOUS').gql(MARK, { input })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(expectNoErrors(await t.as('ADMIN').gql(MARK, { input })).markSeedDuplicate.id).toBe(ids.second);

    const need = await makeNeed(t.db.dataSource, company, { title: '重複確認用のニーズ' });
    const query = `query($id: ID!) { node(id: $id) { ... on Need { possibleDuplicates { similarity } } } }`;
    const asResearcher = await t.as('RESEARCHER', { researcherId: researcher.id }).gql(query, { id: gid('Need', need.id) });
    expect(asResearcher.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(expectNoErrors(await t.gql(query, { id: gid('Need', need.id) })).node.possibleDuplicates).toEqual([]);
  });

  it('flags duplicates among imported seeds and needs', async () => {
    const seed = (key: string, title: string) => ({
      key,
      title,
      summary: SUMMARY.replace('X線CT', 'マイクロフォーカスX線CT'),
      fields: ['clusters.electronics.soldering'],
      trl: 4,
      owners: [researcher.key],
      status: 'PUBLISHED',
    });
    const need = (key: string) => ({
      key,
      company: company.key,
      title: '射出成形品のヒケ対策',
      description: '厚肉部のヒケを減らす金型温度の条件を知りたい。',
      category: 'TECHNICAL',
    });
    const content = JSON.stringify({
      seeds: [seed('s.dup-1', 'マイクロフォーカスX線CTによる実装基板の検査'), seed('s.dup-2', 'マイクロフォーカスＸ線ＣＴによる実装基板の検査')],
      needs: [need('n.dup-1'), need('n.dup-2')],
    });
    const report = expectNoErrors(
      await t.gql(`mutation($input: ImportRecordsInput!) { importRecords(input: $input) { ok } }`, { input: { format: 'JSON', content } }),
    ).importRecords;
    expect(report.ok).toBe(true);
    const byKey = async (key: string) =>
      expectNoErrors(await t.gql(`query($key: String!) { seedByKey(key: $key) { id possibleDuplicates { seed { key } } } }`, { key })).seedByKey;
    expect((await byKey('s.dup-1')).possibleDuplicates.map((d: { seed: { key: string } }) => d.seed.key)).toEqual(['s.dup-2']);
    const needByKey = expectNoErrors(await t.gql(`{ needByKey(key: "n.dup-2") { possibleDuplicates { similarity need { key } } } }`)).needByKey;
    expect(needByKey.possibleDuplicates).toEqual([{ similarity: 1, need: { key: 'n.dup-1' } }]);
  });
});
