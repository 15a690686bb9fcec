import { DataSource } from 'typeorm';
import { uniqueLoader } from '../common/loader-helpers';
import { ResearchField } from './research-field.entity';

export function createTaxonomyLoaders(dataSource: DataSource) {
  return { fieldByCode: uniqueLoader(dataSource, ResearchField, 'code') };
}
