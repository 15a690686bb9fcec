import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { grantOf, recordScope } from '../auth/policy';
import { ownResearcherId, Viewer } from '../auth/viewer';
import { ConnectionShape, MAX_PAGE_SIZE, paginate, SortDirection, SortSpec } from '../common/connection';
import { ForbiddenError, InvalidInputError, NotFoundError } from '../common/errors';
import { NO_ID, whereContains, whereEquals, whereFieldUnder, whereIn, whereRegionWithin } from '../common/query-filters';
import { assertFieldCodes, assertVersion, resolveReference } from '../common/references';
import { detectLanguage, normaliseLine, normaliseList, normaliseParagraphs, searchForm } from '../common/text';
import { recordChange, snapshotOf } from '../history/change-record';
import { Institution } from '../institutions/institution.entity';
import { detectSeedDuplicates } from '../duplicates/duplicate-detector';
import { indexSeeds } from '../matching/index/match-indexer';
import { analyseSearch, hasSearchText, literalMatchSql, textSearchSubquery } from '../matching/search';
import { Researcher } from '../people/researcher.entity';
import { RegisterSeedInput, SeedFilter, SeedOrder, SeedSortField, UpdateSeedInput } from './seed.inputs';
import { SeedOwner } from './seed-owner.entity';
import { recordSeedChange } from '../events/event-recorder';
import { Seed } from './seed.entity';
import { SeedStatus } from './seed.enums';
import { canSeeSeed } from './seed.visibility';
import { readSeedById, readSeedPage, seedReadPlan } from './seed-read.query';
import type { Selection } from '../graphql/compiled/selection';

const SEED = { ja: '研究シーズ', en: 'Seed' };

/** A `text` search without orderBy: most relevant first, ties by id (the cursor holds both). */
const RELEVANCE: SortSpec = { expression: 'text_search.rscore', kind: 'number', direction: SortDirection.DESC };

const SORT_COLUMNS: Record<SeedSortField, Omit<SortSpec, 'direction'>> = {
  CREATED_AT: { expression: 'seed.created_at', kind: 'date' },
  UPDATED_AT: { expression: 'seed.updated_at', kind: 'date' },
  TITLE: { expression: 'seed.title', kind: 'text' },
  TRL: { expression: 'seed.trl', kind: 'number' },
};

/** Rules for research seeds: registration, updates with optimistic locking, listing. */
export class SeedService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly maxPageSize: number = MAX_PAGE_SIZE,
  ) {}

  /**
   * Lists seeds matching the filter as a cursor connection (two SQL statements, `text` included), limited to
   * what the viewer may see (seed.visibility.ts): published ones, plus drafts and archived ones
   * for staff and for their owners.
   */
  async list(
    viewer: Viewer,
    filter: SeedFilter | null | undefined,
    orderBy: SeedOrder | null | undefined,
    page: { first?: number; after?: string },
    selection: Selection | null = null,
  ): Promise<ConnectionShape<Seed>> {
    const unpublished = grantOf(viewer, 'READ_UNPUBLISHED_SEEDS');
    const query = this.dataSource.getRepository(Seed).createQueryBuilder('seed');
    const f = filter ?? {};
    const statuses = f.status?.length ? f.status : [SeedStatus.DRAFT, SeedStatus.PUBLISHED];
    whereIn(query, 'seed.status', statuses);
    if (unpublished === 'NONE') query.andWhere('seed.status = :visibleStatus', { visibleStatus: SeedStatus.PUBLISHED });
    if (unpublished === 'OWN') {
      query.andWhere(
        '(seed.status = :visibleStatus OR EXISTS (SELECT 1 FROM seed_owner own WHERE own.seed_id = seed.id AND own.researcher_id = :viewerResearcherId))',
        { visibleStatus: SeedStatus.PUBLISHED, viewerResearcherId: ownResearcherId(viewer) ?? NO_ID },
      );
    }
    whereFieldUnder(query, f.fieldCode);
    whereEquals(query, 'seed.language', f.language);
    if (f.minTrl) query.andWhere('seed.trl >= :minTrl', { minTrl: f.minTrl });
    if (f.maxTrl) query.andWhere('seed.trl <= :maxTrl', { maxTrl: f.maxTrl });
    if (f.collaborationForm) query.andWhere(':form = ANY(seed.collaboration_forms)', { form: f.collaborationForm });
    whereEquals(query, 'seed.institution_id', f.institutionId);
    if (f.ownerId) {
      query.andWhere('EXISTS (SELECT 1 FROM seed_owner so WHERE so.seed_id = seed.id AND so.researcher_id = :ownerId)', { ownerId: f.ownerId });
    }
    if (f.regionCode || f.institutionKind?.length) {
      query.innerJoin(Institution, 'institution', 'institution.id = seed.institution_id');
      whereRegionWithin(query, 'institution.region_code', f.regionCode);
      whereIn(query, 'institution.kind', f.institutionKind);
    }
    whereContains(query, f.contains);
    const searched =
      hasSearchText(f.text) && joinSeedTextSearch(query, f.text, unpublished !== 'NONE' && statuses.some((status) => status !== SeedStatus.PUBLISHED));
    const sort = orderBy
      ? { ...SORT_COLUMNS[orderBy.field], direction: orderBy.direction }
      : searched
        ? RELEVANCE
        : { ...SORT_COLUMNS.CREATED_AT, direction: SortDirection.DESC };
    const plan = selection && seedReadPlan(this.dataSource, selection);
    return plan ? readSeedPage(this.dataSource, query, sort, page, this.maxPageSize, plan) : paginate(query, sort, page, this.maxPageSize);
  }

  /**
   * One seed by uuid in one statement (seed-read.query.ts), or null when missing or not visible;
   * undefined when the selection cannot be read that way, and the caller takes the DataLoader path.
   */
  readById(viewer: Viewer, id: string, selection: Selection | null): Promise<Seed | null> | undefined {
    const plan = selection && seedReadPlan(this.dataSource, selection);
    return plan ? readSeedById(this.dataSource, viewer, id, plan) : undefined;
  }

  /** The seed with this external key, or null (also when the viewer may not see it). */
  async getByKey(viewer: Viewer, key: string): Promise<Seed | null> {
    const seed = await this.dataSource.getRepository(Seed).findOne({ where: { key } });
    if (!seed) return null;
    return canSeeSeed(viewer, seed, await this.ownerIds(this.dataSource.manager, seed.id)) ? seed : null;
  }

  /** Registers a seed with its owners in one transaction; a researcher must be one of the owners. */
  async register(viewer: Viewer, input: RegisterSeedInput): Promise<Seed> {
    const grant = recordScope(viewer, 'WRITE_SEEDS');
    if (grant === 'OWN') assertStaysOwner(viewer, input.ownerIds);
    return this.dataSource.transaction(async (manager) => {
      if (input.ownerIds.length === 0) {
        throw InvalidInputError.of('input.ownerIds', '所有者 (研究者) を 1 名以上指定してください', 'needs at least one owner researcher', 'arrayMinSize');
      }
      const owners = await this.resolveOwners(manager, input.ownerIds, 'input.ownerIds');
      const ownInstitution = grant === 'OWN' ? await this.ownInstitutionId(manager, viewer) : null;
      const institutionId = input.institutionId
        ? (await resolveReference(manager, Institution, input.institutionId, 'input.institutionId')).id
        : (ownInstitution ?? owners[0].institutionId);
      if (ownInstitution !== null) assertOwnInstitution(ownInstitution, institutionId);
      await assertFieldCodes(manager, input.fieldCodes, 'input.fieldCodes');

      const seed = manager.create(Seed, {
        key: input.key ?? `seed.${randomUUID()}`,
        title: normaliseLine(input.title),
        summary: normaliseParagraphs(input.summary),
        language: input.language ?? detectLanguage(input.title, input.summary),
        keywords: normaliseList(input.keywords),
        fieldCodes: [...new Set(input.fieldCodes)],
        trl: input.trl,
        collaborationForms: [...new Set(input.collaborationForms)],
        patents: input.patents.map((p) => ({ number: normaliseLine(p.number), title: p.title ? normaliseLine(p.title) : null, status: p.status })),
        institutionId,
        status: input.status,
        publishedAt: input.status === SeedStatus.PUBLISHED ? new Date() : null,
        isFictional: input.isFictional,
      });
      seed.searchText = seedSearchText(seed);
      await this.assertKeyFree(manager, seed.key);
      const saved = await manager.save(seed);
      await this.replaceOwners(manager, saved.id, owners);
      await recordChange(manager, viewer, 'Seed', 'CREATE', null, saved, { ownerIds: uniqueIds(owners) });
      await indexSeeds(manager, [saved.id]);
      await detectSeedDuplicates(manager, [saved.id]);
      await recordSeedChange(manager, null, saved);
      return saved;
    });
  }

  /** Applies the given changes if `expectedVersion` is still current; CONFLICT otherwise. */
  async update(viewer: Viewer, input: UpdateSeedInput): Promise<Seed> {
    const grant = recordScope(viewer, 'WRITE_SEEDS');
    if (grant === 'OWN' && input.ownerIds != null) assertStaysOwner(viewer, input.ownerIds);
    return this.dataSource.transaction(async (manager) => {
      const seed = await this.lockForUpdate(manager, input.id);
      if (grant === 'OWN') await this.assertOwner(manager, viewer, seed, 'input.id');
      assertVersion(SEED, seed, input.expectedVersion);
      // Owners live in seed_owner: read (and recorded) only when the update replaces them.
      const before = snapshotOf('Seed', seed, input.ownerIds != null ? { ownerIds: await this.ownerIds(manager, seed.id) } : {});
      let ownerIds: string[] | undefined;
      const statusBefore = seed.status;
      if (input.title != null) seed.title = normaliseLine(input.title);
      if (input.summary != null) seed.summary = normaliseParagraphs(input.summary);
      if (input.language != null) seed.language = input.language;
      if (input.keywords != null) seed.keywords = normaliseList(input.keywords);
      if (input.fieldCodes != null) {
        await assertFieldCodes(manager, input.fieldCodes, 'input.fieldCodes');
        seed.fieldCodes = [...new Set(input.fieldCodes)];
      }
      if (input.trl != null) seed.trl = input.trl;
      if (input.collaborationForms != null) seed.collaborationForms = [...new Set(input.collaborationForms)];
      if (input.patents != null) {
        seed.patents = input.patents.map((p) => ({ number: normaliseLine(p.number), title: p.title ? normaliseLine(p.title) : null, status: p.status }));
      }
      if (input.institutionId != null) {
        seed.institutionId = (await resolveReference(manager, Institution, input.institutionId, 'input.institutionId')).id;
        if (grant === 'OWN') assertOwnInstitution(await this.ownInstitutionId(manager, viewer), seed.institutionId);
      }
      if (input.status != null) this.applyStatus(seed, input.status);
      if (input.ownerIds != null) {
        if (input.ownerIds.length === 0) {
          throw InvalidInputError.of('input.ownerIds', '所有者 (研究者) を 1 名以上指定してください', 'needs at least one owner researcher', 'arrayMinSize');
        }
        const owners = await this.resolveOwners(manager, input.ownerIds, 'input.ownerIds');
        await this.replaceOwners(manager, seed.id, owners);
        ownerIds = uniqueIds(owners);
      }
      seed.searchText = seedSearchText(seed);
      const saved = await manager.save(seed);
      await recordChange(manager, viewer, 'Seed', 'UPDATE', before, saved, ownerIds ? { ownerIds } : {});
      await indexSeeds(manager, [saved.id]);
      await detectSeedDuplicates(manager, [saved.id]);
      await recordSeedChange(manager, statusBefore, saved);
      return saved;
    });
  }

  /** Archives a seed: hidden from default lists and matching, kept for history. */
  async archive(viewer: Viewer, id: string, expectedVersion: number): Promise<Seed> {
    const grant = recordScope(viewer, 'WRITE_SEEDS');
    return this.dataSource.transaction(async (manager) => {
      const seed = await this.lockForUpdate(manager, id);
      if (grant === 'OWN') await this.assertOwner(manager, viewer, seed, 'id');
      assertVersion(SEED, seed, expectedVersion);
      const before = snapshotOf('Seed', seed);
      const statusBefore = seed.status;
      this.applyStatus(seed, SeedStatus.ARCHIVED);
      const saved = await manager.save(seed);
      await recordChange(manager, viewer, 'Seed', 'ARCHIVE', before, saved);
      await indexSeeds(manager, [saved.id]);
      await detectSeedDuplicates(manager, [saved.id]);
      await recordSeedChange(manager, statusBefore, saved);
      return saved;
    });
  }

  private applyStatus(seed: Seed, status: SeedStatus): void {
    if (status === SeedStatus.PUBLISHED && !seed.publishedAt) seed.publishedAt = new Date();
    seed.status = status;
  }

  private async lockForUpdate(manager: EntityManager, id: string): Promise<Seed> {
    const seed = await manager.getRepository(Seed).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!seed) throw new NotFoundError(SEED, 'input.id');
    return seed;
  }

  private async ownerIds(manager: EntityManager, seedId: string): Promise<string[]> {
    return (await manager.getRepository(SeedOwner).find({ where: { seedId }, select: { researcherId: true } })).map((link) => link.researcherId);
  }

  /** The institution of the signed-in researcher's own record (null when the account has none). */
  private async ownInstitutionId(manager: EntityManager, viewer: Viewer): Promise<string | null> {
    const own = ownResearcherId(viewer);
    return own
      ? ((await manager.getRepository(Researcher).findOne({ where: { id: own }, select: { id: true, institutionId: true } }))?.institutionId ?? null)
      : null;
  }

  /** Someone else's seed: FORBIDDEN when the viewer may see it (published), NOT_FOUND when not, as if missing. */
  private async assertOwner(manager: EntityManager, viewer: Viewer, seed: Seed, field: string): Promise<void> {
    const owners = await this.ownerIds(manager, seed.id);
    const own = ownResearcherId(viewer);
    if (own !== null && owners.includes(own)) return;
    if (canSeeSeed(viewer, seed, owners)) throw new ForbiddenError({ ja: '自分のシーズのみ変更できます', en: 'You may change only your own seeds' }, field);
    throw new NotFoundError(SEED, field);
  }

  private async resolveOwners(manager: EntityManager, ownerIds: string[], field: string): Promise<Researcher[]> {
    const owners: Researcher[] = [];
    for (const [index, ownerId] of ownerIds.entries()) {
      owners.push(await resolveReference(manager, Researcher, ownerId, `${field}[${index}]`));
    }
    return owners;
  }

  private async replaceOwners(manager: EntityManager, seedId: string, owners: Researcher[]): Promise<void> {
    await manager.delete(SeedOwner, { seedId });
    const unique = [...new Map(owners.map((owner) => [owner.id, owner])).values()];
    await manager.insert(
      SeedOwner,
      unique.map((owner, position) => ({ seedId, researcherId: owner.id, position })),
    );
  }

  private async assertKeyFree(manager: EntityManager, key: string): Promise<void> {
    if (await manager.getRepository(Seed).exists({ where: { key } })) {
      throw InvalidInputError.of('input.key', 'このキーは既に使われています', 'is already used by another seed', 'unique');
    }
  }
}

/**
 * The `text` filter: joins the seeds matching an analysed search (src/matching/search) as
 * `text_search`. Published seeds are in the matching index; `literalOutside` also matches
 * drafts and archived seeds literally, for viewers who may see some and lists that ask for them.
 */
function joinSeedTextSearch(query: SelectQueryBuilder<Seed>, text: string, literalOutside: boolean): true {
  const search = analyseSearch(text);
  const { sql, parameters } = textSearchSubquery('SEED', search, (p) => ({
    fallback: literalOutside
      ? `SELECT s.id, 0::float8 FROM seed s WHERE s.status <> 'PUBLISHED' AND ${literalMatchSql(p, 's.search_text', search)}`
      : undefined,
  }));
  query.innerJoin(sql, 'text_search', 'text_search.id = seed.id', parameters);
  return true;
}

/** Owner ids in order, each once (as replaceOwners stores them). */
const uniqueIds = (owners: readonly Researcher[]): string[] => [...new Set(owners.map((owner) => owner.id))];

/** A researcher files seeds under their own institution only, as updateResearcher keeps them there; moving is staff's. */
function assertOwnInstitution(own: string | null, institutionId: string): void {
  if (own === null || own !== institutionId) {
    throw new ForbiddenError(
      { ja: '研究シーズは自分の所属機関にのみ登録できます', en: 'You can file seeds only under your own institution' },
      'input.institutionId',
    );
  }
}

/** A researcher registers and edits seeds they own, and cannot give one away. */
function assertStaysOwner(viewer: Viewer, ownerIds: readonly string[]): void {
  const own = ownResearcherId(viewer);
  if (own === null || !ownerIds.includes(own)) {
    throw new ForbiddenError({ ja: '自分を所有者に含めてください', en: 'You must be one of the owners of your seeds' }, 'input.ownerIds');
  }
}

export function seedSearchText(seed: Pick<Seed, 'title' | 'summary' | 'keywords' | 'key'>): string {
  return searchForm(seed.title, seed.summary, seed.keywords, seed.key);
}
