import { assemblePlans, compareCandidates, evaluatePlan, PartCandidate, planStatusOf } from '../../../src/plans/plan-assembly';
import { calibrated, ENGINE_ANCHORS, FUNDING_ANCHORS, PLAN_ANCHORS } from '../../../src/plans/plan-scores';

const c = (role: PartCandidate['role'], id: string, score: number, extra: Partial<PartCandidate> = {}): PartCandidate => ({
  role,
  targetKind: role === 'RESEARCH' ? 'SEED' : role === 'NETWORK' ? 'CONSORTIUM' : role === 'FUNDING' ? 'FUNDING' : 'INSTITUTION',
  id,
  labelJa: id,
  labelEn: id,
  score,
  summary: { ja: `${id}の理由`, en: `why ${id}` },
  ...extra,
});

describe('plan assembly', () => {
  const seedTrl4 = c('RESEARCH', 'seed-4', 0.7, { trl: 4, institutionId: 'univ', researcherIds: ['r1'] });
  const seedTrl6 = c('RESEARCH', 'seed-6', 0.72, { trl: 6, institutionId: 'univ2', researcherIds: ['r2'] });
  const labProto = c('TESTING', 'lab-proto', 0.6, { institutionId: 'lab-proto', prototyping: true, equipment: ['X線CT装置'] });
  const labPlain = c('TESTING', 'lab-plain', 0.62, { institutionId: 'lab-plain', prototyping: false });
  const fundLow = c('FUNDING', 'fund-trl3-6', 0.8, { trlMin: 3, trlMax: 6, eligible: true });
  const fundHigh = c('FUNDING', 'fund-trl6-9', 0.82, { trlMin: 6, trlMax: 9, eligible: true });
  const fundClosed = c('FUNDING', 'fund-closed', 0.95, { eligible: false });
  const club = c('NETWORK', 'club', 0.5, { memberIds: ['univ', 'lab-proto'] });

  it.each([
    // label, category, desired TRL, candidates, expected parts of the best plan (role:id)
    [
      'a TRL 4 seed goes with a lab that can prototype and a TRL 3–6 programme',
      'RESEARCH',
      6,
      [seedTrl4, labProto, labPlain, fundLow, fundHigh, club],
      ['RESEARCH:seed-4', 'TESTING:lab-proto', 'FUNDING:fund-trl3-6', 'NETWORK:club'],
    ],
    [
      'a closed programme is never a part, however high its score',
      'TECHNICAL',
      6,
      [labProto, fundClosed, fundLow],
      ['TESTING:lab-proto', 'FUNDING:fund-trl3-6'],
    ],
    [
      'a conflict of interest is never placed',
      'RESEARCH',
      4,
      [{ ...seedTrl4, conflict: { ja: '利益相反の申告あり', en: 'declared conflict of interest' } }, seedTrl6],
      ['RESEARCH:seed-6'],
    ],
    [
      'management needs get management support and funding, no research',
      'MANAGEMENT',
      null,
      [c('MANAGEMENT', 'kosha', 0.7), c('FUNDING', 'loan', 0.6, { eligible: true }), seedTrl6],
      ['MANAGEMENT:kosha', 'FUNDING:loan'],
    ],
    ['weak candidates are left out', 'TECHNICAL', 6, [labProto, c('NETWORK', 'weak', 0.1)], ['TESTING:lab-proto']],
  ] as const)('%s', (_label, category, desiredTrl, candidates, expected) => {
    const { plans } = assemblePlans({ category, desiredTrl }, candidates as readonly PartCandidate[]);
    expect(plans[0].parts.map((p) => `${p.role}:${p.candidate.id}`)).toEqual(expected);
    expect(plans.map((p) => p.rank)).toEqual(plans.map((_, i) => i + 1));
    for (let i = 1; i < plans.length; i++) expect(plans[i - 1].score).toBeGreaterThanOrEqual(plans[i].score);
  });

  it('ranks a candidate over capacity down and says so', () => {
    const busy = { ...seedTrl4, id: 'busy', score: 0.75, overCapacity: { ja: '受入れ上限 (3 件) に達している', en: 'at capacity (3 open introductions)' } };
    const { plans } = assemblePlans({ category: 'RESEARCH', desiredTrl: 4 }, [busy, c('RESEARCH', 'free', 0.6, { trl: 4 })]);
    expect(plans[0].parts[0].candidate.id).toBe('free');
    const withBusy = plans.find((p) => p.parts.some((x) => x.candidate.id === 'busy'))!;
    // 0.75 from the engine is 0.85 on the plan scale (strong at 0.5 → 0.7, 1 → 1), kept at 60 % when over capacity.
    expect(withBusy.parts[0].partScore).toBeCloseTo(0.51);
    expect(withBusy.explanation.ja).toContain('受入れ上限');
    expect(withBusy.explanation.en).toContain('ranked down');
  });

  it('reports excluded candidates with the reason', () => {
    const conflicted = { ...seedTrl4, conflict: { ja: '利益相反の申告あり', en: 'declared conflict of interest' } };
    const { excluded } = assemblePlans({ category: 'RESEARCH', desiredTrl: 4 }, [conflicted, seedTrl6]);
    expect(excluded).toEqual([expect.objectContaining({ role: 'RESEARCH', reason: conflicted.conflict })]);
  });

  it('marks a plan without its required part lower and names the gap', () => {
    const plan = evaluatePlan({ category: 'TECHNICAL', desiredTrl: 6 }, [fundLow]);
    expect(plan.missingRoles).toEqual(['TESTING', 'RESEARCH', 'NETWORK']);
    expect(plan.notes.map((n) => n.en)).toContain('no fitting partner for testing and equipment');
  });

  it('lowers a plan whose lab is dropped by about what the lab was worth, not to a fraction of it', () => {
    const need = { category: 'TECHNICAL', desiredTrl: 6 } as const;
    const lab = c('TESTING', 'lab', 0.9, { institutionId: 'lab', prototyping: true });
    const others = [c('RESEARCH', 'seed', 0.85, { trl: 6 }), c('FUNDING', 'fund', 0.85, { trlMin: 5, trlMax: 8, eligible: true }), c('NETWORK', 'club', 0.9)];
    const whole = evaluatePlan(need, [lab, ...others]);
    const withoutLab = evaluatePlan(need, others);
    const weightedWithoutLab = (0.25 * 0.85 + 0.25 * 0.85 + 0.15 * 0.9) / 1;
    expect(withoutLab.score).toBeLessThan(weightedWithoutLab);
    expect(withoutLab.score).toBeGreaterThan(0.6 * weightedWithoutLab);
    expect(withoutLab.score).toBeGreaterThan(whole.score / 2);
  });

  it('explains how the parts fit in both languages', () => {
    const plan = evaluatePlan({ category: 'RESEARCH', desiredTrl: 6 }, [seedTrl4, labProto, fundLow, club]);
    expect(plan.explanation.ja).toContain('試作・評価');
    expect(plan.explanation.en).toContain('warm path');
    expect(plan.parts.find((p) => p.role === 'TESTING')!.reason.ja).toContain('X線CT装置');
  });

  it('offers distinct plans', () => {
    const { plans } = assemblePlans({ category: 'RESEARCH', desiredTrl: 4 }, [seedTrl4, seedTrl6, labProto, labPlain, fundLow, fundHigh, club]);
    expect(new Set(plans.map((p) => p.parts.map((x) => x.candidate.id).join())).size).toBe(plans.length);
    expect(plans.length).toBe(3);
  });

  it.each([
    ['engine', ENGINE_ANCHORS],
    ['funding rules', FUNDING_ANCHORS],
  ] as const)('puts the %s’ verdict thresholds at the same places on the plan scale, monotone and below 1', (_label, anchors) => {
    expect(calibrated(anchors.possible, anchors)).toBeCloseTo(PLAN_ANCHORS.possible);
    expect(calibrated(anchors.strong, anchors)).toBeCloseTo(PLAN_ANCHORS.strong);
    expect(calibrated(0, anchors)).toBe(0);
    expect(calibrated(1, anchors)).toBe(1);
    const xs = Array.from({ length: 21 }, (_, i) => i / 20);
    for (let i = 1; i < xs.length; i++) expect(calibrated(xs[i], anchors)).toBeGreaterThan(calibrated(xs[i - 1], anchors));
  });

  it('keeps plan scores apart instead of clipping them at 1: better parts, higher score, every fit bonus included', () => {
    const fund = (id: string, score: number) => c('FUNDING', id, score, { anchors: FUNDING_ANCHORS, trlMin: 3, trlMax: 6, eligible: true });
    const strongParts = [
      c('RESEARCH', 's', 0.95, { trl: 4, institutionId: 'univ' }),
      c('TESTING', 'lab', 0.9, { institutionId: 'lab', prototyping: true }),
      club,
    ];
    const best = evaluatePlan({ category: 'RESEARCH', desiredTrl: 6 }, [...strongParts, fund('f1', 1)]);
    const good = evaluatePlan({ category: 'RESEARCH', desiredTrl: 6 }, [...strongParts, fund('f2', 0.9)]);
    expect(best.score).toBeLessThan(1);
    expect(good.score).toBeLessThan(best.score);
    // A funding programme at the funding rules' "strong" threshold counts as much as a seed at the engine's.
    const seedAtStrong = evaluatePlan({ category: 'RESEARCH', desiredTrl: null }, [c('RESEARCH', 's', ENGINE_ANCHORS.strong)]).parts[0].partScore;
    const fundAtStrong = evaluatePlan({ category: 'RESEARCH', desiredTrl: null }, [fund('f', FUNDING_ANCHORS.strong)]).parts[0].partScore;
    expect(fundAtStrong).toBeCloseTo(seedAtStrong);
  });

  it('breaks ties between consortia by evidence (field, text, region, members), then by key — never by id', () => {
    const tie = (id: string, key: string, evidence: number[]) => c('NETWORK', id, 0.6, { key, evidence });
    const near = tie('ffff', 'cs.zeta', [1, 0.4, 1, 10]);
    const far = tie('0000', 'cs.alpha', [0.6, 0.9, 1, 40]);
    const sameA = tie('eeee', 'cs.b-group', [1, 0.4, 1, 10]);
    expect([far, near, sameA].sort(compareCandidates).map((x) => x.key)).toEqual(['cs.b-group', 'cs.zeta', 'cs.alpha']);
    const { plans } = assemblePlans({ category: 'TECHNICAL', desiredTrl: null }, [labProto, far, near]);
    expect(plans[0].parts.find((p) => p.role === 'NETWORK')!.candidate.key).toBe('cs.zeta');
  });

  it.each([
    [[], 'CLOSED'],
    [['PROPOSED', 'MEETING'], 'ACTIVE'],
    [['AGREED', 'NEGOTIATING'], 'PARTLY_AGREED'],
    [['AGREED', 'DECLINED'], 'PARTLY_AGREED'],
    [['AGREED', 'AGREED'], 'AGREED'],
    [['DECLINED', 'WITHDRAWN'], 'CLOSED'],
  ])('plan status of %j is %s', (statuses, expected) => {
    expect(planStatusOf(statuses)).toBe(expected);
  });
});
