import { EntityManager } from 'typeorm';
import { RecordStatus } from '../common/enums';
import { normaliseLine, normaliseList, normaliseParagraphs, optionalLine, searchForm } from '../common/text';
import { Company } from './company.entity';

/** What a registration gives for a new company, as typed (coordinators' form or a partner portal). */
export interface NewCompanyFields {
  key: string;
  corporateNumber?: string | null;
  nameJa: string;
  nameEn?: string | null;
  industry?: string | null;
  regionCode?: string | null;
  size?: Company['size'];
  employees?: number | null;
  capabilities?: string[] | null;
  fieldCodes?: string[] | null;
  description?: string | null;
  websiteUrl?: string | null;
  isFictional?: boolean;
}

/** A new active company, its text normalised and its search form built, as every way in keeps them (not yet saved). */
export function newCompanyRecord(manager: EntityManager, fields: NewCompanyFields): Company {
  const company = manager.create(Company, {
    key: fields.key,
    corporateNumber: fields.corporateNumber ?? null,
    nameJa: normaliseLine(fields.nameJa),
    nameEn: optionalLine(fields.nameEn),
    industry: optionalLine(fields.industry),
    regionCode: fields.regionCode ?? null,
    size: fields.size ?? null,
    employees: fields.employees ?? null,
    capabilities: normaliseList(fields.capabilities ?? []),
    fieldCodes: [...new Set(fields.fieldCodes ?? [])],
    description: fields.description ? normaliseParagraphs(fields.description) : null,
    websiteUrl: optionalLine(fields.websiteUrl),
    status: RecordStatus.ACTIVE,
    isFictional: fields.isFictional ?? false,
  });
  company.searchText = companySearchText(company);
  return company;
}

export function companySearchText(company: Pick<Company, 'nameJa' | 'nameEn' | 'industry' | 'capabilities' | 'description' | 'key'>): string {
  return searchForm(company.nameJa, company.nameEn, company.industry, company.capabilities, company.description, company.key);
}
