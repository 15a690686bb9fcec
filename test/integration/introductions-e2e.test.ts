import { loadDemoDataIfEmpty } from '../../src/demo/demo-loader';
import { fiscalYearOf } from '../../src/kpis/fiscal-year';
import { expectNoErrors, startTestServer, TestServer } from '../support/test-server';

/**
 * One coordinator's day against the demo data, as in the README's example session: a company's
 * need from consultation to an agreed joint research, and the year's KPIs counting it.
 */
describe('end to end: from consultation to an agreed introduction in the KPIs', () => {
  let t: TestServer;

  beforeAll(async () => {
    t = await startTestServer();
    await loadDemoDataIfEmpty(t.db.dataSource);
  });
  afterAll(() => t.close());

  it('follows the coordinator of the window through every step', async () => {
    const ds = t.db.dataSource;
    const [window] = await ds.query(`SELECT id, institution_id FROM coordinator WHERE key = 'c.yu-ibrc'`);
    const coordinator = t.as('COORDINATOR', { coordinatorId: window.id, institutionId: window.institution_id });
    const need = expectNoErrors(await coordinator.gql(`{ needByKey(key: "n.solder-voids") { id title consultationStep } }`)).needByKey;

    const opened = expectNoErrors(
      await coordinator.gql(`mutation($i: OpenConsultationInput!) { openConsultation(input: $i) { id version step holder { name } } }`, {
        i: { needId: need.id, channel: 'VISIT', note: 'ボイド率を10%以下にしたい' },
      }),
    ).openConsultation;
    expect(opened).toMatchObject({ step: 1, holder: { name: '梅津 亜希子' } });

    const escalated = expectNoErrors(
      await coordinator.gql(
        `mutation($i: EscalateConsultationInput!) { escalateConsultation(input: $i) { id version step holder { name } need { consultationStep holder { name } } } }`,
        {
          i: { id: opened.id, reason: '実装技術の専門家が必要', expectedVersion: opened.version },
        },
      ),
    ).escalateConsultation;
    // The company (吾妻実装テクノ) is in 置賜: the 置賜総合支庁's regional coordinator takes it.
    expect(escalated).toMatchObject({ step: 2, holder: { name: '片倉 美穂' }, need: { consultationStep: 2, holder: { name: '片倉 美穂' } } });

    const routed = expectNoErrors(
      await coordinator.gql(
        `query($id: ID!) { routeConsultation(id: $id) { nextStep nextHolder { name } institutions { institution { nameJa kind } } researchers { researcher { nameJa } } } }`,
        { id: opened.id },
      ),
    ).routeConsultation;
    expect(routed.nextHolder.name).toBe('小松 直樹');
    expect(routed.institutions.length).toBeGreaterThan(0);
    expect(routed.researchers.length).toBeGreaterThan(0);

    const [best] = expectNoErrors(
      await coordinator.gql(`query($id: ID!) { matchCandidates(needId: $id, first: 1) { edges { node { score seed { id title } } } } }`, { id: need.id }),
    ).matchCandidates.edges;
    let match = expectNoErrors(
      await coordinator.gql(`mutation($i: ProposeMatchInput!) { proposeMatch(input: $i) { id version score status } }`, {
        i: { needId: need.id, seedId: best.node.seed.id, note: 'ボイド低減の実績がある研究室' },
      }),
    ).proposeMatch;
    expect(match.score).toBeCloseTo(best.node.score, 9);
    for (const to of ['INTRODUCED', 'MEETING', 'NEGOTIATING', 'AGREED']) {
      match = expectNoErrors(
        await coordinator.gql(`mutation($i: TransitionMatchInput!) { transitionMatch(input: $i) { id version status outcomeType } }`, {
          i: {
            id: match.id,
            expectedVersion: match.version,
            to,
            ...(to === 'AGREED' ? { outcomeType: 'JOINT_RESEARCH', amountYen: 2000000, reason: '共同研究契約を締結' } : {}),
          },
        }),
      ).transitionMatch;
    }
    expect(match).toMatchObject({ status: 'AGREED', outcomeType: 'JOINT_RESEARCH' });

    const kpis = expectNoErrors(
      await coordinator.gql(
        `query($fy: Int!) { kpis(fiscalYear: $fy, regionCode: "JP-06-OKITAMA") { labelJa consultationsByStep { step opened } matches { proposed introduced agreed } agreedByOutcome { outcomeType count amountYen } } }`,
        { fy: fiscalYearOf(new Date()) },
      ),
    ).kpis;
    expect(kpis.matches).toMatchObject({ proposed: 1, introduced: 1, agreed: 1 });
    expect(kpis.agreedByOutcome).toEqual([{ outcomeType: 'JOINT_RESEARCH', count: 1, amountYen: 2000000 }]);
    expect(kpis.consultationsByStep.slice(0, 2).map((s: any) => s.opened)).toEqual([1, 1]);
  });
});
