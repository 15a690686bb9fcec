import { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { Actor, actorOf } from '../common/actor';
import { ConnectionShape, paginate, SortDirection } from '../common/connection';
import { ConflictError, InvalidInputError, NotFoundError } from '../common/errors';
import { assertVersion } from '../common/references';
import { isUniqueViolation } from '../database/unique-violation';
import type { FundingService } from '../funding/funding.service';
import type { IntroductionService } from '../introductions/introduction.service';
import { Need } from '../needs/need.entity';
import { NeedStatus } from '../needs/need.enums';
import { assemblePlans, evaluatePlan, PartCandidate, PlanAssembly } from './plan-assembly';
import { chosenCandidate, planNeed, readPartCandidates } from './plan-candidates';
import { assertPartNotAgreed, insertPart, livePart, partRemoved, recordPlanEvent, rescorePlan } from './plan-parts';
import type { PlanRankings } from './plan-rankings';
import { refreshPlan } from './plan-status';
import type { PlanChangeCommand, PlanPartCommand, ProposePlanCommand, SupportPlanQuery } from './plan.commands';
import { PlanEventAction, PlanRole, PlanStatus } from './plan.enums';
import { SupportPlan } from './support-plan.entity';

const PLAN = { ja: '支援プラン', en: 'Support plan' };
const NEED = { ja: '企業ニーズ', en: 'Need' };

/**
 * Support plans (支援プラン) over database ids (the resolver decodes global ids and checks the
 * operation): candidates assembled by the pure plan-assembly.ts from plan-candidates.ts;
 * proposals whose parts are introductions (each with its own life, src/introductions); part
 * changes kept as history (plan-parts.ts). The plan's status follows its parts (plan-status.ts),
 * also when a part's introduction moves. Record-level rules (a declared conflict of interest,
 * an archived need, one live part per role) are checked here.
 */
export class PlanService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rankings: PlanRankings,
    private readonly funding: FundingService,
    private readonly introductions: IntroductionService,
  ) {}

  /** Ranked plans for a need (`planCandidates`); `limit` 1–10. */
  async candidates(needId: string, limit = 3): Promise<PlanAssembly> {
    if (!Number.isInteger(limit) || limit < 1 || limit > 10) throw InvalidInputError.of('first', '1〜10 で指定してください', 'must be from 1 to 10', 'range');
    const need = await this.need(needId, 'needId');
    return assemblePlans(planNeed(need), await this.partCandidates(need), { limit });
  }

  /** Records a plan: every part becomes an introduction (an open one of the same pair outside any live plan is adopted). */
  async propose(viewer: Viewer, command: ProposePlanCommand): Promise<SupportPlan> {
    const need = await this.need(command.needId, 'input.needId');
    if (need.status === NeedStatus.ARCHIVED) throw InvalidInputError.of('input.needId', 'アーカイブ済みのニーズには提案できません', 'is archived', 'active');
    const roles = command.parts.map((p) => p.role);
    if (new Set(roles).size !== roles.length)
      throw InvalidInputError.of('input.parts', '役割ごとに 1 つだけ指定してください', 'give at most one part per role', 'uniqueRole');
    await this.checkTargets(need, command.parts);
    const known = await this.partCandidates(need);
    const chosen = await Promise.all(command.parts.map((part) => this.chosen(part, known)));
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
          note: command.note,
          proposedById: actor.coordinatorId,
          proposedByAccountId: actor.accountId,
          proposedAt: now,
        }),
      );
      await recordPlanEvent(manager, saved.id, PlanEventAction.PROPOSED, null, null, PlanStatus.ACTIVE, actor, command.note, now);
      for (const part of plan.parts)
        await insertPart(manager, this.introductions, saved, need, { ...part, role: part.role as PlanRole }, actor, command.note, now, false);
      return refreshPlan(manager, saved.id, now, actor);
    });
  }

  /** Adds a part in a role the plan does not fill (CONFLICT PLAN_ROLE_TAKEN otherwise: replace it). */
  async addPlanPart(viewer: Viewer, command: PlanChangeCommand, part: PlanPartCommand): Promise<SupportPlan> {
    return this.change(viewer, command, async (manager, plan, need, actor, now) => {
      await this.checkTargets(need, [part]);
      if (await livePart(manager, plan.id, part.role)) {
        throw new ConflictError(
          'PLAN_ROLE_TAKEN',
          { ja: 'この役割には既に構成要素があります (差し替えてください)', en: 'The plan already has a part in this role: replace it instead' },
          'input.part.role',
        );
      }
      const candidate = await this.chosen(part, await this.partCandidates(need));
      await insertPart(manager, this.introductions, plan, need, { role: part.role, candidate }, actor, command.reason, now, true);
    });
  }

  /** Replaces the part of a role: the old introduction is withdrawn (if open), its row kept with what replaced it. */
  async replacePlanPart(viewer: Viewer, command: PlanChangeCommand, part: PlanPartCommand): Promise<SupportPlan> {
    return this.change(viewer, command, async (manager, plan, need, actor, now) => {
      await this.checkTargets(need, [part]);
      const old = await livePart(manager, plan.id, part.role);
      if (!old) throw partRemoved(part.role);
      await assertPartNotAgreed(manager, old);
      old.removedAt = now;
      await manager.save(old);
      await this.introductions.withdrawWithin(
        manager,
        old.introductionId,
        actor,
        command.reason ?? '支援プランの構成要素を差し替え / replaced in the support plan',
      );
      const candidate = await this.chosen(part, await this.partCandidates(need));
      const added = await insertPart(manager, this.introductions, plan, need, { role: part.role, candidate }, actor, command.reason, now, false);
      old.replacedById = added.id;
      await manager.save(old);
      await recordPlanEvent(manager, plan.id, PlanEventAction.PART_REPLACED, part.role, added.id, null, actor, command.reason, now);
    });
  }

  /** Drops the part of a role: its open introduction is withdrawn, its row kept. */
  async dropPlanPart(viewer: Viewer, command: PlanChangeCommand, role: PlanRole): Promise<SupportPlan> {
    return this.change(viewer, command, async (manager, plan, _need, actor, now) => {
      const part = await livePart(manager, plan.id, role);
      if (!part) throw partRemoved(role);
      await assertPartNotAgreed(manager, part);
      part.removedAt = now;
      await manager.save(part);
      await this.introductions.withdrawWithin(manager, part.introductionId, actor, command.reason ?? '支援プランから外した / dropped from the support plan');
      await recordPlanEvent(manager, plan.id, PlanEventAction.PART_DROPPED, role, part.id, null, actor, command.reason, now);
    });
  }

  /** Plans, newest first. */
  async list(query: SupportPlanQuery, page: { first?: number; after?: string }, maxPageSize?: number): Promise<ConnectionShape<SupportPlan>> {
    const builder = this.dataSource.getRepository(SupportPlan).createQueryBuilder('plan');
    if (query.needId) builder.andWhere('plan.need_id = :needId', { needId: query.needId });
    if (query.status) builder.andWhere('plan.status IN (:...statuses)', { statuses: query.status });
    return paginate(builder, { expression: 'plan.proposed_at', kind: 'date', direction: SortDirection.DESC }, page, maxPageSize);
  }

  private partCandidates(need: Need): Promise<PartCandidate[]> {
    return readPartCandidates(this.dataSource, this.rankings, this.funding, need);
  }

  /** Each part's target exists and is not a researcher (or their seed) with a declared conflict (CONFLICT DECLARED_CONFLICT_OF_INTEREST). */
  private async checkTargets(need: Need, parts: readonly PlanPartCommand[]): Promise<void> {
    for (const { target } of parts) {
      await this.introductions.assertTarget(target);
      await this.introductions.assertNoConflict(this.dataSource.manager, need, target);
    }
  }

  /** The ranked candidate for a chosen target, or the coordinator's own pick named as it is recorded. */
  private async chosen(part: PlanPartCommand, known: readonly PartCandidate[]): Promise<PartCandidate> {
    if (known.some((c) => c.id === part.target.id)) return chosenCandidate(part.role, part.target, known, '');
    const [row] = (await this.dataSource.query(
      `SELECT coalesce((SELECT title FROM seed WHERE id = $1), (SELECT name_ja FROM researcher WHERE id = $1), (SELECT name_ja FROM institution WHERE id = $1),
                       (SELECT name_ja FROM consortium WHERE id = $1), (SELECT name_ja FROM funding_programme WHERE id = $1)) AS label`,
      [part.target.id],
    )) as Array<{ label: string | null }>;
    return chosenCandidate(part.role, part.target, known, row?.label ?? part.target.id);
  }

  /** Locks the plan, checks the version, runs the change, then re-scores and refreshes the status. */
  private async change(
    viewer: Viewer,
    command: PlanChangeCommand,
    body: (manager: EntityManager, plan: SupportPlan, need: Need, actor: Actor, now: Date) => Promise<void>,
  ): Promise<SupportPlan> {
    const actor = actorOf(viewer);
    return this.write(async (manager) => {
      const plan = await manager.getRepository(SupportPlan).findOne({ where: { id: command.planId }, lock: { mode: 'pessimistic_write' } });
      if (!plan) throw new NotFoundError(PLAN, 'input.planId');
      assertVersion(PLAN, plan, command.expectedVersion);
      const need = await this.need(plan.needId, 'input.planId', manager);
      const now = new Date();
      await body(manager, plan, need, actor, now);
      const rescored = await rescorePlan(manager, need, plan.id, await this.partCandidates(need));
      plan.score = rescored.score;
      plan.explanationJa = rescored.explanation.ja;
      plan.explanationEn = rescored.explanation.en;
      await manager.save(plan);
      return refreshPlan(manager, plan.id, now, actor);
    });
  }

  private async need(id: string, field: string, manager: EntityManager = this.dataSource.manager): Promise<Need> {
    const need = await manager.getRepository(Need).findOne({ where: { id } });
    if (!need) throw new NotFoundError(NEED, field);
    return need;
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
