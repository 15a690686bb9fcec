import { randomUUID } from 'node:crypto';
import { DataSource, DeepPartial } from 'typeorm';
import { Consortium } from '../../src/consortia/consortium.entity';
import { MemberRole, MemberType } from '../../src/consortia/consortium.enums';
import { ConsortiumMembership } from '../../src/consortia/membership.entity';
import { Institution } from '../../src/institutions/institution.entity';
import { Researcher } from '../../src/people/researcher.entity';
import { searchForm } from '../../src/common/text';

/** Factories for the directory tests (institutions, people, regions): rows written straight to the database. */
export function makeConsortium(dataSource: DataSource, overrides: DeepPartial<Consortium> = {}): Promise<Consortium> {
  const nameJa = overrides.nameJa ?? '有機エレクトロニクス産業集積会議';
  return dataSource.getRepository(Consortium).save({
    key: `cons.${randomUUID().slice(0, 8)}`,
    nameJa,
    regionCode: 'JP-06',
    fieldCodes: ['organic-electronics'],
    searchText: searchForm(nameJa),
    ...overrides,
  });
}

/** Adds an institution or a researcher to a consortium. */
export function addMember(
  dataSource: DataSource,
  consortium: Consortium,
  member: { institution: Institution } | { researcher: Researcher },
  role = MemberRole.MEMBER,
): Promise<ConsortiumMembership> {
  const institution = 'institution' in member ? member.institution : null;
  const researcher = 'researcher' in member ? member.researcher : null;
  return dataSource.getRepository(ConsortiumMembership).save({
    consortiumId: consortium.id,
    memberType: institution ? MemberType.INSTITUTION : MemberType.RESEARCHER,
    institutionId: institution?.id ?? null,
    researcherId: researcher?.id ?? null,
    role,
  });
}
