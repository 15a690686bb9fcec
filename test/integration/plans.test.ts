import { fromGlobalId, toGlobalId } from '../../src/common/global-id';
import { loadDemoDataIfEmpty } from '../../src/demo/demo-loader';
import { expectNoErrors, GraphQLResult, startTestServer, TestServer } from '../support/test-server';

/**
 * Support plans over HTTP on the demo data: funding candidates with reasons, plan candidates,
 * proposing a plan, the plan's status following its parts, adding / replacing / dropping parts
 * with history, capacity marked and ranked down, conflicts of interest refused, and the KPIs.
 */
const codeOf = (r: GraphQLResult) => r.errors?.[0]?.extensions?.code;
const reasonOf = (r: GraphQLResult) => r.errors?.[0]?.extensions?.reason;

const PLAN_FIELDS = `id version status score explanationJa explanationEn
  parts(includeRemoved: true) { role partScore reasonJa reasonEn removedAt match { id version status targetKind fundingProgramme { nameJa } } }
  history { action role status actorRole reason }`;
const CANDIDATES = `query($needId: ID!) { planCandidates(needId: $needId) {
  plans { rank score missingRoles explanationJa explanationEn parts { role targetKind targetId labelJa score overCapacity reasonJa reasonEn seed { title trl } institution { nameJa } fundingProgramme { nameJa } } }
  excluded { role targetId labelJa reasonJa reasonEn } } }`;
const PROPOSE = `mutation($i: ProposePlanInput!) { proposePlan(input: $i) { ${PLAN_FIELDS} } }`;
const ADD = `mutation($i: AddPlanPartInput!) { addPlanPart(input: $i) { ${PLAN_FIELDS} } }`;
const REPLACE = `mutation($i: ReplacePlanPartInput!) { replacePlanPart(input: $i) { ${PLAN_FIELDS} } }`;
const DROP = `mutation($i: DropPlanPartInput!) { dropPlanPart(input: $i) { ${PLAN_FIELDS} } }`;
const TRANSITION = `mutation($i: TransitionMatchInput!) { transitionMatch(input: $i) { id version status } }`;
const PLAN = `query($id: ID!) { supportPlan(id: $id) { ${PLAN_FIELDS} } }`;

describe('support plans', () => {
  let t: TestServer;
  let coordinator: ReturnType<TestServer['as']>;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestServer();
    await loadDemoDataIfEmpty(t.db.dataSource);
    for (const [table, type] of [
      ['need', 'Need'],
      ['seed', 'Seed'],
      ['institution', 'Institution'],
      ['funding_programme', 'FundingProgramme'],
      ['consortium', 'Consortium'],
    ] as const) {
      const rows = (await t.db.dataSource.query(`SELECT id, key FROM ${table}`)) as Array<{ id: string; key: string }>;
      for (const r of rows) ids[r.key] = toGlobalId(type, r.id);
    }
    coordinator = t.as('COORDINATOR');
  });
  afterAll(() => t.close());
  const consortiumKey = () => Object.entries(ids).find(([k, v]) => v.length > 0 && k.startsWith('c') && fromGlobalId(v).typeName === 'Consortium')![1];

  it('ranks funding programmes with eligibility and reasons in both languages', async () => {
    const data = expectNoErrors(
      await coordinator.gql(
        `query($n: ID!) { fundingCandidatesForNeed(needId: $n) { rank eligible score fit summaryJa summaryEn windowOpenNow checks { criterion ok ja en } programme { key provider { nameJa } } } }`,
        { n: ids['n.sansai-shelf-life'] },
      ),
    );
    const list = data.fundingCandidatesForNeed as Array<{
      eligible: boolean;
      programme: { key: string };
      summaryJa: string;
      summaryEn: string;
      checks: Array<{ criterion: string; ok: boolean }>;
    }>;
    expect(list.length).toBeGreaterThan(5);
    // Eligible first.
    const firstIneligible = list.findIndex((c) => !c.eligible);
    expect(list.slice(firstIneligible).every((c) => !c.eligible)).toBe(true);
    const shonai = list.find((c) => c.programme.key === 'f.shonai-startup-grant')!;
    expect(shonai.eligible).toBe(false); // a Mogami company, and the call closed
    expect(shonai.checks.filter((c) => !c.ok).map((c) => c.criterion)).toEqual(expect.arrayContaining(['REGION', 'WINDOW']));
    expect(shonai.summaryJa).toContain('申請不可');
    expect(shonai.summaryEn).toMatch(/^not eligible/);
  });

  it('proposes plans of complementary parts for a research need, with reasons', async () => {
    const data = expectNoErrors(await coordinator.gql(CANDIDATES, { needId: ids['n.yonezawa-ori-new-material'] }));
    const plans = data.planCandidates.plans as Array<{ score: number; parts: Array<{ role: string }>; explanationJa: string; explanationEn: string }>;
    expect(plans.length).toBeGreaterThan(0);
    expect(plans[0].parts.map((p) => p.role)).toContain('RESEARCH');
    expect(new Set(plans[0].parts.map((p) => p.role)).size).toBeGreaterThanOrEqual(2);
    expect(plans[0].explanationJa).toContain('組み合わせる');
    expect(plans[0].explanationEn).toContain('Brings');
  });

  it('follows its parts: proposed, partly agreed, agreed; parts are added, replaced and dropped with history', async () => {
    const need = ids['n.wire-edm-funding'];
    const proposed = expectNoErrors(
      await coordinator.gql(PROPOSE, {
        i: {
          needId: need,
          note: '資金と経営支援を同時に',
          parts: [
            { role: 'MANAGEMENT', institutionId: ids['inst.ymgt-kosha'] },
            { role: 'FUNDING', fundingProgrammeId: ids['f.yamagata-bank-equipment-loan'] },
          ],
        },
      }),
    ).proposePlan;
    expect(proposed.status).toBe('ACTIVE');
    expect(proposed.parts).toHaveLength(2);
    expect(proposed.parts.map((p: { match: { status: string } }) => p.match.status)).toEqual(['PROPOSED', 'PROPOSED']);
    expect(proposed.parts.find((p: { role: string }) => p.role === 'FUNDING').match).toMatchObject({
      targetKind: 'FUNDING',
      fundingProgramme: { nameJa: 'やまぎん設備投資サポートローン(架空)' },
    });
    expect(proposed.history.map((h: { action: string }) => h.action)).toEqual(['PROPOSED']);

    // The same role twice is refused; add a network part.
    const taken = await coordinator.gql(ADD, {
      i: { planId: proposed.id, expectedVersion: proposed.version, part: { role: 'FUNDING', institutionId: ids['inst.yamagata-bank'] } },
    });
    expect(codeOf(taken)).toBe('CONFLICT');
    expect(reasonOf(taken)).toBe('PLAN_ROLE_TAKEN');
    const added = expectNoErrors(
      await coordinator.gql(ADD, {
        i: { planId: proposed.id, expectedVersion: proposed.version, part: { role: 'NETWORK', consortiumId: consortiumKey() }, reason: '業界のつながり' },
      }),
    ).addPlanPart;
    expect(added.parts.filter((p: { removedAt: string | null }) => !p.removedAt)).toHaveLength(3);
    const stale = await coordinator.gql(DROP, { i: { planId: proposed.id, expectedVersion: proposed.version, role: 'NETWORK' } });
    expect(reasonOf(stale)).toBe('STALE_VERSION');

    // Replace the loan by the prefecture's bank itself; the loan's introduction is withdrawn and kept.
    const replaced = expectNoErrors(
      await coordinator.gql(REPLACE, {
        i: {
          planId: added.id,
          expectedVersion: added.version,
          part: { role: 'FUNDING', institutionId: ids['inst.yamagata-bank'] },
          reason: '銀行の担当者と直接',
        },
      }),
    ).replacePlanPart;
    const funding = replaced.parts.filter((p: { role: string }) => p.role === 'FUNDING');
    expect(funding).toHaveLength(2);
    expect(funding[0].removedAt).not.toBeNull();
    expect(funding[0].match.status).toBe('WITHDRAWN');
    expect(funding[1].match.status).toBe('PROPOSED');

    const dropped = expectNoErrors(
      await coordinator.gql(DROP, { i: { planId: replaced.id, expectedVersion: replaced.version, role: 'NETWORK', reason: '今回は不要' } }),
    ).dropPlanPart;
    expect(dropped.parts.find((p: { role: string }) => p.role === 'NETWORK').match.status).toBe('WITHDRAWN');
    const again = await coordinator.gql(DROP, { i: { planId: dropped.id, expectedVersion: dropped.version, role: 'NETWORK' } });
    expect(reasonOf(again)).toBe('PLAN_PART_REMOVED');

    // Move the live parts: one agreed → PARTLY_AGREED, both → AGREED.
    const live = dropped.parts.filter((p: { removedAt: string | null }) => !p.removedAt).map((p: { match: { id: string; version: number } }) => p.match);
    const agree = async (m: { id: string; version: number }, outcomeType: string) => {
      let current = m;
      for (const to of ['INTRODUCED', 'MEETING', 'NEGOTIATING', 'AGREED']) {
        current = expectNoErrors(
          await coordinator.gql(TRANSITION, { i: { id: current.id, expectedVersion: current.version, to, ...(to === 'AGREED' ? { outcomeType } : {}) } }),
        ).transitionMatch;
      }
    };
    await agree(live[0], 'TECHNICAL_GUIDANCE');
    const partly = expectNoErrors(await coordinator.gql(PLAN, { id: dropped.id })).supportPlan;
    expect(partly.status).toBe('PARTLY_AGREED');

    // An agreed part is kept: replacing or dropping it is refused and changes nothing.
    const agreedRole = partly.parts.find((p: { removedAt: string | null; match: { id: string } }) => !p.removedAt && p.match.id === live[0].id).role;
    const keepDrop = await coordinator.gql(DROP, { i: { planId: partly.id, expectedVersion: partly.version, role: agreedRole } });
    expect([codeOf(keepDrop), reasonOf(keepDrop)]).toEqual(['CONFLICT', 'PLAN_PART_AGREED']);
    expect(keepDrop.errors?.[0]?.message).toContain('成約済み');
    const keepReplace = await coordinator.gql(REPLACE, {
      i: { planId: partly.id, expectedVersion: partly.version, part: { role: agreedRole, consortiumId: consortiumKey() } },
    });
    expect(reasonOf(keepReplace)).toBe('PLAN_PART_AGREED');
    const unchanged = expectNoErrors(await coordinator.gql(PLAN, { id: dropped.id })).supportPlan;
    expect(unchanged.version).toBe(partly.version);
    expect(unchanged.parts.find((p: { role: string; removedAt: string | null }) => p.role === agreedRole && !p.removedAt).match.status).toBe('AGREED');
    await agree(live[1], 'GRANT_APPLICATION');
    const done = expectNoErrors(await coordinator.gql(PLAN, { id: dropped.id })).supportPlan;
    expect(done.status).toBe('AGREED');
    expect(done.history.map((h: { action: string }) => h.action)).toEqual([
      'PROPOSED',
      'PART_ADDED',
      'PART_REPLACED',
      'PART_DROPPED',
      'STATUS_CHANGED',
      'STATUS_CHANGED',
    ]);
    expect(done.history.slice(-2).map((h: { status: string; actorRole: string }) => [h.status, h.actorRole])).toEqual([
      ['PARTLY_AGREED', 'SYSTEM'],
      ['AGREED', 'SYSTEM'],
    ]);

    // KPIs count plans, agreed parts by kind, funding applications and needs answered by more than one kind of actor.
    const kpi = expectNoErrors(
      await coordinator.gql(
        `{ kpis(fiscalYear: ${new Date().getMonth() < 3 ? new Date().getFullYear() - 1 : new Date().getFullYear()}) { plans { proposed agreed partlyAgreed agreedPartsByRole { role count } fundingApplicationsSupported needsWithIntroductions needsAnsweredByMultipleKinds shareAnsweredByMultipleKinds } } }`,
      ),
    ).kpis.plans;
    expect(kpi.proposed).toBeGreaterThanOrEqual(1);
    expect(kpi.agreed).toBeGreaterThanOrEqual(1);
    expect(kpi.agreedPartsByRole).toEqual(
      expect.arrayContaining([
        { role: 'FUNDING', count: 1 },
        { role: 'MANAGEMENT', count: 1 },
      ]),
    );
    expect(kpi.fundingApplicationsSupported).toBeGreaterThanOrEqual(1);
    expect(kpi.needsAnsweredByMultipleKinds).toBeGreaterThanOrEqual(1);
    expect(kpi.shareAnsweredByMultipleKinds).toBeGreaterThan(0);
  });

  it('never ranks a researcher with a declared conflict of interest, nor their seeds, in matchCandidates or researcherCandidatesForNeed', async () => {
    const need = ids['n.solder-voids'];
    const SEEDS = `query($n: ID!) { matchCandidates(needId: $n, first: 20) { edges { node { seed { id } } } } }`;
    const RESEARCHERS = `query($n: ID!) { researcherCandidatesForNeed(needId: $n, first: 20) { edges { node { researcher { id } } } } }`;
    const seedIds = async () =>
      (expectNoErrors(await coordinator.gql(SEEDS, { n: need })).matchCandidates.edges as Array<{ node: { seed: { id: string } } }>).map((e) => e.node.seed.id);
    const researcherIds = async () =>
      (
        expectNoErrors(await coordinator.gql(RESEARCHERS, { n: need })).researcherCandidatesForNeed.edges as Array<{ node: { researcher: { id: string } } }>
      ).map((e) => e.node.researcher.id);
    const before = await seedIds();
    const top = fromGlobalId(before[0], 'Seed', 'seed').id;
    const [{ researcher_id, company_id }] = (await t.db.dataSource.query(
      `SELECT so.researcher_id, n.company_id FROM seed_owner so, need n WHERE so.seed_id = $1 AND n.id = $2 ORDER BY so.researcher_id LIMIT 1`,
      [top, fromGlobalId(need, 'Need', 'need').id],
    )) as Array<{ researcher_id: string; company_id: string }>;
    const owned = ((await t.db.dataSource.query(`SELECT seed_id FROM seed_owner WHERE researcher_id = $1`, [researcher_id])) as Array<{ seed_id: string }>).map(
      (r) => toGlobalId('Seed', r.seed_id),
    );
    const researcher = toGlobalId('Researcher', researcher_id);
    expect(await researcherIds()).toContain(researcher);

    const declared = expectNoErrors(
      await coordinator.gql(`mutation($i: DeclareConflictOfInterestInput!) { declareConflictOfInterest(input: $i) { id } }`, {
        i: { researcherId: researcher, companyId: toGlobalId('Company', company_id), reason: '親族の経営する企業' },
      }),
    ).declareConflictOfInterest;
    const during = await seedIds();
    expect(during.length).toBeGreaterThan(0);
    for (const seed of owned) expect(during).not.toContain(seed);
    expect(await researcherIds()).not.toContain(researcher);
    // Other seeds keep their order: only the conflicted ones are gone.
    expect(during).toEqual(before.filter((id) => !owned.includes(id)).slice(0, during.length));

    expectNoErrors(await coordinator.gql(`mutation($id: ID!) { withdrawConflictOfInterest(id: $id) { withdrawnAt } }`, { id: declared.id }));
    expect(await seedIds()).toEqual(before);
  });

  it('refuses a declared conflict of interest and never places it in a plan; marks and ranks down a researcher over capacity', async () => {
    const need = ids['n.yonezawa-ori-new-material'];
    const before = expectNoErrors(await coordinator.gql(CANDIDATES, { needId: need })).planCandidates;
    const research = before.plans[0].parts.find((p: { role: string }) => p.role === 'RESEARCH');
    const [{ researcher_id, company_id }] = (await t.db.dataSource.query(
      `SELECT so.researcher_id, n.company_id FROM seed_owner so, need n WHERE so.seed_id = $1 AND n.id = $2 LIMIT 1`,
      [fromGlobalId(research.targetId, 'Seed', 'seed').id, fromGlobalId(need, 'Need', 'need').id],
    )) as Array<{ researcher_id: string; company_id: string }>;
    const declared = expectNoErrors(
      await coordinator.gql(`mutation($i: DeclareConflictOfInterestInput!) { declareConflictOfInterest(input: $i) { id reason withdrawnAt } }`, {
        i: { researcherId: toGlobalId('Researcher', researcher_id), companyId: toGlobalId('Company', company_id), reason: '顧問契約' },
      }),
    ).declareConflictOfInterest;
    const twice = await coordinator.gql(`mutation($i: DeclareConflictOfInterestInput!) { declareConflictOfInterest(input: $i) { id } }`, {
      i: { researcherId: toGlobalId('Researcher', researcher_id), companyId: toGlobalId('Company', company_id) },
    });
    expect(reasonOf(twice)).toBe('CONFLICT_ALREADY_DECLARED');

    const after = expectNoErrors(await coordinator.gql(CANDIDATES, { needId: need })).planCandidates;
    expect(after.plans.flatMap((p: { parts: Array<{ targetId: string }> }) => p.parts.map((x) => x.targetId))).not.toContain(research.targetId);
    expect(after.excluded).toEqual(
      expect.arrayContaining([expect.objectContaining({ targetId: research.targetId, reasonEn: expect.stringContaining('conflict of interest') })]),
    );

    const refused = await coordinator.gql(PROPOSE, { i: { needId: need, parts: [{ role: 'RESEARCH', seedId: research.targetId }] } });
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(reasonOf(refused)).toBe('DECLARED_CONFLICT_OF_INTEREST');
    const single = await coordinator.gql(`mutation($i: ProposeMatchInput!) { proposeMatch(input: $i) { id } }`, {
      i: { needId: need, seedId: research.targetId },
    });
    expect(reasonOf(single)).toBe('DECLARED_CONFLICT_OF_INTEREST');

    expectNoErrors(await coordinator.gql(`mutation($id: ID!) { withdrawConflictOfInterest(id: $id) { withdrawnAt } }`, { id: declared.id }));
    // Capacity 0: the researcher is over capacity at once, marked and ranked down, still proposable.
    expectNoErrors(
      await coordinator.gql(`mutation($i: SetResearcherCapacityInput!) { setResearcherCapacity(input: $i) { maxOpenIntroductions } }`, {
        i: { researcherId: toGlobalId('Researcher', researcher_id), maxOpenIntroductions: 0 },
      }),
    );
    const busy = expectNoErrors(await coordinator.gql(CANDIDATES, { needId: need })).planCandidates;
    const busyPart = busy.plans
      .flatMap((p: { parts: Array<{ targetId: string; overCapacity: boolean; score: number; reasonJa: string }> }) => p.parts)
      .find((p: { targetId: string }) => p.targetId === research.targetId);
    if (busyPart) {
      expect(busyPart.overCapacity).toBe(true);
      expect(busyPart.score).toBeLessThan(research.score);
      expect(busyPart.reasonJa).toContain('受入れ上限');
    }
    expect(busy.plans[0].parts.find((p: { role: string }) => p.role === 'RESEARCH')?.targetId).not.toBe(research.targetId);
  });

  it('keeps plans to staff and refuses researchers setting another researcher’s capacity', async () => {
    expect(codeOf(await t.as('RESEARCHER').gql(`{ supportPlans { totalCount } }`))).toBe('FORBIDDEN');
    expect(codeOf(await t.as('ANONYMOUS').gql(CANDIDATES, { needId: ids['n.wire-edm-funding'] }))).toBe('UNAUTHENTICATED');
  });
});
