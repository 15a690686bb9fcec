import { NO_ID } from '../common/query-filters';
import { DataSource, EntityManager } from 'typeorm';
import { recordScope } from '../auth/policy';
import { isAccount, ownCompanyId, ownResearcherId, Viewer } from '../auth/viewer';
import { Actor, actorOf, trimmedOrNull } from '../common/actor';
import { ConnectionShape, MAX_PAGE_SIZE, paginate, SortDirection } from '../common/connection';
import { ConflictError, InvalidInputError, NotFoundError } from '../common/errors';
import { isUniqueViolation } from '../database/unique-violation';
import { recordIntroductionEvent } from '../events/event-recorder';
import { assertVersion, resolveReference } from '../common/references';
import { assertNoConflictOfInterest, ownersOfSeeds } from '../capacity/capacity.queries';
import type { FundingService } from '../funding/funding.service';
import { refreshPlanStatus } from '../plans/plan-status';
import type { MatchingService } from '../matching/matching.service';
import type { MatchFactor } from '../matching/matching.types';
import { Need } from '../needs/need.entity';
import { NeedStatus } from '../needs/need.enums';
import { Seed } from '../seeds/seed.entity';
import { SeedStatus } from '../seeds/seed.enums';
import { allowedTransitions, pastOutcomeTargets } from './introduction-states';
import { checkOutcome, illegalTransition, Outcome } from './introduction-outcome';
import { ENTITY_OF, Target, targetOf } from './introduction-target';
import { Introduction, IntroductionEvent } from './introduction.entity';
import { IntroductionStatus, IntroductionTargetKind } from './introduction.enums';
import {
  AnswerIntroductionInput,
  IntroductionListFilter,
  ProposeIntroductionInput,
  RecordPastOutcomeInput,
  TransitionIntroductionInput,
} from './introduction.inputs';

export type { Target } from './introduction-target';

const INTRODUCTION = { ja: 'マッチング', en: 'Introduction' };

/** What a proposal keeps of the scoring at that moment. */
export interface Snapshot {
  score: number | null;
  explanation: MatchFactor[];
  factorValues: Record<string, number> | null;
  weightsVersion: number | null;
}

/**
 * Introductions (matches) from proposal to outcome. A proposal keeps the score and explanation
 * of that moment; every change is checked against the state machine (introduction-states.ts),
 * against `expectedVersion` under a row lock (two coordinators at once: one wins, the other
 * gets CONFLICT), and written as a IntroductionEvent row (who, when, why).
 */
export class IntroductionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly matching: MatchingService,
    private readonly maxPageSize: number = MAX_PAGE_SIZE,
    private readonly funding?: FundingService,
  ) {}

  /** Introductions the viewer may see, newest first (READ_INTRODUCTIONS; OWN: researchers theirs, company users their needs'). */
  async list(
    viewer: Viewer,
    filter: IntroductionListFilter | null | undefined,
    page: { first?: number; after?: string },
  ): Promise<ConnectionShape<Introduction>> {
    const grant = recordScope(viewer, 'READ_INTRODUCTIONS');
    const query = this.dataSource.getRepository(Introduction).createQueryBuilder('introduction');
    if (grant === 'OWN') {
      const researcherId = ownResearcherId(viewer);
      if (researcherId) {
        query.andWhere(
          '(introduction.researcher_id = :own OR EXISTS (SELECT 1 FROM seed_owner so WHERE so.seed_id = introduction.seed_id AND so.researcher_id = :own))',
          { own: researcherId },
        );
      } else {
        query.andWhere('EXISTS (SELECT 1 FROM need own WHERE own.id = introduction.need_id AND own.company_id = :ownCompany)', {
          ownCompany: ownCompanyId(viewer) ?? NO_ID,
        });
      }
    }
    const f = filter ?? {};
    if (f.needId) query.andWhere('introduction.need_id = :needId', { needId: f.needId });
    if (f.seedId) query.andWhere('introduction.seed_id = :seedId', { seedId: f.seedId });
    if (f.researcherId) query.andWhere('introduction.researcher_id = :researcherId', { researcherId: f.researcherId });
    if (f.targetKind) query.andWhere('introduction.target_kind = :kind', { kind: f.targetKind });
    if (f.status?.length) query.andWhere('introduction.status IN (:...statuses)', { statuses: f.status });
    if (f.proposedByMe) query.andWhere('introduction.proposed_by_account_id = :account', { account: isAccount(viewer) ? viewer.accountId : NO_ID });
    return paginate(query, { expression: 'introduction.proposed_at', kind: 'date', direction: SortDirection.DESC }, page, this.maxPageSize);
  }

  /**
   * Records a proposal with the score and explanation of this moment. CONFLICT when the same
   * pair already has an open introduction (also guarded by a partial unique index).
   */
  async propose(viewer: Viewer, input: ProposeIntroductionInput): Promise<Introduction> {
    const target = targetOf(input);
    const need = await this.dataSource.getRepository(Need).findOne({ where: { id: input.needId } });
    if (!need) throw InvalidInputError.of('input.needId', '指定されたデータが存在しません', 'refers to a record that does not exist', 'exists');
    if (need.status === NeedStatus.ARCHIVED) throw InvalidInputError.of('input.needId', 'アーカイブ済みのニーズには提案できません', 'is archived', 'active');
    await this.assertTarget(target);
    await this.assertNoConflict(this.dataSource.manager, need, target);
    await this.assertNoOpenPair(this.dataSource.manager, need.id, target.id);
    const snapshot = await this.snapshot(need.id, target);
    const actor = actorOf(viewer);
    try {
      return await this.dataSource.transaction(async (manager) => {
        await this.assertNoOpenPair(manager, need.id, target.id);
        const introduction = await this.insertWithin(manager, need.id, target, snapshot, trimmedOrNull(input.note), actor);
        await recordIntroductionEvent(manager, introduction, null, need);
        return introduction;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw openPairConflict();
      throw error;
    }
  }

  /**
   * Writes a proposal and its first event inside the caller's transaction: `propose` and the
   * support plans' parts (src/plans) share it. The caller has checked the target and conflicts.
   */
  async insertWithin(manager: EntityManager, needId: string, target: Target, snapshot: Snapshot, note: string | null, actor: Actor): Promise<Introduction> {
    const introduction = await manager.save(
      manager.create(Introduction, {
        needId,
        targetKind: target.kind,
        targetId: target.id,
        seedId: target.kind === IntroductionTargetKind.SEED ? target.id : null,
        researcherId: target.kind === IntroductionTargetKind.RESEARCHER ? target.id : null,
        institutionId: target.kind === IntroductionTargetKind.INSTITUTION ? target.id : null,
        consortiumId: target.kind === IntroductionTargetKind.CONSORTIUM ? target.id : null,
        fundingProgrammeId: target.kind === IntroductionTargetKind.FUNDING ? target.id : null,
        status: IntroductionStatus.PROPOSED,
        note,
        score: snapshot.score,
        explanation: snapshot.explanation,
        factorValues: snapshot.factorValues,
        weightsVersion: snapshot.weightsVersion,
        proposedById: actor.coordinatorId,
        proposedByAccountId: actor.accountId,
        proposedAt: new Date(),
      }),
    );
    await this.record(manager, introduction, null, actor, note, introduction.proposedAt, false);
    return introduction;
  }

  /** Withdraws an open introduction inside the caller's transaction (a plan's dropped or replaced part); a final one is left as it is. */
  async withdrawWithin(manager: EntityManager, introductionId: string, actor: Actor, reason: string | null): Promise<Introduction | null> {
    const introduction = await manager.getRepository(Introduction).findOne({ where: { id: introductionId }, lock: { mode: 'pessimistic_write' } });
    if (!introduction || !allowedTransitions(introduction.status).includes(IntroductionStatus.WITHDRAWN)) return introduction;
    return this.apply(
      manager,
      introduction,
      IntroductionStatus.WITHDRAWN,
      checkOutcome(IntroductionStatus.WITHDRAWN, { reason }),
      actor,
      new Date(),
      false,
      false,
    );
  }

  /** CONFLICT (DECLARED_CONFLICT_OF_INTEREST) when the target's researcher declared a conflict with the need's company. */
  async assertNoConflict(manager: EntityManager, need: Need, target: Target): Promise<void> {
    const researcherIds =
      target.kind === IntroductionTargetKind.RESEARCHER
        ? [target.id]
        : target.kind === IntroductionTargetKind.SEED
          ? ((await ownersOfSeeds(manager, [target.id])).get(target.id) ?? [])
          : [];
    await assertNoConflictOfInterest(
      manager,
      need.companyId,
      researcherIds,
      `input.${target.kind === IntroductionTargetKind.SEED ? 'seedId' : 'researcherId'}`,
    );
  }

  /** One step forward, or DECLINED / WITHDRAWN (staff). */
  async transition(viewer: Viewer, input: TransitionIntroductionInput): Promise<Introduction> {
    return this.dataSource.transaction(async (manager) => {
      const introduction = await this.lock(manager, input.id, input.expectedVersion);
      if (!allowedTransitions(introduction.status).includes(input.to)) throw illegalTransition(introduction.status, input.to);
      return this.apply(manager, introduction, input.to, checkOutcome(input.to, input), actorOf(viewer), new Date(), false);
    });
  }

  /** A researcher (or staff) answers a proposal: accept → INTRODUCED, decline → DECLINED with a reason. */
  async answer(viewer: Viewer, input: AnswerIntroductionInput): Promise<Introduction> {
    const grant = recordScope(viewer, 'ANSWER_INTRODUCTIONS');
    return this.dataSource.transaction(async (manager) => {
      const introduction = await this.lock(manager, input.id, input.expectedVersion, grant === 'OWN' ? viewer : null);
      if (introduction.status !== IntroductionStatus.PROPOSED) {
        throw InvalidInputError.of(
          'input.id',
          '回答できるのは提案中のマッチングだけです',
          `can be answered only while PROPOSED (it is ${introduction.status})`,
          'transition',
        );
      }
      const to = input.accept ? IntroductionStatus.INTRODUCED : IntroductionStatus.DECLINED;
      return this.apply(
        manager,
        introduction,
        to,
        checkOutcome(to, { reason: input.reason, declineReason: input.declineReason }),
        actorOf(viewer),
        new Date(),
        false,
      );
    });
  }

  /** An administrator records a dated outcome, skipping steps; one event marked `pastRecord`. */
  async recordPastOutcome(viewer: Viewer, input: RecordPastOutcomeInput): Promise<Introduction> {
    return this.dataSource.transaction(async (manager) => {
      const introduction = await this.lock(manager, input.id, input.expectedVersion);
      if (!pastOutcomeTargets(introduction.status).includes(input.to)) throw illegalTransition(introduction.status, input.to);
      const at = input.occurredAt;
      if (at.getTime() > Date.now()) throw InvalidInputError.of('input.occurredAt', '未来の日時は記録できません', 'must not be in the future', 'past');
      if (at.getTime() < introduction.proposedAt.getTime())
        throw InvalidInputError.of('input.occurredAt', '提案日時より前にはできません', 'must not be before the proposal', 'afterProposal');
      return this.apply(manager, introduction, input.to, checkOutcome(input.to, input), actorOf(viewer), at, true);
    });
  }

  private async apply(
    manager: EntityManager,
    introduction: Introduction,
    to: IntroductionStatus,
    outcome: Outcome,
    actor: Actor,
    at: Date,
    pastRecord: boolean,
    followPlan = true,
  ): Promise<Introduction> {
    const from = introduction.status;
    introduction.status = to;
    if (to === IntroductionStatus.AGREED) {
      introduction.agreedAt = at;
      introduction.outcomeType = outcome.outcomeType;
      introduction.amountYen = outcome.amountYen;
      introduction.startDate = outcome.startDate;
    }
    if (to === IntroductionStatus.DECLINED || to === IntroductionStatus.WITHDRAWN) introduction.closedAt = at;
    if (to === IntroductionStatus.DECLINED) {
      introduction.declineReason = outcome.declineReason;
      introduction.declineNote = outcome.reason;
    }
    const saved = await manager.save(introduction);
    await this.record(manager, saved, from, actor, outcome.reason, at, pastRecord);
    // A support plan's status follows its parts, in the same transaction.
    if (followPlan) await refreshPlanStatus(manager, saved.id, at);
    await recordIntroductionEvent(manager, saved, from, await manager.getRepository(Need).findOneOrFail({ where: { id: saved.needId } }));
    return saved;
  }

  /** Locks the row and checks the version; with `owner`, also that a researcher answers their own. */
  private async lock(manager: EntityManager, id: string, expectedVersion: number, owner: Viewer | null = null): Promise<Introduction> {
    const introduction = await manager.getRepository(Introduction).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!introduction) throw new NotFoundError(INTRODUCTION, 'input.id');
    if (owner) {
      const own = ownResearcherId(owner);
      const owners = introduction.seedId
        ? ((await manager.query(`SELECT researcher_id FROM seed_owner WHERE seed_id = $1`, [introduction.seedId])) as Array<{ researcher_id: string }>).map(
            (r) => r.researcher_id,
          )
        : [];
      // Someone else's introduction is hidden from a researcher: as if it did not exist.
      if (!own || (introduction.researcherId !== own && !owners.includes(own))) throw new NotFoundError(INTRODUCTION, 'input.id');
    }
    assertVersion(INTRODUCTION, introduction, expectedVersion);
    return introduction;
  }

  /** The target exists (and a seed is not archived): BAD_USER_INPUT otherwise. */
  async assertTarget(target: Target): Promise<void> {
    const manager = this.dataSource.manager;
    const field = target.kind === IntroductionTargetKind.FUNDING ? 'input.fundingProgrammeId' : `input.${target.kind.toLowerCase()}Id`;
    const row = await resolveReference(manager, ENTITY_OF[target.kind] as typeof Seed, target.id, field);
    if (target.kind === IntroductionTargetKind.SEED && (row as Seed).status === SeedStatus.ARCHIVED) {
      throw InvalidInputError.of(field, 'アーカイブ済みのシーズには提案できません', 'is archived', 'active');
    }
  }

  private async assertNoOpenPair(manager: EntityManager, needId: string, targetId: string): Promise<void> {
    const open = await manager.query(
      `SELECT 1 FROM introduction WHERE need_id = $1 AND target_id = $2 AND status IN ('PROPOSED', 'INTRODUCED', 'MEETING', 'NEGOTIATING') LIMIT 1`,
      [needId, targetId],
    );
    if ((open as unknown[]).length > 0) throw openPairConflict();
  }

  /**
   * The score and explanation of the pair now: a seed or researcher as the candidate lists score
   * it, an institution or consortium by its place in the full routing ranking (whatever its rank),
   * a funding programme from the funding rules.
   */
  private async snapshot(needId: string, target: Target): Promise<Snapshot> {
    if (target.kind === IntroductionTargetKind.FUNDING) {
      const verdict = this.funding ? await this.funding.assessPair(needId, target.id) : null;
      return { score: verdict?.score ?? null, explanation: [], factorValues: null, weightsVersion: null };
    }
    const pair = await this.matching.ranking.scorePair(needId, { kind: target.kind, id: target.id });
    const weighted = target.kind === IntroductionTargetKind.SEED || target.kind === IntroductionTargetKind.RESEARCHER;
    const weightsVersion = weighted ? await this.matching.ranking.activeWeightVersion() : null;
    return pair
      ? { score: pair.score, explanation: pair.explanation, factorValues: pair.factorValues, weightsVersion }
      : { score: null, explanation: [], factorValues: null, weightsVersion };
  }

  private async record(
    manager: EntityManager,
    introduction: Introduction,
    from: IntroductionStatus | null,
    actor: Actor,
    reason: string | null,
    occurredAt: Date,
    pastRecord: boolean,
  ): Promise<void> {
    await manager.insert(IntroductionEvent, {
      introductionId: introduction.id,
      fromStatus: from,
      toStatus: introduction.status,
      actorAccountId: actor.accountId,
      actorCoordinatorId: actor.coordinatorId,
      actorRole: actor.role,
      reason,
      occurredAt,
      pastRecord,
    });
  }
}

function openPairConflict(): ConflictError {
  return new ConflictError(
    'OPEN_INTRODUCTION_EXISTS',
    { ja: 'この組み合わせには対応中のマッチングがあります', en: 'This pair already has an open introduction' },
    'input',
  );
}
