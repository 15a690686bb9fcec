import { DataSource } from 'typeorm';
import { uniqueLoader } from '../common/loader-helpers';
import { Region } from './region.entity';

export function createRegionLoaders(dataSource: DataSource) {
  return { regionByCode: uniqueLoader(dataSource, Region, 'code') };
}
