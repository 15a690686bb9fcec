import { DataSource } from 'typeorm';
import type { Config } from '../config/config';
import { SeedService } from '../seeds/seed.service';

/** Domain services, built once per server: stateless, they hold the rules and own transactions. */
export function createServices(dataSource: DataSource, config: Config) {
  void config;
  return {
    seeds: new SeedService(dataSource),
  };
}

export type Services = ReturnType<typeof createServices>;
