import { randomUUID } from 'node:crypto';
import { DataSource, DeepPartial } from 'typeorm';
import { Certification } from '../../src/companies/certification.entity';
import { Company } from '../../src/companies/company.entity';
import { searchForm } from '../../src/common/text';
import { MemberRole, MemberType } from '../../src/consortia/consortium.enums';
import { Consortium } from '../../src/consortia/consortium.entity';
import { ConsortiumMembership } from '../../src/consortia/membership.entity';

/**
 * Factories for companies' certifications, consortia and memberships (the rest are in
 * factories.ts): rows written straight to the database, each with overrides.
 */
const uniqueKey = (prefix: string) => `${prefix}.${randomUUID().slice(0, 8)}`;

export function makeConsortium(dataSource: DataSource, overrides: DeepPartial<Consortium> = {}): Promise<Consortium> {
  const nameJa = (overrides.nameJa as string) ?? '高密度実装技術研究会';
  return dataSource.getRepository(Consortium).save({
    key: uniqueKey('cons'),
    nameJa,
    regionCode: 'JP-06-OKITAMA',
    fieldCodes: ['clusters.electronics.mounting'],
    searchText: searchForm(nameJa),
    ...overrides,
  });
}

/** Puts a company, institution or researcher (by id) into a consortium. */
export function makeMembership(
  dataSource: DataSource,
  consortium: Consortium,
  memberType: MemberType,
  memberId: string,
  role = MemberRole.MEMBER,
): Promise<ConsortiumMembership> {
  const column = { COMPANY: 'companyId', INSTITUTION: 'institutionId', RESEARCHER: 'researcherId' }[memberType];
  return dataSource.getRepository(ConsortiumMembership).save({
    consortiumId: consortium.id,
    memberType,
    role,
    companyId: null,
    institutionId: null,
    researcherId: null,
    [column]: memberId,
  });
}

export function makeCertification(dataSource: DataSource, company: Company, overrides: DeepPartial<Certification> = {}): Promise<Certification> {
  return dataSource.getRepository(Certification).save({
    companyId: company.id,
    name: '鉛フリーはんだ付け技術 2級',
    issuer: '架空はんだ技術協会',
    issuedOn: '2025-04-01',
    validUntil: '2026-03-31',
    ...overrides,
  });
}
