import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { grantOf, recordScope } from '../auth/policy';
import { isAccount, isStaff, ownCompanyId, Viewer } from '../auth/viewer';
import { isUniqueViolation } from '../database/unique-violation';
import { DomainEventType } from '../events/event.enums';
import { recordNeedEvent } from '../events/event-recorder';
import { Company } from '../companies/company.entity';
import { ARCHIVED_COMPANY_TAKES_NO_NEEDS, takesNeeds } from '../companies/company-takes-needs';
import { ConnectionShape, MAX_PAGE_SIZE, paginate, SortDirection, SortSpec } from '../common/connection';
import { ForbiddenError, InvalidInputError, NotFoundError } from '../common/errors';
import { NO_ID, whereContains, whereEquals, whereFieldUnder, whereIn, whereRegionWithin } from '../common/query-filters';
import { assertFieldCodes, assertVersion, resolveReference } from '../common/references';
import { detectLanguage, escapeLike, normaliseLine, normaliseList, normaliseParagraphs, searchForm, searchTerms } from '../common/text';
import { recordChange, snapshotOf } from '../history/change-record';
import { messages } from '../common/validation';
import { detectNeedDuplicates } from '../duplicates/duplicate-detector';
import { indexNeeds } from '../matching/index/match-indexer';
import { analyseSearch, hasSearchText, literalMatchSql, textSearchSubquery } from '../matching/search';
import { Coordinator } from '../people/coordinator.entity';
import { NeedFilter, NeedOrder, NeedSortField, SubmitNeedInput, UpdateNeedInput } from './need.inputs';
import { Need } from './need.entity';
import { Confidentiality, NeedStatus } from './need.enums';
import { canSeeNeed } from './need.visibility';

const NEED = { ja: '企業ニーズ', en: 'Need' };

const SORT_COLUMNS: Record<NeedSortField, Omit<SortSpec, 'direction'>> = {
  CREATED_AT: { expression: 'need.created_at', kind: 'date' },
  UPDATED_AT: { expression: 'need.updated_at', kind: 'date' },
  TITLE: { expression: 'need.title', kind: 'text' },
};

/** A `text` search without orderBy: most relevant first, ties by id (the cursor holds both). */
const RELEVANCE: SortSpec = { expression: 'text_search.rscore', kind: 'number', direction: SortDirection.DESC };

const OPEN_STATUSES = Object.values(NeedStatus).filter((status) => status !== NeedStatus.ARCHIVED);

/** Rules for needs: submission, optimistic-locked updates, listing. What a viewer may see is need.visibility.ts. */
export class NeedService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly maxPageSize: number = MAX_PAGE_SIZE,
  ) {}

  /**
   * Lists needs matching the filter as a cursor connection (two SQL statements): all of them
   * for staff and researchers, a company user's own. For viewers who see needs redacted, the
   * filters cannot probe what is withheld: a company filter finds only PUBLIC needs, a region
   * or holder filter no CONFIDENTIAL ones, and `contains` searches only a CONFIDENTIAL need's title.
   */
  async list(
    viewer: Viewer,
    filter: NeedFilter | null | undefined,
    orderBy: NeedOrder | null | undefined,
    page: { first?: number; after?: string },
  ): Promise<ConnectionShape<Need>> {
    const grant = recordScope(viewer, 'READ_NEEDS');
    const query = this.dataSource.getRepository(Need).createQueryBuilder('need');
    const f = filter ?? {};
    if (grant === 'OWN') query.andWhere('need.company_id = :ownCompanyId', { ownCompanyId: ownCompanyId(viewer) ?? NO_ID });
    const redacted = grantOf(viewer, 'READ_NEED_DETAILS') !== 'ALL' && grant === 'ALL';
    if (redacted && f.companyId) query.andWhere('need.confidentiality = :publicLevel', { publicLevel: Confidentiality.PUBLIC });
    if (redacted && f.regionCode) query.andWhere('need.confidentiality <> :hiddenRegion', { hiddenRegion: Confidentiality.CONFIDENTIAL });
    if (redacted && f.holderId) query.andWhere('need.confidentiality <> :hiddenHolder', { hiddenHolder: Confidentiality.CONFIDENTIAL });
    const statuses = f.status?.length ? f.status : OPEN_STATUSES;
    whereIn(query, 'need.status', statuses);
    whereIn(query, 'need.category', f.category);
    whereIn(query, 'need.confidentiality', f.confidentiality);
    whereEquals(query, 'need.consultation_step', f.consultationStep);
    whereEquals(query, 'need.language', f.language);
    whereEquals(query, 'need.holder_id', f.holderId);
    if (f.heldByMe) whereEquals(query, 'need.holder_id', (isAccount(viewer) && viewer.coordinatorId) || NO_ID);
    if (f.held === true) query.andWhere('need.holder_id IS NOT NULL');
    if (f.held === false) query.andWhere('need.holder_id IS NULL');
    whereEquals(query, 'need.company_id', f.companyId);
    whereFieldUnder(query, f.fieldCode);
    if (f.regionCode) {
      query.innerJoin(Company, 'company', 'company.id = need.company_id');
      whereRegionWithin(query, 'company.region_code', f.regionCode);
    }
    if (redacted) whereContainsWithheld(query, f.contains);
    else whereContains(query, f.contains);
    const searched = hasSearchText(f.text) && joinNeedTextSearch(query, f.text, { archived: statuses.includes(NeedStatus.ARCHIVED), redacted });
    const sort = orderBy
      ? { ...SORT_COLUMNS[orderBy.field], direction: orderBy.direction }
      : searched
        ? RELEVANCE
        : { ...SORT_COLUMNS.CREATED_AT, direction: SortDirection.DESC };
    return paginate(query, sort, page, this.maxPageSize);
  }

  /** The need with this external key, or null (also when the viewer may not see it). */
  async findByKey(viewer: Viewer, key: string): Promise<Need | null> {
    const need = await this.dataSource.getRepository(Need).findOne({ where: { key } });
    return need && canSeeNeed(viewer, need) ? need : null;
  }

  /**
   * Records a company's need: staff for any company, a company user for their own, a partner
   * key with SUBMIT_NEEDS on a company's behalf. Only staff may set who holds it, its step
   * or a status other than OPEN: a submitted need starts at step 1 for the coordinators to triage.
   */
  async submit(viewer: Viewer, input: SubmitNeedInput): Promise<Need> {
    const grant = recordScope(viewer, 'SUBMIT_NEEDS');
    if (grant === 'OWN') assertOwnCompany(viewer, input.companyId, 'input.companyId');
    if (!isStaff(viewer)) assertNoStaffFields(input, NeedStatus.OPEN);
    const submitter = viewer.kind === 'PARTNER' ? viewer.institutionId : null;
    const idempotencyKey = input.idempotencyKey ?? null;
    if (idempotencyKey !== null && submitter === null) {
      throw InvalidInputError.of(
        'input.idempotencyKey',
        '冪等キーは連携先 API キーでの登録にのみ使えます',
        'is for submissions with a partner API key',
        'partnerOnly',
      );
    }
    const earlier = () => this.dataSource.getRepository(Need).findOne({ where: { submittedByInstitutionId: submitter!, idempotencyKey: idempotencyKey! } });
    if (idempotencyKey !== null) {
      const found = await earlier();
      if (found) return found;
    }
    try {
      return await this.insert(viewer, input, submitter, idempotencyKey);
    } catch (error) {
      // Two retries raced: the unique index let one through; the other returns that need.
      const found = idempotencyKey !== null && isUniqueViolation(error) ? await earlier() : null;
      if (found) return found;
      throw error;
    }
  }

  private insert(viewer: Viewer, input: SubmitNeedInput, submitter: string | null, idempotencyKey: string | null): Promise<Need> {
    return this.dataSource.transaction(async (manager) => {
      const company = await companyTakingNeeds(manager, input.companyId, 'input.companyId');
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
        submittedByInstitutionId: submitter,
        idempotencyKey,
      });
      need.searchText = needSearchText(need);
      if (await manager.getRepository(Need).exists({ where: { key: need.key } })) {
        throw InvalidInputError.of('input.key', 'このキーは既に使われています', 'is already used by another need', 'unique');
      }
      const saved = await manager.save(need);
      await recordChange(manager, viewer, 'Need', 'CREATE', null, saved);
      await indexNeeds(manager, [saved.id]);
      await detectNeedDuplicates(manager, [saved.id]);
      await recordNeedEvent(manager, DomainEventType.NEED_SUBMITTED, saved);
      return saved;
    });
  }

  /** Applies the given changes if `expectedVersion` is still current; CONFLICT otherwise. */
  async update(viewer: Viewer, input: UpdateNeedInput): Promise<Need> {
    const grant = recordScope(viewer, 'EDIT_NEEDS');
    if (grant === 'OWN') {
      if (input.companyId != null) assertOwnCompany(viewer, input.companyId, 'input.companyId');
      assertNoStaffFields(input, null);
    }
    return this.dataSource.transaction(async (manager) => {
      const need = await this.lockForUpdate(manager, input.id, grant === 'OWN' ? viewer : null);
      assertVersion(NEED, need, input.expectedVersion);
      const before = snapshotOf('Need', need);
      if (input.companyId != null && input.companyId !== need.companyId)
        need.companyId = (await companyTakingNeeds(manager, input.companyId, 'input.companyId')).id;
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
      const saved = await manager.save(need);
      await recordChange(manager, viewer, 'Need', 'UPDATE', before, saved);
      await indexNeeds(manager, [saved.id]);
      await detectNeedDuplicates(manager, [saved.id]);
      await recordNeedEvent(manager, DomainEventType.NEED_UPDATED, saved);
      return saved;
    });
  }

  /** Archives a need: hidden from default lists and matching, kept for history. */
  async archive(viewer: Viewer, id: string, expectedVersion: number): Promise<Need> {
    const grant = recordScope(viewer, 'EDIT_NEEDS');
    return this.dataSource.transaction(async (manager) => {
      const need = await this.lockForUpdate(manager, id, grant === 'OWN' ? viewer : null);
      assertVersion(NEED, need, expectedVersion);
      const before = snapshotOf('Need', need);
      need.status = NeedStatus.ARCHIVED;
      const saved = await manager.save(need);
      await recordChange(manager, viewer, 'Need', 'ARCHIVE', before, saved);
      await indexNeeds(manager, [saved.id]);
      await detectNeedDuplicates(manager, [saved.id]);
      await recordNeedEvent(manager, DomainEventType.NEED_UPDATED, saved);
      return saved;
    });
  }

  /** The need, locked; NOT_FOUND when it is missing or (for `owner`) another company's, alike. */
  private async lockForUpdate(manager: EntityManager, id: string, owner: Viewer | null = null): Promise<Need> {
    const need = await manager.getRepository(Need).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!need || (owner && need.companyId !== ownCompanyId(owner))) throw new NotFoundError(NEED, 'input.id');
    return need;
  }
}

/** The company a need is registered for or moved to: it must exist and take needs (takesNeeds). */
async function companyTakingNeeds(manager: EntityManager, id: string, field: string): Promise<Company> {
  const company = await resolveReference(manager, Company, id, field);
  if (!takesNeeds(company)) throw InvalidInputError.of(field, ARCHIVED_COMPANY_TAKES_NO_NEEDS.ja, ARCHIVED_COMPANY_TAKES_NO_NEEDS.en, 'active');
  return company;
}

/** A company user submits and edits their own company's needs only. */
function assertOwnCompany(viewer: Viewer, companyId: string, field: string): void {
  if (companyId !== ownCompanyId(viewer))
    throw new ForbiddenError({ ja: '自社のニーズのみ登録・変更できます', en: "You may submit and edit only your own company's needs" }, field);
}

/** Who holds a need, its consultation step and its status are the coordinators' to set. */
function assertNoStaffFields(
  input: { holderId?: string | null; consultationStep?: number | null; status?: NeedStatus | null },
  allowedStatus: NeedStatus | null,
): void {
  const staffOnly = (field: string) =>
    new ForbiddenError({ ja: 'この項目はコーディネータのみが設定できます', en: 'Only coordinators may set this field' }, field);
  if (input.holderId) throw staffOnly('input.holderId');
  if (input.consultationStep != null && input.consultationStep !== 1) throw staffOnly('input.consultationStep');
  if (input.status != null && input.status !== allowedStatus) throw staffOnly('input.status');
}

/**
 * `contains` for viewers who see needs redacted: a CONFIDENTIAL need's description and keywords
 * are withheld from them, so it matches on its title only (else a search could test guesses).
 */
function whereContainsWithheld(query: SelectQueryBuilder<Need>, phrase: string | null | undefined): void {
  if (!phrase) return;
  for (const [index, term] of searchTerms(phrase).entries()) {
    const name = `withheld_contains_${index}`;
    query.andWhere(`(CASE WHEN need.confidentiality = :withheldLevel THEN lower(need.title) ELSE need.search_text END) LIKE :${name}`, {
      withheldLevel: Confidentiality.CONFIDENTIAL,
      [name]: `%${escapeLike(term)}%`,
    });
  }
}

/**
 * The `text` filter: joins the needs matching an analysed search (src/matching/search) as
 * `text_search`. Needs not archived are in the matching index; archived ones (when the list
 * asks for them) match literally. For viewers who see needs redacted, a CONFIDENTIAL need's
 * indexed terms include its withheld description and keywords, so it never comes from the
 * index: it matches literally on its title only, as `contains` treats it.
 */
function joinNeedTextSearch(query: SelectQueryBuilder<Need>, text: string, options: { archived: boolean; redacted: boolean }): true {
  const search = analyseSearch(text);
  const { sql, parameters } = textSearchSubquery('NEED', search, (p) => {
    const confidential = p.add(Confidentiality.CONFIDENTIAL);
    const outside = [options.archived ? `n.status = 'ARCHIVED'` : null, options.redacted ? `n.confidentiality = ${confidential}` : null].filter(
      (c) => c !== null,
    );
    const matchedText = options.redacted ? `CASE WHEN n.confidentiality = ${confidential} THEN lower(n.title) ELSE n.search_text END` : 'n.search_text';
    return {
      ...(options.redacted ? { join: 'JOIN need hn ON hn.id = h.id', where: `hn.confidentiality <> ${confidential}` } : {}),
      fallback:
        outside.length > 0 ? `SELECT n.id, 0::float8 FROM need n WHERE (${outside.join(' OR ')}) AND ${literalMatchSql(p, matchedText, search)}` : undefined,
    };
  });
  query.innerJoin(sql, 'text_search', 'text_search.id = need.id', parameters);
  return true;
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
