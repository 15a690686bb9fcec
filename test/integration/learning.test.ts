import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { toGlobalId } from '../../src/common/global-id';
import { ensureMatchIndex } from '../../src/matching/index';
import { DEFAULT_MATCHING_WEIGHTS, FACTOR_NAMES } from '../../src/matching/scoring';
import { loadReferenceData, makeCompany, makeInstitution, makeNeed, makeResearcher, makeSeed } from '../support/factories';
import { expectNoErrors, startTestServer, TestServer } from '../support/test-server';
import { WAIT_CEILING_MS } from '../support/wait-for';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../..');

// Each test runs CLI processes under ts-node: slow on a loaded machine, so a generous ceiling, not 60 s.
jest.setTimeout(3 * WAIT_CEILING_MS);

/** `npm run calibrate` against a test database: a stored version, activation, and rollback. */
describe('learning from outcomes', () => {
  let t: TestServer;
  let needId: string;

  beforeAll(async () => {
    t = await startTestServer();
    const ds = t.db.dataSource;
    await loadReferenceData(ds);
    const institution = await makeInstitution(ds);
    const researcher = await makeResearcher(ds, institution);
    const company = await makeCompany(ds);
    const seeds = [];
    for (let i = 0; i < 3; i += 1) seeds.push(await makeSeed(ds, [researcher], { title: `有機EL照明の封止 ${i}` }));
    await ensureMatchIndex(ds);
    // Synthetic outcomes: agreed ones are strong on text, declined ones are not.
    for (let i = 0; i < 40; i += 1) {
      const need = await makeNeed(ds, company, {
        key: `n.learn-${i}`,
        title: '有機EL照明の封止を改善したい',
        fieldCodes: ['organic-electronics.oled-lighting'],
      });
      if (i === 0) needId = need.id;
      const agreed = i % 2 === 0;
      const values = Object.fromEntries(
        FACTOR_NAMES.map((f, j) => [f, f === 'textRelevance' ? (agreed ? 0.7 : 0.2) + (i % 5) * 0.02 : ((i * 7 + j * 3) % 10) / 10]),
      );
      await ds.query(
        `INSERT INTO introduction (need_id, target_kind, target_id, seed_id, status, factor_values, explanation, proposed_at, agreed_at, outcome_type, closed_at, decline_reason, version)
         VALUES ($1, 'SEED', $2, $2, $3, $4, '[]', now(), $5, $6, $7, $8, 1)`,
        [
          need.id,
          seeds[i % 3].id,
          agreed ? 'AGREED' : 'DECLINED',
          JSON.stringify(values),
          agreed ? new Date() : null,
          agreed ? 'JOINT_RESEARCH' : null,
          agreed ? null : new Date(),
          agreed ? null : 'COST',
        ],
      );
    }
  });
  afterAll(() => t.close());

  const calibrateCommand = (...args: string[]) =>
    run(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/cli/calibrate.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: t.db.url, LOG_LEVEL: 'silent' },
    });

  it('stores a new version with before/after figures; activation changes the ranking weights; rollback restores them', async () => {
    const admin = t.as('ADMIN');
    const { stdout } = await calibrateCommand();
    expect(stdout).toMatch(/weight_set version 1 \(not active/);
    expect(stdout).toMatch(/AUC {6}before → after: [\d.]+ → [\d.]+/);
    const { stdout: second } = await calibrateCommand('--activate');
    expect(second).toMatch(/weight_set version 2 \(active/);

    const sets = expectNoErrors(
      await admin.gql(
        `{ weightSets { version active createdBy weights { factor weight } metrics { trainCount testCount aucBefore aucAfter logLossBefore logLossAfter } } }`,
      ),
    ).weightSets;
    expect(sets.map((s: any) => [s.version, s.active])).toEqual([
      [2, true],
      [1, false],
    ]);
    const fitted = Object.fromEntries(sets[0].weights.map((w: any) => [w.factor, w.weight]));
    expect(Object.values(fitted).every((w) => (w as number) >= 0)).toBe(true);
    expect(sets[0].metrics.trainCount + sets[0].metrics.testCount).toBe(40);
    expect(sets[0].metrics.aucAfter).toBeGreaterThanOrEqual(sets[0].metrics.aucBefore);
    // Text decided every outcome and the other factors were noise: text stays the heaviest weight.
    expect(Math.max(...Object.values(fitted).map(Number))).toBe(fitted.TEXT_RELEVANCE);

    const weightsNow = async () =>
      Object.fromEntries(
        expectNoErrors(
          await t.as('COORDINATOR').gql(`query($id: ID!) { matchCandidates(needId: $id, first: 1) { edges { node { explanation { factor weight } } } } }`, {
            id: toGlobalId('Need', needId),
          }),
        ).matchCandidates.edges[0].node.explanation.map((f: any) => [f.factor, f.weight]),
      );
    expect((await weightsNow()).TEXT_RELEVANCE).toBeCloseTo(fitted.TEXT_RELEVANCE, 9);

    const back = expectNoErrors(await admin.gql(`mutation { rollbackWeightSet { version active } }`)).rollbackWeightSet;
    expect(back).toEqual({ version: 1, active: true });
    expect(expectNoErrors(await admin.gql(`mutation { rollbackWeightSet { version } }`)).rollbackWeightSet).toBeNull();
    expect((await weightsNow()).TEXT_RELEVANCE).toBeCloseTo(DEFAULT_MATCHING_WEIGHTS.textRelevance, 9);
    expect(expectNoErrors(await admin.gql(`mutation { activateWeightSet(version: 2) { version active } }`)).activateWeightSet).toEqual({
      version: 2,
      active: true,
    });
    expect((await admin.gql(`mutation { activateWeightSet(version: 9) { version } }`)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await t.as('COORDINATOR').gql(`mutation { activateWeightSet(version: 1) { version } }`)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
