import type { EntityManager } from 'typeorm';
import type { MatchKind } from '../matching/index/match-index.entities';

/** A record as duplicate detection reads it: its text, and the group it may duplicate within. */
export interface GroupedRecord {
  id: string;
  status: string;
  language: string;
  title: string;
  body: string;
  keywords: string[];
  /** Institution (seeds) or company (needs). */
  groupId: string;
  /** Seeds: owner researcher ids (a shared owner also makes a group); needs: none. */
  owners: string[];
}

/** A record that may be a candidate: its group, and its language (for the similarity). */
export type GroupMember = Pick<GroupedRecord, 'id' | 'language' | 'groupId' | 'owners'>;

/**
 * Per kind, the SQL of the groups a record may duplicate within: seeds of the same institution
 * or sharing an owner, needs of the same company. Archived records are never candidates.
 */
interface GroupSql {
  /** Ids and group ids of the records $1 (to batch records of one group together). */
  groupIds: string;
  /** The records $1 with their text and group. */
  records: string;
  /** Records not archived in these groups or owned by these researchers. */
  members(groupIds: string[], owners: string[]): [string, unknown[]];
}

const SEED_OWNERS = `ARRAY(SELECT o.researcher_id::text FROM seed_owner o WHERE o.seed_id = s.id ORDER BY o.researcher_id)`;

const GROUP_SQL: Record<MatchKind, GroupSql> = {
  SEED: {
    groupIds: `SELECT id, institution_id AS "groupId" FROM seed WHERE id = ANY($1::uuid[])`,
    records: `SELECT s.id, s.status, s.language, s.title, s.summary AS body, s.keywords, s.institution_id AS "groupId", ${SEED_OWNERS} AS owners
              FROM seed s WHERE s.id = ANY($1::uuid[])`,
    members: (groupIds, owners) => [
      `SELECT s.id, s.language, s.institution_id AS "groupId", ${SEED_OWNERS} AS owners
       FROM seed s
       WHERE s.status <> 'ARCHIVED'
         AND (s.institution_id = ANY($1::uuid[]) OR s.id IN (SELECT seed_id FROM seed_owner WHERE researcher_id = ANY($2::uuid[])))`,
      [groupIds, owners],
    ],
  },
  NEED: {
    groupIds: `SELECT id, company_id AS "groupId" FROM need WHERE id = ANY($1::uuid[])`,
    records: `SELECT n.id, n.status, n.language, n.title, n.description AS body, n.keywords, n.company_id AS "groupId", '{}'::text[] AS owners
              FROM need n WHERE n.id = ANY($1::uuid[])`,
    members: (groupIds) => [
      `SELECT n.id, n.language, n.company_id AS "groupId", '{}'::text[] AS owners FROM need n WHERE n.status <> 'ARCHIVED' AND n.company_id = ANY($1::uuid[])`,
      [groupIds],
    ],
  },
};

/** The records' ids in group order (then id), so that a batch holds whole groups where it can. */
export async function idsByGroup(manager: EntityManager, kind: MatchKind, ids: readonly string[]): Promise<string[]> {
  const rows = (await manager.query(GROUP_SQL[kind].groupIds, [ids])) as Array<{ id: string; groupId: string }>;
  return rows.sort((a, b) => (a.groupId < b.groupId ? -1 : a.groupId > b.groupId ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((row) => row.id);
}

export async function loadGroupedRecords(manager: EntityManager, kind: MatchKind, ids: readonly string[]): Promise<GroupedRecord[]> {
  return (await manager.query(GROUP_SQL[kind].records, [ids])) as GroupedRecord[];
}

/** Every record not archived that shares a group with one of `records` (the records themselves included). */
export async function loadGroupMembers(manager: EntityManager, kind: MatchKind, records: readonly GroupedRecord[]): Promise<GroupMember[]> {
  const [sql, parameters] = GROUP_SQL[kind].members(
    [...new Set(records.map((record) => record.groupId))],
    [...new Set(records.flatMap((record) => record.owners))],
  );
  return (await manager.query(sql, parameters)) as GroupMember[];
}
