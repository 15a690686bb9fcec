import { DataSource, In } from 'typeorm';
import { groupLoader, uniqueLoader } from '../common/loader-helpers';
import { Coordinator } from './coordinator.entity';
import { Researcher } from './researcher.entity';

export function createPeopleLoaders(dataSource: DataSource) {
  return {
    researcherById: uniqueLoader(dataSource, Researcher, 'id'),
    coordinatorById: uniqueLoader(dataSource, Coordinator, 'id'),
    researchersByInstitution: groupLoader(
      (ids) => dataSource.getRepository(Researcher).find({ where: { institutionId: In([...ids]) }, order: { nameJa: 'ASC', id: 'ASC' } }),
      (row) => row.institutionId,
    ),
    coordinatorsByInstitution: groupLoader(
      (ids) => dataSource.getRepository(Coordinator).find({ where: { institutionId: In([...ids]) }, order: { name: 'ASC', id: 'ASC' } }),
      (row) => row.institutionId,
    ),
  };
}
