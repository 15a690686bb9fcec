import { visibleInstitution } from './institution.visibility';
import { randomUUID } from 'node:crypto';
import type { Viewer } from '../auth/viewer';
import { DataSource, EntityManager } from 'typeorm';
import { ConnectionShape, MAX_PAGE_SIZE, paginate, SortDirection, SortSpec } from '../common/connection';
import { RecordStatus } from '../common/enums';
import { isStaff } from '../auth/viewer';
import { InvalidInputError, NotFoundError } from '../common/errors';
import { whereContains, whereFieldUnder, whereIn, whereRegionWithin } from '../common/query-filters';
import { assertFieldCodes, assertRegionCode, assertVersion, resolveReference } from '../common/references';
import { normaliseLine, optionalFolded, optionalLine, optionalParagraphs, searchForm } from '../common/text';
import { recordChange, snapshotOf } from '../history/change-record';
import { Equipment } from './equipment';
import {
  CreateInstitutionInput,
  EquipmentInput,
  InstitutionFilter,
  InstitutionOrder,
  InstitutionSortField,
  UpdateInstitutionInput,
} from './institution.inputs';
import { Institution } from './institution.entity';

const INSTITUTION = { ja: '機関', en: 'Institution' };

const SORT_COLUMNS: Record<InstitutionSortField, Omit<SortSpec, 'direction'>> = {
  NAME: { expression: 'institution.name_ja', kind: 'text' },
  CREATED_AT: { expression: 'institution.created_at', kind: 'date' },
  UPDATED_AT: { expression: 'institution.updated_at', kind: 'date' },
};

/** Rules for institutions: registration, the parent hierarchy, updates with optimistic locking, listing. */
export class InstitutionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly maxPageSize: number = MAX_PAGE_SIZE,
  ) {}

  /** Lists institutions matching the filter as a cursor connection (two SQL statements). */
  async list(
    viewer: Viewer,
    filter: InstitutionFilter | null | undefined,
    orderBy: InstitutionOrder | null | undefined,
    page: { first?: number; after?: string },
  ): Promise<ConnectionShape<Institution>> {
    const query = this.dataSource.getRepository(Institution).createQueryBuilder('institution');
    const f = filter ?? {};
    whereIn(query, 'institution.status', f.status?.length ? f.status : [RecordStatus.ACTIVE]);
    // Archived institutions are the staff's history; everyone else sees the active ones.
    if (!isStaff(viewer)) whereIn(query, 'institution.status', [RecordStatus.ACTIVE]);
    whereIn(query, 'institution.kind', f.kind);
    whereRegionWithin(query, 'institution.region_code', f.regionCode);
    whereFieldUnder(query, f.fieldCode);
    if (f.supportMenu) query.andWhere(':menu = ANY(institution.support_menus)', { menu: f.supportMenu });
    whereContains(query, f.contains);
    const sort = orderBy ? { ...SORT_COLUMNS[orderBy.field], direction: orderBy.direction } : { ...SORT_COLUMNS.NAME, direction: SortDirection.ASC };
    return paginate(query, sort, page, this.maxPageSize);
  }

  /** The institution with this external key, or null (also an archived one, for viewers other than staff). */
  async getByKey(viewer: Viewer, key: string): Promise<Institution | null> {
    return visibleInstitution(viewer, await this.dataSource.getRepository(Institution).findOne({ where: { key } }));
  }

  async create(viewer: Viewer, input: CreateInstitutionInput): Promise<Institution> {
    return this.dataSource.transaction(async (manager) => {
      await assertRegionCode(manager, input.regionCode, 'input.regionCode');
      await assertFieldCodes(manager, input.fieldCodes, 'input.fieldCodes');
      const parentId = input.parentId ? (await resolveReference(manager, Institution, input.parentId, 'input.parentId')).id : null;
      const institution = manager.create(Institution, {
        key: input.key ?? `inst.${randomUUID()}`,
        nameJa: normaliseLine(input.nameJa),
        nameEn: optionalLine(input.nameEn),
        kind: input.kind,
        regionCode: input.regionCode ?? null,
        parentId,
        fieldCodes: [...new Set(input.fieldCodes)],
        supportMenus: [...new Set(input.supportMenus)],
        equipment: normaliseEquipment(input.equipment),
        description: optionalParagraphs(input.description),
        websiteUrl: optionalLine(input.websiteUrl),
        email: optionalFolded(input.email),
        phone: optionalFolded(input.phone),
        address: optionalLine(input.address),
        status: RecordStatus.ACTIVE,
        isFictional: input.isFictional,
      });
      institution.searchText = institutionSearchText(institution);
      if (await manager.getRepository(Institution).exists({ where: { key: institution.key } })) {
        throw InvalidInputError.of('input.key', 'このキーは既に使われています', 'is already used by another institution', 'unique');
      }
      const saved = await manager.save(institution);
      await recordChange(manager, viewer, 'Institution', 'CREATE', null, saved);
      return saved;
    });
  }

  /** Applies the given changes if `expectedVersion` is still current; CONFLICT otherwise. Null clears optional fields. */
  async update(viewer: Viewer, input: UpdateInstitutionInput): Promise<Institution> {
    return this.dataSource.transaction(async (manager) => {
      const institution = await this.lockForUpdate(manager, input.id);
      assertVersion(INSTITUTION, institution, input.expectedVersion);
      const before = snapshotOf('Institution', institution);
      if (input.nameJa != null) institution.nameJa = normaliseLine(input.nameJa);
      if (input.nameEn !== undefined) institution.nameEn = optionalLine(input.nameEn);
      if (input.kind != null) institution.kind = input.kind;
      if (input.regionCode !== undefined) {
        await assertRegionCode(manager, input.regionCode, 'input.regionCode');
        institution.regionCode = input.regionCode;
      }
      if (input.parentId !== undefined)
        institution.parentId = input.parentId === null ? null : await this.resolveParent(manager, institution.id, input.parentId);
      if (input.fieldCodes != null) {
        await assertFieldCodes(manager, input.fieldCodes, 'input.fieldCodes');
        institution.fieldCodes = [...new Set(input.fieldCodes)];
      }
      if (input.supportMenus != null) institution.supportMenus = [...new Set(input.supportMenus)];
      if (input.equipment != null) institution.equipment = normaliseEquipment(input.equipment);
      if (input.description !== undefined) institution.description = optionalParagraphs(input.description);
      if (input.websiteUrl !== undefined) institution.websiteUrl = optionalLine(input.websiteUrl);
      if (input.email !== undefined) institution.email = optionalFolded(input.email);
      if (input.phone !== undefined) institution.phone = optionalFolded(input.phone);
      if (input.address !== undefined) institution.address = optionalLine(input.address);
      institution.searchText = institutionSearchText(institution);
      const saved = await manager.save(institution);
      await recordChange(manager, viewer, 'Institution', 'UPDATE', before, saved);
      return saved;
    });
  }

  /** Archives an institution: hidden from default lists, kept for the records that refer to it. */
  async archive(viewer: Viewer, id: string, expectedVersion: number): Promise<Institution> {
    return this.dataSource.transaction(async (manager) => {
      const institution = await this.lockForUpdate(manager, id, 'id');
      assertVersion(INSTITUTION, institution, expectedVersion);
      const before = snapshotOf('Institution', institution);
      institution.status = RecordStatus.ARCHIVED;
      const saved = await manager.save(institution);
      await recordChange(manager, viewer, 'Institution', 'ARCHIVE', before, saved);
      return saved;
    });
  }

  /** A new parent must exist and must not be the institution itself or below it (no cycles). */
  private async resolveParent(manager: EntityManager, selfId: string, parentId: string): Promise<string> {
    // Serialises hierarchy changes, so two concurrent moves cannot each pass the check and form a cycle.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('musubi.institution-tree'))`);
    const parent = await resolveReference(manager, Institution, parentId, 'input.parentId');
    const rows: unknown[] = await manager.query(
      'WITH RECURSIVE up(id, parent_id) AS (SELECT id, parent_id FROM institution WHERE id = $1 ' +
        'UNION SELECT i.id, i.parent_id FROM institution i JOIN up ON i.id = up.parent_id) SELECT 1 FROM up WHERE id = $2 LIMIT 1',
      [parent.id, selfId],
    );
    if (rows.length > 0) {
      throw InvalidInputError.of(
        'input.parentId',
        '自機関やその下部組織を上位機関にはできません',
        'must not be the institution itself or one of its descendants',
        'noCycle',
      );
    }
    return parent.id;
  }

  private async lockForUpdate(manager: EntityManager, id: string, field = 'input.id'): Promise<Institution> {
    const institution = await manager.getRepository(Institution).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!institution) throw new NotFoundError(INSTITUTION, field);
    return institution;
  }
}

export function institutionSearchText(institution: Pick<Institution, 'nameJa' | 'nameEn' | 'description' | 'equipment' | 'key'>): string {
  return searchForm(
    institution.nameJa,
    institution.nameEn,
    institution.description,
    institution.equipment.map((item) => item.name),
    institution.key,
  );
}

function normaliseEquipment(items: readonly EquipmentInput[]): Equipment[] {
  return items.map((item) => ({ name: normaliseLine(item.name), description: optionalParagraphs(item.description) }));
}
