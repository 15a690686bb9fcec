import { NO_ID } from '../common/query-filters';
import { recordEscalation } from '../events/event-recorder';
import { DataSource, EntityManager } from 'typeorm';
import { recordChange, snapshotOf } from '../history/change-record';
import { recordScope } from '../auth/policy';
import { isAccount, ownCompanyId, Viewer } from '../auth/viewer';
import { actorOf, trimmedOrNull } from '../common/actor';
import { ConnectionShape, MAX_PAGE_SIZE, paginate, SortDirection } from '../common/connection';
import { ConflictError, InvalidInputError, NotFoundError } from '../common/errors';
import { assertVersion, resolveReference } from '../common/references';
import type { MatchingService } from '../matching/matching.service';
import type { InstitutionCandidate, ResearcherCandidate } from '../matching/matching.types';
import { regionWithinSql, SqlParams } from '../common/sql-params';
import { Need } from '../needs/need.entity';
import { NeedStatus } from '../needs/need.enums';
import { Coordinator } from '../people/coordinator.entity';
import { Consultation, ConsultationEvent } from './consultation.entity';
import { ConsultationAction, ConsultationStatus, DAYS_TO_NEXT_ACTION } from './consultation.enums';
import { ConsultationFilter, EscalateConsultationInput, FinishConsultationInput, OpenConsultationInput } from './consultation.inputs';

const CONSULTATION = { ja: '相談', en: 'Consultation' };
const DAY_MS = 24 * 60 * 60 * 1000;
/** An id no row has: a caller without a coordinator record holds nothing. */

/** What `routeConsultation` returns: who takes the next step and the ranked places to send the need. */
export interface ConsultationRoutingShape {
  consultation: Consultation;
  nextStep: number | null;
  nextHolderId: string | null;
  institutions: InstitutionCandidate[];
  researchers: ResearcherCandidate[];
}

/**
 * Consultations (相談) and the three-step routing of docs/domain:
 *
 * - step 1: any window (an institution's coordinator) opens it;
 * - step 2: the total-support desk. The holder is the regional coordinator of the company's
 *   area: active coordinators whose region is the company's region, else the nearest region
 *   above it; among them those of a government body (総合支庁) first, then of a support
 *   organisation, then others; ties by coordinator key. None: CONFLICT.
 * - step 3: the public lab's collaboration office (連携支援室). The holder is a coordinator of
 *   the main public lab of the company's prefecture: an active PUBLIC_LAB institution in the
 *   prefecture whose parent is not itself a public lab (so 工業技術センター, not its branch
 *   置賜試験場); ties by institution key, then coordinator key. None: CONFLICT.
 *
 * The need mirrors the open consultation: its `consultationStep` and holder follow every step.
 */
export class ConsultationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly matching: MatchingService,
    private readonly maxPageSize: number = MAX_PAGE_SIZE,
  ) {}

  /** Consultations the viewer may see, newest first: all for staff, a company user's own needs'. */
  async list(viewer: Viewer, filter: ConsultationFilter | null | undefined, page: { first?: number; after?: string }): Promise<ConnectionShape<Consultation>> {
    const grant = recordScope(viewer, 'READ_CONSULTATIONS');
    const query = this.dataSource.getRepository(Consultation).createQueryBuilder('consultation');
    if (grant === 'OWN') {
      query.andWhere('EXISTS (SELECT 1 FROM need own WHERE own.id = consultation.need_id AND own.company_id = :ownCompany)', {
        ownCompany: ownCompanyId(viewer) ?? NO_ID,
      });
    }
    const f = filter ?? {};
    if (f.heldByMe) query.andWhere('consultation.holder_id = :me', { me: (isAccount(viewer) && viewer.coordinatorId) || NO_ID });
    if (f.holderId) query.andWhere('consultation.holder_id = :holder', { holder: f.holderId });
    if (f.step) query.andWhere('consultation.step = :step', { step: f.step });
    if (f.status?.length) query.andWhere('consultation.status IN (:...statuses)', { statuses: f.status });
    if (f.overdue) query.andWhere(`consultation.status = 'OPEN' AND consultation.due_at < now()`);
    if (f.needId) query.andWhere('consultation.need_id = :needId', { needId: f.needId });
    return paginate(query, { expression: 'consultation.created_at', kind: 'date', direction: SortDirection.DESC }, page, this.maxPageSize);
  }

  /** Whether the viewer may see this consultation (READ_CONSULTATIONS; OWN: their company's need). */

  /** Opens a consultation at step 1, held by the window; CONFLICT when the need already has an open one. */
  async open(viewer: Viewer, input: OpenConsultationInput): Promise<Consultation> {
    const actor = actorOf(viewer);
    return this.dataSource.transaction(async (manager) => {
      const need = await this.lockNeed(manager, input.needId, 'input.needId');
      let windowId: string;
      if (input.windowId) windowId = (await resolveReference(manager, Coordinator, input.windowId, 'input.windowId')).id;
      else if (actor.coordinatorId) windowId = actor.coordinatorId;
      else
        throw InvalidInputError.of(
          'input.windowId',
          '受付窓口 (コーディネータ) を指定してください',
          'name the window (a coordinator): your account has no coordinator record',
          'required',
        );
      if (await manager.getRepository(Consultation).exists({ where: { needId: need.id, status: ConsultationStatus.OPEN } })) {
        throw new ConflictError(
          'OPEN_CONSULTATION_EXISTS',
          { ja: 'このニーズには対応中の相談があります', en: 'This need already has an open consultation' },
          'input.needId',
        );
      }
      const consultation = await manager.save(
        manager.create(Consultation, {
          needId: need.id,
          channel: input.channel,
          step: 1,
          status: ConsultationStatus.OPEN,
          holderId: windowId,
          windowId,
          note: trimmedOrNull(input.note),
          dueAt: input.dueAt ?? new Date(Date.now() + DAYS_TO_NEXT_ACTION[1] * DAY_MS),
        }),
      );
      await this.record(manager, consultation, ConsultationAction.OPENED, null, actor, trimmedOrNull(input.note));
      await this.syncNeed(manager, viewer, need, consultation, need.status === NeedStatus.OPEN ? NeedStatus.IN_PROGRESS : need.status);
      return consultation;
    });
  }

  /** Step 1 → 2 → 3, with a reason; the new holder follows the rule in the class comment. */
  async escalate(viewer: Viewer, input: EscalateConsultationInput): Promise<Consultation> {
    const reason = requireReason(input.reason, 'input.reason');
    return this.dataSource.transaction(async (manager) => {
      const consultation = await this.lockOpen(manager, input.id, input.expectedVersion);
      if (consultation.step >= 3) {
        throw InvalidInputError.of(
          'input.id',
          '段階 3 (連携支援室) より先はありません',
          'is at step 3 (the collaboration office) already: there is no further step',
          'step',
        );
      }
      const need = await this.lockNeed(manager, consultation.needId, 'input.id');
      const nextStep = consultation.step + 1;
      const holderId = await this.holderForStep(manager, need, nextStep);
      if (!holderId) throw noHolder(nextStep);
      const fromStep = consultation.step;
      consultation.step = nextStep;
      consultation.holderId = holderId;
      consultation.dueAt = input.dueAt ?? new Date(Date.now() + DAYS_TO_NEXT_ACTION[nextStep] * DAY_MS);
      const saved = await manager.save(consultation);
      const actor = actorOf(viewer);
      await this.record(manager, saved, ConsultationAction.ESCALATED, fromStep, actor, reason);
      await this.syncNeed(manager, viewer, need, saved, need.status);
      await recordEscalation(manager, saved, fromStep, need, actor.accountId);
      return saved;
    });
  }

  /** Marks it resolved (the need too); the reason says how. */
  resolve(viewer: Viewer, input: FinishConsultationInput): Promise<Consultation> {
    return this.finish(viewer, input, ConsultationStatus.RESOLVED);
  }

  /** Closes it without (further) resolution, e.g. the company withdrew; the need stays as it is. */
  close(viewer: Viewer, input: FinishConsultationInput): Promise<Consultation> {
    return this.finish(viewer, input, ConsultationStatus.CLOSED);
  }

  /**
   * Who takes the next step and where to send the need: institutions ranked by the routing
   * rule of the need's category and people (researchers) ranked by their seeds, from the
   * matching engine.
   */
  async route(viewer: Viewer, id: string, first: number): Promise<ConsultationRoutingShape> {
    const consultation = await this.dataSource.getRepository(Consultation).findOne({ where: { id } });
    if (!consultation) throw new NotFoundError(CONSULTATION);
    const need = await this.dataSource.getRepository(Need).findOneOrFail({ where: { id: consultation.needId } });
    const nextStep = consultation.status === ConsultationStatus.OPEN && consultation.step < 3 ? consultation.step + 1 : null;
    const nextHolderId = nextStep ? await this.holderForStep(this.dataSource.manager, need, nextStep) : null;
    const [institutions, researchers] = await Promise.all([
      this.matching.institutionsForNeed(need.id, { first }),
      this.matching.researchersForNeed(need.id, { first }),
    ]);
    return { consultation, nextStep, nextHolderId, institutions: institutions.edges.map((e) => e.node), researchers: researchers.edges.map((e) => e.node) };
  }

  /** The coordinator who would hold the need at `step` (2 or 3), or null when nobody fits. */
  async holderForStep(manager: EntityManager, need: Need, step: number): Promise<string | null> {
    const [company] = (await manager.query(`SELECT region_code FROM company WHERE id = $1`, [need.companyId])) as Array<{ region_code: string | null }>;
    const region = company?.region_code;
    if (!region) return null;
    if (step === 2) {
      const rows = (await manager.query(
        `WITH RECURSIVE up(code, parent_code, depth) AS (
           SELECT code, parent_code, 0 FROM region WHERE code = $1
           UNION ALL SELECT r.code, r.parent_code, up.depth + 1 FROM region r JOIN up ON r.code = up.parent_code)
         SELECT c.id FROM coordinator c JOIN up ON up.code = c.region_code JOIN institution i ON i.id = c.institution_id
         WHERE c.status = 'ACTIVE'
         ORDER BY up.depth, CASE i.kind WHEN 'GOVERNMENT' THEN 0 WHEN 'SUPPORT_ORGANIZATION' THEN 1 ELSE 2 END, c.key
         LIMIT 1`,
        [region],
      )) as Array<{ id: string }>;
      return rows[0]?.id ?? null;
    }
    const p = new SqlParams();
    const prefecture = `(WITH RECURSIVE up(code, parent_code, kind) AS (
        SELECT code, parent_code, kind FROM region WHERE code = ${p.add(region)}
        UNION ALL SELECT r.code, r.parent_code, r.kind FROM region r JOIN up ON r.code = up.parent_code)
      SELECT code FROM up WHERE kind = 'PREFECTURE' LIMIT 1)`;
    const rows = (await manager.query(
      `SELECT c.id FROM coordinator c JOIN institution i ON i.id = c.institution_id
       WHERE c.status = 'ACTIVE' AND i.status = 'ACTIVE' AND i.kind = 'PUBLIC_LAB'
         AND NOT EXISTS (SELECT 1 FROM institution main WHERE main.id = i.parent_id AND main.kind = 'PUBLIC_LAB')
         AND ${regionWithinSql('i.region_code', prefecture)}
       ORDER BY i.key, c.key LIMIT 1`,
      p.values,
    )) as Array<{ id: string }>;
    return rows[0]?.id ?? null;
  }

  private async finish(viewer: Viewer, input: FinishConsultationInput, status: ConsultationStatus.RESOLVED | ConsultationStatus.CLOSED): Promise<Consultation> {
    const reason = requireReason(input.reason, 'input.reason');
    return this.dataSource.transaction(async (manager) => {
      const consultation = await this.lockOpen(manager, input.id, input.expectedVersion);
      const need = await this.lockNeed(manager, consultation.needId, 'input.id');
      consultation.status = status;
      consultation.resolution = reason;
      consultation.dueAt = null;
      if (status === ConsultationStatus.RESOLVED) consultation.resolvedAt = new Date();
      else consultation.closedAt = new Date();
      const saved = await manager.save(consultation);
      await this.record(
        manager,
        saved,
        status === ConsultationStatus.RESOLVED ? ConsultationAction.RESOLVED : ConsultationAction.CLOSED,
        saved.step,
        actorOf(viewer),
        reason,
      );
      if (status === ConsultationStatus.RESOLVED && need.status !== NeedStatus.ARCHIVED) await this.syncNeed(manager, viewer, need, saved, NeedStatus.RESOLVED);
      return saved;
    });
  }

  /** Locks the consultation row, checks the version, and that it is still open. */
  private async lockOpen(manager: EntityManager, id: string, expectedVersion: number): Promise<Consultation> {
    const consultation = await manager.getRepository(Consultation).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!consultation) throw new NotFoundError(CONSULTATION, 'input.id');
    assertVersion(CONSULTATION, consultation, expectedVersion);
    if (consultation.status !== ConsultationStatus.OPEN) {
      throw new ConflictError(
        'CONSULTATION_CLOSED',
        { ja: 'この相談は既に解決または終了しています', en: 'This consultation is already resolved or closed' },
        'input.id',
      );
    }
    return consultation;
  }

  private async lockNeed(manager: EntityManager, id: string, field: string): Promise<Need> {
    const need = await manager.getRepository(Need).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!need) throw new NotFoundError({ ja: '企業ニーズ', en: 'Need' }, field);
    return need;
  }

  /** The need shows the step it is at and who holds it; the change goes into the need's history. */
  private async syncNeed(manager: EntityManager, viewer: Viewer, need: Need, consultation: Consultation, status: NeedStatus): Promise<void> {
    if (need.consultationStep === consultation.step && need.holderId === consultation.holderId && need.status === status) return;
    const before = snapshotOf('Need', need);
    need.consultationStep = consultation.step;
    need.holderId = consultation.holderId;
    need.status = status;
    const saved = await manager.save(need);
    await recordChange(manager, viewer, 'Need', 'UPDATE', before, saved);
  }

  private async record(
    manager: EntityManager,
    consultation: Consultation,
    action: ConsultationAction,
    fromStep: number | null,
    actor: ReturnType<typeof actorOf>,
    reason: string | null,
  ): Promise<void> {
    await manager.insert(ConsultationEvent, {
      consultationId: consultation.id,
      action,
      fromStep,
      toStep: consultation.step,
      holderId: consultation.holderId,
      actorAccountId: actor.accountId,
      actorCoordinatorId: actor.coordinatorId,
      actorRole: actor.role,
      reason,
    });
  }
}

function requireReason(reason: string | null | undefined, field: string): string {
  const text = trimmedOrNull(reason);
  if (!text) throw InvalidInputError.of(field, '理由を入力してください', 'give a reason', 'notBlank');
  return text;
}

function noHolder(step: number): ConflictError {
  return step === 2
    ? new ConflictError(
        'NO_COORDINATOR_FOR_STEP',
        { ja: '企業の地域を担当する地域コーディネータがいません', en: "No regional coordinator serves the company's area (or the company has no region)" },
        'input.id',
      )
    : new ConflictError(
        'NO_COORDINATOR_FOR_STEP',
        {
          ja: '企業の県に公設試の連携支援室 (コーディネータ) がありません',
          en: "No collaboration office (a coordinator of the prefecture's main public lab) serves the company's prefecture",
        },
        'input.id',
      );
}
