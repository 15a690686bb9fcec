import { Company } from '../../src/companies/company.entity';
import { Certification } from '../../src/companies/certification.entity';
import { Consortium } from '../../src/consortia/consortium.entity';
import { ConsortiumMembership } from '../../src/consortia/membership.entity';
import { ExportService } from '../../src/imports/export.service';
import { ImportService } from '../../src/imports/import.service';
import { Institution } from '../../src/institutions/institution.entity';
import { Need } from '../../src/needs/need.entity';
import { Researcher } from '../../src/people/researcher.entity';
import { SeedOwner } from '../../src/seeds/seed-owner.entity';
import { Seed } from '../../src/seeds/seed.entity';
import { loadReferenceData, makeInstitution, makeResearcher } from '../support/factories';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { expectNoErrors, startTestServer, TestServer } from '../support/test-server';

const BOM = '\uFEFF';

/** A small file of every section; the 置賜試験場 names a parent defined after it. */
function sampleDocument() {
  return {
    $comment: 'fixture for import.test.ts',
    institutions: [
      {
        key: 'inst.itc-okitama',
        nameJa: '工業技術センター置賜試験場',
        kind: 'PUBLIC_LAB',
        region: 'JP-06-OKITAMA',
        parent: 'inst.itc',
        supportMenus: ['CONTRACT_TESTING'],
      },
      {
        key: 'inst.itc',
        nameJa: 'ＸＸ工業技術センター',
        kind: 'PUBLIC_LAB',
        region: 'JP-06-MURAYAMA',
        equipment: [{ name: '蛍光X線分析装置' }],
        websiteUrl: 'https://example.jp/itc',
        phone: '023-644-3222',
      },
    ],
    researchers: [
      { key: 'r.sato', nameJa: '佐藤 一郎', institution: 'inst.itc', keywords: ['有機EL'], email: 'sato@example.jp', isFictional: true },
      { key: 'r.suzuki', nameJa: '鈴木 花子', institution: 'inst.itc-okitama', isFictional: true },
    ],
    coordinators: [{ key: 'c.okitama', name: '高橋 花子', institution: 'inst.itc-okitama', region: 'JP-06-OKITAMA', isFictional: true }],
    companies: [
      {
        key: 'co.yonezawa-denshi',
        nameJa: '米沢電子工業(架空)',
        region: 'JP-06-OKITAMA',
        size: 'SMALL',
        employees: 45,
        capabilities: ['高密度実装', 'はんだ付け'],
        fields: ['clusters.electronics.mounting'],
        certifications: [
          { name: '鉛フリーはんだ付け技術 1級', issuer: '米沢地域', issuedOn: '2025-04-01', validUntil: '2026-03-31' },
          { name: '鉛フリーはんだ付け技術 指導者', issuedOn: '2024-04-01', validUntil: '2029-03-31' },
        ],
        isFictional: true,
      },
    ],
    consortia: [
      {
        key: 'cs.mounting',
        nameJa: '高密度実装技術研究会',
        secretariat: 'inst.itc-okitama',
        fields: ['clusters.electronics.mounting'],
        members: [
          { type: 'COMPANY', key: 'co.yonezawa-denshi' },
          { type: 'INSTITUTION', key: 'inst.itc-okitama', role: 'SECRETARIAT' },
          { type: 'RESEARCHER', key: 'r.sato', role: 'ADVISOR' },
        ],
      },
    ],
    seeds: [
      {
        key: 's.oled-001',
        title: 'ＯＬＥＤ照明の長寿命化',
        summary: '封止技術により寿命を延ばす。',
        keywords: ['有機EL', '封止'],
        fields: ['organic-electronics.oled-lighting'],
        trl: 4,
        collaborationForms: ['JOINT_RESEARCH', 'LICENSING'],
        patents: [{ number: '特願2024-000001', title: '封止構造', status: 'PENDING' }],
        owners: ['r.suzuki', 'r.sato'],
        status: 'PUBLISHED',
        isFictional: true,
      },
    ],
    needs: [
      {
        key: 'n.voids',
        company: 'co.yonezawa-denshi',
        title: 'はんだ接合部のボイド低減',
        description: 'リフロー後のボイド率を下げたい。',
        category: 'TECHNICAL',
        fields: ['clusters.electronics.soldering'],
        desiredTrl: 6,
        budgetMinYen: 1000000,
        budgetMaxYen: 5000000,
        holder: 'c.okitama',
        isFictional: true,
      },
    ],
  };
}

describe('imports', () => {
  let t: TestServer;
  let service: ImportService;
  const importJson = (document: unknown, dryRun = false) => service.importText(JSON.stringify(document), { format: 'json', dryRun });
  const count = (entity: Function) => t.db.dataSource.getRepository(entity as never).count();

  beforeAll(async () => {
    t = await startTestServer({}, { as: 'COORDINATOR' });
    await loadReferenceData(t.db.dataSource);
    service = new ImportService(t.db.dataSource);
  });
  afterAll(() => t.close());

  it('imports a JSON file of every section: references by key, a parent defined later, text as typed, folded search text, child lists', async () => {
    const report = await importJson(sampleDocument());
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ ok: true, dryRun: false });
    expect(report.counts).toEqual([
      { type: 'institutions', created: 2, updated: 0, unchanged: 0 },
      { type: 'researchers', created: 2, updated: 0, unchanged: 0 },
      { type: 'coordinators', created: 1, updated: 0, unchanged: 0 },
      { type: 'companies', created: 1, updated: 0, unchanged: 0 },
      { type: 'consortia', created: 1, updated: 0, unchanged: 0 },
      { type: 'seeds', created: 1, updated: 0, unchanged: 0 },
      { type: 'needs', created: 1, updated: 0, unchanged: 0 },
    ]);

    const db = t.db.dataSource;
    const itc = await db.getRepository(Institution).findOneByOrFail({ key: 'inst.itc' });
    const okitama = await db.getRepository(Institution).findOneByOrFail({ key: 'inst.itc-okitama' });
    expect(itc.nameJa).toBe('ＸＸ工業技術センター');
    expect(okitama.parentId).toBe(itc.id);
    expect(itc.equipment).toEqual([{ name: '蛍光X線分析装置', description: null }]);
    expect(itc.searchText).toContain('xx工業技術センター');

    const seed = await db.getRepository(Seed).findOneByOrFail({ key: 's.oled-001' });
    expect(seed).toMatchObject({ title: 'ＯＬＥＤ照明の長寿命化', language: 'JA', status: 'PUBLISHED', version: 1 });
    expect(seed.publishedAt).toBeInstanceOf(Date);
    expect(seed.searchText).toContain('oled照明の長寿命化');
    expect(seed.searchText).toContain('s.oled-001');
    const suzuki = await db.getRepository(Researcher).findOneByOrFail({ key: 'r.suzuki' });
    expect(seed.institutionId).toBe(okitama.id); // the first owner's institution
    const owners = await db.getRepository(SeedOwner).find({ where: { seedId: seed.id }, order: { position: 'ASC' } });
    expect(owners[0].researcherId).toBe(suzuki.id);
    expect(owners).toHaveLength(2);

    const company = await db.getRepository(Company).findOneByOrFail({ key: 'co.yonezawa-denshi' });
    const certifications = await db.getRepository(Certification).find({ where: { companyId: company.id }, order: { name: 'ASC' } });
    expect(certifications.map((c) => [c.name, c.issuedOn, c.validUntil])).toEqual([
      ['鉛フリーはんだ付け技術 1級', '2025-04-01', '2026-03-31'],
      ['鉛フリーはんだ付け技術 指導者', '2024-04-01', '2029-03-31'],
    ]);
    const consortium = await db.getRepository(Consortium).findOneByOrFail({ key: 'cs.mounting' });
    expect(consortium.secretariatId).toBe(okitama.id);
    const members = await db.getRepository(ConsortiumMembership).find({ where: { consortiumId: consortium.id } });
    expect(members.map((m) => [m.memberType, m.role]).sort()).toEqual([
      ['COMPANY', 'MEMBER'],
      ['INSTITUTION', 'SECRETARIAT'],
      ['RESEARCHER', 'ADVISOR'],
    ]);
    const need = await db.getRepository(Need).findOneByOrFail({ key: 'n.voids' });
    expect(need).toMatchObject({
      companyId: company.id,
      budgetMinYen: 1000000,
      budgetMaxYen: 5000000,
      timeline: 'UNDECIDED',
      status: 'OPEN',
      consultationStep: 1,
    });
  });

  it('changes nothing when the same file is imported again, and says so per type', async () => {
    const before = await t.db.dataSource.getRepository(Seed).findOneByOrFail({ key: 's.oled-001' });
    const membershipIds = (await t.db.dataSource.getRepository(ConsortiumMembership).find()).map((m) => m.id).sort();
    const report = await importJson(sampleDocument());
    expect(report.ok).toBe(true);
    expect(report.counts.every((c) => c.created === 0 && c.updated === 0 && c.unchanged > 0)).toBe(true);
    expect(report.counts.find((c) => c.type === 'institutions')).toEqual({ type: 'institutions', created: 0, updated: 0, unchanged: 2 });
    const after = await t.db.dataSource.getRepository(Seed).findOneByOrFail({ key: 's.oled-001' });
    expect(after.version).toBe(before.version);
    expect(after.updatedAt).toEqual(before.updatedAt);
    expect(after.publishedAt).toEqual(before.publishedAt);
    expect(await count(Institution)).toBe(2);
    expect(await count(Certification)).toBe(2);
    expect((await t.db.dataSource.getRepository(ConsortiumMembership).find()).map((m) => m.id).sort()).toEqual(membershipIds);
  });

  it('updates changed records on re-import: values, owners, members (replaced) and certifications', async () => {
    const document = sampleDocument();
    document.seeds[0].title = '有機EL照明の長寿命化 (改訂)';
    document.seeds[0].owners = ['r.sato'];
    document.consortia[0].members = [
      { type: 'INSTITUTION', key: 'inst.itc-okitama', role: 'SECRETARIAT' },
      { type: 'RESEARCHER', key: 'r.sato', role: 'CHAIR' },
    ];
    document.companies[0].certifications = [{ name: '鉛フリーはんだ付け技術 2級', issuer: '米沢地域', issuedOn: '2025-10-01', validUntil: '2026-09-30' }];
    const report = await importJson(document);
    expect(report.ok).toBe(true);
    expect(report.counts.filter((c) => c.updated > 0).map((c) => c.type)).toEqual(['companies', 'consortia', 'seeds']);

    const db = t.db.dataSource;
    const seed = await db.getRepository(Seed).findOneByOrFail({ key: 's.oled-001' });
    expect(seed.title).toBe('有機EL照明の長寿命化 (改訂)');
    expect(seed.version).toBe(2);
    expect(await db.getRepository(SeedOwner).count({ where: { seedId: seed.id } })).toBe(1);
    const consortium = await db.getRepository(Consortium).findOneByOrFail({ key: 'cs.mounting' });
    const members = await db.getRepository(ConsortiumMembership).find({ where: { consortiumId: consortium.id } });
    expect(members.map((m) => [m.memberType, m.role]).sort()).toEqual([
      ['INSTITUTION', 'SECRETARIAT'],
      ['RESEARCHER', 'CHAIR'],
    ]);
    expect((await db.getRepository(Certification).find()).map((c) => c.name)).toEqual(['鉛フリーはんだ付け技術 2級']);
  });

  it('imports CSV with a BOM, Japanese headers, list cells and a JSON cell, referring to database records by key', async () => {
    const lab = await makeInstitution(t.db.dataSource, { key: 'inst.csv-lab', nameJa: '庄内試験場', regionCode: 'JP-06-SHONAI' });
    await makeResearcher(t.db.dataSource, lab, { key: 'r.csv-owner' });
    const csv =
      `${BOM}キー,タイトル,概要,TRL,研究者,キーワード,分野,連携形態,特許,状態\r\n` +
      `s.csv-1,米沢織の新素材,"絹と炭素繊維の複合。\n2 行目",3,r.csv-owner,米沢織；新素材; 絹 ,clusters.textiles,共同研究;TECHNICAL_GUIDANCE,"[{""number"":""特願2025-000002"",""status"":""GRANTED""}]",公開\r\n` +
      `s.csv-2,Textile sensor,Woven strain sensor,5,r.csv-owner;r.sato,,,,,\r\n`;
    const report = await service.importText(csv, { format: 'csv', fileName: '研究シーズ.csv' });
    expect(report.problems).toEqual([]);
    expect(report.counts).toEqual([{ type: 'seeds', created: 2, updated: 0, unchanged: 0 }]);
    const first = await t.db.dataSource.getRepository(Seed).findOneByOrFail({ key: 's.csv-1' });
    expect(first).toMatchObject({
      summary: '絹と炭素繊維の複合。\n2 行目',
      keywords: ['米沢織', '新素材', '絹'],
      fieldCodes: ['clusters.textiles'],
      collaborationForms: ['JOINT_RESEARCH', 'TECHNICAL_GUIDANCE'],
      patents: [{ number: '特願2025-000002', title: null, status: 'GRANTED' }],
      status: 'PUBLISHED',
      institutionId: lab.id,
    });
    const second = await t.db.dataSource.getRepository(Seed).findOneByOrFail({ key: 's.csv-2' });
    expect(second).toMatchObject({ language: 'EN', status: 'DRAFT', publishedAt: null });
    expect(await t.db.dataSource.getRepository(SeedOwner).count({ where: { seedId: second.id } })).toBe(2);

    const again = await service.importText(csv, { format: 'csv', type: 'seeds' });
    expect(again.counts).toEqual([{ type: 'seeds', created: 0, updated: 0, unchanged: 2 }]);
  });

  it('writes nothing when one row is bad, and reports every problem with row and column in both languages, never the value', async () => {
    const seedsBefore = await count(Seed);
    const csv =
      `キー,タイトル,概要,TRL,研究者,分野\n` +
      `s.good,良い行,問題なし,4,r.sato,clusters.textiles\n` +
      `s.bad,悪い行,secret-summary,12,r.nobody,no.such-field\n`;
    const report = await service.importText(csv, { format: 'csv', type: 'seeds' });
    expect(report.ok).toBe(false);
    expect(report.counts).toEqual([]);
    // Within a row, problems follow the property order of docs/data-format.md.
    expect(report.problems).toEqual([
      expect.objectContaining({ section: 'seeds', row: 2, column: '分野[0]', messageJa: expect.stringContaining('登録されていない分野') }),
      { section: 'seeds', row: 2, column: 'TRL', messageJa: '1〜9 の整数で指定してください', messageEn: 'must be an integer from 1 to 9' },
      expect.objectContaining({ section: 'seeds', row: 2, column: '研究者[0]', messageEn: expect.stringContaining('not a known researcher') }),
    ]);
    expect(JSON.stringify(report)).not.toMatch(/secret-summary|r\.nobody|no\.such-field/);
    expect(await count(Seed)).toBe(seedsBefore);
    expect(await t.db.dataSource.getRepository(Seed).existsBy({ key: 's.good' })).toBe(false);
  });

  it('reports unknown references, duplicate keys and parent loops across sections with their JSON paths', async () => {
    const report = await importJson({
      institutions: [
        { key: 'inst.loop-a', nameJa: 'A', kind: 'NPO', parent: 'inst.loop-b', region: 'JP-99-NOWHERE' },
        { key: 'inst.loop-b', nameJa: 'B', kind: 'NPO', parent: 'inst.loop-a' },
      ],
      needs: [
        { key: 'n.x', company: 'co.missing', title: 't', description: 'd', category: 'RESEARCH', holder: 'c.okitama' },
        { key: 'n.x', company: 'co.yonezawa-denshi', title: 't', description: 'd', category: 'RESEARCH' },
      ],
    });
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => [p.section, p.row, p.column])).toEqual([
      ['institutions', 1, 'region'],
      ['institutions', 1, 'parent'],
      ['institutions', 2, 'parent'],
      ['needs', 1, 'company'],
      ['needs', 2, 'key'],
    ]);
    expect(report.problems[4].messageEn).toBe('repeats the key of row 1 (keys must be unique in a file)');
    expect(await t.db.dataSource.getRepository(Institution).existsBy({ key: 'inst.loop-a' })).toBe(false);
  });

  it('turns a file that is not JSON, or a CSV of unknown type, into one problem', async () => {
    const notJson = await service.importText('{"seeds": [ {"key": "s.1",, } ]}', { format: 'json' });
    expect(notJson).toEqual({
      ok: false,
      dryRun: false,
      counts: [],
      problems: [{ section: null, row: null, column: null, messageJa: 'JSON として読めません (1 行目付近)', messageEn: 'is not valid JSON (near line 1)' }],
    });
    const untyped = await service.importText('key\nx\n', { format: 'csv', fileName: 'upload.csv' });
    expect(untyped.problems).toHaveLength(1);
    expect(untyped.problems[0].messageEn).toMatch(/cannot tell which record type/);
    const unknownSection = await importJson({ seeds: [], partners: [] });
    expect(unknownSection.problems.map((p) => p.column)).toEqual(['partners']);
  });

  describe('needs for archived companies, refused as submitNeed refuses them', () => {
    const ARCHIVED_JA = 'アーカイブ済みの企業にはニーズを登録できません';
    const ARCHIVED_EN = 'refers to an archived company, which takes no new needs';
    const company = (key: string, status = 'ACTIVE') => ({ key, nameJa: `${key} (架空)`, size: 'SMALL', status, isFictional: true });
    const need = (key: string, companyKey: string) => ({ key, company: companyKey, title: `${key} の課題`, description: '内容', category: 'TECHNICAL' });
    const statusOf = async (key: string) => (await t.db.dataSource.getRepository(Company).findOneByOrFail({ key })).status;
    const needExists = (key: string) => t.db.dataSource.getRepository(Need).existsBy({ key });

    beforeAll(async () => {
      // co.closed and co.reopened each had a need before they were archived; co.open is active.
      const registered = await importJson({
        companies: [company('co.closed'), company('co.open'), company('co.reopened')],
        needs: [need('n.of-closed', 'co.closed'), need('n.of-reopened', 'co.reopened')],
      });
      expect(registered.problems).toEqual([]);
      const archived = await importJson({ companies: [company('co.closed', 'ARCHIVED'), company('co.reopened', 'ARCHIVED')] });
      expect(archived.problems).toEqual([]);
    });

    const mixedFile = () => ({
      companies: [company('co.open', 'ARCHIVED'), company('co.reopened', 'ACTIVE'), company('co.history', 'ARCHIVED')],
      needs: [
        need('n.new-for-closed', 'co.closed'), // archived in the database, not in the file
        need('n.new-for-open', 'co.open'), // active in the database, archived by this file
        need('n.new-for-reopened', 'co.reopened'), // archived in the database, active again by this file
        need('n.new-for-history', 'co.history'), // a company the file brings in already archived, with its past
        need('n.of-closed', 'co.closed'), // stays with its own (archived) company: no move
        need('n.of-reopened', 'co.closed'), // moved to an archived company
      ],
    });

    it('reports each need registered for or moved to an archived company with its row, column and message, and writes nothing', async () => {
      const report = await importJson(mixedFile());
      expect(report).toMatchObject({ ok: false, counts: [] });
      expect(report.problems).toEqual([1, 2, 6].map((row) => ({ section: 'needs', row, column: 'company', messageJa: ARCHIVED_JA, messageEn: ARCHIVED_EN })));
      for (const key of ['n.new-for-closed', 'n.new-for-open', 'n.new-for-reopened', 'n.new-for-history']) expect(await needExists(key)).toBe(false);
      expect(await t.db.dataSource.getRepository(Company).existsBy({ key: 'co.history' })).toBe(false);
      expect([await statusOf('co.open'), await statusOf('co.reopened')]).toEqual(['ACTIVE', 'ARCHIVED']);
      const moved = await t.db.dataSource.getRepository(Need).findOneByOrFail({ key: 'n.of-reopened' });
      expect(moved.companyId).toBe((await t.db.dataSource.getRepository(Company).findOneByOrFail({ key: 'co.reopened' })).id);
    });

    it('takes the rest: a company made active again, one brought in archived with its needs, a need kept by its archived company', async () => {
      const file = mixedFile();
      file.needs = file.needs.filter((_, index) => ![0, 1, 5].includes(index));
      const report = await importJson(file);
      expect(report.problems).toEqual([]);
      expect(report.counts.find((c) => c.type === 'needs')).toEqual({ type: 'needs', created: 2, updated: 0, unchanged: 1 });
      expect([await statusOf('co.open'), await statusOf('co.reopened'), await statusOf('co.history')]).toEqual(['ARCHIVED', 'ACTIVE', 'ARCHIVED']);
      expect(await needExists('n.new-for-reopened')).toBe(true);
      expect(await needExists('n.new-for-history')).toBe(true);
    });

    it('looks the companies and needs up in a fixed number of statements, however many needs the file holds', async () => {
      const lookUps = async (needs: number) => {
        t.db.statements.reset();
        const report = await importJson({ needs: Array.from({ length: needs }, (_, i) => need(`n.bulk-${i}`, 'co.closed')) });
        expect(report.problems).toHaveLength(needs);
        return t.db.statements.statements.filter((sql) => /FROM "(company|need)"/.test(sql)).length;
      };
      expect(await lookUps(40)).toBe(await lookUps(1));
    });

    it('reports it over GraphQL for a CSV file, under the column as written', async () => {
      const IMPORT = `mutation($input: ImportRecordsInput!) { importRecords(input: $input) { ok counts { type } problems { section row column messageJa messageEn } } }`;
      const content = 'キー,企業,タイトル,概要,種別\nn.csv-ok,co.reopened,件名,内容,技術的課題\nn.csv-closed,co.closed,件名,内容,技術的課題\n';
      const result = expectNoErrors(await t.gql(IMPORT, { input: { format: 'CSV', type: 'NEEDS', content } })).importRecords;
      expect(result).toEqual({
        ok: false,
        counts: [],
        problems: [{ section: 'NEEDS', row: 2, column: '企業', messageJa: ARCHIVED_JA, messageEn: ARCHIVED_EN }],
      });
      expect(await needExists('n.csv-ok')).toBe(false);
    });
  });

  it('round-trips: an export imported into an empty database recreates the same records, JSON and CSV alike', async () => {
    const exporter = new ExportService(t.db.dataSource);
    const exported = await exporter.exportJson();
    const fresh = await createTestDatabase();
    try {
      const report = await new ImportService(fresh.dataSource).importText(exported, { format: 'json' });
      expect(report.problems).toEqual([]);
      expect(report.counts.every((c) => c.updated === 0 && c.unchanged === 0)).toBe(true);
      const reexported = await new ExportService(fresh.dataSource).exportJson();
      expect(JSON.parse(reexported)).toEqual(JSON.parse(exported));
      expect(JSON.parse(exported).seeds.length).toBeGreaterThan(0);

      for (const type of ['institutions', 'companies', 'consortia', 'seeds', 'needs'] as const) {
        const csv = await exporter.exportCsv(type);
        expect(csv.startsWith(BOM)).toBe(true);
        const again = await new ImportService(fresh.dataSource).importText(csv, { format: 'csv', type });
        expect(again.problems).toEqual([]);
        expect(again.counts).toEqual([{ type, created: 0, updated: 0, unchanged: JSON.parse(exported)[type].length }]);
      }
    } finally {
      await fresh.drop();
    }
  });

  describe('over GraphQL', () => {
    const IMPORT = `mutation($input: ImportRecordsInput!) { importRecords(input: $input) {
      ok dryRun counts { type created updated unchanged } problems { section row column messageJa messageEn } } }`;

    it('imports with dryRun (counts, nothing written), then for real; bad rows are a result, not an error', async () => {
      const content = JSON.stringify({ companies: [{ key: 'co.graphql', nameJa: 'GraphQL 商事(架空)', size: 'MICRO' }] });
      const dry = expectNoErrors(await t.gql(IMPORT, { input: { format: 'JSON', content, dryRun: true } })).importRecords;
      expect(dry).toEqual({ ok: true, dryRun: true, counts: [{ type: 'COMPANIES', created: 1, updated: 0, unchanged: 0 }], problems: [] });
      expect(await t.db.dataSource.getRepository(Company).existsBy({ key: 'co.graphql' })).toBe(false);

      const real = expectNoErrors(await t.gql(IMPORT, { input: { format: 'JSON', content } })).importRecords;
      expect(real).toMatchObject({ ok: true, dryRun: false, counts: [{ type: 'COMPANIES', created: 1 }] });
      expect(await t.db.dataSource.getRepository(Company).existsBy({ key: 'co.graphql' })).toBe(true);

      const bad = await t.gql(IMPORT, { input: { format: 'CSV', type: 'NEEDS', content: 'キー,企業,タイトル,概要,種別\nn.g,co.graphql,件名,内容,OTHER\n' } });
      expect(bad.errors).toBeUndefined();
      expect(bad.data!.importRecords).toMatchObject({ ok: false, counts: [], problems: [{ section: 'NEEDS', row: 1, column: '種別' }] });

      const malformed = expectNoErrors(await t.gql(IMPORT, { input: { format: 'JSON', content: 'not json' } })).importRecords;
      expect(malformed).toMatchObject({ ok: false, problems: [{ section: null, row: null, column: null }] });
    });

    it('exports CSV for one type and JSON for all, and refuses a CSV export without a type', async () => {
      const csv = expectNoErrors(await t.gql(`{ exportRecords(format: CSV, type: COMPANIES) }`)).exportRecords as string;
      expect(csv.split('\n')[0]).toBe(
        `${BOM}key,nameJa,nameEn,industry,region,size,employees,capabilities,fields,certifications,description,websiteUrl,status,isFictional`,
      );
      expect(csv).toContain('co.graphql,GraphQL 商事(架空)');
      const json = JSON.parse(expectNoErrors(await t.gql(`{ exportRecords(format: JSON) }`)).exportRecords);
      expect(Object.keys(json)).toEqual([
        'regions',
        'fields',
        'institutions',
        'researchers',
        'coordinators',
        'companies',
        'consortia',
        'seeds',
        'needs',
        'fundingProgrammes',
      ]);
      const refused = await t.gql(`{ exportRecords(format: CSV) }`);
      expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'type' });
    });
  });
});

describe('imports of sections larger than one INSERT', () => {
  let db: TestDatabase;
  let service: ImportService;
  const importJson = (document: unknown) => service.importText(JSON.stringify(document), { format: 'json' });
  const statementsLike = (pattern: RegExp) => db.statements.statements.filter((sql) => pattern.test(sql)).length;

  beforeAll(async () => {
    db = await createTestDatabase();
    await loadReferenceData(db.dataSource);
    service = new ImportService(db.dataSource);
  });
  afterAll(() => db.drop());

  const SEEDS = 2_100;
  const researchers = ['r.b-0', 'r.b-1', 'r.b-2'];
  const largeDocument = () => ({
    institutions: [
      { key: 'inst.b-univ', nameJa: 'バッチ大学(架空)', kind: 'UNIVERSITY' },
      { key: 'inst.b-lab', nameJa: 'バッチ研究所(架空)', kind: 'PUBLIC_LAB', parent: 'inst.b-univ' },
    ],
    researchers: researchers.map((key, i) => ({ key, nameJa: `研究者 ${i}`, institution: i === 0 ? 'inst.b-univ' : 'inst.b-lab' })),
    // Owners and institutions vary with the row, so a seed given another row's id would show.
    seeds: Array.from({ length: SEEDS }, (_, i) => ({
      key: `s.b-${i}`,
      title: `試料 ${i} の評価`,
      summary: `バッチ ${i}`,
      trl: 1 + (i % 9),
      owners: i % 2 === 0 ? [researchers[i % 3]] : [researchers[i % 3], researchers[(i + 1) % 3]],
      ...(i % 5 === 0 ? { institution: 'inst.b-univ' } : {}),
      status: i % 100 === 0 ? 'PUBLISHED' : 'DRAFT',
    })),
  });

  it('gives every new record its own id, owners in order and its institution, in a few multi-row INSERTs', async () => {
    db.statements.reset();
    const report = await importJson(largeDocument());
    expect(report.problems).toEqual([]);
    expect(report.counts.find((c) => c.type === 'seeds')).toEqual({ type: 'seeds', created: SEEDS, updated: 0, unchanged: 0 });
    expect(statementsLike(/^INSERT INTO "seed"\(/)).toBe(3);
    expect(statementsLike(/^INSERT INTO "seed_owner"\(/)).toBeLessThanOrEqual(6);
    expect(statementsLike(/^DELETE FROM "seed_owner"/)).toBe(0);
    // Keys, the section's stored rows, and the first owners' institutions: not one per seed.
    expect(statementsLike(/^SELECT .* FROM "researcher"/)).toBe(3);

    const institutionIds = new Map((await db.dataSource.getRepository(Institution).find()).map((row) => [row.key, row.id]));
    const rows = (await db.dataSource.query(
      `SELECT s.key, s.institution_id AS "institutionId", array_agg(r.key ORDER BY o.position) AS owners
       FROM seed s JOIN seed_owner o ON o.seed_id = s.id JOIN researcher r ON r.id = o.researcher_id GROUP BY s.key, s.institution_id`,
    )) as Array<{ key: string; institutionId: string; owners: string[] }>;
    const stored = new Map(rows.map((row) => [row.key, row]));
    expect(stored.size).toBe(SEEDS);
    for (const seed of largeDocument().seeds) {
      const firstOwnerInstitution = seed.owners[0] === 'r.b-0' ? 'inst.b-univ' : 'inst.b-lab';
      expect(stored.get(seed.key)).toEqual({
        key: seed.key,
        institutionId: institutionIds.get(seed.institution ?? firstOwnerInstitution),
        owners: seed.owners,
      });
    }

    // The matching index holds exactly the published seeds, under their ids.
    const published = (await db.dataSource.query(`SELECT id FROM seed WHERE status = 'PUBLISHED' ORDER BY id`)) as Array<{ id: string }>;
    const indexed = (await db.dataSource.query(`SELECT doc_id AS id FROM match_document WHERE kind = 'SEED' ORDER BY doc_id`)) as Array<{ id: string }>;
    expect(published).toHaveLength(SEEDS / 100);
    expect(indexed).toEqual(published);
  });

  it('writes nothing when the large file is imported again', async () => {
    db.statements.reset();
    const report = await importJson(largeDocument());
    expect(report.counts.find((c) => c.type === 'seeds')).toEqual({ type: 'seeds', created: 0, updated: 0, unchanged: SEEDS });
    // TypeORM's writes (quoted names); the matching index's own statements are not counted.
    expect(statementsLike(/^(INSERT INTO "|UPDATE "|DELETE FROM ")/)).toBe(0);
    expect(statementsLike(/^SELECT "Seed"/)).toBeGreaterThan(0);
  });

  it('writes a new record before updating an existing one that now refers to it', async () => {
    const child = await db.dataSource.getRepository(Institution).findOneByOrFail({ key: 'inst.b-lab' });
    const report = await importJson({
      institutions: [
        { key: 'inst.b-lab', nameJa: 'バッチ研究所(架空)', kind: 'PUBLIC_LAB', parent: 'inst.b-new-parent' },
        { key: 'inst.b-new-parent', nameJa: '新しい親(架空)', kind: 'UNIVERSITY' },
      ],
    });
    expect(report.problems).toEqual([]);
    expect(report.counts).toEqual([{ type: 'institutions', created: 1, updated: 1, unchanged: 0 }]);
    const parent = await db.dataSource.getRepository(Institution).findOneByOrFail({ key: 'inst.b-new-parent' });
    expect(await db.dataSource.getRepository(Institution).findOneByOrFail({ key: 'inst.b-lab' })).toMatchObject({
      id: child.id,
      parentId: parent.id,
      version: 2,
    });
  });
});
