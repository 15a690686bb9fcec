import type { DataSource } from 'typeorm';
import {
  conflictedResearchers,
  CONFLICT_OF_INTEREST_TEXT,
  isOverCapacity,
  labLoads,
  overCapacityText,
  ownersOfSeeds,
  researcherLoads,
} from '../capacity/capacity.queries';
import type { FundingService } from '../funding/funding.service';
import { IntroductionTargetKind } from '../introductions/introduction.enums';
import type { Target } from '../introductions/introduction.service';
import type { Need } from '../needs/need.entity';
import { PartCandidate, PlanNeed } from './plan-assembly';
import type { PlanRankings } from './plan-rankings';
import { FUNDING_ANCHORS } from './plan-scores';
import type { PlanRole } from './plan.enums';

/** Candidates read per role before combining (the assembly keeps the best three). */
const PER_ROLE = 6;
const PROTOTYPING_MENUS = ['CONTRACT_TESTING', 'EQUIPMENT_LENDING'];
const MANAGEMENT_KINDS = ['SUPPORT_ORGANIZATION', 'GOVERNMENT', 'INDUSTRY_ASSOCIATION'];

export function planNeed(need: Need): PlanNeed {
  return { category: need.category, desiredTrl: need.desiredTrl };
}

/**
 * The candidates of every role a need's category asks for, as the pure assembly takes them: the
 * engine's rankings (plan-rankings.ts), the funding rules, and capacity and conflicts marked.
 * A fixed number of statements whatever the number of candidates.
 */
export async function readPartCandidates(dataSource: DataSource, rankings: PlanRankings, funding: FundingService, need: Need): Promise<PartCandidate[]> {
  const manager = dataSource.manager;
  const management = need.category === 'MANAGEMENT';
  const none = Promise.resolve([]);
  const [seeds, labs, consortia, supporters, banks, programmes] = await Promise.all([
    management ? none : rankings.seeds(need.id, PER_ROLE),
    management ? none : rankings.institutions(need.id, ['PUBLIC_LAB'], PER_ROLE),
    rankings.consortia(need.id, PER_ROLE),
    management ? rankings.institutions(need.id, MANAGEMENT_KINDS, PER_ROLE) : none,
    rankings.institutions(need.id, ['FINANCIAL_INSTITUTION'], 3),
    funding.rankForNeed(need.id),
  ]);

  const owners = await ownersOfSeeds(
    manager,
    seeds.map((s) => s.seedId),
  );
  const researcherIds = [...new Set([...owners.values()].flat())];
  const [conflicted, loads, lab, members] = await Promise.all([
    conflictedResearchers(manager, need.companyId, researcherIds),
    researcherLoads(manager, researcherIds),
    labLoads(
      manager,
      labs.map((l) => l.institutionId),
    ),
    consortiumMembers(
      dataSource,
      consortia.map((c) => c.consortiumId),
    ),
  ]);
  const out: PartCandidate[] = [];
  for (const s of seeds) {
    const ids = owners.get(s.seedId) ?? [];
    const busy = ids.map((id) => loads.get(id)).find((l) => isOverCapacity(l));
    out.push({
      role: 'RESEARCH',
      targetKind: 'SEED',
      id: s.seedId,
      key: s.key,
      labelJa: s.title,
      labelEn: s.title,
      score: s.score,
      summary: { ja: s.summaryJa, en: s.summaryEn },
      institutionId: s.institutionId,
      researcherIds: ids,
      trl: s.trl,
      overCapacity: busy ? overCapacityText(busy, 'RESEARCHER') : null,
      conflict: ids.some((id) => conflicted.has(id)) ? CONFLICT_OF_INTEREST_TEXT : null,
    });
  }
  for (const l of labs) {
    const load = lab.get(l.institutionId);
    const terms = l.matchedTerms.filter((t) => t.length >= 2);
    out.push({
      role: 'TESTING',
      targetKind: 'INSTITUTION',
      id: l.institutionId,
      key: l.key,
      labelJa: l.nameJa,
      labelEn: l.nameEn ?? l.nameJa,
      score: l.score,
      summary: { ja: l.summaryJa, en: l.summaryEn },
      institutionId: l.institutionId,
      prototyping: l.supportMenus.some((m) => PROTOTYPING_MENUS.includes(m)),
      equipment: l.equipment.filter((e) => terms.some((t) => `${e.name} ${e.description ?? ''}`.includes(t))).map((e) => e.name),
      overCapacity: isOverCapacity(load) ? overCapacityText(load!, 'LAB') : null,
    });
  }
  for (const c of consortia) {
    const memberIds = members.get(c.consortiumId) ?? [];
    out.push({
      role: 'NETWORK',
      targetKind: 'CONSORTIUM',
      id: c.consortiumId,
      key: c.key,
      labelJa: c.nameJa,
      labelEn: c.nameEn ?? c.nameJa,
      score: c.score,
      summary: { ja: c.summaryJa, en: c.summaryEn },
      memberIds,
      // Equal scores: the better field fit, then text, then region, then the group with more member institutions and researchers.
      evidence: [c.fieldFit, c.textFit, c.regionFit, memberIds.length],
    });
  }
  for (const m of supporters) {
    out.push({
      role: 'MANAGEMENT',
      targetKind: 'INSTITUTION',
      id: m.institutionId,
      key: m.key,
      labelJa: m.nameJa,
      labelEn: m.nameEn ?? m.nameJa,
      score: m.score,
      summary: { ja: m.summaryJa, en: m.summaryEn },
      institutionId: m.institutionId,
    });
  }
  for (const b of banks) {
    out.push({
      role: 'FUNDING',
      targetKind: 'INSTITUTION',
      id: b.institutionId,
      key: b.key,
      labelJa: b.nameJa,
      labelEn: b.nameEn ?? b.nameJa,
      score: b.score,
      summary: { ja: b.summaryJa, en: b.summaryEn },
      institutionId: b.institutionId,
      eligible: true,
    });
  }
  for (const f of programmes.slice(0, PER_ROLE)) {
    out.push({
      role: 'FUNDING',
      targetKind: 'FUNDING',
      id: f.programme.id,
      key: f.programme.key,
      labelJa: f.programme.nameJa,
      labelEn: f.programme.nameEn ?? f.programme.nameJa,
      score: f.score,
      anchors: FUNDING_ANCHORS,
      summary: { ja: f.summaryJa, en: f.summaryEn },
      institutionId: f.programme.providerId,
      trlMin: f.programme.trlMin,
      trlMax: f.programme.trlMax,
      eligible: f.eligible,
    });
  }
  return out;
}

/** Member institutions and researchers of each consortium, one statement. */
async function consortiumMembers(dataSource: DataSource, consortiumIds: readonly string[]): Promise<Map<string, string[]>> {
  const rows = (await dataSource.query(
    `SELECT consortium_id, coalesce(institution_id, researcher_id) AS member FROM consortium_membership
      WHERE consortium_id = ANY($1::uuid[]) AND (institution_id IS NOT NULL OR researcher_id IS NOT NULL)`,
    [consortiumIds],
  )) as Array<{ consortium_id: string; member: string }>;
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.consortium_id, [...(out.get(r.consortium_id) ?? []), r.member]);
  return out;
}

/** The ranked candidate for a chosen target, or (a coordinator's own pick) a bare one scored 0 that says so. */
export function chosenCandidate(role: PlanRole, target: Target, known: readonly PartCandidate[], label: string): PartCandidate {
  const found = known.find((c) => c.role === role && c.id === target.id) ?? known.find((c) => c.id === target.id);
  if (found) return { ...found, role };
  return {
    role,
    targetKind: target.kind as IntroductionTargetKind,
    id: target.id,
    labelJa: label,
    labelEn: label,
    score: 0,
    summary: { ja: 'コーディネータの選択 (候補の上位には入っていない)', en: 'the coordinator’s choice (not among the ranked candidates)' },
  };
}
