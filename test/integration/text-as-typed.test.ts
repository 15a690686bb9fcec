import { toGlobalId } from '../../src/common/global-id';
import { Company } from '../../src/companies/company.entity';
import { ImportService } from '../../src/imports/import.service';
import { Need } from '../../src/needs/need.entity';
import { Researcher } from '../../src/people/researcher.entity';
import { Seed } from '../../src/seeds/seed.entity';
import { loadReferenceData, makeCompany, makeInstitution, makeResearcher } from '../support/factories';
import { expectNoErrors, startTestServer, TestServer } from '../support/test-server';

/** 10⁻⁴ folded by NFKC reads "10−4" (ten minus four): stored text must stay as typed. */
const TYPED = '耐透湿性 １０⁻⁴ｇ／ｍ２ … ＯＬＥＤ封止';
const SUMMARY = '水蒸気透過率 １０⁻⁴ｇ／ｍ２／ｄａｙ を目標に、\nＡＬＤ膜で封止する…';

describe('text is stored as typed; search, matching and keys fold', () => {
  let t: TestServer;
  let researcher: Researcher;
  let company: Company;

  beforeAll(async () => {
    t = await startTestServer({}, { as: 'COORDINATOR' });
    await loadReferenceData(t.db.dataSource);
    const lab = await makeInstitution(t.db.dataSource, { nameJa: '置賜試験場', regionCode: 'JP-06-OKITAMA' });
    researcher = await makeResearcher(t.db.dataSource, lab);
    company = await makeCompany(t.db.dataSource, { nameJa: '米沢電子工業(架空)', regionCode: 'JP-06-OKITAMA' });
  });
  afterAll(() => t.close());

  const seedCount = async (filter: string) => expectNoErrors(await t.gql(`{ seeds(filter: { ${filter} }) { totalCount } }`)).seeds.totalCount as number;
  const needCount = async (filter: string) => expectNoErrors(await t.gql(`{ needs(filter: { ${filter} }) { totalCount } }`)).needs.totalCount as number;

  it('registers and updates a seed, reading back exactly what was typed; contains and text find it in half-width', async () => {
    const seed = expectNoErrors(
      await t.gql(`mutation($input: RegisterSeedInput!) { registerSeed(input: $input) { id title summary keywords version } }`, {
        input: {
          title: TYPED,
          summary: SUMMARY,
          keywords: ['ＡＬＤ', 'ALD', '１０⁻⁴ｇ／ｍ２'],
          fieldCodes: ['clusters.embedded-iot'],
          trl: 4,
          ownerIds: [toGlobalId('Researcher', researcher.id)],
          status: 'PUBLISHED',
        },
      }),
    ).registerSeed;
    expect(seed).toMatchObject({ title: TYPED, summary: SUMMARY, keywords: ['ＡＬＤ', '１０⁻⁴ｇ／ｍ２'] });

    const updated = expectNoErrors(
      await t.gql(`mutation($input: UpdateSeedInput!) { updateSeed(input: $input) { title summary } }`, {
        input: { id: seed.id, expectedVersion: seed.version, title: `${TYPED}（改）` },
      }),
    ).updateSeed;
    expect(updated).toEqual({ title: `${TYPED}（改）`, summary: SUMMARY });
    const row = await t.db.dataSource.getRepository(Seed).findOneByOrFail({ id: Buffer.from(seed.id, 'base64url').toString().split(':')[1] });
    expect(row.title).toBe(`${TYPED}（改）`);

    expect(await seedCount('contains: "10−4g/m2"')).toBe(1);
    expect(await seedCount('contains: "oled封止"')).toBe(1);
    expect(await seedCount('contains: "１０⁻⁴ｇ／ｍ２"')).toBe(1);
    expect(await seedCount('text: "OLED"')).toBe(1);
    expect(await seedCount('text: "ALD"')).toBe(1);
  });

  it('submits and updates a need, reading back what was typed; contains and text find it in half-width', async () => {
    const need = expectNoErrors(
      await t.gql(`mutation($input: SubmitNeedInput!) { submitNeed(input: $input) { id title description keywords version } }`, {
        input: { companyId: toGlobalId('Company', company.id), title: TYPED, description: SUMMARY, keywords: ['ＡＬＤ'], category: 'TECHNICAL' },
      }),
    ).submitNeed;
    expect(need).toMatchObject({ title: TYPED, description: SUMMARY, keywords: ['ＡＬＤ'] });
    const updated = expectNoErrors(
      await t.gql(`mutation($input: UpdateNeedInput!) { updateNeed(input: $input) { description } }`, {
        input: { id: need.id, expectedVersion: need.version, description: `${SUMMARY}\n追記：ｾﾝｻ…` },
      }),
    ).updateNeed;
    expect(updated.description).toBe(`${SUMMARY}\n追記：ｾﾝｻ…`);
    expect(await needCount('contains: "10−4g/m2"')).toBe(1);
    expect(await needCount('contains: "センサ..."')).toBe(1);
    expect(await needCount('text: "OLED"')).toBe(1);
  });

  it('imports text as typed while keys, codes and numbers fold', async () => {
    const service = new ImportService(t.db.dataSource);
    const report = await service.importText(
      JSON.stringify({
        seeds: [
          {
            key: 'ｓ．ｔｙｐｅｄ－１',
            title: TYPED,
            summary: SUMMARY,
            keywords: ['ＡＬＤ', 'ALD'],
            fields: ['clusters.embedded-iot'],
            trl: '４',
            owners: [researcher.key],
            status: 'ＰＵＢＬＩＳＨＥＤ',
          },
        ],
        needs: [{ key: 'n.typed-1', company: company.key, title: TYPED, description: SUMMARY, category: '技術的課題' }],
      }),
      { format: 'json' },
    );
    expect(report.problems).toEqual([]);
    const seed = await t.db.dataSource.getRepository(Seed).findOneByOrFail({ key: 's.typed-1' });
    expect(seed).toMatchObject({ title: TYPED, summary: SUMMARY, keywords: ['ＡＬＤ'], trl: 4, status: 'PUBLISHED' });
    expect(seed.searchText).toContain('10−4g/m2');
    const need = await t.db.dataSource.getRepository(Need).findOneByOrFail({ key: 'n.typed-1' });
    expect(need).toMatchObject({ title: TYPED, description: SUMMARY });

    // The key typed full-width is the same record as its half-width form: re-importing updates nothing.
    const again = await service.importText(
      JSON.stringify({
        seeds: [
          {
            key: 's.typed-1',
            title: TYPED,
            summary: SUMMARY,
            keywords: ['ＡＬＤ'],
            fields: ['clusters.embedded-iot'],
            trl: 4,
            owners: [researcher.key],
            status: 'PUBLISHED',
          },
        ],
      }),
      { format: 'json' },
    );
    expect(again.counts).toEqual([{ type: 'seeds', created: 0, updated: 0, unchanged: 1 }]);
    expect(expectNoErrors(await t.gql(`{ seedByKey(key: "s.typed-1") { title } }`)).seedByKey).toEqual({ title: TYPED });
  });
});
