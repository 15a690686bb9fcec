import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Viewer } from '../auth/viewer';
import { ConnectionShape, MAX_PAGE_SIZE, paginate, SortDirection } from '../common/connection';
import { InvalidInputError } from '../common/errors';
import { toGlobalId } from '../common/global-id';
import { NO_ID, whereEquals, whereIn } from '../common/query-filters';
import { assertRegionCode } from '../common/references';
import { Company } from '../companies/company.entity';
import { newCompanyRecord } from '../companies/company-record';
import { takesNeeds } from '../companies/company-takes-needs';
import { isUniqueViolation } from '../database/unique-violation';
import { recordChange } from '../history/change-record';
import { Need } from '../needs/need.entity';
import { needViewFor } from '../needs/need.visibility';
import { corporateNumberOf } from './corporate-number';
import { RegisterPartnerCompanyInput, SubmittedNeedFilter } from './partner.inputs';
import { PartnerCompany, PartnerCompanyRegistration, SubmittedNeed } from './partner.types';

/** A company's name and identifiers: what a partner key may know of it (see PartnerCompany). */
export function partnerCompanyOf(company: Company): PartnerCompany {
  return {
    id: toGlobalId('Company', company.id),
    key: company.key,
    nameJa: company.nameJa,
    nameEn: company.nameEn,
    corporateNumber: company.corporateNumber,
    takesNeeds: takesNeeds(company),
  };
}

/**
 * The partner's own loop: find or register the company a need is submitted for, and read back
 * the needs the key's institution submitted (submission itself is NeedService.submit, with its
 * idempotency key). Needs are the institution's, not one key's: a rotated key keeps them.
 */
export class PartnerService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly maxPageSize: number = MAX_PAGE_SIZE,
  ) {}

  /** The company with this key or corporate number (exactly one of them), or null. */
  async findCompany(by: { key?: string | null; corporateNumber?: string | null }): Promise<PartnerCompany | null> {
    const hasKey = by.key != null && by.key !== '';
    const hasNumber = by.corporateNumber != null && by.corporateNumber !== '';
    if (hasKey === hasNumber) {
      throw InvalidInputError.of(
        hasKey ? 'corporateNumber' : 'key',
        'key と corporateNumber のどちらか一方を指定してください',
        'give either key or corporateNumber, not both',
        'exactlyOne',
      );
    }
    const where = hasKey ? { key: by.key! } : { corporateNumber: corporateNumberOf(by.corporateNumber!, 'corporateNumber') };
    const company = await this.dataSource.getRepository(Company).findOne({ where });
    return company ? partnerCompanyOf(company) : null;
  }

  /**
   * Registers a company for submission. Idempotent on the corporate number, so a portal can
   * retry after a time-out: when a company already has the number, it is returned unchanged
   * with `created: false` (also when two registrations race).
   */
  async registerCompany(viewer: Viewer, input: RegisterPartnerCompanyInput): Promise<PartnerCompanyRegistration> {
    const corporateNumber = corporateNumberOf(input.corporateNumber, 'input.corporateNumber');
    const existing = () => this.dataSource.getRepository(Company).findOne({ where: { corporateNumber } });
    const found = await existing();
    if (found) return { company: partnerCompanyOf(found), created: false };
    try {
      const saved = await this.dataSource.transaction((manager) => this.insertCompany(manager, viewer, input, corporateNumber));
      return { company: partnerCompanyOf(saved), created: true };
    } catch (error) {
      const raced = isUniqueViolation(error) ? await existing() : null;
      if (raced) return { company: partnerCompanyOf(raced), created: false };
      throw error;
    }
  }

  private async insertCompany(manager: EntityManager, viewer: Viewer, input: RegisterPartnerCompanyInput, corporateNumber: string): Promise<Company> {
    await assertRegionCode(manager, input.regionCode, 'input.regionCode');
    const key = input.key ?? `company.${randomUUID()}`;
    if (await manager.getRepository(Company).exists({ where: { key } })) {
      throw InvalidInputError.of('input.key', 'このキーは既に使われています', 'is already used by another company', 'unique');
    }
    const company = newCompanyRecord(manager, { ...input, key, corporateNumber });
    const saved = await manager.save(company);
    await recordChange(manager, viewer, 'Company', 'CREATE', null, saved);
    return saved;
  }

  /** The needs the viewer's institution submitted, newest first (two SQL statements; introductions are loaded per page). */
  async submittedNeeds(
    viewer: Viewer,
    filter: SubmittedNeedFilter | null | undefined,
    page: { first?: number; after?: string },
  ): Promise<ConnectionShape<SubmittedNeed>> {
    const submitter = viewer.kind === 'PARTNER' ? viewer.institutionId : NO_ID;
    const query = this.dataSource.getRepository(Need).createQueryBuilder('need').where('need.submitted_by_institution_id = :submitter', { submitter });
    whereIn(query, 'need.status', filter?.status);
    whereEquals(query, 'need.consultation_step', filter?.consultationStep);
    whereEquals(query, 'need.idempotency_key', filter?.idempotencyKey);
    const result = await paginate(query, { expression: 'need.created_at', kind: 'date', direction: SortDirection.DESC }, page, this.maxPageSize);
    return {
      edges: result.edges.map(({ cursor, node }) => ({ cursor, node: submittedNeedOf(viewer, node) })),
      pageInfo: result.pageInfo,
      // Kept lazy: the count runs only when selected.
      get totalCount() {
        return result.totalCount;
      },
    };
  }
}

/** The need as the submitting partner may see it: the one confidentiality rule (need.visibility.ts). */
function submittedNeedOf(viewer: Viewer, need: Need): SubmittedNeed {
  const view = needViewFor(viewer, need);
  return {
    id: toGlobalId('Need', need.id),
    key: need.key,
    idempotencyKey: need.idempotencyKey,
    title: need.title,
    description: view.description,
    category: need.category,
    confidentiality: need.confidentiality,
    status: need.status,
    consultationStep: need.consultationStep,
    createdAt: need.createdAt,
    updatedAt: need.updatedAt,
    needId: need.id,
    visibleCompanyId: view.companyId,
    visibleHolderId: view.holderId,
  };
}
