import { DataSource, In } from 'typeorm';
import { groupLoader, uniqueLoader } from '../common/loader-helpers';
import { Need } from './need.entity';

export function createNeedLoaders(dataSource: DataSource) {
  const needs = dataSource.getRepository(Need);
  return {
    needById: uniqueLoader(dataSource, Need, 'id'),
    needsByCompany: groupLoader(
      (ids) => needs.find({ where: { companyId: In([...ids]) }, order: { createdAt: 'DESC', id: 'ASC' } }),
      (row) => row.companyId,
    ),
    needsByHolder: groupLoader(
      (ids) => needs.find({ where: { holderId: In([...ids]) }, order: { createdAt: 'DESC', id: 'ASC' } }),
      (row) => row.holderId as string,
    ),
  };
}
