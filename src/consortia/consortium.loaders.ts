import { DataSource, In } from 'typeorm';
import { groupLoader, uniqueLoader } from '../common/loader-helpers';
import { Consortium } from './consortium.entity';
import { ConsortiumMembership } from './membership.entity';

export function createConsortiumLoaders(dataSource: DataSource) {
  const memberships = dataSource.getRepository(ConsortiumMembership);
  const order = { createdAt: 'ASC', id: 'ASC' } as const;
  return {
    consortiumById: uniqueLoader(dataSource, Consortium, 'id'),
    membershipById: uniqueLoader(dataSource, ConsortiumMembership, 'id'),
    membershipsByConsortium: groupLoader(
      (ids) => memberships.find({ where: { consortiumId: In([...ids]) }, order }),
      (row) => row.consortiumId,
    ),
    membershipsByCompany: groupLoader(
      (ids) => memberships.find({ where: { companyId: In([...ids]) }, order }),
      (row) => row.companyId as string,
    ),
    membershipsByInstitution: groupLoader(
      (ids) => memberships.find({ where: { institutionId: In([...ids]) }, order }),
      (row) => row.institutionId as string,
    ),
    membershipsByResearcher: groupLoader(
      (ids) => memberships.find({ where: { researcherId: In([...ids]) }, order }),
      (row) => row.researcherId as string,
    ),
  };
}
