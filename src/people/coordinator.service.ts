import { randomUUID } from 'node:crypto';
import type { Viewer } from '../auth/viewer';
import { DataSource, EntityManager } from 'typeorm';
import { ConnectionShape, MAX_PAGE_SIZE, paginate, SortDirection } from '../common/connection';
import { RecordStatus } from '../common/enums';
import { InvalidInputError, NotFoundError } from '../common/errors';
import { whereContains, whereEquals, whereIn, whereRegionWithin } from '../common/query-filters';
import { assertRegionCode, assertVersion, resolveReference } from '../common/references';
import { normaliseLine, optionalFolded, searchForm } from '../common/text';
import { recordChange, snapshotOf } from '../history/change-record';
import { Institution } from '../institutions/institution.entity';
import { CoordinatorFilter, RegisterCoordinatorInput, UpdateCoordinatorInput } from './coordinator.inputs';
import { Coordinator } from './coordinator.entity';

const COORDINATOR = { ja: 'コーディネータ', en: 'Coordinator' };

/** Rules for coordinators: registration, updates with optimistic locking, archiving, listing. */
export class CoordinatorService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly maxPageSize: number = MAX_PAGE_SIZE,
  ) {}

  /** Lists coordinators matching the filter, by name, as a cursor connection (two SQL statements). */
  async list(viewer: Viewer, filter: CoordinatorFilter | null | undefined, page: { first?: number; after?: string }): Promise<ConnectionShape<Coordinator>> {
    const query = this.dataSource.getRepository(Coordinator).createQueryBuilder('coordinator');
    const f = filter ?? {};
    whereIn(query, 'coordinator.status', f.status?.length ? f.status : [RecordStatus.ACTIVE]);
    whereEquals(query, 'coordinator.institution_id', f.institutionId);
    whereRegionWithin(query, 'coordinator.region_code', f.regionCode);
    whereContains(query, f.contains);
    return paginate(query, { expression: 'coordinator.name', kind: 'text', direction: SortDirection.ASC }, page, this.maxPageSize);
  }

  getByKey(viewer: Viewer, key: string): Promise<Coordinator | null> {
    return this.dataSource.getRepository(Coordinator).findOne({ where: { key } });
  }

  async register(viewer: Viewer, input: RegisterCoordinatorInput): Promise<Coordinator> {
    return this.dataSource.transaction(async (manager) => {
      const institution = await resolveReference(manager, Institution, input.institutionId, 'input.institutionId');
      await assertRegionCode(manager, input.regionCode, 'input.regionCode');
      const coordinator = manager.create(Coordinator, {
        key: input.key ?? `c.${randomUUID()}`,
        name: normaliseLine(input.name),
        institutionId: institution.id,
        regionCode: input.regionCode ?? null,
        email: optionalFolded(input.email),
        phone: optionalFolded(input.phone),
        status: RecordStatus.ACTIVE,
        isFictional: input.isFictional,
      });
      coordinator.searchText = coordinatorSearchText(coordinator);
      if (await manager.getRepository(Coordinator).exists({ where: { key: coordinator.key } })) {
        throw InvalidInputError.of('input.key', 'このキーは既に使われています', 'is already used by another coordinator', 'unique');
      }
      const saved = await manager.save(coordinator);
      await recordChange(manager, viewer, 'Coordinator', 'CREATE', null, saved);
      return saved;
    });
  }

  /** Applies the given changes if `expectedVersion` is still current; CONFLICT otherwise. Null clears optional fields. */
  async update(viewer: Viewer, input: UpdateCoordinatorInput): Promise<Coordinator> {
    return this.dataSource.transaction(async (manager) => {
      const coordinator = await this.lockForUpdate(manager, input.id, 'input.id');
      assertVersion(COORDINATOR, coordinator, input.expectedVersion);
      const before = snapshotOf('Coordinator', coordinator);
      if (input.name != null) coordinator.name = normaliseLine(input.name);
      if (input.institutionId != null)
        coordinator.institutionId = (await resolveReference(manager, Institution, input.institutionId, 'input.institutionId')).id;
      if (input.regionCode !== undefined) {
        await assertRegionCode(manager, input.regionCode, 'input.regionCode');
        coordinator.regionCode = input.regionCode;
      }
      if (input.email !== undefined) coordinator.email = optionalFolded(input.email);
      if (input.phone !== undefined) coordinator.phone = optionalFolded(input.phone);
      coordinator.searchText = coordinatorSearchText(coordinator);
      const saved = await manager.save(coordinator);
      await recordChange(manager, viewer, 'Coordinator', 'UPDATE', before, saved);
      return saved;
    });
  }

  /** Archives a coordinator: hidden from default lists, kept as holder in the history of needs. */
  async archive(viewer: Viewer, id: string, expectedVersion: number): Promise<Coordinator> {
    return this.dataSource.transaction(async (manager) => {
      const coordinator = await this.lockForUpdate(manager, id, 'id');
      assertVersion(COORDINATOR, coordinator, expectedVersion);
      const before = snapshotOf('Coordinator', coordinator);
      coordinator.status = RecordStatus.ARCHIVED;
      const saved = await manager.save(coordinator);
      await recordChange(manager, viewer, 'Coordinator', 'ARCHIVE', before, saved);
      return saved;
    });
  }

  private async lockForUpdate(manager: EntityManager, id: string, field: string): Promise<Coordinator> {
    const coordinator = await manager.getRepository(Coordinator).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!coordinator) throw new NotFoundError(COORDINATOR, field);
    return coordinator;
  }
}

export function coordinatorSearchText(coordinator: Pick<Coordinator, 'name' | 'key'>): string {
  return searchForm(coordinator.name, coordinator.key);
}
