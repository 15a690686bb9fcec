import { Consortium } from '../../src/consortia/consortium.entity';
import { DemoDataError, loadDemoDataIfEmpty, readDemoDocuments, resetDemoData } from '../../src/demo/demo-loader';
import { ImportService } from '../../src/imports/import.service';
import { Institution } from '../../src/institutions/institution.entity';
import { Need } from '../../src/needs/need.entity';
import { SeedOwner } from '../../src/seeds/seed-owner.entity';
import { Seed } from '../../src/seeds/seed.entity';
import { createTestDatabase, TestDatabase } from '../support/test-database';

/** The real consortia named in docs (shared/domain.md), as they must appear in the demo data. */
const REAL_CONSORTIA = [
  '有機エレクトロニクス産業集積会議',
  'バイオクラスター形成推進会議',
  '山形県自動車産業振興会議',
  '山形県航空機産業地域戦略研究会',
  'やまがたロボット研究会',
  '山形県新エネルギー産業事業化促進協議会',
  '山形県次世代医療関係機器研究会',
  '山形県食品加工研究会',
  '山形県半導体関連産業振興協議会',
  '山形県次世代コンピュータ応用ネットワーク',
  '米沢電機工業会',
  '米沢市電子機器・機械工業振興協議会',
  '米沢ビジネスネットワークオフィス (BNO)',
  '高密度実装技術研究会',
  'とうほく自動車産業集積連携会議',
  '首都圏産業活性化協会',
];

/** Names compare without spaces and after NFKC: "(BNO)" and " (BNO)" are the same name. */
const nameForm = (name: string) => name.normalize('NFKC').replace(/\s+/g, '');

describe('demo data', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('passes the importer with no problems (dry run)', async () => {
    const report = await new ImportService(db.dataSource).importDocuments(readDemoDocuments(), { dryRun: true });
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    expect(await db.dataSource.getRepository(Institution).count()).toBe(0);
  });

  it('refuses bad demo data with every problem listed (file, section, row, column), writing nothing', async () => {
    const [reference, demo] = readDemoDocuments();
    const broken = {
      ...demo,
      sections: demo.sections.map((s) => (s.type === 'seeds' ? { ...s, records: [{ ...s.records[0], raw: { ...s.records[0].raw, trl: 0 } }] } : s)),
    };
    const load = loadDemoDataIfEmpty(db.dataSource, () => [reference, broken]);
    await expect(load).rejects.toThrow(DemoDataError);
    await expect(load).rejects.toThrow(/demo\.json \/ seeds \/ row 1 \/ trl: 1〜9 の整数で指定してください \/ must be an integer from 1 to 9/);
    expect(await db.dataSource.getRepository(Institution).count()).toBe(0);
  });

  it('loads into a fresh database with enough records to demonstrate matching', async () => {
    const summary = await loadDemoDataIfEmpty(db.dataSource);
    expect(summary.loaded).toBe(true);
    expect(summary.description).toMatch(/seeds \d+/);
    expect(await db.dataSource.getRepository(Seed).count()).toBeGreaterThanOrEqual(60);
    expect(await db.dataSource.getRepository(Need).count()).toBeGreaterThanOrEqual(30);
    const seedsWithoutOwner = await db.dataSource
      .getRepository(Seed)
      .createQueryBuilder('seed')
      .where((qb) => `NOT EXISTS ${qb.subQuery().select('1').from(SeedOwner, 'o').where('o.seed_id = seed.id').getQuery()}`)
      .getCount();
    expect(seedsWithoutOwner).toBe(0);
  });

  it('holds every real consortium named in the domain notes, by its Japanese name', async () => {
    const names = (await db.dataSource.getRepository(Consortium).find()).map((c) => nameForm(c.nameJa));
    const missing = REAL_CONSORTIA.filter((wanted) => !names.some((name) => name.includes(nameForm(wanted))));
    expect(missing).toEqual([]);
  });

  it('adds nothing on a second load, and a re-import of the same files changes nothing', async () => {
    const seeds = await db.dataSource.getRepository(Seed).count();
    expect((await loadDemoDataIfEmpty(db.dataSource)).loaded).toBe(false);
    expect(await db.dataSource.getRepository(Seed).count()).toBe(seeds);
    const report = await new ImportService(db.dataSource).importDocuments(readDemoDocuments());
    expect(report.counts.every((c) => c.created === 0 && c.updated === 0)).toBe(true);
  });

  it('resets: wipes what was added or changed and loads the demo again', async () => {
    const seeds = await db.dataSource.getRepository(Seed).count();
    await db.dataSource.query(`UPDATE seed SET title = 'changed'`);
    await db.dataSource.query(`DELETE FROM need WHERE key = (SELECT min(key) FROM need)`);
    const summary = await resetDemoData(db.dataSource);
    expect(summary.loaded).toBe(true);
    expect(await db.dataSource.getRepository(Seed).count()).toBe(seeds);
    expect(await db.dataSource.getRepository(Seed).countBy({ title: 'changed' })).toBe(0);
    expect(await db.dataSource.getRepository(Need).count()).toBeGreaterThanOrEqual(30);
  });
});
