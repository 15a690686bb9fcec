import { randomUUID } from 'node:crypto';
import type { Viewer } from '../auth/viewer';
import { DataSource, EntityManager } from 'typeorm';
import { optionalLine } from '../common/text';
import { Company } from '../companies/company.entity';
import { ConnectionShape, MAX_PAGE_SIZE, paginate, SortDirection, SortSpec } from '../common/connection';
import { RecordStatus } from '../common/enums';
import { ConflictError, InvalidInputError, NotFoundError } from '../common/errors';
import { isUniqueViolation } from '../database/unique-violation';
import type { DecodedGlobalId } from '../common/global-id';
import { whereContains, whereFieldUnder, whereIn, whereRegionWithin } from '../common/query-filters';
import { assertFieldCodes, assertRegionCode, assertVersion, resolveReference } from '../common/references';
import { normaliseLine, normaliseParagraphs, searchForm } from '../common/text';
import { recordChange, snapshotOf } from '../history/change-record';
import { Institution } from '../institutions/institution.entity';
import { Researcher } from '../people/researcher.entity';
import { MemberRole, MemberType } from './consortium.enums';
import {
  ConsortiumFilter,
  ConsortiumOrder,
  ConsortiumSortField,
  CreateConsortiumInput,
  UpdateConsortiumInput,
  UpdateConsortiumMemberInput,
} from './consortium.inputs';
import { Consortium } from './consortium.entity';
import { ConsortiumMembership } from './membership.entity';

const CONSORTIUM = { ja: '研究会・協議会', en: 'Consortium' };
const MEMBERSHIP = { ja: '会員情報', en: 'Consortium membership' };

const SORT_COLUMNS: Record<ConsortiumSortField, Omit<SortSpec, 'direction'>> = {
  NAME: { expression: 'consortium.name_ja', kind: 'text' },
  CREATED_AT: { expression: 'consortium.created_at', kind: 'date' },
  UPDATED_AT: { expression: 'consortium.updated_at', kind: 'date' },
};

/** A member global ID's type decides the kind of membership and the column it fills. */
const MEMBER_KINDS = {
  Company: { entity: Company, memberType: MemberType.COMPANY, column: 'companyId', sqlColumn: 'company_id' },
  Institution: { entity: Institution, memberType: MemberType.INSTITUTION, column: 'institutionId', sqlColumn: 'institution_id' },
  Researcher: { entity: Researcher, memberType: MemberType.RESEARCHER, column: 'researcherId', sqlColumn: 'researcher_id' },
} as const;
type MemberKind = (typeof MEMBER_KINDS)[keyof typeof MEMBER_KINDS];

/** A new membership: the member's global ID decoded at the edge, its type name deciding the kind of member. */
export interface NewMembership {
  consortiumId: string;
  member: DecodedGlobalId;
  role: MemberRole;
}

const alreadyMember = () =>
  new ConflictError(
    'ALREADY_MEMBER',
    { ja: 'この会員は既にこの研究会・協議会に参加しています', en: 'This member already belongs to the consortium' },
    'input.memberId',
  );

/** Rules for consortia and their memberships. */
export class ConsortiumService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly maxPageSize: number = MAX_PAGE_SIZE,
  ) {}

  /** Lists consortia matching the filter as a cursor connection (two SQL statements). */
  async list(
    viewer: Viewer,
    filter: ConsortiumFilter | null | undefined,
    orderBy: ConsortiumOrder | null | undefined,
    page: { first?: number; after?: string },
  ): Promise<ConnectionShape<Consortium>> {
    const query = this.dataSource.getRepository(Consortium).createQueryBuilder('consortium');
    const f = filter ?? {};
    whereIn(query, 'consortium.status', f.status?.length ? f.status : [RecordStatus.ACTIVE]);
    whereRegionWithin(query, 'consortium.region_code', f.regionCode);
    whereFieldUnder(query, f.fieldCode);
    whereContains(query, f.contains);
    const members: Array<[string | null | undefined, MemberKind]> = [
      [f.memberCompanyId, MEMBER_KINDS.Company],
      [f.memberInstitutionId, MEMBER_KINDS.Institution],
      [f.memberResearcherId, MEMBER_KINDS.Researcher],
    ];
    for (const [id, kind] of members) {
      if (!id) continue;
      const name = `member_${kind.sqlColumn}`;
      query.andWhere(`EXISTS (SELECT 1 FROM consortium_membership cm WHERE cm.consortium_id = consortium.id AND cm.${kind.sqlColumn} = :${name})`, {
        [name]: id,
      });
    }
    const sort = orderBy ? { ...SORT_COLUMNS[orderBy.field], direction: orderBy.direction } : { ...SORT_COLUMNS.NAME, direction: SortDirection.ASC };
    return paginate(query, sort, page, this.maxPageSize);
  }

  /** The consortium with this external key, or null. */
  findByKey(viewer: Viewer, key: string): Promise<Consortium | null> {
    return this.dataSource.getRepository(Consortium).findOne({ where: { key } });
  }

  async create(viewer: Viewer, input: CreateConsortiumInput): Promise<Consortium> {
    return this.dataSource.transaction(async (manager) => {
      await assertRegionCode(manager, input.regionCode, 'input.regionCode');
      await assertFieldCodes(manager, input.fieldCodes, 'input.fieldCodes');
      const secretariatId = input.secretariatId ? (await resolveReference(manager, Institution, input.secretariatId, 'input.secretariatId')).id : null;
      const consortium = manager.create(Consortium, {
        key: input.key ?? `consortium.${randomUUID()}`,
        nameJa: normaliseLine(input.nameJa),
        nameEn: optionalLine(input.nameEn),
        regionCode: input.regionCode ?? null,
        secretariatId,
        fieldCodes: [...new Set(input.fieldCodes)],
        description: input.description ? normaliseParagraphs(input.description) : null,
        websiteUrl: optionalLine(input.websiteUrl),
        status: RecordStatus.ACTIVE,
        isFictional: input.isFictional,
      });
      consortium.searchText = consortiumSearchText(consortium);
      if (await manager.getRepository(Consortium).exists({ where: { key: consortium.key } })) {
        throw InvalidInputError.of('input.key', 'このキーは既に使われています', 'is already used by another consortium', 'unique');
      }
      const saved = await manager.save(consortium);
      await recordChange(manager, viewer, 'Consortium', 'CREATE', null, saved);
      return saved;
    });
  }

  /** Applies the given changes if `expectedVersion` is still current; CONFLICT otherwise. */
  async update(viewer: Viewer, input: UpdateConsortiumInput): Promise<Consortium> {
    return this.dataSource.transaction(async (manager) => {
      const consortium = await this.lockForUpdate(manager, input.id);
      assertVersion(CONSORTIUM, consortium, input.expectedVersion);
      const before = snapshotOf('Consortium', consortium);
      if (input.nameJa != null) consortium.nameJa = normaliseLine(input.nameJa);
      if (input.nameEn !== undefined) consortium.nameEn = optionalLine(input.nameEn);
      if (input.regionCode !== undefined) {
        await assertRegionCode(manager, input.regionCode, 'input.regionCode');
        consortium.regionCode = input.regionCode;
      }
      if (input.secretariatId !== undefined) {
        consortium.secretariatId = input.secretariatId ? (await resolveReference(manager, Institution, input.secretariatId, 'input.secretariatId')).id : null;
      }
      if (input.fieldCodes != null) {
        await assertFieldCodes(manager, input.fieldCodes, 'input.fieldCodes');
        consortium.fieldCodes = [...new Set(input.fieldCodes)];
      }
      if (input.description !== undefined) consortium.description = input.description ? normaliseParagraphs(input.description) : null;
      if (input.websiteUrl !== undefined) consortium.websiteUrl = optionalLine(input.websiteUrl);
      consortium.searchText = consortiumSearchText(consortium);
      const saved = await manager.save(consortium);
      await recordChange(manager, viewer, 'Consortium', 'UPDATE', before, saved);
      return saved;
    });
  }

  /** Archives a consortium: hidden from default lists, memberships kept for history. */
  async archive(viewer: Viewer, id: string, expectedVersion: number): Promise<Consortium> {
    return this.dataSource.transaction(async (manager) => {
      const consortium = await this.lockForUpdate(manager, id);
      assertVersion(CONSORTIUM, consortium, expectedVersion);
      const before = snapshotOf('Consortium', consortium);
      consortium.status = RecordStatus.ARCHIVED;
      const saved = await manager.save(consortium);
      await recordChange(manager, viewer, 'Consortium', 'ARCHIVE', before, saved);
      return saved;
    });
  }

  /** Adds a member; CONFLICT when it is already in the consortium. */
  async addMember(viewer: Viewer, input: NewMembership): Promise<ConsortiumMembership> {
    return this.dataSource.transaction(async (manager) => {
      const consortium = await resolveReference(manager, Consortium, input.consortiumId, 'input.consortiumId');
      const kind = memberKindOf(input.member.typeName);
      const member = await resolveReference<Company | Institution | Researcher>(manager, kind.entity, input.member.id, 'input.memberId');
      const memberships = manager.getRepository(ConsortiumMembership);
      if (await memberships.exists({ where: { consortiumId: consortium.id, [kind.column]: member.id } })) throw alreadyMember();
      const membership = memberships.create({
        consortiumId: consortium.id,
        memberType: kind.memberType,
        companyId: null,
        institutionId: null,
        researcherId: null,
        [kind.column]: member.id,
        role: input.role,
      });
      try {
        return await manager.save(membership);
      } catch (error) {
        // Two requests adding the same member at once both pass the check above; the index decides.
        if (isUniqueViolation(error)) throw alreadyMember();
        throw error;
      }
    });
  }

  /** Changes a member's role if `expectedVersion` is still current; CONFLICT otherwise. */
  async updateMember(viewer: Viewer, input: UpdateConsortiumMemberInput): Promise<ConsortiumMembership> {
    return this.dataSource.transaction(async (manager) => {
      const membership = await manager.getRepository(ConsortiumMembership).findOne({ where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
      if (!membership) throw new NotFoundError(MEMBERSHIP, 'input.id');
      assertVersion(MEMBERSHIP, membership, input.expectedVersion);
      membership.role = input.role;
      return manager.save(membership);
    });
  }

  /** Removes a membership and returns the consortium it belonged to. */
  async removeMember(viewer: Viewer, id: string): Promise<Consortium> {
    return this.dataSource.transaction(async (manager) => {
      const membership = await manager.getRepository(ConsortiumMembership).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!membership) throw new NotFoundError(MEMBERSHIP, 'membershipId');
      await manager.delete(ConsortiumMembership, { id });
      return manager.getRepository(Consortium).findOneOrFail({ where: { id: membership.consortiumId } });
    });
  }

  private async lockForUpdate(manager: EntityManager, id: string): Promise<Consortium> {
    const consortium = await manager.getRepository(Consortium).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!consortium) throw new NotFoundError(CONSORTIUM, 'input.id');
    return consortium;
  }
}

/** Companies, institutions and researchers can be members: the type of the member's global ID decides which. */
function memberKindOf(typeName: string): MemberKind {
  const kind = Object.hasOwn(MEMBER_KINDS, typeName) ? MEMBER_KINDS[typeName as keyof typeof MEMBER_KINDS] : undefined;
  if (!kind) {
    throw InvalidInputError.of(
      'input.memberId',
      '企業・機関・研究者のいずれかの ID を指定してください',
      'must be the ID of a Company, Institution or Researcher',
      'memberType',
    );
  }
  return kind;
}

export function consortiumSearchText(consortium: Pick<Consortium, 'nameJa' | 'nameEn' | 'description' | 'key'>): string {
  return searchForm(consortium.nameJa, consortium.nameEn, consortium.description, consortium.key);
}
