import { DataSource } from 'typeorm';
import type { Config } from '../config/config';
import { createLoaders, Loaders } from './loaders';
import type { Services } from './services';

/** What every resolver receives. Built once per request; loaders are never shared between requests. */
export interface RequestContext {
  dataSource: DataSource;
  config: Config;
  services: Services;
  loaders: Loaders;
}

export function createRequestContext(dataSource: DataSource, config: Config, services: Services): RequestContext {
  return { dataSource, config, services, loaders: createLoaders(dataSource) };
}
