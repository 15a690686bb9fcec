import { DataSource, EntityManager } from 'typeorm';
import { authorize } from '../auth/policy';
import type { Viewer } from '../auth/viewer';
import {
  conflictedResearchers,
  CONFLICT_OF_INTEREST_TEXT,
  isOverCapacity,
  labLoads,
  overCapacityText,
  ownersOfSeeds,
  researcherLoads,
} from '../capacity/capacity.queries';
import { Actor, actorOf, trimmedOrNull } from '../common/actor';
import { ConnectionShape, paginate, SortDirection } from '../common/connection';
import { ConflictError, InvalidInputError, NotFoundError } from '../common/errors';
import { fromGlobalId, toGlobalId } from '../common/global-id';
import { assertVersion } from '../common/references';
import { isUniqueViolation } from '../database/unique-violation';
import type { FundingService } from '../funding/funding.service';
import { Introduction } from '../introductions/introduction.entity';
import { IntroductionTargetKind } from '../introductions/introduction.enums';
import type { IntroductionService, Target } from '../introductions/introduction.service';
import { Need } from '../needs/need.entity';
import { NeedStatus } from '../needs/need.enums';
import { assemblePlans, evaluatePlan, PartCandidate, Plan, PlanNeed } from './plan-assembly';
import { refreshPlan } from './plan-status';
import type { PlanRankings } from './plan-rankings';
import { PlanEventAction, PlanRole, PlanStatus } from './plan.enums';
import {
  AddPlanPartInput,
  DropPlanPartInput,
  PlanCandidate,
  PlanCandidates,
  PlanPartInput,
  ProposePlanInput,
  ReplacePlanPartInput,
  SupportPlanFilter,
} from './plan.types';
import { SupportPlan, SupportPlanEvent, SupportPlanPart } from './support-plan.entity';

const PLAN = { ja: '支援プラン', en: 'Support plan' };
const NEED = { ja: '企業ニーズ', en: 'Need' };
const OPEN_SQL = `('PROPOSED', 'INTRODUCED', 'MEETING', 'NEGOTIATING')`;
/** Candidates read per role before combining (the assembly keeps the best three). */
const PER_ROLE = 6;
const PROTOTYPING_MENUS = ['CONTRACT_TESTING', 'EQUIPMENT_LENDING'];
const MANAGEMENT_KINDS = ['SUPPORT_ORGANIZATION', 'GOVERNMENT', 'INDUSTRY_ASSOCIATION'];
const TYPE_OF: Record<IntroductionTargetKind, string> = {
  SEED: 'Seed',
  RESEARCHER: 'Researcher',
  INSTITUTION: 'Institution',
  CONSORTIUM: 'Consortium',
  FUNDING: 'FundingProgramme',
};

/**
 * Support plans (支援プラン): candidates assembled from the engine's rankings, funding rules,
 * capacity and conflicts by the pure plan-assembly.ts; proposals whose parts are introductions
 * (each with its own life, src/introductions); part changes kept as history. The plan's status
 * follows its parts (plan-status.ts), also when a part's introduction moves.
 */
export class PlanService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rankings: PlanRankings,
    private readonly funding: FundingService,
    private readonly introductions: IntroductionService,
  ) {}

  /** Ranked plans for a need (`planCandidates`). */
  async candidates(viewer: Viewer, needGlobalId: string, limit = 3): Promise<PlanCandidates> {
    authorize(viewer, 'RUN_MATCHING');
    if (!Number.isInteger(limit) || limit < 1 || limit > 10) throw InvalidInputError.of('first', '1〜10 で指定してください', 'must be from 1 to 10', 'range');
    const need = await this.need(fromGlobalId(needGlobalId, 'Need', 'needId').id, 'needId');
    const candidates = await this.partCandidates(need);
    const { plans, excluded } = assemblePlans(planNeed(need), candidates, { limit });
    return {
      plans: plans.map(toPlanCandidate),
      excluded: excluded.map((e) => ({
        role: e.role as PlanRole,
        targetId: toGlobalId(TYPE_OF[e.candidate.targetKind as IntroductionTargetKind], e.candidate.id),
        labelJa: e.candidate.labelJa,
        reasonJa: e.reason.ja,
        reasonEn: e.reason.en,
      })),
    };
  }

  /** Records a plan: every part becomes an introduction (an open one of the same pair outside any live plan is adopted). */
  async propose(viewer: Viewer, input: ProposePlanInput): Promise<SupportPlan> {
    authorize(viewer, 'MANAGE_PLANS');
    const need = await this.need(fromGlobalId(input.needId, 'Need', 'input.needId').id, 'input.needId');
    if (need.status === NeedStatus.ARCHIVED) throw InvalidInputError.of('input.needId', 'アーカイブ済みのニーズには提案できません', 'is archived', 'active');
    const roles = input.parts.map((p) => p.role);
    if (new Set(roles).size !== roles.length)
      throw InvalidInputError.of('input.parts', '役割ごとに 1 つだけ指定してください', 'give at most one part per role', 'uniqueRole');
    const targets = await this.checkedTargets(
      need,
      input.parts.map((part, i) => ({ part, field: `input.parts.${i}` })),
    );
    const known = await this.partCandidates(need);
    const chosen = targets.map(({ part, target }) => chosenCandidate(part.role, target, known));
    const plan = evaluatePlan(planNeed(need), chosen);
    const actor = actorOf(viewer);
    return this.write(async (manager) => {
      const now = new Date();
      const saved = await manager.save(
        manager.create(SupportPlan, {
          needId: need.id,
          status: PlanStatus.ACTIVE,
          score: plan.score,
          explanationJa: plan.explanation.ja,
          explanationEn: plan.explanation.en,
          note: trimmedOrNull(input.note),
          proposedById: actor.coordinatorId,
          proposedByAccountId: actor.accountId,
          proposedAt: now,
        }),
      );
      await this.event(manager, saved.id, PlanEventAction.PROPOSED, null, null, PlanStatus.ACTIVE, actor, trimmedOrNull(input.note), now);
      for (const part of plan.parts)
        await this.addPart(
          manager,
          saved,
          need,
          part.role as PlanRole,
          part.candidate,
          part.partScore,
          part.reason,
          actor,
          trimmedOrNull(input.note),
          now,
          false,
        );
      return refreshPlan(manager, saved.id, now, actor);
    });
  }

  /** Adds a part in a role the plan does not fill (CONFLICT PLAN_ROLE_TAKEN otherwise: replace it). */
  async addPlanPart(viewer: Viewer, input: AddPlanPartInput): Promise<SupportPlan> {
    return this.change(viewer, input.planId, input.expectedVersion, async (manager, plan, need, actor, now) => {
      const [{ target }] = await this.checkedTargets(need, [{ part: input.part, field: 'input.part' }]);
      if (await this.livePart(manager, plan.id, input.part.role)) {
        throw new ConflictError(
          'PLAN_ROLE_TAKEN',
          { ja: 'この役割には既に構成要素があります (差し替えてください)', en: 'The plan already has a part in this role: replace it instead' },
          'input.part.role',
        );
      }
      const candidate = chosenCandidate(input.part.role, target, await this.partCandidates(need));
      await this.addPart(manager, plan, need, input.part.role, candidate, null, null, actor, trimmedOrNull(input.reason), now, true);
    });
  }

  /** Replaces the part of a role: the old introduction is withdrawn (if open), its row kept with what replaced it. */
  async replacePlanPart(viewer: Viewer, input: ReplacePlanPartInput): Promise<SupportPlan> {
    return this.change(viewer, input.planId, input.expectedVersion, async (manager, plan, need, actor, now) => {
      const [{ target }] = await this.checkedTargets(need, [{ part: input.part, field: 'input.part' }]);
      const old = await this.livePart(manager, plan.id, input.part.role);
      if (!old) throw partRemoved(input.part.role);
      const reason = trimmedOrNull(input.reason);
      old.removedAt = now;
      await manager.save(old);
      await this.introductions.withdrawWithin(manager, old.introductionId, actor, reason ?? '支援プランの構成要素を差し替え / replaced in the support plan');
      const candidate = chosenCandidate(input.part.role, target, await this.partCandidates(need));
      const added = await this.addPart(manager, plan, need, input.part.role, candidate, null, null, actor, reason, now, false);
      old.replacedById = added.id;
      await manager.save(old);
      await this.event(manager, plan.id, PlanEventAction.PART_REPLACED, input.part.role, added.id, null, actor, reason, now);
    });
  }

  /** Drops the part of a role: its open introduction is withdrawn, its row kept. */
  async dropPlanPart(viewer: Viewer, input: DropPlanPartInput): Promise<SupportPlan> {
    return this.change(viewer, input.planId, input.expectedVersion, async (manager, plan, _need, actor, now) => {
      const part = await this.livePart(manager, plan.id, input.role);
      if (!part) throw partRemoved(input.role);
      const reason = trimmedOrNull(input.reason);
      part.removedAt = now;
      await manager.save(part);
      await this.introductions.withdrawWithin(manager, part.introductionId, actor, reason ?? '支援プランから外した / dropped from the support plan');
      await this.event(manager, plan.id, PlanEventAction.PART_DROPPED, input.role, part.id, null, actor, reason, now);
    });
  }

  /** Plans, newest first (staff). */
  async list(
    viewer: Viewer,
    filter: SupportPlanFilter | null | undefined,
    page: { first?: number; after?: string },
    maxPageSize?: number,
  ): Promise<ConnectionShape<SupportPlan>> {
    authorize(viewer, 'READ_PLANS');
    const query = this.dataSource.getRepository(SupportPlan).createQueryBuilder('plan');
    if (filter?.needId) query.andWhere('plan.need_id = :needId', { needId: fromGlobalId(filter.needId, 'Need', 'filter.needId').id });
    if (filter?.status?.length) query.andWhere('plan.status IN (:...statuses)', { statuses: filter.status });
    return paginate(query, { expression: 'plan.proposed_at', kind: 'date', direction: SortDirection.DESC }, page, maxPageSize);
  }

  assertMayRead(viewer: Viewer): void {
    authorize(viewer, 'READ_PLANS');
  }

  /** Candidates for every role the need's category asks for, with capacity and conflicts marked. */
  private async partCandidates(need: Need): Promise<PartCandidate[]> {
    const manager = this.dataSource.manager;
    const out: PartCandidate[] = [];
    const management = need.category === 'MANAGEMENT';
    const [seeds, labs, consortia, supporters, banks, programmes] = await Promise.all([
      management ? Promise.resolve([]) : this.rankings.seeds(need.id, PER_ROLE),
      management ? Promise.resolve([]) : this.rankings.institutions(need.id, ['PUBLIC_LAB'], PER_ROLE),
      this.rankings.consortia(need.id, PER_ROLE),
      management ? this.rankings.institutions(need.id, MANAGEMENT_KINDS, PER_ROLE) : Promise.resolve([]),
      this.rankings.institutions(need.id, ['FINANCIAL_INSTITUTION'], 3),
      this.funding.rankForNeed(need.id),
    ]);

    const owners = await ownersOfSeeds(
      manager,
      seeds.map((s) => s.seedId),
    );
    const researcherIds = [...new Set([...owners.values()].flat())];
    const [conflicted, loads, lab] = await Promise.all([
      conflictedResearchers(manager, need.companyId, researcherIds),
      researcherLoads(manager, researcherIds),
      labLoads(
        manager,
        labs.map((l) => l.institutionId),
      ),
    ]);
    for (const s of seeds) {
      const ids = owners.get(s.seedId) ?? [];
      const busy = ids.map((id) => loads.get(id)).find((l) => isOverCapacity(l));
      out.push({
        role: 'RESEARCH',
        targetKind: 'SEED',
        id: s.seedId,
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
    const members = (await manager.query(
      `SELECT consortium_id, coalesce(institution_id, researcher_id) AS member FROM consortium_membership WHERE consortium_id = ANY($1::uuid[]) AND (institution_id IS NOT NULL OR researcher_id IS NOT NULL)`,
      [consortia.map((c) => c.consortiumId)],
    )) as Array<{ consortium_id: string; member: string }>;
    for (const c of consortia) {
      out.push({
        role: 'NETWORK',
        targetKind: 'CONSORTIUM',
        id: c.consortiumId,
        labelJa: c.nameJa,
        labelEn: c.nameEn ?? c.nameJa,
        score: c.score,
        summary: { ja: c.summaryJa, en: c.summaryEn },
        memberIds: members.filter((m) => m.consortium_id === c.consortiumId).map((m) => m.member),
      });
    }
    for (const m of supporters) {
      out.push({
        role: 'MANAGEMENT',
        targetKind: 'INSTITUTION',
        id: m.institutionId,
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
        labelJa: f.programme.nameJa,
        labelEn: f.programme.nameEn ?? f.programme.nameJa,
        score: f.score,
        summary: { ja: f.summaryJa, en: f.summaryEn },
        institutionId: f.programme.providerId,
        trlMin: f.programme.trlMin,
        trlMax: f.programme.trlMax,
        eligible: f.eligible,
      });
    }
    return out;
  }

  /** Each part's one target, existing, and not a researcher with a declared conflict (CONFLICT DECLARED_CONFLICT_OF_INTEREST). */
  private async checkedTargets(need: Need, parts: Array<{ part: PlanPartInput; field: string }>): Promise<Array<{ part: PlanPartInput; target: Target }>> {
    const out: Array<{ part: PlanPartInput; target: Target }> = [];
    for (const { part, field } of parts) {
      const target = targetOf(part, field);
      await this.introductions.assertTarget(target);
      await this.introductions.assertNoConflict(this.dataSource.manager, need, target);
      out.push({ part, target });
    }
    return out;
  }

  private async addPart(
    manager: EntityManager,
    plan: SupportPlan,
    need: Need,
    role: PlanRole,
    candidate: PartCandidate,
    partScore: number | null,
    reason: { ja: string; en: string } | null,
    actor: Actor,
    note: string | null,
    now: Date,
    recordAdded: boolean,
  ): Promise<SupportPlanPart> {
    const target: Target = { kind: candidate.targetKind as IntroductionTargetKind, id: candidate.id };
    const introduction = await this.openOrNew(manager, need, target, candidate, note, actor);
    const evaluated = reason ? null : evaluatePlan(planNeed(need), [candidate]).parts[0];
    const part = await manager.save(
      manager.create(SupportPlanPart, {
        planId: plan.id,
        role,
        introductionId: introduction.id,
        partScore: partScore ?? evaluated?.partScore ?? null,
        reasonJa: (reason ?? evaluated!.reason).ja,
        reasonEn: (reason ?? evaluated!.reason).en,
        addedAt: now,
      }),
    );
    if (recordAdded) await this.event(manager, plan.id, PlanEventAction.PART_ADDED, role, part.id, null, actor, note, now);
    return part;
  }

  /** The pair's open introduction when no live plan holds it (adopted as the part), else a new one. */
  private async openOrNew(
    manager: EntityManager,
    need: Need,
    target: Target,
    candidate: PartCandidate,
    note: string | null,
    actor: Actor,
  ): Promise<Introduction> {
    const [open] = (await manager.query(
      `SELECT i.id, EXISTS (SELECT 1 FROM support_plan_part p WHERE p.introduction_id = i.id AND p.removed_at IS NULL) AS in_plan
         FROM introduction i WHERE i.need_id = $1 AND i.target_id = $2 AND i.status IN ${OPEN_SQL} FOR UPDATE`,
      [need.id, target.id],
    )) as Array<{ id: string; in_plan: boolean }>;
    if (open?.in_plan)
      throw new ConflictError(
        'OPEN_INTRODUCTION_EXISTS',
        { ja: 'この組み合わせは既に別の支援プランで対応中です', en: 'This pair is already an open part of another support plan' },
        'input.parts',
      );
    if (open) return manager.getRepository(Introduction).findOneOrFail({ where: { id: open.id } });
    const snapshot = { score: candidate.score > 0 ? candidate.score : null, explanation: [], factorValues: null, weightsVersion: null };
    return this.introductions.insertWithin(manager, need.id, target, snapshot, note, actor);
  }

  /** Locks the plan, checks the version, runs the change, then re-scores and refreshes the status. */
  private async change(
    viewer: Viewer,
    planGlobalId: string,
    expectedVersion: number,
    body: (manager: EntityManager, plan: SupportPlan, need: Need, actor: Actor, now: Date) => Promise<void>,
  ): Promise<SupportPlan> {
    authorize(viewer, 'MANAGE_PLANS');
    const actor = actorOf(viewer);
    const { id } = fromGlobalId(planGlobalId, 'SupportPlan', 'input.planId');
    return this.write(async (manager) => {
      const plan = await manager.getRepository(SupportPlan).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!plan) throw new NotFoundError(PLAN, 'input.planId');
      assertVersion(PLAN, plan, expectedVersion);
      const need = await this.need(plan.needId, 'input.planId', manager);
      const now = new Date();
      await body(manager, plan, need, actor, now);
      const rescored = await this.rescore(manager, need, plan.id);
      plan.score = rescored.score;
      plan.explanationJa = rescored.explanation.ja;
      plan.explanationEn = rescored.explanation.en;
      await manager.save(plan);
      return refreshPlan(manager, plan.id, now, actor);
    });
  }

  /** The plan's score and explanation over its live parts, from their stored scores and reasons. */
  private async rescore(manager: EntityManager, need: Need, planId: string): Promise<Plan> {
    const rows = (await manager.query(
      `SELECT p.role, p.part_score, p.reason_ja, p.reason_en, i.target_kind, i.target_id FROM support_plan_part p JOIN introduction i ON i.id = p.introduction_id WHERE p.plan_id = $1 AND p.removed_at IS NULL`,
      [planId],
    )) as Array<{ role: PlanRole; part_score: number | null; reason_ja: string; reason_en: string; target_kind: IntroductionTargetKind; target_id: string }>;
    const known = await this.partCandidates(need);
    return evaluatePlan(
      planNeed(need),
      rows.map(
        (r) =>
          known.find((c) => c.role === r.role && c.id === r.target_id) ?? {
            role: r.role,
            targetKind: r.target_kind,
            id: r.target_id,
            labelJa: r.reason_ja,
            labelEn: r.reason_en,
            score: r.part_score ?? 0,
            summary: { ja: '', en: '' },
          },
      ),
    );
  }

  private async livePart(manager: EntityManager, planId: string, role: PlanRole): Promise<SupportPlanPart | null> {
    return manager
      .getRepository(SupportPlanPart)
      .createQueryBuilder('part')
      .where('part.plan_id = :planId AND part.role = :role AND part.removed_at IS NULL', { planId, role })
      .setLock('pessimistic_write')
      .getOne();
  }

  private async need(id: string, field: string, manager: EntityManager = this.dataSource.manager): Promise<Need> {
    const need = await manager.getRepository(Need).findOne({ where: { id } });
    if (!need) throw new NotFoundError(NEED, field);
    return need;
  }

  private async event(
    manager: EntityManager,
    planId: string,
    action: PlanEventAction,
    role: PlanRole | null,
    partId: string | null,
    status: PlanStatus | null,
    actor: Actor,
    reason: string | null,
    at: Date,
  ): Promise<void> {
    await manager.insert(SupportPlanEvent, {
      planId,
      action,
      role,
      partId,
      status,
      actorAccountId: actor.accountId,
      actorRole: actor.role,
      reason,
      occurredAt: at,
    });
  }

  private async write<T>(body: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(body);
    } catch (error) {
      if (isUniqueViolation(error))
        throw new ConflictError(
          'OPEN_INTRODUCTION_EXISTS',
          { ja: '同時に同じ組み合わせが提案されました。読み込み直してください', en: 'The same pair was proposed at the same moment: reload and try again' },
          'input',
        );
      throw error;
    }
  }
}

function planNeed(need: Need): PlanNeed {
  return { category: need.category, desiredTrl: need.desiredTrl };
}

function targetOf(part: PlanPartInput, field: string): Target {
  const given = (
    [
      [IntroductionTargetKind.SEED, part.seedId, 'seedId'],
      [IntroductionTargetKind.RESEARCHER, part.researcherId, 'researcherId'],
      [IntroductionTargetKind.INSTITUTION, part.institutionId, 'institutionId'],
      [IntroductionTargetKind.CONSORTIUM, part.consortiumId, 'consortiumId'],
      [IntroductionTargetKind.FUNDING, part.fundingProgrammeId, 'fundingProgrammeId'],
    ] as const
  ).filter(([, id]) => id);
  if (given.length !== 1) throw InvalidInputError.of(field, '対象を 1 つだけ指定してください', 'give exactly one target', 'exactlyOne');
  const [kind, globalId, name] = given[0];
  return { kind, id: fromGlobalId(globalId!, TYPE_OF[kind], `${field}.${name}`).id };
}

/** The ranked candidate for a chosen target, or (a coordinator's own pick) a bare one scored 0 that says so. */
function chosenCandidate(role: PlanRole, target: Target, known: readonly PartCandidate[]): PartCandidate {
  const found = known.find((c) => c.role === role && c.id === target.id) ?? known.find((c) => c.id === target.id);
  if (found) return { ...found, role };
  return {
    role,
    targetKind: target.kind,
    id: target.id,
    labelJa: toGlobalId(TYPE_OF[target.kind], target.id),
    labelEn: toGlobalId(TYPE_OF[target.kind], target.id),
    score: 0,
    summary: { ja: 'コーディネータの選択 (候補の上位には入っていない)', en: 'the coordinator’s choice (not among the ranked candidates)' },
  };
}

function toPlanCandidate(plan: Plan): PlanCandidate {
  return {
    rank: plan.rank,
    score: plan.score,
    missingRoles: plan.missingRoles as PlanRole[],
    explanationJa: plan.explanation.ja,
    explanationEn: plan.explanation.en,
    parts: plan.parts.map((p) => ({
      role: p.role as PlanRole,
      targetKind: p.candidate.targetKind as IntroductionTargetKind,
      targetId: toGlobalId(TYPE_OF[p.candidate.targetKind as IntroductionTargetKind], p.candidate.id),
      dbId: p.candidate.id,
      labelJa: p.candidate.labelJa,
      labelEn: p.candidate.labelEn,
      score: p.partScore,
      overCapacity: !!p.candidate.overCapacity,
      reasonJa: p.reason.ja,
      reasonEn: p.reason.en,
    })),
  };
}

function partRemoved(role: PlanRole): ConflictError {
  return new ConflictError(
    'PLAN_PART_REMOVED',
    { ja: `この支援プランには役割「${role}」の構成要素がありません`, en: `The plan has no live part in the role ${role}` },
    'input.role',
  );
}
