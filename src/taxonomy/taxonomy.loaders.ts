import { DataSource, In } from 'typeorm';
import { groupLoader, uniqueLoader } from '../common/loader-helpers';
import { ResearchField } from './research-field.entity';

export function createTaxonomyLoaders(dataSource: DataSource) {
  return {
    fieldByCode: uniqueLoader(dataSource, ResearchField, 'code'),
    /** Direct children of each node, by code. */
    fieldsByParent: groupLoader(
      (codes) => dataSource.getRepository(ResearchField).find({ where: { parentCode: In([...codes]) }, order: { code: 'ASC' } }),
      (row) => row.parentCode as string,
    ),
  };
}
