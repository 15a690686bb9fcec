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

/** Each feature's loaders, made together because some share a repository or prime each other. */
const GROUPS = [
  createTaxonomyLoaders,
  createRegionLoaders,
  createInstitutionLoaders,
  createPeopleLoaders,
  createCompanyLoaders,
  createConsortiumLoaders,
  createSeedLoaders,
  createNeedLoaders,
  createConsultationLoaders,
  createIntroductionLoaders,
  createDuplicateLoaders,
  createPlanLoaders,
  createPartnerLoaders,
] as const;

type UnionToIntersection<U> = (U extends unknown ? (value: U) => void : never) extends (value: infer I) => void ? I : never;
export type Loaders = UnionToIntersection<ReturnType<(typeof GROUPS)[number]>>;

/** Per data source: the prototype whose getters make a feature's loaders on first use. */
const prototypes = new WeakMap<DataSource, object>();
const MADE = Symbol('loader groups made in this request');
type LazyLoaders = { [MADE]: Array<Record<string, unknown> | undefined> };

/**
 * All DataLoaders of one request: a new set per request, so nothing is cached across users. A
 * feature's loaders are made when the request first uses one of them: most requests need one or
 * two features, and making all of them (some 80 DataLoaders) cost a trivial query a tenth of its CPU.
 */
export function createLoaders(dataSource: DataSource): Loaders {
  let prototype = prototypes.get(dataSource);
  if (!prototype) prototypes.set(dataSource, (prototype = loadersPrototype(dataSource)));
  const loaders = Object.create(prototype) as LazyLoaders;
  loaders[MADE] = [];
  return loaders as unknown as Loaders;
}

function loadersPrototype(dataSource: DataSource): object {
  const prototype = {};
  GROUPS.forEach((group, index) => {
    // The names come from one throw-away set: DataLoaders query nothing until asked.
    for (const name of Object.keys(group(dataSource))) {
      Object.defineProperty(prototype, name, {
        enumerable: true,
        get(this: LazyLoaders) {
          const made = (this[MADE][index] ??= group(dataSource) as Record<string, unknown>);
          return made[name];
        },
      });
    }
  });
  return prototype;
}
