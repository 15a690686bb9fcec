import { canSeeCompany } from './company.visibility';
import { randomUUID } from 'node:crypto';
import { recordScope } from '../auth/policy';
import { ownCompanyId, Viewer } from '../auth/viewer';
import { DataSource, EntityManager } from 'typeorm';
import { ConnectionShape, MAX_PAGE_SIZE, paginate, SortDirection, SortSpec } from '../common/connection';
import { RecordStatus } from '../common/enums';
import { InvalidInputError, NotFoundError } from '../common/errors';
import { NO_ID, whereContains, whereFieldUnder, whereIn, whereRegionWithin } from '../common/query-filters';
import { assertFieldCodes, assertRegionCode, assertVersion } from '../common/references';
import { normaliseLine, normaliseList, normaliseParagraphs, optionalFolded, optionalLine } from '../common/text';
import { recordChange, snapshotOf } from '../history/change-record';
import { Certification } from './certification.entity';
import { CertificationInput, CompanyFilter, CompanyOrder, CompanySortField, RegisterCompanyInput, UpdateCompanyInput } from './company.inputs';
import { Company } from './company.entity';
import { companySearchText, newCompanyRecord } from './company-record';

const COMPANY = { ja: '企業', en: 'Company' };

const SORT_COLUMNS: Record<CompanySortField, Omit<SortSpec, 'direction'>> = {
  NAME: { expression: 'company.name_ja', kind: 'text' },
  CREATED_AT: { expression: 'company.created_at', kind: 'date' },
  UPDATED_AT: { expression: 'company.updated_at', kind: 'date' },
};

/** Rules for companies and their certifications: registration, optimistic-locked updates, listing. */
export class CompanyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly maxPageSize: number = MAX_PAGE_SIZE,
  ) {}

  /** Lists companies matching the filter as a cursor connection (two SQL statements). */
  async list(
    viewer: Viewer,
    filter: CompanyFilter | null | undefined,
    orderBy: CompanyOrder | null | undefined,
    page: { first?: number; after?: string },
  ): Promise<ConnectionShape<Company>> {
    const grant = recordScope(viewer, 'READ_COMPANIES');
    const query = this.dataSource.getRepository(Company).createQueryBuilder('company');
    // A company user sees their own company only.
    if (grant === 'OWN') query.andWhere('company.id = :ownCompanyId', { ownCompanyId: ownCompanyId(viewer) ?? NO_ID });
    const f = filter ?? {};
    whereIn(query, 'company.status', f.status?.length ? f.status : [RecordStatus.ACTIVE]);
    whereRegionWithin(query, 'company.region_code', f.regionCode);
    whereFieldUnder(query, f.fieldCode);
    whereIn(query, 'company.size', f.size);
    whereContains(query, f.contains);
    const sort = orderBy ? { ...SORT_COLUMNS[orderBy.field], direction: orderBy.direction } : { ...SORT_COLUMNS.NAME, direction: SortDirection.ASC };
    return paginate(query, sort, page, this.maxPageSize);
  }

  /** The company with this external key, or null (also when the viewer may not see it). */
  async findByKey(viewer: Viewer, key: string): Promise<Company | null> {
    const company = await this.dataSource.getRepository(Company).findOne({ where: { key } });
    return company && canSeeCompany(viewer, company.id) ? company : null;
  }

  /** Registers a company with its certifications in one transaction. */
  async register(viewer: Viewer, input: RegisterCompanyInput): Promise<Company> {
    return this.dataSource.transaction(async (manager) => {
      await assertRegionCode(manager, input.regionCode, 'input.regionCode');
      await assertFieldCodes(manager, input.fieldCodes, 'input.fieldCodes');
      const company = newCompanyRecord(manager, { ...input, key: input.key ?? `company.${randomUUID()}` });
      await this.assertKeyFree(manager, company.key);
      const saved = await manager.save(company);
      await recordChange(manager, viewer, 'Company', 'CREATE', null, saved);
      await this.replaceCertifications(manager, saved.id, input.certifications);
      return saved;
    });
  }

  /** Applies the given changes if `expectedVersion` is still current; CONFLICT otherwise. */
  async update(viewer: Viewer, input: UpdateCompanyInput): Promise<Company> {
    return this.dataSource.transaction(async (manager) => {
      const company = await this.lockForUpdate(manager, input.id);
      assertVersion(COMPANY, company, input.expectedVersion);
      const before = snapshotOf('Company', company);
      // Required columns ignore null; optional ones are cleared by an explicit null.
      if (input.nameJa != null) company.nameJa = normaliseLine(input.nameJa);
      if (input.nameEn !== undefined) company.nameEn = optionalLine(input.nameEn);
      if (input.industry !== undefined) company.industry = optionalLine(input.industry);
      if (input.regionCode !== undefined) {
        await assertRegionCode(manager, input.regionCode, 'input.regionCode');
        company.regionCode = input.regionCode;
      }
      if (input.size !== undefined) company.size = input.size;
      if (input.employees !== undefined) company.employees = input.employees;
      if (input.capabilities != null) company.capabilities = normaliseList(input.capabilities);
      if (input.fieldCodes != null) {
        await assertFieldCodes(manager, input.fieldCodes, 'input.fieldCodes');
        company.fieldCodes = [...new Set(input.fieldCodes)];
      }
      if (input.description !== undefined) company.description = input.description ? normaliseParagraphs(input.description) : null;
      if (input.websiteUrl !== undefined) company.websiteUrl = optionalLine(input.websiteUrl);
      if (input.certifications != null) await this.replaceCertifications(manager, company.id, input.certifications);
      company.searchText = companySearchText(company);
      const saved = await manager.save(company);
      await recordChange(manager, viewer, 'Company', 'UPDATE', before, saved);
      return saved;
    });
  }

  /** Archives a company: hidden from default lists, kept with its needs and history. */
  async archive(viewer: Viewer, id: string, expectedVersion: number): Promise<Company> {
    return this.dataSource.transaction(async (manager) => {
      const company = await this.lockForUpdate(manager, id);
      assertVersion(COMPANY, company, expectedVersion);
      const before = snapshotOf('Company', company);
      company.status = RecordStatus.ARCHIVED;
      const saved = await manager.save(company);
      await recordChange(manager, viewer, 'Company', 'ARCHIVE', before, saved);
      return saved;
    });
  }

  private async lockForUpdate(manager: EntityManager, id: string): Promise<Company> {
    const company = await manager.getRepository(Company).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!company) throw new NotFoundError(COMPANY, 'input.id');
    return company;
  }

  /** Certifications belong to the company's input: an update sends the whole list. */
  private async replaceCertifications(manager: EntityManager, companyId: string, certifications: readonly CertificationInput[]): Promise<void> {
    await manager.delete(Certification, { companyId });
    if (certifications.length === 0) return;
    await manager.insert(
      Certification,
      certifications.map((c) => ({
        companyId,
        name: normaliseLine(c.name),
        issuer: optionalLine(c.issuer),
        issuedOn: optionalFolded(c.issuedOn),
        validUntil: optionalFolded(c.validUntil),
      })),
    );
  }

  private async assertKeyFree(manager: EntityManager, key: string): Promise<void> {
    if (await manager.getRepository(Company).exists({ where: { key } })) {
      throw InvalidInputError.of('input.key', 'このキーは既に使われています', 'is already used by another company', 'unique');
    }
  }
}
