import type { EntityManager } from 'typeorm';
import { planStatusOf } from './plan-assembly';
import { PlanEventAction, PlanStatus } from './plan.enums';
import { SupportPlan, SupportPlanEvent } from './support-plan.entity';

/**
 * Brings the status of the plan that an introduction is a live part of up to date with its parts
 * (plan-assembly.ts `planStatusOf`), in the caller's transaction; a change is recorded as a
 * STATUS_CHANGED event. Introductions outside plans cost one indexed lookup.
 */
export async function refreshPlanStatus(manager: EntityManager, introductionId: string, at: Date): Promise<void> {
  const rows = (await manager.query(`SELECT plan_id FROM support_plan_part WHERE introduction_id = $1 AND removed_at IS NULL`, [introductionId])) as Array<{
    plan_id: string;
  }>;
  for (const { plan_id } of rows) await refreshPlan(manager, plan_id, at, null);
}

/** Recomputes one plan's status from its live parts; returns the plan. */
export async function refreshPlan(
  manager: EntityManager,
  planId: string,
  at: Date,
  actor: { accountId: string | null; role: string } | null,
): Promise<SupportPlan> {
  const plan = await manager.getRepository(SupportPlan).findOneOrFail({ where: { id: planId }, lock: { mode: 'pessimistic_write' } });
  const statuses = (await manager.query(
    `SELECT i.status FROM support_plan_part p JOIN introduction i ON i.id = p.introduction_id WHERE p.plan_id = $1 AND p.removed_at IS NULL`,
    [planId],
  )) as Array<{ status: string }>;
  const status = planStatusOf(statuses.map((s) => s.status)) as PlanStatus;
  if (status === plan.status) return plan;
  plan.status = status;
  if ((status === PlanStatus.AGREED || status === PlanStatus.PARTLY_AGREED) && !plan.agreedAt) plan.agreedAt = at;
  const saved = await manager.save(plan);
  await manager.insert(SupportPlanEvent, {
    planId,
    action: PlanEventAction.STATUS_CHANGED,
    role: null,
    partId: null,
    status,
    actorAccountId: actor?.accountId ?? null,
    actorRole: actor?.role ?? 'SYSTEM',
    reason: null,
    occurredAt: at,
  });
  return saved;
}
