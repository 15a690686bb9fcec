import { DataSource } from 'typeorm';
import { createCompanyLoaders } from '../companies/company.loaders';
import { createConsortiumLoaders } from '../consortia/consortium.loaders';
import { createInstitutionLoaders } from '../institutions/institution.loaders';
import { createNeedLoaders } from '../needs/need.loaders';
import { createPeopleLoaders } from '../people/people.loaders';
import { createRegionLoaders } from '../regions/region.loaders';
import { createSeedLoaders } from '../seeds/seed.loaders';
import { createTaxonomyLoaders } from '../taxonomy/taxonomy.loaders';
import { createConsultationLoaders } from '../consultations/consultation.loaders';
import { createIntroductionLoaders } from '../introductions/introduction.loaders';
import { createDuplicateLoaders } from '../duplicates/duplicate.loaders';
import { createPlanLoaders } from '../plans/plan.loaders';
import { createPartnerLoaders } from '../partners/partner.loaders';

/** All DataLoaders of one request: a new set per request, so nothing is cached across users. */
export function createLoaders(dataSource: DataSource) {
  return {
    ...createTaxonomyLoaders(dataSource),
    ...createRegionLoaders(dataSource),
    ...createInstitutionLoaders(dataSource),
    ...createPeopleLoaders(dataSource),
    ...createCompanyLoaders(dataSource),
    ...createConsortiumLoaders(dataSource),
    ...createSeedLoaders(dataSource),
    ...createNeedLoaders(dataSource),
    ...createConsultationLoaders(dataSource),
    ...createIntroductionLoaders(dataSource),
    ...createDuplicateLoaders(dataSource),
    ...createPlanLoaders(dataSource),
    ...createPartnerLoaders(dataSource),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
