/**
 * Whether a funding programme (補助金・助成金・融資制度) fits a company's need, and why: pure
 * (plain data in, verdict out), so the rules can be read and tested as a table. Size, region and
 * the application window decide eligibility (a programme the company cannot apply to is never
 * "eligible", however well it fits); fields, TRL, purpose, amount and timing decide how well it
 * fits, each by its evidence: a programme aimed at the need's field fits it better than one open
 * to any field, so a score of 1 means every criterion is positively met, not merely unrestricted.
 */

export type FundingKind = 'SUBSIDY' | 'GRANT' | 'LOAN';
export type FundingPurpose = 'RND' | 'PROTOTYPE' | 'EQUIPMENT' | 'COMMERCIALISATION' | 'WORKING_CAPITAL' | 'SUCCESSION' | 'HUMAN_RESOURCES';
export type CompanySizeName = 'MICRO' | 'SMALL' | 'MEDIUM' | 'LARGE';
export type NeedCategoryName = 'TECHNICAL' | 'RESEARCH' | 'MANAGEMENT';
export type FundingCriterion = 'SIZE' | 'REGION' | 'WINDOW' | 'FIELD' | 'TRL' | 'PURPOSE' | 'AMOUNT';

export interface ApplicationWindow {
  /** YYYY-MM-DD, inclusive. */
  readonly opensOn: string;
  /** YYYY-MM-DD, inclusive. */
  readonly closesOn: string;
}

export interface FundingProgrammeProfile {
  readonly id: string;
  readonly kind: FundingKind;
  readonly purposes: readonly FundingPurpose[];
  /** Empty: any size. */
  readonly eligibleSizes: readonly CompanySizeName[];
  /** Empty: anywhere; else the company's region must be one of these or inside one. */
  readonly regionCodes: readonly string[];
  /** Empty: any field; else a need field equal to, inside or above one of these. */
  readonly fieldCodes: readonly string[];
  readonly trlMin: number | null;
  readonly trlMax: number | null;
  readonly amountMinYen: number | null;
  readonly amountMaxYen: number | null;
  /** Share of the cost covered (補助率), e.g. 0.5; null for loans. */
  readonly coFundingRate: number | null;
  /** Empty: open all year (e.g. a loan product). */
  readonly windows: readonly ApplicationWindow[];
}

export interface FundingNeedProfile {
  readonly category: NeedCategoryName;
  readonly fieldCodes: readonly string[];
  readonly desiredTrl: number | null;
  readonly budgetMaxYen: number | null;
  readonly companySize: CompanySizeName | null;
  /** The company's region and every region containing it (area, prefecture, country). */
  readonly companyRegionCodes: readonly string[];
  /** Months ahead the company can wait (from its timeline); windows opening later do not count. */
  readonly horizonMonths: number;
  /** TRL the funded work would start from when a plan pairs it with a seed (else desiredTrl). */
  readonly workTrl?: number | null;
}

export interface FundingCheck {
  readonly criterion: FundingCriterion;
  /** Met; false makes the programme ineligible for SIZE, REGION and WINDOW, and lowers the fit otherwise. */
  readonly ok: boolean;
  /** How strongly it is met, 0–1 (1: positively, e.g. the programme targets the field; 0.25: not restricted or unknown; 0: not met). */
  readonly strength?: number;
  readonly ja: string;
  readonly en: string;
}

export interface FundingVerdict {
  readonly eligible: boolean;
  /** 0–1: eligible programmes 0.4–1 by fit; ineligible ones below 0.2. */
  readonly score: number;
  readonly checks: readonly FundingCheck[];
  /** The window that counts: open now, or the next one within the horizon. */
  readonly window: ApplicationWindow | null;
  readonly windowOpenNow: boolean;
  readonly summaryJa: string;
  readonly summaryEn: string;
}

const HARD: readonly FundingCriterion[] = ['SIZE', 'REGION', 'WINDOW'];
/** What the fit is made of (the window counts by timing: open now beats a call months away). */
const FIT_WEIGHTS: Partial<Record<FundingCriterion, number>> = { FIELD: 0.3, TRL: 0.25, PURPOSE: 0.2, AMOUNT: 0.15, WINDOW: 0.1 };
/**
 * Strength of a criterion met without evidence either way (no restriction, nothing known): low,
 * so that a programme open to anything that merely fits the purpose stays below a strong fit (0.7).
 */
const UNRESTRICTED = 0.25;

const SIZE_JA: Record<CompanySizeName, string> = { MICRO: '小規模事業者', SMALL: '中小企業(小)', MEDIUM: '中小企業(中)', LARGE: '大企業' };
const PURPOSE_JA: Record<FundingPurpose, string> = {
  RND: '研究開発',
  PROTOTYPE: '試作',
  EQUIPMENT: '設備投資',
  COMMERCIALISATION: '事業化・販路開拓',
  WORKING_CAPITAL: '運転資金',
  SUCCESSION: '事業承継',
  HUMAN_RESOURCES: '人材育成',
};
const PURPOSE_EN: Record<FundingPurpose, string> = {
  RND: 'R&D',
  PROTOTYPE: 'prototyping',
  EQUIPMENT: 'equipment investment',
  COMMERCIALISATION: 'commercialisation and sales',
  WORKING_CAPITAL: 'working capital',
  SUCCESSION: 'business succession',
  HUMAN_RESOURCES: 'skills development',
};

/** What a need of each category (and management field) usually needs money for. */
export function wantedPurposes(category: NeedCategoryName, fieldCodes: readonly string[]): FundingPurpose[] {
  if (category === 'RESEARCH') return ['RND', 'PROTOTYPE'];
  if (category === 'TECHNICAL') return ['PROTOTYPE', 'RND', 'EQUIPMENT'];
  const wanted = new Set<FundingPurpose>();
  for (const code of fieldCodes) {
    if (code.startsWith('management.finance')) ['EQUIPMENT', 'WORKING_CAPITAL'].forEach((p) => wanted.add(p as FundingPurpose));
    if (code.startsWith('management.sales')) wanted.add('COMMERCIALISATION');
    if (code.startsWith('management.succession')) wanted.add('SUCCESSION');
    if (code.startsWith('management.hr')) wanted.add('HUMAN_RESOURCES');
  }
  return wanted.size ? [...wanted] : ['WORKING_CAPITAL', 'COMMERCIALISATION'];
}

/** Months a need's timeline allows to wait for an application window. */
export const HORIZON_MONTHS: Record<string, number> = { WITHIN_3_MONTHS: 3, WITHIN_6_MONTHS: 6, WITHIN_1_YEAR: 12, WITHIN_3_YEARS: 24, UNDECIDED: 12 };

const related = (a: string, b: string) => a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);
const yen = (n: number) => (n >= 10_000 ? `${Math.round(n / 10_000).toLocaleString('ja-JP')}万円` : `${n}円`);
const yenEn = (n: number) => `¥${n.toLocaleString('en-US')}`;

function addMonths(day: string, months: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

/** The window that counts on `today` (YYYY-MM-DD): open now, else the earliest opening within the horizon. */
export function windowFor(
  windows: readonly ApplicationWindow[],
  today: string,
  horizonMonths: number,
): { window: ApplicationWindow | null; openNow: boolean; nextClosed: ApplicationWindow | null } {
  const open = windows.filter((w) => w.opensOn <= today && today <= w.closesOn).sort((a, b) => (a.closesOn < b.closesOn ? -1 : 1))[0];
  if (open) return { window: open, openNow: true, nextClosed: null };
  const limit = addMonths(today, horizonMonths);
  const upcoming = windows.filter((w) => w.opensOn > today && w.opensOn <= limit).sort((a, b) => (a.opensOn < b.opensOn ? -1 : 1))[0];
  const lastClosed = windows.filter((w) => w.closesOn < today).sort((a, b) => (a.closesOn > b.closesOn ? -1 : 1))[0] ?? null;
  return { window: upcoming ?? null, openNow: false, nextClosed: lastClosed };
}

/** The verdict on one programme for one need on `today` (YYYY-MM-DD, Asia/Tokyo). */
export function assessFunding(programme: FundingProgrammeProfile, need: FundingNeedProfile, today: string): FundingVerdict {
  const checks: FundingCheck[] = [];

  // SIZE
  if (programme.eligibleSizes.length === 0) checks.push({ criterion: 'SIZE', ok: true, ja: '企業規模の制限なし', en: 'open to any company size' });
  else if (!need.companySize)
    checks.push({ criterion: 'SIZE', ok: true, ja: '企業規模が未登録のため要確認', en: 'company size unknown: check before applying' });
  else if (programme.eligibleSizes.includes(need.companySize))
    checks.push({ criterion: 'SIZE', ok: true, ja: `${SIZE_JA[need.companySize]}が対象`, en: `${need.companySize.toLowerCase()} companies are eligible` });
  else
    checks.push({
      criterion: 'SIZE',
      ok: false,
      ja: `${SIZE_JA[need.companySize]}は対象外`,
      en: `${need.companySize.toLowerCase()} companies are not eligible`,
    });

  // REGION
  if (programme.regionCodes.length === 0) checks.push({ criterion: 'REGION', ok: true, ja: '地域の制限なし', en: 'open in any region' });
  else if (programme.regionCodes.some((code) => need.companyRegionCodes.includes(code)))
    checks.push({ criterion: 'REGION', ok: true, ja: '対象地域内の企業', en: 'the company is in the eligible region' });
  else checks.push({ criterion: 'REGION', ok: false, ja: '企業の所在地が対象地域外', en: 'the company is outside the eligible region' });

  // WINDOW
  const w = programme.windows.length === 0 ? { window: null, openNow: true, nextClosed: null } : windowFor(programme.windows, today, need.horizonMonths);
  if (programme.windows.length === 0) checks.push({ criterion: 'WINDOW', ok: true, strength: 1, ja: '通年で申込可能', en: 'applications accepted all year' });
  else if (w.openNow)
    checks.push({ criterion: 'WINDOW', ok: true, strength: 1, ja: `公募中 (${w.window!.closesOn} 締切)`, en: `open now (closes ${w.window!.closesOn})` });
  else if (w.window)
    checks.push({
      criterion: 'WINDOW',
      ok: true,
      // Waiting for the next call: the sooner it opens, the better.
      strength: 1 - monthsUntil(today, w.window.opensOn) / Math.max(need.horizonMonths, 1) / 2,
      ja: `次の公募 ${w.window.opensOn}〜${w.window.closesOn}`,
      en: `next call ${w.window.opensOn} to ${w.window.closesOn}`,
    });
  else
    checks.push({
      criterion: 'WINDOW',
      ok: false,
      ja: w.nextClosed ? `公募終了 (${w.nextClosed.closesOn} 締切) で、希望時期内に次の公募なし` : '希望時期内に公募なし',
      en: w.nextClosed ? `call closed (${w.nextClosed.closesOn}) and no further call within the timeline` : 'no call within the timeline',
    });

  // FIELD
  if (programme.fieldCodes.length === 0) checks.push({ criterion: 'FIELD', ok: true, strength: UNRESTRICTED, ja: '分野の制限なし', en: 'any field' });
  else if (need.fieldCodes.some((n) => programme.fieldCodes.some((p) => related(n, p))))
    checks.push({ criterion: 'FIELD', ok: true, strength: 1, ja: '対象分野が一致', en: 'the field is one the programme supports' });
  else checks.push({ criterion: 'FIELD', ok: false, strength: 0, ja: '対象分野外', en: 'the field is not among those supported' });

  // TRL
  const trl = need.workTrl ?? need.desiredTrl;
  if (programme.trlMin === null && programme.trlMax === null)
    checks.push({ criterion: 'TRL', ok: true, strength: UNRESTRICTED, ja: '技術成熟度の制限なし', en: 'no TRL range' });
  else if (trl === null)
    checks.push({
      criterion: 'TRL',
      ok: true,
      strength: UNRESTRICTED,
      ja: `対象 TRL ${programme.trlMin ?? 1}〜${programme.trlMax ?? 9} (ニーズ側は未設定)`,
      en: `covers TRL ${programme.trlMin ?? 1}–${programme.trlMax ?? 9} (the need gives none)`,
    });
  else {
    const ok = trl >= (programme.trlMin ?? 1) && trl <= (programme.trlMax ?? 9);
    checks.push({
      criterion: 'TRL',
      ok,
      strength: ok ? 1 : 0,
      ja: `TRL ${trl} は対象範囲 ${programme.trlMin ?? 1}〜${programme.trlMax ?? 9} ${ok ? '内' : '外'}`,
      en: `TRL ${trl} is ${ok ? 'inside' : 'outside'} the range ${programme.trlMin ?? 1}–${programme.trlMax ?? 9}`,
    });
  }

  // PURPOSE
  const wanted = wantedPurposes(need.category, need.fieldCodes);
  const shared = programme.purposes.filter((p) => wanted.includes(p));
  checks.push(
    shared.length
      ? {
          criterion: 'PURPOSE',
          ok: true,
          // The need's main purpose (listed first) fits fully; only a secondary one, partly.
          strength: shared.includes(wanted[0]) ? 1 : 0.7,
          ja: `目的が合う: ${shared.map((p) => PURPOSE_JA[p]).join('・')}`,
          en: `purpose fits: ${shared.map((p) => PURPOSE_EN[p]).join(', ')}`,
        }
      : {
          criterion: 'PURPOSE',
          ok: false,
          strength: 0,
          ja: `目的 (${programme.purposes.map((p) => PURPOSE_JA[p]).join('・')}) が課題と合わない`,
          en: `its purpose (${programme.purposes.map((p) => PURPOSE_EN[p]).join(', ')}) does not fit the need`,
        },
  );

  // AMOUNT
  if (need.budgetMaxYen === null || programme.amountMaxYen === null)
    checks.push({
      criterion: 'AMOUNT',
      ok: true,
      strength: UNRESTRICTED,
      ja: programme.amountMaxYen ? `上限 ${yen(programme.amountMaxYen)}` : '金額の上限なし',
      en: programme.amountMaxYen ? `up to ${yenEn(programme.amountMaxYen)}` : 'no upper amount',
    });
  else {
    const covered = programme.amountMaxYen / (programme.coFundingRate ?? 1);
    const ok = (programme.amountMinYen ?? 0) <= need.budgetMaxYen && covered >= need.budgetMaxYen * 0.3;
    checks.push({
      criterion: 'AMOUNT',
      ok,
      // The share of the budget the programme can cover.
      strength: ok ? Math.min(1, covered / need.budgetMaxYen) : 0,
      ja: `上限 ${yen(programme.amountMaxYen)}${programme.coFundingRate ? ` (補助率 ${Math.round(programme.coFundingRate * 100)}%)` : ''} / 予算 ${yen(need.budgetMaxYen)}`,
      en: `up to ${yenEn(programme.amountMaxYen)}${programme.coFundingRate ? ` (covers ${Math.round(programme.coFundingRate * 100)}%)` : ''} for a budget of ${yenEn(need.budgetMaxYen)}`,
    });
  }

  const eligible = checks.filter((c) => HARD.includes(c.criterion)).every((c) => c.ok);
  const evidence = checks.reduce((sum, c) => sum + (FIT_WEIGHTS[c.criterion] ?? 0) * (c.strength ?? (c.ok ? 1 : 0)), 0);
  // A programme aimed at other fields is rarely the right one, whatever else fits: half the fit.
  const fit = checks.some((c) => c.criterion === 'FIELD' && !c.ok) ? evidence / 2 : evidence;
  const score = round(eligible ? 0.4 + 0.6 * fit : 0.2 * fit);
  const failed = checks.filter((c) => !c.ok);
  const hardFailed = failed.filter((c) => HARD.includes(c.criterion));
  // What speaks for it: the window, and the criteria positively met (not merely unrestricted).
  const strong = checks.filter(
    (c) => c.ok && (c.criterion === 'WINDOW' || (c.strength ?? 0) >= 0.7) && ['WINDOW', 'FIELD', 'TRL', 'PURPOSE'].includes(c.criterion),
  );
  const forJa = strong.length ? `: ${strong.map((c) => c.ja).join('、')}` : '';
  const forEn = strong.length ? `: ${strong.map((c) => c.en).join('; ')}` : '';
  const summaryJa = eligible
    ? `申請可能${forJa}${failed.length ? ` (注意: ${failed.map((c) => c.ja).join('、')})` : ''}`
    : `申請不可: ${hardFailed.map((c) => c.ja).join('、')}`;
  const summaryEn = eligible
    ? `eligible${forEn}${failed.length ? ` (but: ${failed.map((c) => c.en).join('; ')})` : ''}`
    : `not eligible: ${hardFailed.map((c) => c.en).join('; ')}`;
  return { eligible, score, checks, window: w.window, windowOpenNow: w.openNow && w.window !== null, summaryJa, summaryEn };
}

const round = (n: number) => Math.round(n * 1000) / 1000;

function monthsUntil(today: string, day: string): number {
  return Math.max(0, (Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / (30.44 * 86_400_000));
}
