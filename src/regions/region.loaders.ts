import { DataSource, In } from 'typeorm';
import { groupLoader, uniqueLoader } from '../common/loader-helpers';
import { Region } from './region.entity';

export function createRegionLoaders(dataSource: DataSource) {
  return {
    regionByCode: uniqueLoader(dataSource, Region, 'code'),
    /** Regions directly inside each region, by code. */
    regionsByParent: groupLoader(
      (codes) => dataSource.getRepository(Region).find({ where: { parentCode: In([...codes]) }, order: { code: 'ASC' } }),
      (row) => row.parentCode as string,
    ),
  };
}
