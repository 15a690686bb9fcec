import { toGlobalId } from '../../src/common/global-id';
import { Company } from '../../src/companies/company.entity';
import { Institution } from '../../src/institutions/institution.entity';
import { Researcher } from '../../src/people/researcher.entity';
import { loadReferenceData, makeCompany, makeInstitution, makeResearcher } from '../support/factories';
import { expectNoErrors, startTestServer, TestServer } from '../support/test-server';

/** The outbox: events are rows written by the transaction of the change, or not at all. */
describe('domain events (outbox)', () => {
  let t: TestServer;
  let company: Company;
  let lab: Institution;
  let researcher: Researcher;

  beforeAll(async () => {
    t = await startTestServer({}, { as: 'COORDINATOR' });
    await loadReferenceData(t.db.dataSource);
    lab = await makeInstitution(t.db.dataSource);
    researcher = await makeResearcher(t.db.dataSource, lab);
    company = await makeCompany(t.db.dataSource, { nameJa: '置賜精機(架空)', regionCode: 'JP-06-OKITAMA' });
  });
  afterAll(() => t.close());

  const events = async () =>
    (await t.db.dataSource.query(`SELECT type, subject_id, payload FROM domain_event ORDER BY seq`)) as Array<{
      type: string;
      subject_id: string;
      payload: any;
    }>;

  it('records NEED_SUBMITTED and NEED_UPDATED with the committed need, and nothing for a refused change', async () => {
    const submitted = expectNoErrors(
      await t.gql(`mutation($input: SubmitNeedInput!) { submitNeed(input: $input) { id version } }`, {
        input: { companyId: toGlobalId('Company', company.id), title: '検査工程の自動化', description: '外観検査を自動化したい。', category: 'TECHNICAL' },
      }),
    ).submitNeed;
    // A field code that does not exist: the transaction rolls back, so does its event.
    const refused = await t.gql(`mutation($input: SubmitNeedInput!) { submitNeed(input: $input) { id } }`, {
      input: {
        companyId: toGlobalId('Company', company.id),
        title: '失敗する登録',
        description: '存在しない分野',
        category: 'TECHNICAL',
        fieldCodes: ['no-such-field'],
      },
    });
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const stale = await t.gql(`mutation($input: UpdateNeedInput!) { updateNeed(input: $input) { id } }`, {
      input: { id: submitted.id, expectedVersion: 99, title: '古い版' },
    });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    expectNoErrors(
      await t.gql(`mutation($input: UpdateNeedInput!) { updateNeed(input: $input) { id } }`, {
        input: { id: submitted.id, expectedVersion: submitted.version, title: '検査工程の自動化 (画像)' },
      }),
    );

    const rows = await events();
    expect(rows.map((row) => row.type)).toEqual(['NEED_SUBMITTED', 'NEED_UPDATED']);
    expect(rows[0].payload.need).toMatchObject({ id: submitted.id, title: '検査工程の自動化', companyName: '置賜精機(架空)', confidentiality: 'PUBLIC' });
    expect(rows[1].payload.need.title).toBe('検査工程の自動化 (画像)');
  });

  it('records SEED_PUBLISHED for a published seed and nothing for a draft until it is published', async () => {
    await t.db.dataSource.query(`DELETE FROM domain_event`);
    const register = (status: string) =>
      t.gql(`mutation($input: RegisterSeedInput!) { registerSeed(input: $input) { id version } }`, {
        input: { title: `有機EL封止 ${status}`, summary: '薄膜封止の技術。', trl: 4, ownerIds: [toGlobalId('Researcher', researcher.id)], status },
      });
    expectNoErrors(await register('PUBLISHED'));
    const draft = expectNoErrors(await register('DRAFT')).registerSeed;
    expect((await events()).map((row) => row.type)).toEqual(['SEED_PUBLISHED']);
    expectNoErrors(
      await t.gql(`mutation($input: UpdateSeedInput!) { updateSeed(input: $input) { id } }`, {
        input: { id: draft.id, expectedVersion: draft.version, status: 'PUBLISHED' },
      }),
    );
    expect((await events()).map((row) => row.type)).toEqual(['SEED_PUBLISHED', 'SEED_PUBLISHED']);
  });
});
