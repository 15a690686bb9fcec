import { Language } from '../../src/common/enums';
import { Company } from '../../src/companies/company.entity';
import { matchIndexer } from '../../src/matching/index';
import { Confidentiality } from '../../src/needs/need.enums';
import { Researcher } from '../../src/people/researcher.entity';
import { Seed } from '../../src/seeds/seed.entity';
import { SeedStatus } from '../../src/seeds/seed.enums';
import { loadReferenceData, makeCompany, makeInstitution, makeNeed, makeResearcher, makeSeed } from '../support/factories';
import { AUTH_STATEMENTS } from '../support/test-auth';
import { expectNoErrors, startTestServer, TestServer } from '../support/test-server';

/** The `text` filter of seeds and needs: the matching analyser over the match index. */
describe('analysed text search', () => {
  let t: TestServer;
  let researcher: Researcher;
  let company: Company;
  const seeds: Record<string, Seed> = {};

  const seedTitles = async (filter: string, extra = '', as: Pick<TestServer, 'gql'> = t) =>
    expectNoErrors(await as.gql(`{ seeds(first: 100, filter: { ${filter} } ${extra}) { totalCount edges { node { title } } } }`)).seeds as {
      totalCount: number;
      edges: Array<{ node: { title: string } }>;
    };
  const titlesOf = (list: { edges: Array<{ node: { title: string } }> }) => list.edges.map((e) => e.node.title);

  beforeAll(async () => {
    t = await startTestServer({}, { as: 'COORDINATOR' });
    const ds = t.db.dataSource;
    await loadReferenceData(ds);
    const lab = await makeInstitution(ds, { nameJa: '置賜試験場', regionCode: 'JP-06-OKITAMA' });
    researcher = await makeResearcher(ds, lab);
    company = await makeCompany(ds, { nameJa: '米沢めっき工業(架空)', regionCode: 'JP-06-OKITAMA' });
    const make = async (name: string, title: string, summary: string, overrides: Record<string, unknown> = {}) => {
      seeds[name] = await makeSeed(ds, [researcher], { title, summary, ...overrides } as never);
    };
    await make('platingMain', '銅めっき膜の均一化', 'めっき浴の管理により、電解めっきの膜厚を均一にする。', { keywords: ['めっき'], trl: 5 });
    await make('platingKatakana', '無電解ニッケルメッキの密着性', '樹脂へのメッキの密着性を高める前処理。', { trl: 3 });
    await make('platingEnglish', 'Uniform electroless nickel plating on resin', 'A pretreatment that improves the adhesion of plating films.', {
      language: Language.EN,
      trl: 4,
    });
    await make('solderHiragana', 'はんだ接合部のボイド低減', 'リフロー条件の最適化でボイドを減らす。');
    await make('solderKanji', '鉛フリー半田の信頼性評価', '熱サイクル試験による寿命評価。');
    await make('solderEnglish', 'Reducing voids in lead-free solder joints', 'Vacuum reflow for automotive boards.', { language: Language.EN });
    await make('mounting', '高密度実装基板の設計', '部品配置と配線の最適化。');
    await make('oledJapanese', '有機ELディスプレイの塗り分け', 'インクジェット印刷で発光層を塗り分ける。');
    await make('oledEnglish', 'Inkjet-printed OLED emission layers', 'Printing the emitting layer of displays.', { language: Language.EN });
    await make('organicSynthesis', '有機合成の連続フロー化', 'フロー反応器による医薬中間体の合成。');
    await make('platingDraft', 'めっき廃液の再生(下書き)', '下書きのシーズ。', { status: SeedStatus.DRAFT });
    await ds.transaction((manager) =>
      matchIndexer.indexSeeds(
        manager,
        Object.values(seeds).map((s) => s.id),
      ),
    );
  });
  afterAll(() => t.close());

  it('finds the same seeds for めっき, メッキ and 鍍金, for はんだ, 半田 and ハンダ, and OLED for 有機EL', async () => {
    const plating = ['platingMain', 'platingKatakana', 'platingEnglish'].map((k) => seeds[k].title).sort();
    for (const text of ['めっき', 'メッキ', '鍍金', 'ﾒｯｷ']) {
      expect(titlesOf(await seedTitles(`text: "${text}", status: [PUBLISHED]`)).sort()).toEqual(plating);
    }
    const solder = ['solderHiragana', 'solderKanji', 'solderEnglish'].map((k) => seeds[k].title).sort();
    for (const text of ['はんだ', '半田', 'ハンダ', 'solder']) {
      // Not the mounting seed: a broader concept shared with the query is no hit by itself.
      expect(titlesOf(await seedTitles(`text: "${text}"`)).sort()).toEqual(solder);
    }
    const oled = titlesOf(await seedTitles('text: "有機EL"'));
    expect(oled.sort()).toEqual([seeds.oledEnglish.title, seeds.oledJapanese.title].sort());
    expect(oled).not.toContain(seeds.organicSynthesis.title);
    // `contains` keeps its literal meaning.
    expect(titlesOf(await seedTitles('contains: "メッキ"'))).toEqual([seeds.platingKatakana.title]);
  });

  it('orders by relevance without orderBy, by the given order with one; every part of the text must match', async () => {
    const byRelevance = titlesOf(await seedTitles('text: "めっき", status: [PUBLISHED]'));
    expect(byRelevance[0]).toBe(seeds.platingMain.title);
    const byTitle = titlesOf(await seedTitles('text: "めっき", status: [PUBLISHED]', 'orderBy: { field: TITLE, direction: ASC }'));
    expect(byTitle).toEqual([...byRelevance].sort());
    expect(titlesOf(await seedTitles('text: "めっき ニッケル"'))).toEqual([seeds.platingKatakana.title]);
    expect(titlesOf(await seedTitles('text: "めっき 有機EL"'))).toEqual([]);
    expect((await seedTitles('text: "の", status: [PUBLISHED]')).totalCount).toBe(0);
    // Blank text filters nothing, like a blank `contains`.
    expect((await seedTitles('text: "  ", status: [PUBLISHED]')).totalCount).toBe(Object.keys(seeds).length - 1);
  });

  it('combines with the other filters', async () => {
    expect(titlesOf(await seedTitles('text: "めっき", language: EN'))).toEqual([seeds.platingEnglish.title]);
    expect(titlesOf(await seedTitles('text: "メッキ", minTrl: 4, status: [PUBLISHED]')).sort()).toEqual(
      [seeds.platingEnglish.title, seeds.platingMain.title].sort(),
    );
    expect(titlesOf(await seedTitles('text: "めっき", contains: "ニッケル"'))).toEqual([seeds.platingKatakana.title]);
  });

  it('matches drafts literally, after the indexed seeds, and only for viewers who may see them', async () => {
    const coordinator = titlesOf(await seedTitles('text: "めっき"'));
    expect(coordinator).toHaveLength(4);
    expect(coordinator[3]).toBe(seeds.platingDraft.title);
    const anonymous = await seedTitles('text: "めっき"', '', t.as('ANONYMOUS'));
    expect(titlesOf(anonymous)).not.toContain(seeds.platingDraft.title);
    expect(anonymous.totalCount).toBe(3);
  });

  it('pages through relevance order with cursors, stably', async () => {
    const all = titlesOf(await seedTitles('text: "めっき"'));
    const query = `query($after: String) { seeds(first: 1, after: $after, filter: { text: "めっき" }) { totalCount pageInfo { hasNextPage endCursor } edges { node { title } } } }`;
    const paged: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page += 1) {
      const data: any = expectNoErrors(await t.gql(query, { after })).seeds;
      expect(data.totalCount).toBe(4);
      paged.push(...titlesOf(data));
      if (!data.pageInfo.hasNextPage) break;
      after = data.pageInfo.endCursor;
    }
    expect(paged).toEqual(all);
  });

  it('costs the same number of SQL statements for 1 hit as for 4', async () => {
    const query = `query($first: Int) { seeds(first: $first, filter: { text: "めっき" }) { edges { node { title owners { nameJa } institution { nameJa } fields { nameJa } } } } }`;
    t.db.statements.reset();
    expect(expectNoErrors(await t.gql(query, { first: 1 })).seeds.edges).toHaveLength(1);
    const forOne = t.db.statements.count;
    t.db.statements.reset();
    expect(expectNoErrors(await t.gql(query, { first: 4 })).seeds.edges).toHaveLength(4);
    expect(t.db.statements.count).toBe(forOne);
    expect(forOne).toBeLessThanOrEqual(6 + AUTH_STATEMENTS);
  });

  describe('needs', () => {
    beforeAll(async () => {
      const ds = t.db.dataSource;
      const open = await makeNeed(ds, company, {
        title: 'めっき膜の剥離対策',
        description: '樹脂部品のメッキが剥がれる。',
        confidentiality: Confidentiality.PUBLIC,
      });
      const secret = await makeNeed(ds, company, {
        title: '生産ラインの歩留まり改善',
        description: '鍍金工程の不良を減らしたい。',
        keywords: ['はんだ'],
        confidentiality: Confidentiality.CONFIDENTIAL,
      });
      await matchIndexer.indexNeeds(ds.manager, [open.id, secret.id]);
    });
    const needTitles = async (text: string, as: Pick<TestServer, 'gql'>) =>
      (
        expectNoErrors(await as.gql(`query($text: String) { needs(first: 100, filter: { text: $text }) { totalCount edges { node { title } } } }`, { text }))
          .needs as any
      ).edges.map((e: any) => e.node.title);

    it('finds needs by analysed words, and a CONFIDENTIAL one by its withheld words only for viewers who may read them', async () => {
      const coordinator = t;
      expect((await needTitles('メッキ', coordinator)).sort()).toEqual(['めっき膜の剥離対策', '生産ラインの歩留まり改善'].sort());
      expect(await needTitles('ハンダ', coordinator)).toEqual(['生産ラインの歩留まり改善']);
      const researcherView = t.as('RESEARCHER', { researcherId: researcher.id });
      expect(await needTitles('メッキ', researcherView)).toEqual(['めっき膜の剥離対策']);
      expect(await needTitles('はんだ', researcherView)).toEqual([]);
      expect(await needTitles('鍍金工程', coordinator)).toContain('生産ラインの歩留まり改善');
      expect(await needTitles('鍍金工程', researcherView)).toEqual(['めっき膜の剥離対策']);
      // Its title stays searchable (literally), as with `contains`.
      expect(await needTitles('生産ライン', researcherView)).toEqual(['生産ラインの歩留まり改善']);
    });
  });
});
