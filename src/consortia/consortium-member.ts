import { createUnionType } from 'type-graphql';
import { Company } from '../companies/company.entity';
import { Institution } from '../institutions/institution.entity';
import { Researcher } from '../people/researcher.entity';

/** Whoever a membership points at; loaders return entity instances, so the class decides the type. */
export const ConsortiumMember = createUnionType({
  name: 'ConsortiumMember',
  description: 'A member of a consortium: a company, an institution or a researcher / 会員',
  types: () => [Company, Institution, Researcher] as const,
  resolveType: (value) => {
    if (value instanceof Company) return 'Company';
    if (value instanceof Institution) return 'Institution';
    if (value instanceof Researcher) return 'Researcher';
    return undefined;
  },
});

export type ConsortiumMemberValue = Company | Institution | Researcher;
