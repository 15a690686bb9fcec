import { randomUUID } from 'node:crypto';
import { notAllowed, recordScope } from '../auth/policy';
import { ownResearcherId, Viewer } from '../auth/viewer';
import { DataSource, EntityManager } from 'typeorm';
import { ConnectionShape, MAX_PAGE_SIZE, paginate, SortDirection } from '../common/connection';
import { RecordStatus } from '../common/enums';
import { InvalidInputError, NotFoundError } from '../common/errors';
import { whereContains, whereEquals, whereFieldUnder, whereIn, whereRegionWithin } from '../common/query-filters';
import { assertFieldCodes, assertVersion, resolveReference } from '../common/references';
import { normaliseLine, normaliseList, optionalFolded, searchForm } from '../common/text';
import { recordChange, snapshotOf } from '../history/change-record';
import { Institution } from '../institutions/institution.entity';
import { optionalLine } from '../common/text';
import { RegisterResearcherInput, ResearcherFilter, UpdateResearcherInput } from './researcher.inputs';
import { Researcher } from './researcher.entity';

const RESEARCHER = { ja: '研究者', en: 'Researcher' };

/** Rules for researchers: registration, updates with optimistic locking, archiving, listing. */
export class ResearcherService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly maxPageSize: number = MAX_PAGE_SIZE,
  ) {}

  /** Lists researchers matching the filter, by Japanese name, as a cursor connection (two SQL statements). */
  async list(viewer: Viewer, filter: ResearcherFilter | null | undefined, page: { first?: number; after?: string }): Promise<ConnectionShape<Researcher>> {
    const query = this.dataSource.getRepository(Researcher).createQueryBuilder('researcher');
    const f = filter ?? {};
    whereIn(query, 'researcher.status', f.status?.length ? f.status : [RecordStatus.ACTIVE]);
    whereEquals(query, 'researcher.institution_id', f.institutionId);
    whereFieldUnder(query, f.fieldCode);
    if (f.regionCode || f.institutionKind?.length) {
      query.innerJoin(Institution, 'institution', 'institution.id = researcher.institution_id');
      whereRegionWithin(query, 'institution.region_code', f.regionCode);
      whereIn(query, 'institution.kind', f.institutionKind);
    }
    whereContains(query, f.contains);
    return paginate(query, { expression: 'researcher.name_ja', kind: 'text', direction: SortDirection.ASC }, page, this.maxPageSize);
  }

  getByKey(viewer: Viewer, key: string): Promise<Researcher | null> {
    return this.dataSource.getRepository(Researcher).findOne({ where: { key } });
  }

  async register(viewer: Viewer, input: RegisterResearcherInput): Promise<Researcher> {
    if (recordScope(viewer, 'WRITE_RESEARCHERS') !== 'ALL') throw notAllowed();
    return this.dataSource.transaction(async (manager) => {
      const institution = await resolveReference(manager, Institution, input.institutionId, 'input.institutionId');
      await assertFieldCodes(manager, input.fieldCodes, 'input.fieldCodes');
      const researcher = manager.create(Researcher, {
        key: input.key ?? `r.${randomUUID()}`,
        nameJa: normaliseLine(input.nameJa),
        nameEn: optionalLine(input.nameEn),
        institutionId: institution.id,
        title: optionalLine(input.title),
        email: optionalFolded(input.email),
        phone: optionalFolded(input.phone),
        contactPublic: input.contactPublic,
        fieldCodes: [...new Set(input.fieldCodes)],
        keywords: normaliseList(input.keywords),
        status: RecordStatus.ACTIVE,
        isFictional: input.isFictional,
      });
      researcher.searchText = researcherSearchText(researcher);
      if (await manager.getRepository(Researcher).exists({ where: { key: researcher.key } })) {
        throw InvalidInputError.of('input.key', 'このキーは既に使われています', 'is already used by another researcher', 'unique');
      }
      const saved = await manager.save(researcher);
      await recordChange(manager, viewer, 'Researcher', 'CREATE', null, saved);
      return saved;
    });
  }

  /** Applies the given changes if `expectedVersion` is still current; CONFLICT otherwise. Null clears optional fields. */
  async update(viewer: Viewer, input: UpdateResearcherInput): Promise<Researcher> {
    const grant = recordScope(viewer, 'WRITE_RESEARCHERS');
    return this.dataSource.transaction(async (manager) => {
      const researcher = await this.lockForUpdate(manager, input.id, 'input.id');
      // A researcher keeps their own profile (and decides whether their contacts are public); moving institution is staff's.
      if (grant === 'OWN' && researcher.id !== ownResearcherId(viewer)) throw notAllowed();
      if (grant === 'OWN' && input.institutionId != null && input.institutionId !== researcher.institutionId) throw notAllowed();
      assertVersion(RESEARCHER, researcher, input.expectedVersion);
      const before = snapshotOf('Researcher', researcher);
      if (input.nameJa != null) researcher.nameJa = normaliseLine(input.nameJa);
      if (input.nameEn !== undefined) researcher.nameEn = optionalLine(input.nameEn);
      if (input.institutionId != null) researcher.institutionId = (await resolveReference(manager, Institution, input.institutionId, 'input.institutionId')).id;
      if (input.title !== undefined) researcher.title = optionalLine(input.title);
      if (input.email !== undefined) researcher.email = optionalFolded(input.email);
      if (input.phone !== undefined) researcher.phone = optionalFolded(input.phone);
      if (input.contactPublic != null) researcher.contactPublic = input.contactPublic;
      if (input.fieldCodes != null) {
        await assertFieldCodes(manager, input.fieldCodes, 'input.fieldCodes');
        researcher.fieldCodes = [...new Set(input.fieldCodes)];
      }
      if (input.keywords != null) researcher.keywords = normaliseList(input.keywords);
      researcher.searchText = researcherSearchText(researcher);
      const saved = await manager.save(researcher);
      await recordChange(manager, viewer, 'Researcher', 'UPDATE', before, saved);
      return saved;
    });
  }

  /** Archives a researcher: hidden from default lists, kept as owner of their seeds. */
  async archive(viewer: Viewer, id: string, expectedVersion: number): Promise<Researcher> {
    if (recordScope(viewer, 'WRITE_RESEARCHERS') !== 'ALL') throw notAllowed();
    return this.dataSource.transaction(async (manager) => {
      const researcher = await this.lockForUpdate(manager, id, 'id');
      assertVersion(RESEARCHER, researcher, expectedVersion);
      const before = snapshotOf('Researcher', researcher);
      researcher.status = RecordStatus.ARCHIVED;
      const saved = await manager.save(researcher);
      await recordChange(manager, viewer, 'Researcher', 'ARCHIVE', before, saved);
      return saved;
    });
  }

  private async lockForUpdate(manager: EntityManager, id: string, field: string): Promise<Researcher> {
    const researcher = await manager.getRepository(Researcher).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!researcher) throw new NotFoundError(RESEARCHER, field);
    return researcher;
  }
}

/** Contact details stay out of the search text: `contains` must not reveal a private e-mail. */
export function researcherSearchText(researcher: Pick<Researcher, 'nameJa' | 'nameEn' | 'title' | 'keywords' | 'key'>): string {
  return searchForm(researcher.nameJa, researcher.nameEn, researcher.title, researcher.keywords, researcher.key);
}
