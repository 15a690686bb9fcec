import { toGlobalId } from '../../src/common/global-id';
import { Company } from '../../src/companies/company.entity';
import { InstitutionKind } from '../../src/institutions/institution.enums';
import { ensureMatchIndex } from '../../src/matching/index';
import { Need } from '../../src/needs/need.entity';
import { Confidentiality } from '../../src/needs/need.enums';
import { Coordinator } from '../../src/people/coordinator.entity';
import { Researcher } from '../../src/people/researcher.entity';
import { Seed } from '../../src/seeds/seed.entity';
import { loadReferenceData, makeCompany, makeCoordinator, makeInstitution, makeNeed, makeResearcher, makeSeed } from '../support/factories';
import { expectNoErrors, GraphQLResult, startTestServer, TestServer } from '../support/test-server';

/**
 * The coordinator's workflow over HTTP: consultations through the three steps, introductions
 * through every transition and refusal, the concurrent update, snapshots, the NOT_RELEVANT
 * exclusion, and KPIs with fiscal-year boundaries.
 */
const gid = toGlobalId;
const codeOf = (r: GraphQLResult) => r.errors?.[0]?.extensions?.code;
const reasonOf = (r: GraphQLResult) => r.errors?.[0]?.extensions?.reason;

const MATCH_FIELDS = `id version status score targetKind allowedTransitions declineReason declineNote outcomeType amountYen startDate agreedAt
  explanation { factor value weight contribution sentenceJa }
  history { fromStatus toStatus actorRole reason pastRecord occurredAt }`;
const PROPOSE = `mutation($i: ProposeMatchInput!) { proposeMatch(input: $i) { ${MATCH_FIELDS} } }`;
const TRANSITION = `mutation($i: TransitionMatchInput!) { transitionMatch(input: $i) { ${MATCH_FIELDS} } }`;
const ANSWER = `mutation($i: AnswerMatchInput!) { answerMatch(input: $i) { ${MATCH_FIELDS} } }`;
const PAST = `mutation($i: RecordPastOutcomeInput!) { recordPastOutcome(input: $i) { ${MATCH_FIELDS} } }`;
const CONSULTATION_FIELDS = `id version step status channel dueAt overdue resolution holder { name } window { name }
  need { consultationStep holder { name } status }
  history { action fromStep toStep reason actorRole holder { name } }`;

describe('coordinator workflow: consultations, introductions, KPIs', () => {
  let t: TestServer;
  let window: Coordinator;
  let regional: Coordinator;
  let office: Coordinator;
  let company: Company;
  let researcher: Researcher;
  let other: Researcher;
  let seeds: Seed[];
  let coordinator: ReturnType<TestServer['as']>;
  let admin: ReturnType<TestServer['as']>;
  let counter = 0;

  beforeAll(async () => {
    t = await startTestServer();
    const ds = t.db.dataSource;
    await loadReferenceData(ds);
    const university = await makeInstitution(ds, {
      nameJa: '米沢工業大学(架空)',
      kind: InstitutionKind.UNIVERSITY,
      regionCode: 'JP-06-OKITAMA',
      fieldCodes: ['clusters.electronics.soldering'],
    });
    const shicho = await makeInstitution(ds, { nameJa: '置賜総合支庁(架空)', kind: InstitutionKind.GOVERNMENT, regionCode: 'JP-06-OKITAMA' });
    const bank = await makeInstitution(ds, { nameJa: '置賜銀行(架空)', kind: InstitutionKind.FINANCIAL_INSTITUTION, regionCode: 'JP-06-OKITAMA' });
    const lab = await makeInstitution(ds, {
      nameJa: '工業技術センター(架空)',
      kind: InstitutionKind.PUBLIC_LAB,
      regionCode: 'JP-06-MURAYAMA',
      fieldCodes: ['clusters.electronics.soldering'],
    });
    const branch = await makeInstitution(ds, { nameJa: '置賜試験場(架空)', kind: InstitutionKind.PUBLIC_LAB, regionCode: 'JP-06-OKITAMA', parentId: lab.id });
    window = await makeCoordinator(ds, university, { key: 'c.window', name: '窓口 一郎(架空)' });
    await makeCoordinator(ds, bank, { key: 'c.a-bank', name: '銀行 次郎(架空)', regionCode: 'JP-06-OKITAMA' });
    regional = await makeCoordinator(ds, shicho, { key: 'c.z-okitama', name: '置賜 三郎(架空)', regionCode: 'JP-06-OKITAMA' });
    await makeCoordinator(ds, branch, { key: 'c.a-branch', name: '試験場 四郎(架空)', regionCode: 'JP-06-OKITAMA' });
    office = await makeCoordinator(ds, lab, { key: 'c.office', name: '連携 五郎(架空)', regionCode: 'JP-06' });
    company = await makeCompany(ds, { nameJa: '吾妻実装(架空)', regionCode: 'JP-06-OKITAMA' });
    researcher = await makeResearcher(ds, university, { nameJa: '半田 太郎(架空)' });
    other = await makeResearcher(ds, university, { nameJa: '別 研究者(架空)' });
    seeds = [];
    for (const title of ['はんだ接合部のボイド低減技術', 'リフローはんだのボイド評価', '鉛フリーはんだの信頼性評価', 'はんだ付け工程のX線検査']) {
      seeds.push(
        await makeSeed(ds, [researcher], {
          title,
          summary: `${title}。はんだ接合部のボイドを低減する。`,
          fieldCodes: ['clusters.electronics.soldering'],
          keywords: ['はんだ', 'ボイド'],
        }),
      );
    }
    await ensureMatchIndex(ds);
    coordinator = t.as('COORDINATOR', { coordinatorId: window.id, institutionId: university.id });
    admin = t.as('ADMIN');
  });
  afterAll(() => t.close());

  const newNeed = (overrides: Partial<Need> = {}) =>
    makeNeed(t.db.dataSource, company, {
      key: `n.wf-${++counter}`,
      fieldCodes: ['clusters.electronics.soldering'],
      keywords: ['はんだ', 'ボイド'],
      ...overrides,
    });
  const propose = async (need: Need, target: Record<string, string>, as = coordinator) =>
    as.gql(PROPOSE, { i: { needId: gid('Need', need.id), ...target, note: '提案します' } });
  const proposed = async (need: Need, seed: Seed) => expectNoErrors(await propose(need, { seedId: gid('Seed', seed.id) })).proposeMatch;
  const move = async (m: { id: string; version: number }, to: string, extra: Record<string, unknown> = {}, as = coordinator) =>
    as.gql(TRANSITION, { i: { id: m.id, expectedVersion: m.version, to, ...extra } });

  describe('consultations and the three steps', () => {
    it('opens at step 1, escalates to the regional coordinator and to the collaboration office, and keeps the need in sync', async () => {
      const need = await newNeed();
      const opened = expectNoErrors(
        await coordinator.gql(`mutation($i: OpenConsultationInput!) { openConsultation(input: $i) { ${CONSULTATION_FIELDS} } }`, {
          i: { needId: gid('Need', need.id), channel: 'VISIT', note: 'ボイド率を下げたい' },
        }),
      ).openConsultation;
      expect(opened).toMatchObject({ step: 1, status: 'OPEN', channel: 'VISIT', holder: { name: window.name }, window: { name: window.name }, overdue: false });
      expect(opened.need).toMatchObject({ consultationStep: 1, holder: { name: window.name }, status: 'IN_PROGRESS' });
      expect(new Date(opened.dueAt).getTime()).toBeGreaterThan(Date.now() + 6 * 86400000);

      const again = await coordinator.gql(`mutation($i: OpenConsultationInput!) { openConsultation(input: $i) { id } }`, {
        i: { needId: gid('Need', need.id), channel: 'PHONE' },
      });
      expect(codeOf(again)).toBe('CONFLICT');
      expect(reasonOf(again)).toBe('OPEN_CONSULTATION_EXISTS');

      const ESCALATE = `mutation($i: EscalateConsultationInput!) { escalateConsultation(input: $i) { ${CONSULTATION_FIELDS} } }`;
      expect(codeOf(await coordinator.gql(ESCALATE, { i: { id: opened.id, reason: '  ', expectedVersion: opened.version } }))).toBe('BAD_USER_INPUT');
      const step2 = expectNoErrors(
        await coordinator.gql(ESCALATE, { i: { id: opened.id, reason: '窓口では解決できない', expectedVersion: opened.version } }),
      ).escalateConsultation;
      // The government body's coordinator of the area, before the bank's (whose key sorts first).
      expect(step2).toMatchObject({ step: 2, holder: { name: regional.name }, need: { consultationStep: 2, holder: { name: regional.name } } });
      expect(codeOf(await coordinator.gql(ESCALATE, { i: { id: opened.id, reason: '古い版', expectedVersion: opened.version } }))).toBe('CONFLICT');

      const routed = expectNoErrors(
        await coordinator.gql(
          `query($id: ID!) { routeConsultation(id: $id, first: 3) { nextStep nextHolder { name } institutions { institution { nameJa kind } score } researchers { researcher { nameJa } score } } }`,
          { id: opened.id },
        ),
      ).routeConsultation;
      expect(routed.nextStep).toBe(3);
      expect(routed.nextHolder.name).toBe(office.name);
      // The routing rule of a technical need counts public labs in.
      expect(routed.institutions.map((i: any) => i.institution.kind)).toContain('PUBLIC_LAB');
      expect(routed.researchers[0].researcher.nameJa).toBe(researcher.nameJa);

      const step3 = expectNoErrors(
        await coordinator.gql(ESCALATE, { i: { id: opened.id, reason: '県外の支援も必要', expectedVersion: step2.version } }),
      ).escalateConsultation;
      // The main lab of the prefecture, not its branch.
      expect(step3).toMatchObject({ step: 3, holder: { name: office.name }, need: { consultationStep: 3, holder: { name: office.name } } });
      expect(codeOf(await coordinator.gql(ESCALATE, { i: { id: opened.id, reason: 'もう一段', expectedVersion: step3.version } }))).toBe('BAD_USER_INPUT');

      const resolved = expectNoErrors(
        await coordinator.gql(`mutation($i: FinishConsultationInput!) { resolveConsultation(input: $i) { ${CONSULTATION_FIELDS} } }`, {
          i: { id: opened.id, reason: '共同研究へ', expectedVersion: step3.version },
        }),
      ).resolveConsultation;
      expect(resolved).toMatchObject({ status: 'RESOLVED', resolution: '共同研究へ', need: { status: 'RESOLVED' } });
      expect(resolved.history.map((h: any) => [h.action, h.fromStep, h.toStep, h.reason])).toEqual([
        ['OPENED', null, 1, 'ボイド率を下げたい'],
        ['ESCALATED', 1, 2, '窓口では解決できない'],
        ['ESCALATED', 2, 3, '県外の支援も必要'],
        ['RESOLVED', 3, 3, '共同研究へ'],
      ]);
      expect(
        codeOf(
          await coordinator.gql(`mutation($i: FinishConsultationInput!) { closeConsultation(input: $i) { id } }`, {
            i: { id: opened.id, reason: '終了', expectedVersion: resolved.version },
          }),
        ),
      ).toBe('CONFLICT');
    });

    it('refuses step 2 when no coordinator serves the company’s area', async () => {
      const far = await makeCompany(t.db.dataSource, { nameJa: '遠方(架空)', regionCode: null });
      const need = await makeNeed(t.db.dataSource, far, { key: `n.far-${++counter}` });
      const opened = expectNoErrors(
        await coordinator.gql(`mutation($i: OpenConsultationInput!) { openConsultation(input: $i) { id version } }`, {
          i: { needId: gid('Need', need.id), channel: 'EMAIL' },
        }),
      ).openConsultation;
      const refused = await coordinator.gql(`mutation($i: EscalateConsultationInput!) { escalateConsultation(input: $i) { id } }`, {
        i: { id: opened.id, reason: '引継ぎ', expectedVersion: opened.version },
      });
      expect(codeOf(refused)).toBe('CONFLICT');
      expect(reasonOf(refused)).toBe('NO_COORDINATOR_FOR_STEP');
    });

    it('lists what I hold, what is overdue, what waits at each step; a company user sees only its own', async () => {
      const need = await newNeed();
      const opened = expectNoErrors(
        await coordinator.gql(`mutation($i: OpenConsultationInput!) { openConsultation(input: $i) { id } }`, {
          i: { needId: gid('Need', need.id), channel: 'WEB', dueAt: '2020-01-01T00:00:00Z' },
        }),
      ).openConsultation;
      const list = async (filter: Record<string, unknown>, as = coordinator) =>
        await as.gql(`query($f: ConsultationFilter) { consultations(filter: $f) { totalCount edges { node { id overdue } } } }`, { f: filter });
      const mine = expectNoErrors(await list({ heldByMe: true, status: ['OPEN'] })).consultations;
      expect(mine.edges.map((e: any) => e.node.id)).toContain(opened.id);
      const overdue = expectNoErrors(await list({ overdue: true })).consultations;
      expect(overdue.edges.map((e: any) => e.node)).toEqual([{ id: opened.id, overdue: true }]);
      expect(expectNoErrors(await list({ step: 1, needId: gid('Need', need.id) })).consultations.totalCount).toBe(1);
      expect(expectNoErrors(await list({ holderId: gid('Coordinator', office.id), status: ['OPEN'] })).consultations.totalCount).toBe(0);
      const own = t.as('COMPANY_USER', { companyId: company.id });
      expect(expectNoErrors(await list({}, own)).consultations.totalCount).toBeGreaterThan(0);
      const stranger = t.as('COMPANY_USER', { companyId: (await makeCompany(t.db.dataSource, { nameJa: '他社(架空)' })).id });
      expect(expectNoErrors(await list({}, stranger)).consultations.totalCount).toBe(0);
      expect(codeOf(await list({}, t.as('RESEARCHER', { researcherId: researcher.id })))).toBe('FORBIDDEN');
    });
  });

  describe('introductions', () => {
    it('walks every transition, recording who, when and why', async () => {
      const need = await newNeed();
      let m = await proposed(need, seeds[0]);
      expect(m).toMatchObject({ status: 'PROPOSED', targetKind: 'SEED', allowedTransitions: ['INTRODUCED', 'DECLINED', 'WITHDRAWN'] });
      expect(m.score).toBeGreaterThan(0);
      for (const to of ['INTRODUCED', 'MEETING', 'NEGOTIATING']) m = expectNoErrors(await move(m, to, { reason: `${to} へ` })).transitionMatch;
      expect(codeOf(await move(m, 'AGREED'))).toBe('BAD_USER_INPUT'); // no outcome type
      expect(codeOf(await move(m, 'AGREED', { outcomeType: 'LICENSE', startDate: '2026-02-30' }))).toBe('BAD_USER_INPUT');
      m = expectNoErrors(
        await move(m, 'AGREED', { outcomeType: 'JOINT_RESEARCH', amountYen: 3000000, startDate: '2026-04-01', reason: '契約締結' }),
      ).transitionMatch;
      expect(m).toMatchObject({ status: 'AGREED', outcomeType: 'JOINT_RESEARCH', amountYen: 3000000, startDate: '2026-04-01', allowedTransitions: [] });
      expect(m.history.map((h: any) => [h.fromStatus, h.toStatus, h.actorRole])).toEqual([
        [null, 'PROPOSED', 'COORDINATOR'],
        ['PROPOSED', 'INTRODUCED', 'COORDINATOR'],
        ['INTRODUCED', 'MEETING', 'COORDINATOR'],
        ['MEETING', 'NEGOTIATING', 'COORDINATOR'],
        ['NEGOTIATING', 'AGREED', 'COORDINATOR'],
      ]);
      expect(codeOf(await move(m, 'WITHDRAWN'))).toBe('BAD_USER_INPUT'); // final
    });

    it('refuses a jump, a decline without reason, outcome fields out of place, a duplicate open pair and a wrong role', async () => {
      const need = await newNeed();
      const m = await proposed(need, seeds[1]);
      expect(codeOf(await move(m, 'AGREED', { outcomeType: 'JOINT_RESEARCH' }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await move(m, 'MEETING'))).toBe('BAD_USER_INPUT');
      expect(codeOf(await move(m, 'DECLINED'))).toBe('BAD_USER_INPUT');
      expect(codeOf(await move(m, 'DECLINED', { declineReason: 'OTHER' }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await move(m, 'INTRODUCED', { outcomeType: 'ORDER' }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await move(m, 'INTRODUCED', { declineReason: 'COST' }))).toBe('BAD_USER_INPUT');
      const again = await propose(need, { seedId: gid('Seed', seeds[1].id) });
      expect(codeOf(again)).toBe('CONFLICT');
      expect(reasonOf(again)).toBe('OPEN_INTRODUCTION_EXISTS');
      expect(codeOf(await propose(need, { seedId: gid('Seed', seeds[1].id), researcherId: gid('Researcher', researcher.id) }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await propose(need, {}))).toBe('BAD_USER_INPUT');
      expect(codeOf(await move(m, 'INTRODUCED', {}, t.as('RESEARCHER', { researcherId: researcher.id })))).toBe('FORBIDDEN');
      expect(codeOf(await move(m, 'INTRODUCED', {}, t.as('COMPANY_USER', { companyId: company.id })))).toBe('FORBIDDEN');
      expect(codeOf(await move({ ...m, version: m.version + 5 }, 'INTRODUCED'))).toBe('CONFLICT');
      const withdrawn = expectNoErrors(await move(m, 'WITHDRAWN', { reason: '企業が取り下げ' })).transitionMatch;
      expect(withdrawn.status).toBe('WITHDRAWN');
      // Once the first is closed, the pair may be proposed again.
      expect(expectNoErrors(await propose(need, { seedId: gid('Seed', seeds[1].id) })).proposeMatch.status).toBe('PROPOSED');
    });

    it('two coordinators at once: exactly one wins, the other gets CONFLICT', async () => {
      const need = await newNeed();
      const m = await proposed(need, seeds[2]);
      const second = t.as('COORDINATOR', { coordinatorId: regional.id });
      const results = await Promise.all([move(m, 'INTRODUCED'), move(m, 'WITHDRAWN', { reason: '別案件' }, second)]);
      expect(results.map(codeOf).sort()).toEqual(['CONFLICT', undefined].sort());
      // Nothing lost, nothing doubled: the proposal and the winner's transition.
      const [{ n }] = await t.db.dataSource.query(
        `SELECT count(*)::int AS n FROM introduction_event e JOIN introduction i ON i.id = e.match_id WHERE i.need_id = $1`,
        [need.id],
      );
      expect(n).toBe(2);
    });

    it('two proposals of the same pair at once: one is refused', async () => {
      const need = await newNeed();
      const results = await Promise.all([propose(need, { seedId: gid('Seed', seeds[3].id) }), propose(need, { seedId: gid('Seed', seeds[3].id) })]);
      expect(results.map(codeOf).sort()).toEqual(['CONFLICT', undefined].sort());
    });

    it('keeps the snapshot when the data changes later', async () => {
      const need = await newNeed();
      const m = await proposed(need, seeds[0]);
      await t.db.dataSource.query(`UPDATE seed SET title = '全く別の題名', field_codes = '{}' WHERE id = $1`, [seeds[0].id]);
      try {
        const read = expectNoErrors(
          await coordinator.gql(`query($id: ID!) { match(id: $id) { score explanation { factor value contribution } } }`, { id: m.id }),
        ).match;
        expect(read.score).toBe(m.score);
        expect(read.explanation.map((f: any) => f.contribution)).toEqual(m.explanation.map((f: any) => f.contribution));
        expect(read.explanation.reduce((s: number, f: any) => s + f.contribution, 0)).toBeCloseTo(m.score, 9);
      } finally {
        await t.db.dataSource.query(`UPDATE seed SET title = $2, field_codes = '{clusters.electronics.soldering}' WHERE id = $1`, [
          seeds[0].id,
          seeds[0].title,
        ]);
      }
    });

    it('a seed declined as NOT_RELEVANT is no longer a candidate for that need (and stays one for others)', async () => {
      const need = await newNeed();
      const otherNeed = await newNeed();
      const candidates = async (n: Need) =>
        expectNoErrors(
          await coordinator.gql(`query($id: ID!) { matchCandidates(needId: $id, first: 20) { edges { node { seed { id } } } } }`, { id: gid('Need', n.id) }),
        ).matchCandidates.edges.map((e: any) => e.node.seed.id);
      expect(await candidates(need)).toContain(gid('Seed', seeds[2].id));
      const m = await proposed(need, seeds[2]);
      expectNoErrors(await move(m, 'DECLINED', { declineReason: 'NOT_RELEVANT', reason: '対象の材料が違う' }));
      expect(await candidates(need)).not.toContain(gid('Seed', seeds[2].id));
      expect(await candidates(otherNeed)).toContain(gid('Seed', seeds[2].id));
    });

    it('a researcher answers a proposal made to them, sees theirs only, and a PUBLIC need’s explanation only', async () => {
      const need = await newNeed();
      const confidential = await newNeed({ confidentiality: Confidentiality.CONFIDENTIAL });
      const own = t.as('RESEARCHER', { researcherId: researcher.id });
      const toResearcher = expectNoErrors(await propose(need, { researcherId: gid('Researcher', researcher.id) })).proposeMatch;
      expect(toResearcher.score).toBeGreaterThan(0);
      const toOther = expectNoErrors(await propose(need, { researcherId: gid('Researcher', other.id) })).proposeMatch;
      const secret = await proposed(confidential, seeds[3]);

      expect(
        codeOf(
          await t.as('RESEARCHER', { researcherId: other.id }).gql(ANSWER, { i: { id: toResearcher.id, expectedVersion: toResearcher.version, accept: true } }),
        ),
      ).toBe('NOT_FOUND');
      expect(codeOf(await own.gql(ANSWER, { i: { id: toResearcher.id, expectedVersion: toResearcher.version, accept: false } }))).toBe('BAD_USER_INPUT');
      const accepted = expectNoErrors(
        await own.gql(ANSWER, { i: { id: toResearcher.id, expectedVersion: toResearcher.version, accept: true, reason: 'お受けします' } }),
      ).answerMatch;
      expect(accepted.status).toBe('INTRODUCED');
      expect(accepted.history[1]).toMatchObject({ fromStatus: 'PROPOSED', toStatus: 'INTRODUCED', actorRole: 'RESEARCHER', reason: 'お受けします' });
      expect(codeOf(await own.gql(ANSWER, { i: { id: accepted.id, expectedVersion: accepted.version, accept: true } }))).toBe('BAD_USER_INPUT');
      const declined = expectNoErrors(
        await own.gql(ANSWER, { i: { id: secret.id, expectedVersion: secret.version, accept: false, declineReason: 'CAPACITY' } }),
      ).answerMatch;
      expect(declined).toMatchObject({ status: 'DECLINED', declineReason: 'CAPACITY', explanation: [] });

      const listed = expectNoErrors(await own.gql(`{ matches(first: 100) { edges { node { id explanation { factor } } } } }`)).matches.edges.map(
        (e: any) => e.node,
      );
      expect(listed.map((m: any) => m.id)).toEqual(expect.arrayContaining([toResearcher.id, secret.id]));
      expect(listed.map((m: any) => m.id)).not.toContain(toOther.id);
      expect(listed.find((m: any) => m.id === toResearcher.id).explanation.length).toBeGreaterThan(0);
      expect(expectNoErrors(await own.gql(`query($id: ID!) { match(id: $id) { id } }`, { id: toOther.id })).match).toBeNull();

      const needMatches = expectNoErrors(
        await coordinator.gql(`query($id: ID!) { need(id: $id) { matches { id } consultations { id } } }`, { id: gid('Need', need.id) }),
      ).need;
      expect(needMatches.matches).toHaveLength(2);
      const companyView = expectNoErrors(await t.as('COMPANY_USER', { companyId: company.id }).gql(`{ matches(first: 100) { totalCount } }`)).matches;
      expect(companyView.totalCount).toBeGreaterThanOrEqual(3);
      const seedMatches = expectNoErrors(await coordinator.gql(`query($id: ID!) { seed(id: $id) { matches { id } } }`, { id: gid('Seed', seeds[3].id) })).seed
        .matches;
      expect(seedMatches.map((m: any) => m.id)).toContain(secret.id);
    });

    it('proposes to an institution and a consortium with a routing snapshot', async () => {
      const need = await newNeed();
      const lab = (await t.db.dataSource.query(`SELECT id FROM institution WHERE kind = 'PUBLIC_LAB' AND parent_id IS NULL LIMIT 1`))[0].id;
      const m = expectNoErrors(await propose(need, { institutionId: gid('Institution', lab) })).proposeMatch;
      expect(m.targetKind).toBe('INSTITUTION');
      expect(m.explanation.map((f: any) => f.factor)).toContain('ROUTING_FIT');
    });

    it('only an administrator records a past outcome, with a date, skipping steps', async () => {
      const need = await newNeed();
      const m = await proposed(need, seeds[1]);
      const input = { id: m.id, expectedVersion: m.version, to: 'AGREED', outcomeType: 'ORDER', occurredAt: new Date().toISOString() };
      expect(codeOf(await coordinator.gql(PAST, { i: input }))).toBe('FORBIDDEN');
      expect(codeOf(await admin.gql(PAST, { i: { ...input, occurredAt: new Date(Date.now() + 86400000).toISOString() } }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await admin.gql(PAST, { i: { ...input, occurredAt: '2001-01-01T00:00:00Z' } }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await admin.gql(PAST, { i: { ...input, outcomeType: null } }))).toBe('BAD_USER_INPUT');
      const done = expectNoErrors(await admin.gql(PAST, { i: input })).recordPastOutcome;
      expect(done).toMatchObject({ status: 'AGREED', outcomeType: 'ORDER', agreedAt: input.occurredAt });
      expect(done.history[1]).toMatchObject({ fromStatus: 'PROPOSED', toStatus: 'AGREED', actorRole: 'ADMIN', pastRecord: true, occurredAt: input.occurredAt });
    });
  });

  describe('KPIs', () => {
    const KPIS = `query($fy: Int!, $region: String, $inst: ID) { kpis(fiscalYear: $fy, regionCode: $region, institutionId: $inst) {
      label labelJa periodStart periodEnd consultationsByStep { step opened resolved closed }
      matches { proposed introduced agreed declined withdrawn } agreedByOutcome { outcomeType count amountYen }
      declinedByReason { declineReason count } medianDaysToAgreement gapThreshold gapsByField { fieldCode needs needsWithoutCandidate } } }`;

    it('counts by the Japanese fiscal year, cut at midnight in Tokyo, with 令和 labels and a CSV', async () => {
      const boundaryCompany = await makeCompany(t.db.dataSource, { nameJa: '境界(架空)', regionCode: 'JP-06-SHONAI' });
      const need = await makeNeed(t.db.dataSource, boundaryCompany, { key: `n.boundary-${++counter}`, fieldCodes: ['clusters.electronics.soldering'] });
      const late = await proposed(need, seeds[0]);
      const early = await proposed(need, seeds[1]);
      const declined = await proposed(need, seeds[2]);
      const ds = t.db.dataSource;
      // 2026-03-31 23:30 JST is FY2025; 2026-04-01 00:30 JST is FY2026.
      await ds.query(`UPDATE introduction SET proposed_at = '2025-06-01T10:00:00+09:00' WHERE need_id = $1`, [need.id]);
      await ds.query(
        `UPDATE introduction_event SET occurred_at = '2025-06-01T10:00:00+09:00' WHERE match_id IN (SELECT id FROM introduction WHERE need_id = $1)`,
        [need.id],
      );
      for (const [m, at, type, amount] of [
        [late, '2026-03-31T23:30:00+09:00', 'JOINT_RESEARCH', 1000000],
        [early, '2026-04-01T00:30:00+09:00', 'LICENSE', 500000],
      ] as const) {
        expectNoErrors(
          await admin.gql(PAST, { i: { id: m.id, expectedVersion: m.version, to: 'AGREED', outcomeType: type, amountYen: amount, occurredAt: at } }),
        );
      }
      expectNoErrors(
        await admin.gql(PAST, {
          i: { id: declined.id, expectedVersion: declined.version, to: 'DECLINED', declineReason: 'COST', occurredAt: '2025-12-01T12:00:00+09:00' },
        }),
      );

      const fy2025 = expectNoErrors(await coordinator.gql(KPIS, { fy: 2025, region: 'JP-06-SHONAI' })).kpis;
      expect(fy2025).toMatchObject({
        label: 'FY2025',
        labelJa: '令和7年度',
        periodStart: '2025-03-31T15:00:00.000Z',
        periodEnd: '2026-03-31T15:00:00.000Z',
        matches: { proposed: 3, introduced: 1, agreed: 1, declined: 1, withdrawn: 0 },
        agreedByOutcome: [{ outcomeType: 'JOINT_RESEARCH', count: 1, amountYen: 1000000 }],
        declinedByReason: [{ declineReason: 'COST', count: 1 }],
      });
      expect(fy2025.medianDaysToAgreement).toBeCloseTo(303.6, 0);
      const fy2026 = expectNoErrors(await coordinator.gql(KPIS, { fy: 2026, region: 'JP-06-SHONAI' })).kpis;
      expect(fy2026).toMatchObject({
        labelJa: '令和8年度',
        matches: { proposed: 0, agreed: 1 },
        agreedByOutcome: [{ outcomeType: 'LICENSE', count: 1, amountYen: 500000 }],
      });
      expect(expectNoErrors(await coordinator.gql(KPIS, { fy: 2019 })).kpis.labelJa).toBe('令和元年度');
      // The institution filter: none of these touch the bank.
      const bank = (await ds.query(`SELECT id FROM institution WHERE kind = 'FINANCIAL_INSTITUTION'`))[0].id;
      expect(expectNoErrors(await coordinator.gql(KPIS, { fy: 2025, inst: gid('Institution', bank) })).kpis.matches.agreed).toBe(0);

      const csv = expectNoErrors(await coordinator.gql(`{ kpiCsv(fiscalYear: 2025, regionCode: "JP-06-SHONAI") }`)).kpiCsv as string;
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      expect(csv.split('\r\n')[0]).toBe('\uFEFF年度,表,項目,件数,金額(円)');
      expect(csv).toContain('令和7年度 (FY2025),成約 (種類別),共同研究,1,1000000');
      expect(csv).toContain('令和7年度 (FY2025),マッチング,成約,1,');
      expect(codeOf(await t.as('RESEARCHER', { researcherId: researcher.id }).gql(`{ kpis(fiscalYear: 2025) { label } }`))).toBe('FORBIDDEN');
    });

    it('reports consultations per step and needs without a candidate above the threshold by field', async () => {
      const now = new Date();
      const fy = now.getUTCMonth() >= 3 ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
      const gapCompany = await makeCompany(t.db.dataSource, { nameJa: '空白(架空)', regionCode: 'JP-06-MOGAMI' });
      await makeNeed(t.db.dataSource, gapCompany, {
        key: `n.gap-${++counter}`,
        title: '最上地域の木工家具の販路',
        description: '家具の販路を広げたい',
        fieldCodes: ['management.sales'],
      });
      await makeNeed(t.db.dataSource, gapCompany, {
        key: `n.fit-${++counter}`,
        fieldCodes: ['clusters.electronics.soldering'],
        keywords: ['はんだ', 'ボイド'],
      });
      const report = expectNoErrors(await coordinator.gql(KPIS, { fy, region: 'JP-06-MOGAMI' })).kpis;
      expect(report.gapsByField).toEqual([
        { fieldCode: 'management.sales', needs: 1, needsWithoutCandidate: 1 },
        { fieldCode: 'clusters.electronics.soldering', needs: 1, needsWithoutCandidate: 0 },
      ]);
      const all = expectNoErrors(await coordinator.gql(KPIS, { fy })).kpis;
      expect(all.consultationsByStep[0].opened).toBeGreaterThanOrEqual(3);
      expect(all.consultationsByStep[1]).toMatchObject({ step: 2 });
      expect(all.consultationsByStep[2].resolved).toBeGreaterThanOrEqual(1);
    });
  });
});
