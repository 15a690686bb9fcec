import { calibrated, ENGINE_ANCHORS, FIT_ADJUSTMENTS as FIT, lowered, raised, roundScore as round, ScoreAnchors } from './plan-scores';

/**
 * Support plans (支援プラン): ranked combinations of complementary parts — research, testing,
 * network, funding, management — for one need. Pure: plain candidates in (each already ranked by
 * the matching engine or the funding rules), ranked plans out; no database, no GraphQL.
 *
 * A plan is scored by its parts (weighted by what the need's category asks for), each on the
 * shared scale of plan-scores.ts, and by how the parts fit each other: a seed below the wished
 * TRL with a public lab that can prototype, a funding programme whose TRL range covers the work,
 * a consortium the other parts belong to. Candidates of equal score are ordered by their
 * evidence, then by their stable key (never by a uuid).
 * A candidate with a declared conflict of interest is never placed in a plan; one over its
 * capacity is placed only at a lower part score, and the explanation says so.
 */

export type PlanRole = 'RESEARCH' | 'TESTING' | 'NETWORK' | 'FUNDING' | 'MANAGEMENT';
export type PlanTargetKind = 'SEED' | 'RESEARCHER' | 'INSTITUTION' | 'CONSORTIUM' | 'FUNDING';
export type PlanNeedCategory = 'TECHNICAL' | 'RESEARCH' | 'MANAGEMENT';

export interface Localised {
  readonly ja: string;
  readonly en: string;
}

export interface PartCandidate {
  readonly role: PlanRole;
  readonly targetKind: PlanTargetKind;
  readonly id: string;
  readonly labelJa: string;
  readonly labelEn: string;
  /** The source's own score 0–1 (the engine's or the funding rules'). */
  readonly score: number;
  /** The source's verdict thresholds, to put the score on the plan scale (the engine's when absent). */
  readonly anchors?: ScoreAnchors;
  /** Stable, human-meaningful key (`s.…`, `inst.…`, `cs.…`, `f.…`): orders candidates and plans of equal score. */
  readonly key?: string;
  /** Evidence, most telling first, higher better (for a consortium: field fit, text fit, region fit, members): orders candidates of equal score. */
  readonly evidence?: readonly number[];
  /** The engine's one-line reason. */
  readonly summary: Localised;
  /** Research: the seed's institution; testing and management: the institution itself. */
  readonly institutionId?: string | null;
  /** Research: the owner researchers. */
  readonly researcherIds?: readonly string[];
  /** Research: the seed's TRL. */
  readonly trl?: number | null;
  /** Testing: the lab offers contract testing or equipment lending (can prototype and evaluate). */
  readonly prototyping?: boolean;
  /** Testing: equipment named in the match evidence. */
  readonly equipment?: readonly string[];
  /** Network: ids of the member institutions and researchers. */
  readonly memberIds?: readonly string[];
  /** Funding: TRL range the programme covers, and whether the company may apply at all. */
  readonly trlMin?: number | null;
  readonly trlMax?: number | null;
  readonly eligible?: boolean;
  /** Set when the target takes no more work now (researcher's open introductions, a lab's monthly tests). */
  readonly overCapacity?: Localised | null;
  /** Set when the target declared a conflict of interest with the need's company: never placed. */
  readonly conflict?: Localised | null;
}

export interface PlanNeed {
  readonly category: PlanNeedCategory;
  readonly desiredTrl: number | null;
}

export interface PlanPart {
  readonly role: PlanRole;
  readonly candidate: PartCandidate;
  /** The candidate's score on the plan scale, after the capacity mark-down. */
  readonly partScore: number;
  readonly reason: Localised;
}

export interface Plan {
  readonly rank: number;
  readonly score: number;
  readonly parts: readonly PlanPart[];
  readonly missingRoles: readonly PlanRole[];
  /** How the parts fit each other (and what is missing), one sentence each. */
  readonly notes: readonly Localised[];
  readonly explanation: Localised;
}

export interface Exclusion {
  readonly role: PlanRole;
  readonly candidate: PartCandidate;
  readonly reason: Localised;
}

export interface PlanAssembly {
  readonly plans: readonly Plan[];
  /** Candidates never placed because of a declared conflict of interest. */
  readonly excluded: readonly Exclusion[];
}

export interface RoleSpec {
  readonly role: PlanRole;
  readonly required: boolean;
  readonly weight: number;
}

/** What each category asks for, and how much each part weighs in the plan score. */
export const PLAN_ROLES: Readonly<Record<PlanNeedCategory, readonly RoleSpec[]>> = {
  TECHNICAL: [
    { role: 'TESTING', required: true, weight: 0.35 },
    { role: 'RESEARCH', required: false, weight: 0.25 },
    { role: 'FUNDING', required: false, weight: 0.25 },
    { role: 'NETWORK', required: false, weight: 0.15 },
  ],
  RESEARCH: [
    { role: 'RESEARCH', required: true, weight: 0.4 },
    { role: 'TESTING', required: false, weight: 0.2 },
    { role: 'FUNDING', required: false, weight: 0.25 },
    { role: 'NETWORK', required: false, weight: 0.15 },
  ],
  MANAGEMENT: [
    { role: 'MANAGEMENT', required: true, weight: 0.45 },
    { role: 'FUNDING', required: false, weight: 0.35 },
    { role: 'NETWORK', required: false, weight: 0.2 },
  ],
};

export const ROLE_NAMES: Readonly<Record<PlanRole, Localised>> = {
  RESEARCH: { ja: '研究', en: 'research' },
  TESTING: { ja: '試験・設備', en: 'testing and equipment' },
  NETWORK: { ja: 'ネットワーク', en: 'network' },
  FUNDING: { ja: '資金', en: 'funding' },
  MANAGEMENT: { ja: '経営支援', en: 'management support' },
};

export interface AssemblyOptions {
  /** Plans returned at most. */
  readonly limit: number;
  /** Candidates per role combined at most (the best ones). */
  readonly perRole: number;
  /** Below this (on the plan scale: 0.4 is a possible fit) a candidate is too weak to be a part. */
  readonly minPartScore: number;
  /** Part score kept by a candidate over capacity. */
  readonly overCapacityFactor: number;
}

export const DEFAULT_ASSEMBLY_OPTIONS: AssemblyOptions = { limit: 3, perRole: 3, minPartScore: 0.4, overCapacityFactor: 0.6 };

/** Ranked plans for a need from its candidates per role. */
export function assemblePlans(need: PlanNeed, candidates: readonly PartCandidate[], options: Partial<AssemblyOptions> = {}): PlanAssembly {
  const o = { ...DEFAULT_ASSEMBLY_OPTIONS, ...options };
  const roles = PLAN_ROLES[need.category];
  const excluded: Exclusion[] = candidates.filter((c) => c.conflict).map((c) => ({ role: c.role, candidate: c, reason: c.conflict! }));
  const options_: Array<Array<PartCandidate | null>> = roles.map((spec) => {
    const viable = candidates
      .filter((c) => c.role === spec.role && !c.conflict && c.eligible !== false && effective(c, o) >= o.minPartScore)
      .sort((a, b) => effective(b, o) - effective(a, o) || compareCandidates(a, b))
      .slice(0, o.perRole);
    // An optional role may stay empty; a required one only when nothing fits.
    return spec.required && viable.length ? viable : [...viable, null];
  });

  const evaluated: Plan[] = [];
  for (const combo of product(options_)) {
    const chosen = combo
      .map((c, i) => (c ? { spec: roles[i], candidate: c } : null))
      .filter((x): x is { spec: RoleSpec; candidate: PartCandidate } => x !== null);
    if (chosen.length === 0) continue;
    evaluated.push(
      evaluatePlan(
        need,
        chosen.map((c) => c.candidate),
        o,
      ),
    );
  }
  // Plans of equal score: the one whose parts come first in their roles' order (evidence, then key).
  const position = new Map(options_.flatMap((list) => list.filter((c): c is PartCandidate => c !== null).map((c, i) => [`${c.role}:${c.id}`, i] as const)));
  const order = (plan: Plan) =>
    roles.map((r) => {
      const part = plan.parts.find((p) => p.role === r.role);
      return part ? (position.get(`${r.role}:${part.candidate.id}`) ?? o.perRole) : o.perRole;
    });
  const byOrder = (a: Plan, b: Plan) => {
    const x = order(a);
    const y = order(b);
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] - y[i];
    return signature(a).localeCompare(signature(b));
  };
  evaluated.sort((a, b) => b.score - a.score || byOrder(a, b));
  const picked = diverse(evaluated, o.limit, byOrder);
  return { plans: picked.map((p, i) => ({ ...p, rank: i + 1 })), excluded };
}

/**
 * One plan from chosen parts (one candidate per role): its score, notes and explanation. Used
 * for the enumeration and for a plan a coordinator proposes or edits part by part.
 */
export function evaluatePlan(need: PlanNeed, chosen: readonly PartCandidate[], options: Partial<AssemblyOptions> = {}): Plan {
  const o = { ...DEFAULT_ASSEMBLY_OPTIONS, ...options };
  const roles = PLAN_ROLES[need.category];
  const byRole = new Map<PlanRole, PartCandidate>();
  for (const c of chosen) if (!byRole.has(c.role)) byRole.set(c.role, c);
  const parts: PlanPart[] = [...byRole.values()]
    .sort((a, b) => roleOrder(roles, a.role) - roleOrder(roles, b.role))
    .map((c) => ({ role: c.role, candidate: c, partScore: round(effective(c, o)), reason: partReason(c) }));
  const totalWeight = roles.reduce((s, r) => s + r.weight, 0);
  const weightOf = (role: PlanRole) => roles.find((r) => r.role === role)?.weight ?? 0.1;
  // Missing roles count as 0: a plan that answers more of what the need asks for scores higher.
  let score = parts.reduce((s, p) => s + weightOf(p.role) * p.partScore, 0) / totalWeight;
  const notes: Localised[] = [];

  const research = byRole.get('RESEARCH');
  const testing = byRole.get('TESTING');
  const funding = byRole.get('FUNDING');
  const network = byRole.get('NETWORK');

  if (research?.trl != null && need.desiredTrl != null && research.trl < need.desiredTrl) {
    if (testing?.prototyping) {
      score = raised(score, FIT.prototypingBridge);
      notes.push({
        ja: `TRL ${research.trl} のシーズを希望の TRL ${need.desiredTrl} へ上げる試作・評価を${testing.labelJa}が担える`,
        en: `${testing.labelEn} can prototype and test to take the TRL ${research.trl} seed towards the wished TRL ${need.desiredTrl}`,
      });
    } else {
      score = lowered(score, FIT.noPrototyping);
      notes.push({
        ja: `TRL ${research.trl} のシーズを TRL ${need.desiredTrl} へ上げる試作・評価の担い手がいない`,
        en: `nobody in the plan prototypes or tests to take the TRL ${research.trl} seed to TRL ${need.desiredTrl}`,
      });
    }
  }
  if (funding && (funding.trlMin != null || funding.trlMax != null)) {
    const workTrl = research?.trl ?? need.desiredTrl;
    if (workTrl != null) {
      const inside = workTrl >= (funding.trlMin ?? 1) && workTrl <= (funding.trlMax ?? 9);
      score = inside ? raised(score, FIT.fundingTrlInside) : lowered(score, FIT.fundingTrlOutside);
      notes.push(
        inside
          ? {
              ja: `${funding.labelJa}の対象 TRL (${funding.trlMin ?? 1}〜${funding.trlMax ?? 9}) に TRL ${workTrl} の取組が入る`,
              en: `${funding.labelEn} covers TRL ${funding.trlMin ?? 1}–${funding.trlMax ?? 9}, which includes the TRL ${workTrl} work`,
            }
          : {
              ja: `${funding.labelJa}の対象 TRL (${funding.trlMin ?? 1}〜${funding.trlMax ?? 9}) に TRL ${workTrl} の取組が入らない`,
              en: `${funding.labelEn} covers TRL ${funding.trlMin ?? 1}–${funding.trlMax ?? 9}, not the TRL ${workTrl} work`,
            },
      );
    }
  }
  if (network?.memberIds?.length) {
    const members = new Set(network.memberIds);
    const inside = [research, testing, byRole.get('MANAGEMENT')].filter(
      (p): p is PartCandidate => !!p && (members.has(p.institutionId ?? '') || (p.researcherIds ?? []).some((r) => members.has(r))),
    );
    if (inside.length) {
      score = raised(score, FIT.warmPathPerMember * Math.min(2, inside.length));
      // A seed is not a member: its researchers or institution are.
      const who = (p: PartCandidate): Localised =>
        p.role === 'RESEARCH' ? { ja: `${p.labelJa}の研究者・機関`, en: `the team behind ${p.labelEn}` } : { ja: p.labelJa, en: p.labelEn };
      notes.push({
        ja: `${inside.map((p) => who(p).ja).join('・')}は${network.labelJa}の会員: 顔の見える関係で進められる`,
        en: `${inside.map((p) => who(p).en).join(', ')} ${inside.length > 1 ? 'are members' : 'is a member'} of ${network.labelEn}: a warm path`,
      });
    }
  }
  for (const p of parts)
    if (p.candidate.overCapacity)
      notes.push({
        ja: `${p.candidate.labelJa}: ${p.candidate.overCapacity.ja} (順位を下げています)`,
        en: `${p.candidate.labelEn}: ${p.candidate.overCapacity.en} (ranked down)`,
      });

  const missingRoles = roles.filter((r) => !byRole.has(r.role)).map((r) => r.role);
  const missingRequired = roles.filter((r) => r.required && !byRole.has(r.role));
  if (missingRequired.length) {
    score = lowered(score, FIT.missingRequired);
    notes.push({
      ja: `${missingRequired.map((r) => ROLE_NAMES[r.role].ja).join('・')}の担い手が見つからない`,
      en: `no fitting partner for ${missingRequired.map((r) => ROLE_NAMES[r.role].en).join(', ')}`,
    });
  }
  score = round(score);
  const kinds = parts.map((p) => ROLE_NAMES[p.role]);
  const explanation: Localised = {
    ja: `${CATEGORY_JA[need.category]}に${kinds.map((k) => k.ja).join('・')}の ${parts.length} 者を組み合わせる (プランスコア ${score.toFixed(2)})${notes.length ? `。${notes.map((n) => n.ja).join('。')}` : ''}`,
    en: `Brings ${parts.length} partners together for a ${CATEGORY_EN[need.category]}: ${kinds.map((k) => k.en).join(', ')} (plan score ${score.toFixed(2)})${notes.length ? `. ${notes.map((n) => capitalise(n.en)).join('. ')}` : ''}`,
  };
  return { rank: 0, score, parts, missingRoles, notes, explanation };
}

const CATEGORY_JA: Record<PlanNeedCategory, string> = { TECHNICAL: '技術的課題', RESEARCH: '研究課題', MANAGEMENT: '経営的課題' };
const CATEGORY_EN: Record<PlanNeedCategory, string> = { TECHNICAL: 'technical need', RESEARCH: 'research need', MANAGEMENT: 'management need' };
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The candidate's score on the plan scale, marked down when over capacity. */
function effective(c: PartCandidate, o: AssemblyOptions): number {
  const score = calibrated(c.score, c.anchors ?? ENGINE_ANCHORS);
  return c.overCapacity ? score * o.overCapacityFactor : score;
}

/** Candidates of equal score: the stronger evidence first, then by key (stable and readable), the id only when neither tells. */
export function compareCandidates(a: PartCandidate, b: PartCandidate): number {
  const n = Math.max(a.evidence?.length ?? 0, b.evidence?.length ?? 0);
  for (let i = 0; i < n; i++) {
    const d = (b.evidence?.[i] ?? 0) - (a.evidence?.[i] ?? 0);
    if (Math.abs(d) > 1e-9) return d;
  }
  return sortKey(a).localeCompare(sortKey(b)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

const sortKey = (c: PartCandidate) => c.key ?? c.labelEn;

function partReason(c: PartCandidate): Localised {
  const role = ROLE_NAMES[c.role];
  const equipment = c.equipment?.length ? { ja: ` 設備: ${c.equipment.join('、')}。`, en: ` Equipment: ${c.equipment.join(', ')}.` } : { ja: '', en: '' };
  const capacity = c.overCapacity ? { ja: ` ${c.overCapacity.ja}。`, en: ` ${capitalise(c.overCapacity.en)}.` } : { ja: '', en: '' };
  return {
    ja: `${role.ja}: ${c.labelJa} — ${c.summary.ja}。${equipment.ja}${capacity.ja}`.replace(/。。/g, '。'),
    en: `${capitalise(role.en)}: ${c.labelEn} — ${c.summary.en}.${equipment.en}${capacity.en}`.replace(/\.\./g, '.'),
  };
}

function roleOrder(roles: readonly RoleSpec[], role: PlanRole): number {
  const i = roles.findIndex((r) => r.role === role);
  return i === -1 ? roles.length : i;
}

/** Orders plans of equal score by their parts' keys. */
function signature(plan: Plan): string {
  return plan.parts.map((p) => `${p.role}:${sortKey(p.candidate)}`).join('|');
}

/** Greedy: each further plan differs from every one picked in at least two parts (or in all, if it has fewer); then the rest by score. */
function diverse(plans: readonly Plan[], limit: number, tieBreak: (a: Plan, b: Plan) => number): Plan[] {
  const picked: Plan[] = [];
  for (const plan of plans) {
    if (picked.length >= limit) break;
    if (picked.every((q) => differingParts(plan, q) >= Math.min(2, Math.max(plan.parts.length, q.parts.length)))) picked.push(plan);
  }
  for (const plan of plans) {
    if (picked.length >= limit) break;
    if (!picked.includes(plan)) picked.push(plan);
  }
  return picked.sort((a, b) => b.score - a.score || tieBreak(a, b));
}

function differingParts(a: Plan, b: Plan): number {
  const roles = new Set([...a.parts, ...b.parts].map((p) => p.role));
  let n = 0;
  for (const role of roles) if (a.parts.find((p) => p.role === role)?.candidate.id !== b.parts.find((p) => p.role === role)?.candidate.id) n++;
  return n;
}

function* product<T>(lists: readonly T[][]): Generator<T[]> {
  if (lists.length === 0) {
    yield [];
    return;
  }
  const [first, ...rest] = lists;
  for (const item of first) for (const tail of product(rest)) yield [item, ...tail];
}

/**
 * A plan's status from its live parts' introduction statuses: AGREED when every part agreed,
 * PARTLY_AGREED when some did, CLOSED when none did and none is open (or no part is left),
 * ACTIVE otherwise.
 */
export type PlanStatusName = 'ACTIVE' | 'PARTLY_AGREED' | 'AGREED' | 'CLOSED';
const OPEN = ['PROPOSED', 'INTRODUCED', 'MEETING', 'NEGOTIATING'];
export function planStatusOf(partStatuses: readonly string[]): PlanStatusName {
  if (partStatuses.length === 0) return 'CLOSED';
  const agreed = partStatuses.filter((s) => s === 'AGREED').length;
  if (agreed === partStatuses.length) return 'AGREED';
  if (agreed > 0) return 'PARTLY_AGREED';
  return partStatuses.some((s) => OPEN.includes(s)) ? 'ACTIVE' : 'CLOSED';
}
