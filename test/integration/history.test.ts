import { toGlobalId } from '../../src/common/global-id';
import { Company } from '../../src/companies/company.entity';
import { ImportService } from '../../src/imports/import.service';
import { Institution } from '../../src/institutions/institution.entity';
import { Researcher } from '../../src/people/researcher.entity';
import { loadReferenceData, makeCompany, makeInstitution, makeResearcher } from '../support/factories';
import { expectNoErrors, startTestServer, TestServer } from '../support/test-server';

const HISTORY = `query($id: ID!, $first: Int, $after: String) { history(id: $id, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { at operation version actorKind actorRole actorId source changes { field before after withheld } } } } }`;

type Change = { field: string; before: string | null; after: string | null; withheld: boolean };
const field = (changes: Change[], name: string) => changes.find((change) => change.field === name);

describe('history of changes', () => {
  let t: TestServer;
  let lab: Institution;
  let researcher: Researcher;
  let company: Company;

  beforeAll(async () => {
    t = await startTestServer({}, { as: 'COORDINATOR' });
    await loadReferenceData(t.db.dataSource);
    lab = await makeInstitution(t.db.dataSource, { nameJa: '置賜試験場', regionCode: 'JP-06-OKITAMA' });
    researcher = await makeResearcher(t.db.dataSource, lab);
    company = await makeCompany(t.db.dataSource, { nameJa: '米沢電子工業(架空)', regionCode: 'JP-06-OKITAMA' });
  });
  afterAll(() => t.close());

  const registerSeed = async (title: string) =>
    expectNoErrors(
      await t.gql(`mutation($input: RegisterSeedInput!) { registerSeed(input: $input) { id version } }`, {
        input: {
          title,
          summary: '封止技術で寿命を延ばす。',
          fieldCodes: ['clusters.embedded-iot'],
          trl: 4,
          ownerIds: [toGlobalId('Researcher', researcher.id)],
          status: 'PUBLISHED',
        },
      }),
    ).registerSeed as { id: string; version: number };

  it('shows who changed a seed, when, and each field before and after, newest first', async () => {
    const me = expectNoErrors(await t.gql(`{ me { id } }`)).me;
    const seed = await registerSeed('有機EL照明の長寿命化');
    const started = Date.now();
    expectNoErrors(
      await t.gql(`mutation($input: UpdateSeedInput!) { updateSeed(input: $input) { version } }`, {
        input: { id: seed.id, expectedVersion: 1, title: '有機EL照明の長寿命化 (改)', trl: 5 },
      }),
    );
    // A stale update is refused and leaves no trace.
    const stale = await t.gql(`mutation($input: UpdateSeedInput!) { updateSeed(input: $input) { version } }`, {
      input: { id: seed.id, expectedVersion: 1, trl: 6 },
    });
    expect(stale.errors![0].extensions!.code).toBe('CONFLICT');

    const history = expectNoErrors(await t.gql(HISTORY, { id: seed.id })).history;
    expect(history.totalCount).toBe(2);
    const [update, create] = history.edges.map((edge: any) => edge.node);
    expect(update).toMatchObject({ operation: 'UPDATE', version: 2, actorKind: 'ACCOUNT', actorRole: 'COORDINATOR', actorId: me.id, source: 'API' });
    expect(Math.abs(new Date(update.at).getTime() - started)).toBeLessThan(60_000);
    expect(update.changes).toEqual(
      expect.arrayContaining([
        { field: 'title', before: JSON.stringify('有機EL照明の長寿命化'), after: JSON.stringify('有機EL照明の長寿命化 (改)'), withheld: false },
        { field: 'trl', before: '4', after: '5', withheld: false },
      ]),
    );
    expect(update.changes).toHaveLength(2);
    expect(create).toMatchObject({ operation: 'CREATE', version: 1 });
    expect(field(create.changes, 'ownerIds')!.after).toBe(JSON.stringify([researcher.id]));
    expect(field(create.changes, 'title')).toEqual({ field: 'title', before: null, after: JSON.stringify('有機EL照明の長寿命化'), withheld: false });

    // Pages with cursors.
    const firstPage = expectNoErrors(await t.gql(HISTORY, { id: seed.id, first: 1 })).history;
    expect(firstPage.pageInfo.hasNextPage).toBe(true);
    const second = expectNoErrors(await t.gql(HISTORY, { id: seed.id, first: 1, after: firstPage.pageInfo.endCursor })).history;
    expect(second.edges.map((edge: any) => edge.node.operation)).toEqual(['CREATE']);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it('shows anonymous callers the history of a published seed (without who), not of a need', async () => {
    const seed = await registerSeed('公開シーズの履歴');
    const anonymous = t.as('ANONYMOUS');
    const history = expectNoErrors(await anonymous.gql(HISTORY, { id: seed.id })).history;
    expect(history.edges).toHaveLength(1);
    expect(history.edges[0].node).toMatchObject({ operation: 'CREATE', actorRole: 'COORDINATOR', actorId: null });

    const need = expectNoErrors(
      await t.gql(`mutation($input: SubmitNeedInput!) { submitNeed(input: $input) { id } }`, {
        input: { companyId: toGlobalId('Company', company.id), title: '公開ニーズ', description: '説明', category: 'TECHNICAL' },
      }),
    ).submitNeed;
    const refused = await anonymous.gql(HISTORY, { id: need.id });
    expect(refused.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(refused.data).toBeNull();
  });

  it('withholds a confidential need’s details from a researcher, field by field, and shows them to staff', async () => {
    const need = expectNoErrors(
      await t.gql(`mutation($input: SubmitNeedInput!) { submitNeed(input: $input) { id version } }`, {
        input: {
          companyId: toGlobalId('Company', company.id),
          title: '封止材の透湿度低減',
          description: '社外秘の製品計画に関わる。',
          keywords: ['社外秘キーワード'],
          budgetMinYen: 1000000,
          budgetMaxYen: 2000000,
          category: 'TECHNICAL',
          confidentiality: 'CONFIDENTIAL',
        },
      }),
    ).submitNeed;
    expectNoErrors(
      await t.gql(`mutation($input: UpdateNeedInput!) { updateNeed(input: $input) { version } }`, {
        input: { id: need.id, expectedVersion: need.version, description: '社外秘: 目標値は 10⁻⁴。', title: '封止材の透湿度低減 (改)' },
      }),
    );

    const asResearcher = t.as('RESEARCHER', { researcherId: researcher.id });
    const seen = expectNoErrors(await asResearcher.gql(HISTORY, { id: need.id })).history;
    const [update, create] = seen.edges.map((edge: any) => edge.node);
    expect(field(update.changes, 'title')).toMatchObject({ withheld: false, after: JSON.stringify('封止材の透湿度低減 (改)') });
    expect(field(update.changes, 'description')).toEqual({ field: 'description', before: null, after: null, withheld: true });
    for (const name of ['description', 'keywords', 'budgetMinYen', 'budgetMaxYen', 'companyId']) {
      expect(field(create.changes, name)).toEqual({ field: name, before: null, after: null, withheld: true });
    }
    expect(field(create.changes, 'confidentiality')).toMatchObject({ after: JSON.stringify('CONFIDENTIAL'), withheld: false });
    expect(update.actorId).toBeNull();
    expect(JSON.stringify(seen)).not.toContain('社外秘');

    const staff = expectNoErrors(await t.gql(HISTORY, { id: need.id })).history;
    expect(field(staff.edges[0].node.changes, 'description')).toEqual({
      field: 'description',
      before: JSON.stringify('社外秘の製品計画に関わる。'),
      after: JSON.stringify('社外秘: 目標値は 10⁻⁴。'),
      withheld: false,
    });

    // Made PUBLIC later, its old confidential values stay withheld from the researcher.
    expectNoErrors(
      await t.gql(`mutation($input: UpdateNeedInput!) { updateNeed(input: $input) { version } }`, {
        input: { id: need.id, expectedVersion: 2, confidentiality: 'PUBLIC' },
      }),
    );
    const later = expectNoErrors(await asResearcher.gql(HISTORY, { id: need.id })).history;
    expect(JSON.stringify(later)).not.toContain('社外秘');
  });

  it('withholds a researcher’s private contacts from everyone but the researcher', async () => {
    const registered = expectNoErrors(
      await t.gql(`mutation($input: RegisterResearcherInput!) { registerResearcher(input: $input) { id } }`, {
        input: {
          nameJa: '履歴 花子',
          institutionId: toGlobalId('Institution', lab.id),
          email: 'private@example.jp',
          phone: '023-644-3222',
          contactPublic: false,
        },
      }),
    ).registerResearcher;
    const own = Buffer.from(registered.id, 'base64url').toString().split(':')[1];
    const forOthers = expectNoErrors(await t.as('ANONYMOUS').gql(HISTORY, { id: registered.id })).history;
    expect(field(forOthers.edges[0].node.changes, 'email')).toEqual({ field: 'email', before: null, after: null, withheld: true });
    expect(field(forOthers.edges[0].node.changes, 'nameJa')!.withheld).toBe(false);
    expect(JSON.stringify(forOthers)).not.toContain('private@example.jp');
    const forThem = expectNoErrors(await t.as('RESEARCHER', { researcherId: own }).gql(HISTORY, { id: registered.id })).history;
    expect(field(forThem.edges[0].node.changes, 'email')!.after).toBe(JSON.stringify('private@example.jp'));
  });

  it('never records password hashes: a new password shows as a withheld `password` change', async () => {
    const admin = t.as('ADMIN');
    const account = expectNoErrors(
      await admin.gql(`mutation($input: CreateAccountInput!) { createAccount(input: $input) { id version } }`, {
        input: { email: 'history-check@example.jp', password: 'correct-horse-battery-staple-42', role: 'ADMIN' },
      }),
    ).createAccount;
    expectNoErrors(
      await admin.gql(`mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { version } }`, {
        input: { id: account.id, expectedVersion: account.version, password: 'another-long-passphrase-for-tests-7' },
      }),
    );
    const history = expectNoErrors(await admin.gql(HISTORY, { id: account.id })).history;
    expect(history.edges[0].node.changes).toEqual([{ field: 'password', before: null, after: null, withheld: true }]);
    const rows = await t.db.dataSource.query(`SELECT changes::text AS changes FROM change_record WHERE entity_id = $1`, [
      Buffer.from(account.id, 'base64url').toString().split(':')[1],
    ]);
    expect(rows.map((row: { changes: string }) => row.changes).join()).not.toMatch(/argon|\$2[aby]\$|passwordHash|tokenVersion/i);
    // Only administrators (and the account itself) see an account's history.
    expect((await t.gql(HISTORY, { id: account.id })).errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it('records CREATE entries for imported records, with the importer as actor', async () => {
    const report = await new ImportService(t.db.dataSource).importText(
      JSON.stringify({
        seeds: [
          {
            key: 's.history-import',
            title: 'インポートされたシーズ',
            summary: '概要',
            fields: ['clusters.embedded-iot'],
            trl: 3,
            owners: [researcher.key],
            status: 'PUBLISHED',
          },
        ],
      }),
      { format: 'json' },
    );
    expect(report.ok).toBe(true);
    const seed = expectNoErrors(await t.gql(`{ seedByKey(key: "s.history-import") { id } }`)).seedByKey;
    const history = expectNoErrors(await t.gql(HISTORY, { id: seed.id })).history;
    expect(history.edges).toHaveLength(1);
    expect(history.edges[0].node).toMatchObject({ operation: 'CREATE', version: 1, actorKind: 'SYSTEM', source: 'IMPORT' });
    expect(field(history.edges[0].node.changes, 'title')!.after).toBe(JSON.stringify('インポートされたシーズ'));

    // Through the mutation, the signed-in importer is the actor.
    const imported = expectNoErrors(
      await t.gql(`mutation($input: ImportRecordsInput!) { importRecords(input: $input) { ok } }`, {
        input: {
          format: 'JSON',
          content: JSON.stringify({
            seeds: [
              {
                key: 's.history-import',
                title: 'インポートされたシーズ (改)',
                summary: '概要',
                fields: ['clusters.embedded-iot'],
                trl: 3,
                owners: [researcher.key],
                status: 'PUBLISHED',
              },
            ],
          }),
        },
      }),
    ).importRecords;
    expect(imported.ok).toBe(true);
    const after = expectNoErrors(await t.gql(HISTORY, { id: seed.id })).history;
    expect(after.edges[0].node).toMatchObject({ operation: 'UPDATE', version: 2, actorKind: 'ACCOUNT', actorRole: 'COORDINATOR', source: 'IMPORT' });
    expect(after.edges[0].node.changes).toEqual([
      { field: 'title', before: JSON.stringify('インポートされたシーズ'), after: JSON.stringify('インポートされたシーズ (改)'), withheld: false },
    ]);
  });

  it('keeps history append-only in the database', async () => {
    await expect(t.db.dataSource.query(`UPDATE change_record SET version = 99`)).rejects.toThrow(/append-only/);
    await expect(t.db.dataSource.query(`DELETE FROM change_record`)).rejects.toThrow(/append-only/);
  });

  it('costs a fixed number of statements whatever the page size', async () => {
    const seed = await registerSeed('履歴の長いシーズ');
    for (let version = 1; version <= 12; version += 1) {
      expectNoErrors(
        await t.gql(`mutation($input: UpdateSeedInput!) { updateSeed(input: $input) { version } }`, {
          input: { id: seed.id, expectedVersion: version, trl: (version % 9) + 1 },
        }),
      );
    }
    const asResearcher = t.as('RESEARCHER', { researcherId: researcher.id });
    await asResearcher.gql(`{ me { id } }`);
    t.db.statements.reset();
    const two = expectNoErrors(await asResearcher.gql(HISTORY, { id: seed.id, first: 2 })).history;
    const forTwo = t.db.statements.count;
    t.db.statements.reset();
    const all = expectNoErrors(await asResearcher.gql(HISTORY, { id: seed.id, first: 20 })).history;
    const forAll = t.db.statements.count;
    expect(two.edges).toHaveLength(2);
    expect(all.edges).toHaveLength(13);
    expect(forAll).toBe(forTwo);
    expect(forAll).toBeLessThanOrEqual(5);
  });
});
