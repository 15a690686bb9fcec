import { assessFunding, FundingNeedProfile, FundingProgrammeProfile, windowFor } from '../../../src/funding/funding-eligibility';

const programme = (overrides: Partial<FundingProgrammeProfile> = {}): FundingProgrammeProfile => ({
  id: 'p',
  kind: 'SUBSIDY',
  purposes: ['RND', 'PROTOTYPE'],
  eligibleSizes: ['MICRO', 'SMALL', 'MEDIUM'],
  regionCodes: ['JP-06'],
  fieldCodes: [],
  trlMin: 3,
  trlMax: 6,
  amountMinYen: 1_000_000,
  amountMaxYen: 10_000_000,
  coFundingRate: 0.5,
  windows: [{ opensOn: '2026-04-01', closesOn: '2026-05-31' }],
  ...overrides,
});
const need = (overrides: Partial<FundingNeedProfile> = {}): FundingNeedProfile => ({
  category: 'RESEARCH',
  fieldCodes: ['clusters.textiles'],
  desiredTrl: 4,
  budgetMaxYen: 5_000_000,
  companySize: 'SMALL',
  companyRegionCodes: ['JP-06-OKITAMA', 'JP-06', 'JP'],
  horizonMonths: 12,
  ...overrides,
});

describe('funding eligibility', () => {
  it.each([
    ['fits everything', {}, {}, '2026-04-10', true, []],
    ['large company refused', {}, { companySize: 'LARGE' }, '2026-04-10', false, ['SIZE']],
    ['outside the region', {}, { companyRegionCodes: ['JP-07', 'JP'] }, '2026-04-10', false, ['REGION']],
    ['window closed, none ahead', { windows: [{ opensOn: '2025-04-01', closesOn: '2025-05-31' }] }, {}, '2026-04-10', false, ['WINDOW']],
    ['window ahead within the horizon', { windows: [{ opensOn: '2026-09-01', closesOn: '2026-10-31' }] }, {}, '2026-04-10', true, []],
    ['window beyond a short horizon', { windows: [{ opensOn: '2026-12-01', closesOn: '2026-12-31' }] }, { horizonMonths: 3 }, '2026-04-10', false, ['WINDOW']],
    [
      'loan open all year',
      { kind: 'LOAN', windows: [], purposes: ['EQUIPMENT'], trlMin: null, trlMax: null },
      { category: 'MANAGEMENT', fieldCodes: ['management.finance'], desiredTrl: null },
      '2026-04-10',
      true,
      [],
    ],
    ['TRL outside the range lowers the fit only', { trlMin: 6, trlMax: 9 }, {}, '2026-04-10', true, ['TRL']],
    ['purpose does not fit', { purposes: ['SUCCESSION'] }, {}, '2026-04-10', true, ['PURPOSE']],
  ] as const)('%s', (_label, p, n, today, eligible, failing) => {
    const verdict = assessFunding(programme(p as Partial<FundingProgrammeProfile>), need(n as Partial<FundingNeedProfile>), today);
    expect(verdict.eligible).toBe(eligible);
    expect(verdict.checks.filter((c) => !c.ok).map((c) => c.criterion)).toEqual(failing);
    expect(verdict.score).toBeGreaterThanOrEqual(0);
    expect(verdict.score).toBeLessThanOrEqual(1);
    if (eligible) expect(verdict.score).toBeGreaterThanOrEqual(0.4);
    else expect(verdict.score).toBeLessThan(0.4);
    expect(verdict.summaryJa.length).toBeGreaterThan(0);
    expect(verdict.summaryEn).toMatch(eligible ? /^eligible/ : /^not eligible/);
  });

  it('scores by evidence, not by the absence of limits: a programme aimed at the field beats one open to any field', () => {
    const today = '2026-04-10';
    const aimed = assessFunding(programme({ fieldCodes: ['clusters.textiles'] }), need(), today);
    const open = assessFunding(programme({ fieldCodes: [] }), need(), today);
    expect(aimed.score).toBeGreaterThan(open.score);
    // One aimed at other fields is eligible (fields are no hard limit) but fits worse than one open to any field, and is not a strong fit.
    const elsewhere = assessFunding(programme({ fieldCodes: ['growth.food'] }), need(), today);
    expect(elsewhere.eligible).toBe(true);
    expect(elsewhere.score).toBeLessThan(open.score);
    expect(elsewhere.score).toBeLessThan(0.7);
    // Open to anything (no field, no TRL range, any amount, all year) is eligible but not a strong fit.
    const generic = assessFunding(
      programme({ fieldCodes: [], trlMin: null, trlMax: null, amountMaxYen: null, amountMinYen: null, windows: [] }),
      need(),
      today,
    );
    expect(generic.eligible).toBe(true);
    expect(generic.score).toBeLessThan(0.7);
    // A call months away fits less than one open now.
    const later = assessFunding(programme({ fieldCodes: ['clusters.textiles'], windows: [{ opensOn: '2026-10-01', closesOn: '2026-10-31' }] }), need(), today);
    expect(later.score).toBeLessThan(aimed.score);
    // Every criterion positively met (field aimed at, TRL inside, main purpose, the whole budget covered, open now): 1.
    const perfect = assessFunding(programme({ fieldCodes: ['clusters.textiles'], amountMaxYen: 5_000_000, coFundingRate: 1 }), need(), today);
    expect(perfect.score).toBe(1);
  });

  it('says why in both languages when a window has closed', () => {
    const v = assessFunding(programme({ windows: [{ opensOn: '2025-04-01', closesOn: '2025-05-31' }] }), need(), '2026-04-10');
    expect(v.summaryJa).toContain('公募終了');
    expect(v.summaryEn).toContain('call closed (2025-05-31)');
  });

  it('uses the TRL of the work a plan pairs it with', () => {
    expect(assessFunding(programme({ trlMin: 6, trlMax: 9 }), need({ workTrl: 7 }), '2026-04-10').checks.find((c) => c.criterion === 'TRL')!.ok).toBe(true);
  });

  it('picks the open window, else the next one within the horizon', () => {
    const windows = [
      { opensOn: '2026-01-01', closesOn: '2026-02-28' },
      { opensOn: '2026-06-01', closesOn: '2026-06-30' },
    ];
    expect(windowFor(windows, '2026-02-01', 6)).toMatchObject({ openNow: true, window: windows[0] });
    expect(windowFor(windows, '2026-03-01', 6)).toMatchObject({ openNow: false, window: windows[1] });
    expect(windowFor(windows, '2026-03-01', 2)).toMatchObject({ openNow: false, window: null, nextClosed: windows[0] });
  });
});
