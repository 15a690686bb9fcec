import { EntityManager } from 'typeorm';
import { CONSULTATION_OVERDUE, DomainEventType } from '../events/event.enums';
import type { EventPayload } from '../events/event-snapshots';
import type { NotificationKind } from './notification-templates';

export interface Recipient {
  accountId: string;
  kind: NotificationKind;
}

const accountsWhere = async (
  manager: EntityManager,
  column: 'researcher_id' | 'company_id' | 'coordinator_id',
  ids: Array<string | null | undefined>,
): Promise<string[]> => {
  const present = ids.filter((id): id is string => typeof id === 'string');
  if (present.length === 0) return [];
  const rows = (await manager.query(`SELECT id FROM account WHERE ${column} = ANY($1::uuid[]) AND status = 'ACTIVE'`, [present])) as Array<{ id: string }>;
  return rows.map((row) => row.id);
};

/** The coordinators of the nearest region, walking up from the company's, that has any. */
async function areaCoordinators(manager: EntityManager, regionCode: string | null | undefined): Promise<string[]> {
  if (!regionCode) return [];
  const rows = (await manager.query(
    `WITH RECURSIVE up(code, parent_code, depth) AS (
       SELECT code, parent_code, 0 FROM region WHERE code = $1
       UNION ALL SELECT r.code, r.parent_code, up.depth + 1 FROM region r JOIN up ON r.code = up.parent_code),
     serving AS (SELECT c.id, up.depth FROM coordinator c JOIN up ON up.code = c.region_code WHERE c.status = 'ACTIVE')
     SELECT id FROM serving WHERE depth = (SELECT min(depth) FROM serving)`,
    [regionCode],
  )) as Array<{ id: string }>;
  return rows.map((row) => row.id);
}

/**
 * Who is told of an event: a researcher of a proposal made to them or their seed; a company
 * user of the introductions of their company's needs; the area's coordinators of a need that
 * arrives with nobody holding it; the coordinator who holds a consultation after it is escalated
 * (unless they escalated it themselves);
 * a consultation's holder when it passes its due date.
 */
export async function recipientsOf(manager: EntityManager, type: string, payload: EventPayload): Promise<Recipient[]> {
  const internal = payload.internal;
  const to = (kind: NotificationKind) => (ids: string[]) => ids.map((accountId) => ({ accountId, kind }));
  switch (type) {
    case DomainEventType.MATCH_PROPOSED:
      return [
        ...to('PROPOSAL_TO_ME')(await accountsWhere(manager, 'researcher_id', [internal.researcherId, ...(internal.seedOwnerIds ?? [])])),
        ...to('NEED_PROGRESS')(await accountsWhere(manager, 'company_id', [internal.companyId])),
      ];
    case DomainEventType.MATCH_STATUS_CHANGED:
      return to('NEED_PROGRESS')(await accountsWhere(manager, 'company_id', [internal.companyId]));
    case DomainEventType.NEED_SUBMITTED:
      if (internal.holderId) return [];
      return to('UNHELD_NEED')(await accountsWhere(manager, 'coordinator_id', await areaCoordinators(manager, internal.regionCode)));
    case DomainEventType.CONSULTATION_ESCALATED:
      return to('CONSULTATION_ESCALATED')(
        (await accountsWhere(manager, 'coordinator_id', [internal.nextHolderId])).filter((id) => id !== internal.escalatedByAccountId),
      );
    case CONSULTATION_OVERDUE:
      return to('CONSULTATION_OVERDUE')(await accountsWhere(manager, 'coordinator_id', [internal.holderId]));
    default:
      return [];
  }
}
