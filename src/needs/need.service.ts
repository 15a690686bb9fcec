import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Company } from '../companies/company.entity';
import { ConnectionShape, paginate, SortDirection, SortSpec } from '../common/connection';
import { InvalidInputError, NotFoundError } from '../common/errors';
import { fromGlobalId } from '../common/global-id';
import { whereContains, whereEquals, whereFieldUnder, whereIn, whereRegionWithin } from '../common/query-filters';
import { assertFieldCodes, assertVersion, resolveReference } from '../common/references';
import { detectLanguage, normaliseLine, normaliseParagraphs, searchForm } from '../common/text';
import { messages } from '../common/validation';
import { Coordinator } from '../people/coordinator.entity';
import { normaliseList } from '../seeds/seed.service';
import { NeedFilter, NeedOrder, NeedSortField, SubmitNeedInput, UpdateNeedInput } from './need.inputs';
import { Need } from './need.entity';
import { NeedStatus } from './need.enums';

const NEED = { ja: '企業ニーズ', en: 'Need' };

const SORT_COLUMNS: Record<NeedSortField, Omit<SortSpec, 'direction'>> = {
  CREATED_AT: { expression: 'need.created_at', kind: 'date' },
  UPDATED_AT: { expression: 'need.updated_at', kind: 'date' },
  TITLE: { expression: 'need.title', kind: 'text' },
};

const OPEN_STATUSES = Object.values(NeedStatus).filter((status) => status !== NeedStatus.ARCHIVED);

/** Rules for needs: submission, optimistic-locked updates, listing. What a viewer may see is need.visibility.ts. */
export class NeedService {
  constructor(private readonly dataSource: DataSource) {}

  /** Lists needs matching the filter as a cursor connection (two SQL statements). */
  async list(filter: NeedFilter | null | undefined, orderBy: NeedOrder | null | undefined, page: { first?: number; after?: string }, maxPageSize?: number): Promise<ConnectionShape<Need>> {
    const query = this.dataSource.getRepository(Need).createQueryBuilder('need');
    const f = filter ?? {};
    whereIn(query, 'need.status', f.status?.length ? f.status : OPEN_STATUSES);
    whereIn(query, 'need.category', f.category);
    whereIn(query, 'need.confidentiality', f.confidentiality);
    whereEquals(query, 'need.consultation_step', f.consultationStep);
    whereEquals(query, 'need.language', f.language);
    if (f.holderId) whereEquals(query, 'need.holder_id', fromGlobalId(f.holderId, 'Coordinator', 'filter.holderId').id);
    if (f.companyId) whereEquals(query, 'need.company_id', fromGlobalId(f.companyId, 'Company', 'filter.companyId').id);
    whereFieldUnder(query, f.fieldCode);
    if (f.regionCode) {
      query.innerJoin(Company, 'company', 'company.id = need.company_id');
      whereRegionWithin(query, 'company.region_code', f.regionCode);
    }
    whereContains(query, f.contains);
    const sort = orderBy
      ? { ...SORT_COLUMNS[orderBy.field], direction: orderBy.direction }
      : { ...SORT_COLUMNS.CREATED_AT, direction: SortDirection.DESC };
    return paginate(query, sort, page, maxPageSize);
  }

  /** The need with this external key, or null. */
  findByKey(key: string): Promise<Need | null> {
    return this.dataSource.getRepository(Need).findOne({ where: { key } });
  }

  /** Records a company's need. */
  async submit(input: SubmitNeedInput): Promise<Need> {
    return this.dataSource.transaction(async (manager) => {
      const company = await resolveReference(manager, Company, input.companyId, 'input.companyId');
      const holderId = input.holderId ? (await resolveReference(manager, Coordinator, input.holderId, 'input.holderId')).id : null;
      await assertFieldCodes(manager, input.fieldCodes, 'input.fieldCodes');
      assertBudget(input.budgetMinYen ?? null, input.budgetMaxYen ?? null);
      const need = manager.create(Need, {
        key: input.key ?? `need.${randomUUID()}`,
        companyId: company.id,
        title: normaliseLine(input.title),
        description: normaliseParagraphs(input.description),
        category: input.category,
        language: input.language ?? detectLanguage(input.title, input.description),
        fieldCodes: [...new Set(input.fieldCodes)],
        keywords: normaliseList(input.keywords),
        desiredTrl: input.desiredTrl ?? null,
        timeline: input.timeline,
        budgetMinYen: input.budgetMinYen ?? null,
        budgetMaxYen: input.budgetMaxYen ?? null,
        wantedForms: [...new Set(input.wantedForms)],
        confidentiality: input.confidentiality,
        status: input.status,
        consultationStep: input.consultationStep,
        holderId,
        isFictional: input.isFictional,
      });
      need.searchText = needSearchText(need);
      if (await manager.getRepository(Need).exists({ where: { key: need.key } })) {
        throw InvalidInputError.of('input.key', 'このキーは既に使われています', 'is already used by another need', 'unique');
      }
      return manager.save(need);
    });
  }

  /** Applies the given changes if `expectedVersion` is still current; CONFLICT otherwise. */
  async update(input: UpdateNeedInput): Promise<Need> {
    return this.dataSource.transaction(async (manager) => {
      const need = await this.lockForUpdate(manager, input.id);
      assertVersion(NEED, need, input.expectedVersion);
      if (input.companyId != null) need.companyId = (await resolveReference(manager, Company, input.companyId, 'input.companyId')).id;
      if (input.title != null) need.title = normaliseLine(input.title);
      if (input.description != null) need.description = normaliseParagraphs(input.description);
      if (input.category != null) need.category = input.category;
      if (input.language != null) need.language = input.language;
      if (input.fieldCodes != null) {
        await assertFieldCodes(manager, input.fieldCodes, 'input.fieldCodes');
        need.fieldCodes = [...new Set(input.fieldCodes)];
      }
      if (input.keywords != null) need.keywords = normaliseList(input.keywords);
      if (input.desiredTrl !== undefined) need.desiredTrl = input.desiredTrl;
      if (input.timeline != null) need.timeline = input.timeline;
      if (input.budgetMinYen !== undefined) need.budgetMinYen = input.budgetMinYen;
      if (input.budgetMaxYen !== undefined) need.budgetMaxYen = input.budgetMaxYen;
      // Checked on the merged values: changing one end must still fit the stored other end.
      assertBudget(need.budgetMinYen, need.budgetMaxYen);
      if (input.wantedForms != null) need.wantedForms = [...new Set(input.wantedForms)];
      if (input.confidentiality != null) need.confidentiality = input.confidentiality;
      if (input.status != null) need.status = input.status;
      if (input.consultationStep != null) need.consultationStep = input.consultationStep;
      if (input.holderId !== undefined) {
        need.holderId = input.holderId ? (await resolveReference(manager, Coordinator, input.holderId, 'input.holderId')).id : null;
      }
      need.searchText = needSearchText(need);
      return manager.save(need);
    });
  }

  /** Archives a need: hidden from default lists and matching, kept for history. */
  async archive(globalId: string, expectedVersion: number): Promise<Need> {
    return this.dataSource.transaction(async (manager) => {
      const need = await this.lockForUpdate(manager, globalId);
      assertVersion(NEED, need, expectedVersion);
      need.status = NeedStatus.ARCHIVED;
      return manager.save(need);
    });
  }

  private async lockForUpdate(manager: EntityManager, globalId: string): Promise<Need> {
    const { id } = fromGlobalId(globalId, 'Need', 'input.id');
    const need = await manager.getRepository(Need).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!need) throw new NotFoundError(NEED, 'input.id');
    return need;
  }
}

function assertBudget(min: number | null, max: number | null): void {
  if (min !== null && max !== null && min > max) {
    const { ja, en } = messages.budgetOrder().context as { ja: string; en: string };
    throw InvalidInputError.of('input.budgetMaxYen', ja, en, 'budgetOrder');
  }
}

/** Company names stay out of the search text: a `contains` search must not find a RESTRICTED need by its company. */
export function needSearchText(need: Pick<Need, 'title' | 'description' | 'keywords' | 'key'>): string {
  return searchForm(need.title, need.description, need.keywords, need.key);
}
