import { DataSource } from 'typeorm';
import type { Config } from '../config/config';
import { SeedService } from '../seeds/seed.service';
import { CompanyService } from '../companies/company.service';
import { ConsortiumService } from '../consortia/consortium.service';
import { NeedService } from '../needs/need.service';
import { TaxonomyService } from '../taxonomy/taxonomy.service';
import { RegionService } from '../regions/region.service';
import { InstitutionService } from '../institutions/institution.service';
import { ResearcherService } from '../people/researcher.service';
import { CoordinatorService } from '../people/coordinator.service';
import { ImportService } from '../imports/import.service';
import { ExportService } from '../imports/export.service';

/** Domain services, built once per server: stateless, they hold the rules and own transactions. */
export function createServices(dataSource: DataSource, config: Config) {
  void config;
  return {
    seeds: new SeedService(dataSource),
    companies: new CompanyService(dataSource),
    consortia: new ConsortiumService(dataSource),
    needs: new NeedService(dataSource),
    taxonomy: new TaxonomyService(dataSource),
    regions: new RegionService(dataSource),
    institutions: new InstitutionService(dataSource),
    researchers: new ResearcherService(dataSource),
    coordinators: new CoordinatorService(dataSource),
    imports: new ImportService(dataSource),
    exports: new ExportService(dataSource),
  };
}

export type Services = ReturnType<typeof createServices>;
