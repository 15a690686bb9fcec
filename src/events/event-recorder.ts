import { EntityManager } from 'typeorm';
import { Company } from '../companies/company.entity';
import type { Consultation } from '../consultations/consultation.entity';
import type { Introduction } from '../introductions/introduction.entity';
import type { Need } from '../needs/need.entity';
import type { Seed } from '../seeds/seed.entity';
import { SeedStatus } from '../seeds/seed.enums';
import { DomainEventType } from './event.enums';
import { consultationSnapshot, EventPayload, introductionSnapshot, needSnapshot, seedSnapshot } from './event-snapshots';

/**
 * The outbox: an event is one INSERT in the caller's transaction (`manager`), so it commits or
 * rolls back with the change that causes it. Nothing is sent here; src/jobs fans rows out.
 */
export async function recordEvent(
  manager: EntityManager,
  type: string,
  subjectId: string,
  payload: EventPayload,
  dedupeKey: string | null = null,
): Promise<void> {
  await manager.query(`INSERT INTO domain_event (type, subject_id, payload, dedupe_key) VALUES ($1, $2, $3, $4) ON CONFLICT (dedupe_key) DO NOTHING`, [
    type,
    subjectId,
    JSON.stringify(payload),
    dedupeKey,
  ]);
}

async function companyOf(manager: EntityManager, companyId: string) {
  return manager.getRepository(Company).findOne({ where: { id: companyId }, select: { id: true, nameJa: true, regionCode: true } });
}

/** NEED_SUBMITTED / NEED_UPDATED with the need as saved. */
export async function recordNeedEvent(manager: EntityManager, type: DomainEventType.NEED_SUBMITTED | DomainEventType.NEED_UPDATED, need: Need): Promise<void> {
  await recordEvent(manager, type, need.id, needSnapshot(need, await companyOf(manager, need.companyId)));
}

/** MATCH_PROPOSED (fromStatus null) or MATCH_STATUS_CHANGED, with the need it is for. */
export async function recordIntroductionEvent(manager: EntityManager, introduction: Introduction, fromStatus: string | null, need: Need): Promise<void> {
  const owners = introduction.seedId
    ? ((await manager.query(`SELECT researcher_id FROM seed_owner WHERE seed_id = $1`, [introduction.seedId])) as Array<{ researcher_id: string }>).map(
        (row) => row.researcher_id,
      )
    : [];
  const needPart = needSnapshot(need, await companyOf(manager, need.companyId));
  await recordEvent(manager, fromStatus === null ? DomainEventType.MATCH_PROPOSED : DomainEventType.MATCH_STATUS_CHANGED, introduction.id, {
    need: needPart.need,
    match: introductionSnapshot(introduction, fromStatus),
    internal: {
      ...needPart.internal,
      introductionId: introduction.id,
      seedId: introduction.seedId,
      researcherId: introduction.researcherId,
      seedOwnerIds: owners,
    },
  });
}

/** CONSULTATION_ESCALATED, with the need and who holds the next step. */
export async function recordEscalation(
  manager: EntityManager,
  consultation: Consultation,
  fromStep: number,
  need: Need,
  escalatedByAccountId: string | null,
): Promise<void> {
  const needPart = needSnapshot(need, await companyOf(manager, need.companyId));
  await recordEvent(manager, DomainEventType.CONSULTATION_ESCALATED, consultation.id, {
    need: needPart.need,
    consultation: consultationSnapshot(consultation, fromStep),
    internal: { ...needPart.internal, consultationId: consultation.id, nextHolderId: consultation.holderId, escalatedByAccountId },
  });
}

/**
 * SEED_PUBLISHED when a seed becomes published, SEED_UPDATED when a published seed changes or
 * leaves publication; nothing for drafts, which only their owners and staff may see.
 */
export async function recordSeedChange(manager: EntityManager, before: SeedStatus | null, seed: Seed): Promise<void> {
  const published = seed.status === SeedStatus.PUBLISHED;
  if (published && before !== SeedStatus.PUBLISHED) {
    await recordEvent(manager, DomainEventType.SEED_PUBLISHED, seed.id, { seed: seedSnapshot(seed), internal: { seedId: seed.id } });
  } else if (before === SeedStatus.PUBLISHED) {
    await recordEvent(manager, DomainEventType.SEED_UPDATED, seed.id, { seed: seedSnapshot(seed), internal: { seedId: seed.id } });
  }
}
