import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { Account } from '../auth/account.entity';
import { allows, grantOf } from '../auth/policy';
import { isAccount, isStaff, ownResearcherId, Viewer } from '../auth/viewer';
import { canSeeCompany } from '../companies/company.visibility';
import { Company } from '../companies/company.entity';
import { ConnectionShape, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../common/connection';
import { InvalidInputError, NotFoundError } from '../common/errors';
import { toGlobalId } from '../common/global-id';
import type { DecodedGlobalId } from '../common/global-id';
import { Consortium } from '../consortia/consortium.entity';
import { Institution } from '../institutions/institution.entity';
import { visibleInstitution } from '../institutions/institution.visibility';
import { Need } from '../needs/need.entity';
import { Confidentiality } from '../needs/need.enums';
import { canSeeNeed, needViewFor } from '../needs/need.visibility';
import { showsCoordinatorContact } from '../people/contact-visibility';
import { Coordinator } from '../people/coordinator.entity';
import { Researcher } from '../people/researcher.entity';
import { SeedOwner } from '../seeds/seed-owner.entity';
import { Seed } from '../seeds/seed.entity';
import { canSeeSeed } from '../seeds/seed.visibility';
import { Changes, HISTORY_KINDS, HistoryKind } from './change-record';
import { ChangeOperationType, ChangeRecord, FieldChange } from './history.types';

const ENTITY_OF: Record<HistoryKind, EntityTarget<ObjectLiteral>> = {
  Seed,
  Need,
  Company,
  Institution,
  Consortium,
  Researcher,
  Coordinator,
  Account,
};

const RECORD = { ja: '記録', en: 'Record' };
const CONFIDENTIALITIES: readonly string[] = Object.values(Confidentiality);

/** The need fields that a confidentiality level can withhold (need.visibility.ts decides which, per viewer). */
const NEED_DETAIL_FIELDS = ['companyId', 'holderId', 'description', 'keywords', 'budgetMinYen', 'budgetMaxYen'] as const;

interface ChangeRow {
  id: string;
  version: number;
  actor_kind: string;
  actor_id: string | null;
  actor_role: string;
  source: string;
  at: Date;
  operation: ChangeOperationType;
  changes: Changes;
}

/**
 * Reads `change_record` (written by src/history/change-record.ts in the services' and the
 * importer's transactions). The history of a record is shown only to who may read the record,
 * and a value only to who may read that field now and under every confidentiality it has had.
 */
export class HistoryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly maxPageSize: number = MAX_PAGE_SIZE,
  ) {}

  /**
   * A record's changes (its global ID decoded: the type decides the kind), newest first, as a connection. A record the viewer may not read is
   * NOT_FOUND, like one that does not exist. A fixed number of statements: the record (and a
   * seed's owners, or the confidentiality a need or researcher had, when they decide), the page,
   * and the count when selected.
   */
  async list(
    viewer: Viewer,
    { typeName, id }: DecodedGlobalId,
    page: { first?: number | null; after?: string | null },
  ): Promise<ConnectionShape<ChangeRecord>> {
    if (!(HISTORY_KINDS as readonly string[]).includes(typeName)) {
      throw InvalidInputError.of('id', 'この種類の記録には変更履歴がありません', 'records of this type have no history', 'historyKind');
    }
    const kind = typeName as HistoryKind;
    const record = await this.dataSource.getRepository(ENTITY_OF[kind]).findOne({ where: { id } });
    if (!record || !(await this.canRead(viewer, kind, record))) throw new NotFoundError(RECORD, 'id');
    const withheld = await this.withheldFields(viewer, kind, record);

    const first = Math.min(page.first ?? DEFAULT_PAGE_SIZE, this.maxPageSize, MAX_PAGE_SIZE);
    const after = page.after ? decodeCursor(page.after) : null;
    const rows = (await this.dataSource.query(
      // Ordered by the bigint column itself (the output's `id` is text and would sort "9" after "10").
      `SELECT c.id::text AS id, c.version, c.actor_kind, c.actor_id, c.actor_role, c.source, c.at, c.operation, c.changes
         FROM change_record c WHERE c.entity_id = $1 AND c.entity_kind = $2 AND ($3::bigint IS NULL OR c.id < $3::bigint)
        ORDER BY c.id DESC LIMIT $4`,
      [id, kind, after, first + 1],
    )) as ChangeRow[];
    const edges = rows.slice(0, first).map((row) => ({ cursor: encodeCursor(row.id), node: present(viewer, row, withheld) }));
    const dataSource = this.dataSource;
    let counted: Promise<number> | undefined;
    return {
      edges,
      // A getter: the count runs only when `totalCount` is selected.
      get totalCount() {
        return (counted ??= dataSource
          .query(`SELECT count(*)::int AS n FROM change_record WHERE entity_id = $1 AND entity_kind = $2`, [id, kind])
          .then((result: Array<{ n: number }>) => result[0].n));
      },
      pageInfo: {
        hasNextPage: rows.length > first,
        hasPreviousPage: Boolean(page.after),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
    };
  }

  /** The same rules as the record's own lookups (`seed`, `need`, `company`, `node` …). */
  private async canRead(viewer: Viewer, kind: HistoryKind, record: ObjectLiteral): Promise<boolean> {
    switch (kind) {
      case 'Seed': {
        const owners = await this.dataSource.getRepository(SeedOwner).find({ where: { seedId: record.id as string }, select: { researcherId: true } });
        return canSeeSeed(
          viewer,
          record as Seed,
          owners.map((owner) => owner.researcherId),
        );
      }
      case 'Need':
        return canSeeNeed(viewer, record as Need);
      case 'Company':
        return canSeeCompany(viewer, record.id as string);
      case 'Institution':
        return allows(viewer, 'READ_PUBLIC') && visibleInstitution(viewer, record as Institution) !== null;
      case 'Consortium':
      case 'Researcher':
      case 'Coordinator':
        return allows(viewer, 'READ_PUBLIC');
      case 'Account':
        return grantOf(viewer, 'MANAGE_ACCOUNTS') === 'ALL' || (isAccount(viewer) && viewer.accountId === record.id);
    }
  }

  /**
   * Fields whose values this viewer may not read. Judged by the strictest setting the record has
   * had: a need that was CONFIDENTIAL and is PUBLIC now does not reveal its old description, and
   * contacts that were private once stay withheld in the history.
   */
  private async withheldFields(viewer: Viewer, kind: HistoryKind, record: ObjectLiteral): Promise<Set<string>> {
    const withheld = new Set<string>();
    if (kind === 'Need') {
      const need = record as Need;
      const past = (await this.pastValues(kind, need.id, 'confidentiality')).filter((value): value is Confidentiality =>
        CONFIDENTIALITIES.includes(value as Confidentiality),
      );
      const levels = new Set([need.confidentiality, ...past]);
      for (const confidentiality of levels) {
        // Every detail filled in, so that the rule shows which of them it hides at this level.
        const probe = {
          ...need,
          confidentiality,
          holderId: need.holderId ?? need.companyId,
          description: '-',
          keywords: ['-'],
          budgetMinYen: 0,
          budgetMaxYen: 0,
        } as Need;
        const view = needViewFor(viewer, probe) as unknown as Record<string, unknown>;
        for (const field of NEED_DETAIL_FIELDS)
          if (JSON.stringify(view[field]) !== JSON.stringify((probe as unknown as Record<string, unknown>)[field])) withheld.add(field);
      }
    }
    if (kind === 'Researcher' && ownResearcherId(viewer) !== record.id) {
      const everPrivate = !record.contactPublic || (await this.pastValues(kind, record.id as string, 'contactPublic')).includes(false);
      if (everPrivate) ['email', 'phone'].forEach((field) => withheld.add(field));
    }
    if (kind === 'Coordinator' && !showsCoordinatorContact(viewer)) ['email', 'phone'].forEach((field) => withheld.add(field));
    return withheld;
  }

  /** Every value a field has had according to the history (before and after of each change). */
  private async pastValues(kind: HistoryKind, id: string, field: string): Promise<unknown[]> {
    const rows = (await this.dataSource.query(
      `SELECT DISTINCT v.value FROM change_record c, LATERAL (VALUES (c.changes -> $3 -> 'before'), (c.changes -> $3 -> 'after')) AS v(value)
        WHERE c.entity_id = $1 AND c.entity_kind = $2 AND c.changes ? $3 AND jsonb_typeof(v.value) <> 'null'`,
      [id, kind, field],
    )) as Array<{ value: unknown }>;
    return rows.map((row) => row.value);
  }
}

/** One row as the viewer may see it: withheld fields keep their name, lose their values. */
function present(viewer: Viewer, row: ChangeRow, withheld: ReadonlySet<string>): ChangeRecord {
  const changes: FieldChange[] = Object.entries(row.changes).map(([field, change]) => {
    const hidden = change.secret === true || withheld.has(field);
    return {
      field,
      before: hidden || change.before == null ? null : JSON.stringify(change.before),
      after: hidden || change.after == null ? null : JSON.stringify(change.after),
      withheld: hidden,
    };
  });
  const ownChange = isAccount(viewer) && row.actor_kind === 'ACCOUNT' && viewer.accountId === row.actor_id;
  const actorType = row.actor_kind === 'PARTNER' ? 'ApiKey' : 'Account';
  return {
    rowId: row.id,
    at: row.at,
    operation: row.operation,
    version: row.version,
    actorKind: row.actor_kind,
    actorRole: row.actor_role,
    actorId: row.actor_id && (isStaff(viewer) || ownChange) ? toGlobalId(actorType, row.actor_id) : null,
    source: row.source,
    changes,
  };
}

const encodeCursor = (rowId: string): string => Buffer.from(`h:${rowId}`, 'utf8').toString('base64url');

/** Crafted cursors arrive too: only `h:<digits>` passes. */
function decodeCursor(cursor: string): string {
  const match = /^h:(\d{1,18})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw InvalidInputError.of('after', 'カーソルの形式が正しくありません', 'is not a valid cursor', 'cursor');
  return match[1];
}
