import { ImportService } from '../../src/imports/import.service';
import { expectNoErrors, startTestServer, TestServer } from '../support/test-server';
import { loadReferenceData } from '../support/factories';

/**
 * Near-duplicates found by a large import: candidates are looked for within the record's group
 * (same institution, or a shared owner), across the importer's batches of 500 records.
 */
describe('duplicates found on import', () => {
  let t: TestServer;

  // Filler seeds: each takes its own three of these words (C(20, 3) = 1,140 combinations); those that share a title are near-duplicates.
  const WORDS =
    '有機EL 鋳造 めっき 金型 米沢織 半導体 振動センサ 燃料電池 乳酸菌 果樹 射出成形 溶接 光触媒 断熱材 発酵 画像認識 超音波 磁気 セラミックス 樹脂'.split(' ');
  const TRIPLES = WORDS.flatMap((a, i) => WORDS.slice(i + 1).flatMap((b, j) => WORDS.slice(i + j + 2).map((c) => [a, b, c])));
  const filler = (i: number) => {
    const [a, b, c] = TRIPLES[i];
    return { title: `${a}と${b}の試作`, summary: `${c}を用いた${a}の評価。` };
  };
  const ORIGINAL = {
    title: 'マイクロフォーカスX線CTによる実装基板のはんだボイド検査',
    summary: 'X線CTではんだ接合部のボイドを三次元で測定し、リフロー条件の改善につなげる非破壊検査技術。',
  };
  // A corrected copy: one word added to the title.
  const EDITED = { ...ORIGINAL, title: `${ORIGINAL.title}技術` };

  beforeAll(async () => {
    t = await startTestServer({}, { as: 'COORDINATOR' });
    await loadReferenceData(t.db.dataSource);
    const seed = (key: string, owners: string[], text: { title: string; summary: string }, institution?: string) => ({
      key,
      ...text,
      fields: ['clusters.electronics.soldering'],
      trl: 4,
      owners,
      ...(institution ? { institution } : {}),
      status: 'PUBLISHED',
    });
    // More than two batches of the same institution, so pairs can fall into different batches.
    const seeds = Array.from({ length: 1100 }, (_, i) => seed(`s.fill-${i}`, [i % 2 === 0 ? 'r.a1' : 'r.a2'], filler(i)));
    seeds.splice(100, 0, seed('s.same-lab', ['r.a1'], ORIGINAL));
    seeds.splice(900, 0, seed('s.same-lab-copy', ['r.a2'], EDITED));
    seeds.push(seed('s.other-lab-copy', ['r.b'], ORIGINAL));
    seeds.push(
      seed('s.shared-owner', ['r.b'], {
        title: '鉛フリーはんだの熱疲労寿命予測',
        summary: '熱サイクル試験と有限要素解析で鉛フリーはんだ接合の寿命を予測する。',
      }),
    );
    seeds.push(
      seed(
        's.shared-owner-copy',
        ['r.a1', 'r.b'],
        { title: '鉛フリーはんだの熱疲労寿命の予測', summary: '熱サイクル試験と有限要素解析で鉛フリーはんだ接合の寿命を予測する。' },
        'inst.a',
      ),
    );
    const document = {
      institutions: [
        { key: 'inst.a', nameJa: '置賜試験場(架空)', kind: 'PUBLIC_LAB', region: 'JP-06-OKITAMA' },
        { key: 'inst.b', nameJa: '庄内試験場(架空)', kind: 'PUBLIC_LAB', region: 'JP-06-SHONAI' },
      ],
      researchers: [
        { key: 'r.a1', nameJa: '佐藤 一郎', institution: 'inst.a', isFictional: true },
        { key: 'r.a2', nameJa: '鈴木 花子', institution: 'inst.a', isFictional: true },
        { key: 'r.b', nameJa: '高橋 次郎', institution: 'inst.b', isFictional: true },
      ],
      seeds,
    };
    const report = await new ImportService(t.db.dataSource).importText(JSON.stringify(document), { format: 'json' });
    expect(report.problems).toEqual([]);
  }, 120_000);
  afterAll(() => t.close());

  const duplicatesOf = async (key: string) =>
    (
      expectNoErrors(await t.gql(`query($key: String!) { seedByKey(key: $key) { possibleDuplicates { seed { key } } } }`, { key })).seedByKey
        .possibleDuplicates as Array<{ seed: { key: string } }>
    ).map((d) => d.seed.key);

  it('reports a corrected copy in the same institution, under another owner', async () => {
    expect(await duplicatesOf('s.same-lab')).toEqual(['s.same-lab-copy']);
    expect(await duplicatesOf('s.same-lab-copy')).toEqual(['s.same-lab']);
  });

  it('does not report the same text in another institution without a shared owner', async () => {
    expect(await duplicatesOf('s.other-lab-copy')).toEqual([]);
  });

  it('reports a copy in another institution that shares an owner', async () => {
    expect(await duplicatesOf('s.shared-owner')).toEqual(['s.shared-owner-copy']);
  });

  it('pairs only seeds of one group, both ways', async () => {
    // The filler seeds that share a title are near-duplicates of each other, in many batches.
    const [counts] = (await t.db.dataSource.query(
      `SELECT count(*)::int AS pairs,
              count(*) FILTER (WHERE a.institution_id <> b.institution_id AND NOT EXISTS (
                SELECT 1 FROM seed_owner oa JOIN seed_owner ob ON ob.researcher_id = oa.researcher_id WHERE oa.seed_id = a.id AND ob.seed_id = b.id))::int AS across,
              count(*) FILTER (WHERE NOT EXISTS (
                SELECT 1 FROM duplicate_candidate r WHERE r.kind = d.kind AND r.record_id = d.other_id AND r.other_id = d.record_id))::int AS one_way
       FROM duplicate_candidate d JOIN seed a ON a.id = d.record_id JOIN seed b ON b.id = d.other_id WHERE d.kind = 'SEED'`,
    )) as Array<{ pairs: number; across: number; one_way: number }>;
    expect(counts.pairs).toBeGreaterThan(1000);
    expect(counts).toMatchObject({ across: 0, one_way: 0 });
  });
});
