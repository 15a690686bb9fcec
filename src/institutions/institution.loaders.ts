import { DataSource, In } from 'typeorm';
import { groupLoader, uniqueLoader } from '../common/loader-helpers';
import { Institution } from './institution.entity';

export function createInstitutionLoaders(dataSource: DataSource) {
  const repository = dataSource.getRepository(Institution);
  return {
    institutionById: uniqueLoader(dataSource, Institution, 'id'),
    institutionsByParent: groupLoader(
      (ids) => repository.find({ where: { parentId: In([...ids]) }, order: { nameJa: 'ASC', id: 'ASC' } }),
      (row) => row.parentId as string,
    ),
  };
}
