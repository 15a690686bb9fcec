import { loadDemoDataIfEmpty } from '../../src/demo/demo-loader';
import { fiscalYearOf } from '../../src/kpis/fiscal-year';
import { expectNoErrors, startTestServer, TestServer } from '../support/test-server';

/**
 * What the console (/console) needs of the public API beyond what partners used before:
 * a coordinator's held and untaken needs, monthly figures for the KPI chart, and the needs
 * that fit a researcher's own seeds.
 */
describe('API for the console', () => {
  let t: TestServer;
  let okitama: { id: string; institution_id: string };

  beforeAll(async () => {
    t = await startTestServer();
    await loadDemoDataIfEmpty(t.db.dataSource);
    [okitama] = await t.db.dataSource.query(`SELECT id, institution_id FROM coordinator WHERE key = 'c.okitama'`);
  });
  afterAll(() => t.close());

  it('lists the needs I hold (even without a consultation record) and the needs nobody holds yet', async () => {
    const coordinator = t.as('COORDINATOR', { coordinatorId: okitama.id, institutionId: okitama.institution_id });
    const mine = expectNoErrors(
      await coordinator.gql(
        `{ needs(first: 50, filter: { heldByMe: true, status: [OPEN, IN_PROGRESS, RESOLVED] }) { totalCount edges { node { key holder { name } } } } }`,
      ),
    ).needs;
    expect(mine.edges.map((e: any) => e.node.key).sort()).toEqual(['n.inverter-emc', 'n.solder-voids', 'n.titanium-milling', 'n.yonezawa-ori-new-material']);

    const untaken = expectNoErrors(await coordinator.gql(`{ needs(first: 50, filter: { held: false }) { edges { node { key holder { name } } } } }`)).needs
      .edges;
    expect(untaken.length).toBeGreaterThan(5);
    expect(untaken.every((e: any) => e.node.holder === null)).toBe(true);
    expect(untaken.map((e: any) => e.node.key)).toContain('n.weeder-automation');

    // An account without a coordinator record holds nothing.
    const admin = t.as('ADMIN');
    expect(expectNoErrors(await admin.gql(`{ needs(first: 5, filter: { heldByMe: true }) { totalCount } }`)).needs.totalCount).toBe(0);
  });

  it('counts introductions per month of the fiscal year for the chart', async () => {
    const coordinator = t.as('COORDINATOR', { coordinatorId: okitama.id, institutionId: okitama.institution_id });
    const need = expectNoErrors(await coordinator.gql(`{ needByKey(key: "n.weeder-automation") { id } }`)).needByKey;
    const [best] = expectNoErrors(
      await coordinator.gql(`query($id: ID!) { matchCandidates(needId: $id, first: 1) { edges { node { seed { id } } } } }`, { id: need.id }),
    ).matchCandidates.edges;
    const match = expectNoErrors(
      await coordinator.gql(`mutation($i: ProposeMatchInput!) { proposeMatch(input: $i) { id version } }`, {
        i: { needId: need.id, seedId: best.node.seed.id },
      }),
    ).proposeMatch;
    expectNoErrors(
      await coordinator.gql(`mutation($i: TransitionMatchInput!) { transitionMatch(input: $i) { id version } }`, {
        i: { id: match.id, expectedVersion: match.version, to: 'INTRODUCED' },
      }),
    );

    const fy = fiscalYearOf(new Date());
    const kpis = expectNoErrors(
      await coordinator.gql(`query($fy: Int!) { kpis(fiscalYear: $fy) { matchesByMonth { month proposed introduced agreed } } }`, { fy }),
    ).kpis;
    expect(kpis.matchesByMonth).toHaveLength(12);
    expect(kpis.matchesByMonth[0].month).toBe(`${fy}-04`);
    expect(kpis.matchesByMonth[11].month).toBe(`${fy + 1}-03`);
    const now = new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 7);
    const thisMonth = kpis.matchesByMonth.find((m: any) => m.month === now);
    expect(thisMonth).toMatchObject({ proposed: 1, introduced: 1, agreed: 0 });
  });

  describe('needCandidatesForSeed for a researcher', () => {
    const QUERY = `query($id: ID!) { needCandidatesForSeed(seedId: $id, first: 20) { edges { node { score need { key title confidentiality description company { nameJa } }
      explanation { factor sentenceJa matchedTerms { term } } } } } }`;

    it('ranks needs for their own seeds, without a confidential need’s company or hidden text', async () => {
      const ds = t.db.dataSource;
      const [researcher] = await ds.query(`SELECT id FROM researcher WHERE key = 'r.kanno-takumi'`);
      const [own] = await ds.query(`SELECT id FROM seed WHERE key = 's.oled-lifetime-accel'`);
      await ds.query(`UPDATE need SET confidentiality = 'CONFIDENTIAL' WHERE key = 'n.oled-lifetime'`);
      try {
        const { toGlobalId } = await import('../../src/common/global-id');
        const asResearcher = t.as('RESEARCHER', { researcherId: researcher.id });
        const edges = expectNoErrors(await asResearcher.gql(QUERY, { id: toGlobalId('Seed', own.id) })).needCandidatesForSeed.edges;
        const confidential = edges.find((e: any) => e.node.need.key === 'n.oled-lifetime');
        expect(confidential).toBeDefined();
        expect(confidential.node.need.company).toBeNull();
        expect(confidential.node.need.description).toBe('(非公開 / withheld)');
        const [{ description }] = await ds.query(`SELECT description FROM need WHERE key = 'n.oled-lifetime'`);
        // Terms named in an explanation come from what the researcher may read (title, fields), never the hidden description alone.
        const terms = confidential.node.explanation.flatMap((f: any) => f.matchedTerms.map((m: any) => m.term));
        const title = confidential.node.need.title.toLowerCase();
        for (const term of terms) expect(description.toLowerCase().includes(term) && !title.includes(term)).toBe(false);
        expect(confidential.node.explanation.find((f: any) => f.factor === 'REGION_FIT')?.sentenceJa ?? '').not.toMatch(/置賜|村山|庄内|最上/);

        // Another researcher's seed is answered as if it did not exist.
        const [other] = await ds.query(
          `SELECT s.id FROM seed s WHERE s.status = 'PUBLISHED' AND NOT EXISTS (SELECT 1 FROM seed_owner o WHERE o.seed_id = s.id AND o.researcher_id = $1) LIMIT 1`,
          [researcher.id],
        );
        const refused = await asResearcher.gql(QUERY, { id: toGlobalId('Seed', other.id) });
        expect(refused.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      } finally {
        await ds.query(`UPDATE need SET confidentiality = 'RESTRICTED' WHERE key = 'n.oled-lifetime'`);
      }
    });

    it('stays closed to company users', async () => {
      const [own] = await t.db.dataSource.query(`SELECT id FROM seed WHERE key = 's.oled-lifetime-accel'`);
      const { toGlobalId } = await import('../../src/common/global-id');
      const result = await t.as('COMPANY_USER').gql(QUERY, { id: toGlobalId('Seed', own.id) });
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });
  });
});
