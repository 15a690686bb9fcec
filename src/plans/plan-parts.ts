import type { EntityManager } from 'typeorm';
import type { Actor } from '../common/actor';
import { ConflictError } from '../common/errors';
import { Introduction } from '../introductions/introduction.entity';
import { IntroductionStatus, IntroductionTargetKind } from '../introductions/introduction.enums';
import type { IntroductionService, Target } from '../introductions/introduction.service';
import type { Need } from '../needs/need.entity';
import { evaluatePlan, Localised, PartCandidate, Plan } from './plan-assembly';
import { planNeed } from './plan-candidates';
import { PLAN_ANCHORS } from './plan-scores';
import { PlanEventAction, PlanRole, PlanStatus } from './plan.enums';
import { SupportPlan, SupportPlanEvent, SupportPlanPart } from './support-plan.entity';

/**
 * The rows of a plan's parts and history, written in the caller's transaction: a part is an
 * introduction (an open one of the same pair outside any live plan is adopted), a removed part
 * keeps its row, every change is an event.
 */

const OPEN_SQL = `('PROPOSED', 'INTRODUCED', 'MEETING', 'NEGOTIATING')`;

export interface PlacedPart {
  readonly role: PlanRole;
  readonly candidate: PartCandidate;
  /** The part's score and reason when the assembly placed it; evaluated alone otherwise. */
  readonly partScore?: number;
  readonly reason?: Localised;
}

/** Adds a live part and its introduction; `recordAdded` writes a PART_ADDED event. */
export async function insertPart(
  manager: EntityManager,
  introductions: IntroductionService,
  plan: SupportPlan,
  need: Need,
  placed: PlacedPart,
  actor: Actor,
  note: string | null,
  now: Date,
  recordAdded: boolean,
): Promise<SupportPlanPart> {
  const { role, candidate } = placed;
  const target: Target = { kind: candidate.targetKind as IntroductionTargetKind, id: candidate.id };
  const introduction = await openOrNew(manager, introductions, need, target, candidate, note, actor);
  const alone = placed.reason ? null : evaluatePlan(planNeed(need), [candidate]).parts[0];
  const reason = placed.reason ?? alone!.reason;
  const part = await manager.save(
    manager.create(SupportPlanPart, {
      planId: plan.id,
      role,
      introductionId: introduction.id,
      partScore: placed.partScore ?? alone?.partScore ?? null,
      reasonJa: reason.ja,
      reasonEn: reason.en,
      addedAt: now,
    }),
  );
  if (recordAdded) await recordPlanEvent(manager, plan.id, PlanEventAction.PART_ADDED, role, part.id, null, actor, note, now);
  return part;
}

/** The pair's open introduction when no live plan holds it (adopted as the part), else a new one. */
async function openOrNew(
  manager: EntityManager,
  introductions: IntroductionService,
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
  return introductions.insertWithin(manager, need.id, target, snapshot, note, actor);
}

/** The live part of a role, locked. */
export async function livePart(manager: EntityManager, planId: string, role: PlanRole): Promise<SupportPlanPart | null> {
  return manager
    .getRepository(SupportPlanPart)
    .createQueryBuilder('part')
    .where('part.plan_id = :planId AND part.role = :role AND part.removed_at IS NULL', { planId, role })
    .setLock('pessimistic_write')
    .getOne();
}

/** The plan's score and explanation over its live parts: ranked candidates as ranked now, others from their stored scores. */
export async function rescorePlan(manager: EntityManager, need: Need, planId: string, known: readonly PartCandidate[]): Promise<Plan> {
  const rows = (await manager.query(
    `SELECT p.role, p.part_score, p.reason_ja, p.reason_en, i.target_kind, i.target_id FROM support_plan_part p JOIN introduction i ON i.id = p.introduction_id WHERE p.plan_id = $1 AND p.removed_at IS NULL`,
    [planId],
  )) as Array<{ role: PlanRole; part_score: number | null; reason_ja: string; reason_en: string; target_kind: IntroductionTargetKind; target_id: string }>;
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
          // Stored on the plan scale already.
          score: r.part_score ?? 0,
          anchors: PLAN_ANCHORS,
          summary: { ja: '', en: '' },
        },
    ),
  );
}

export async function recordPlanEvent(
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

/**
 * CONFLICT (PLAN_PART_AGREED) when the part's introduction is agreed: a 成約 is a commitment the
 * plan records, so it is not replaced or dropped behind the partners' backs.
 */
export async function assertPartNotAgreed(manager: EntityManager, part: SupportPlanPart): Promise<void> {
  const introduction = await manager.getRepository(Introduction).findOne({ where: { id: part.introductionId }, select: { id: true, status: true } });
  if (introduction?.status !== IntroductionStatus.AGREED) return;
  throw new ConflictError(
    'PLAN_PART_AGREED',
    {
      ja: `役割「${part.role}」の構成要素は成約済みのため、差し替え・外すことはできません`,
      en: `The part in the role ${part.role} is agreed: it cannot be replaced or dropped`,
    },
    'input.role',
  );
}

export function partRemoved(role: PlanRole): ConflictError {
  return new ConflictError(
    'PLAN_PART_REMOVED',
    { ja: `この支援プランには役割「${role}」の構成要素がありません`, en: `The plan has no live part in the role ${role}` },
    'input.role',
  );
}
