import { DataSource, DeepPartial } from 'typeorm';
import { randomUUID } from 'node:crypto';
import { Company } from '../../src/companies/company.entity';
import { Institution } from '../../src/institutions/institution.entity';
import { InstitutionKind } from '../../src/institutions/institution.enums';
import { Need } from '../../src/needs/need.entity';
import { NeedCategory } from '../../src/needs/need.enums';
import { Researcher } from '../../src/people/researcher.entity';
import { Coordinator } from '../../src/people/coordinator.entity';
import { Region } from '../../src/regions/region.entity';
import { RegionKind } from '../../src/regions/region.enums';
import { SeedOwner } from '../../src/seeds/seed-owner.entity';
import { Seed } from '../../src/seeds/seed.entity';
import { SeedStatus } from '../../src/seeds/seed.enums';
import { ResearchField } from '../../src/taxonomy/research-field.entity';
import { Language } from '../../src/common/enums';
import { searchForm } from '../../src/common/text';
import reference from '../../src/demo/data/reference.json';

/**
 * Small factories for integration tests: rows written straight to the database (the code
 * under test is the API, not these). Every factory takes overrides.
 */
export async function loadReferenceData(dataSource: DataSource): Promise<void> {
  await dataSource.getRepository(Region).save(
    reference.regions.map((r) => ({
      code: r.code,
      kind: r.kind as RegionKind,
      parentCode: r.parent,
      nameJa: r.nameJa,
      nameEn: r.nameEn,
      cooperatesWith: r.cooperatesWith,
    })),
  );
  await dataSource.getRepository(ResearchField).save(reference.fields.map((f) => ({ code: f.code, parentCode: f.parent, nameJa: f.nameJa, nameEn: f.nameEn })));
}

const uniqueKey = (prefix: string) => `${prefix}.${randomUUID().slice(0, 8)}`;

export function makeInstitution(dataSource: DataSource, overrides: DeepPartial<Institution> = {}): Promise<Institution> {
  const nameJa = overrides.nameJa ?? '山形県工業技術センター';
  return dataSource.getRepository(Institution).save({
    key: uniqueKey('inst'),
    nameJa,
    kind: InstitutionKind.PUBLIC_LAB,
    regionCode: 'JP-06-MURAYAMA',
    searchText: searchForm(nameJa),
    ...overrides,
  });
}

export function makeResearcher(dataSource: DataSource, institution: Institution, overrides: DeepPartial<Researcher> = {}): Promise<Researcher> {
  return dataSource.getRepository(Researcher).save({
    key: uniqueKey('r'),
    nameJa: '山田 太郎',
    nameEn: 'Taro Yamada',
    institutionId: institution.id,
    ...overrides,
  });
}

export function makeCoordinator(dataSource: DataSource, institution: Institution, overrides: DeepPartial<Coordinator> = {}): Promise<Coordinator> {
  return dataSource.getRepository(Coordinator).save({ key: uniqueKey('c'), name: '高橋 花子', institutionId: institution.id, ...overrides });
}

export function makeCompany(dataSource: DataSource, overrides: DeepPartial<Company> = {}): Promise<Company> {
  return dataSource.getRepository(Company).save({ key: uniqueKey('co'), nameJa: '米沢電子工業(架空)', regionCode: 'JP-06-OKITAMA', ...overrides });
}

export async function makeSeed(dataSource: DataSource, owners: Researcher[], overrides: DeepPartial<Seed> = {}): Promise<Seed> {
  const title = (overrides.title as string) ?? '有機EL照明の長寿命化';
  const summary = (overrides.summary as string) ?? '封止技術により有機EL照明の寿命を延ばす。';
  const seed = await dataSource.getRepository(Seed).save({
    key: uniqueKey('s'),
    title,
    summary,
    language: Language.JA,
    trl: 4,
    institutionId: owners[0].institutionId,
    status: SeedStatus.PUBLISHED,
    fieldCodes: ['organic-electronics.oled-lighting'],
    searchText: searchForm(title, summary),
    ...overrides,
  });
  await dataSource.getRepository(SeedOwner).save(owners.map((owner, position) => ({ seedId: seed.id, researcherId: owner.id, position })));
  return seed;
}

export function makeNeed(dataSource: DataSource, company: Company, overrides: DeepPartial<Need> = {}): Promise<Need> {
  const title = (overrides.title as string) ?? 'はんだ接合部のボイド低減';
  const description = (overrides.description as string) ?? 'リフロー後のボイド率を下げたい。';
  return dataSource.getRepository(Need).save({
    key: uniqueKey('n'),
    companyId: company.id,
    title,
    description,
    category: NeedCategory.TECHNICAL,
    language: Language.JA,
    searchText: searchForm(title, description),
    ...overrides,
  });
}

/**
 * A soldering need of an Okitama company and one seed of an Okitama university lab that answers
 * it (same field, same words), on reference data already loaded: the smallest world in which a
 * ranking has something to rank and explain.
 */
export async function makeSolderingNeedAndSeed(dataSource: DataSource): Promise<Need> {
  const company = await makeCompany(dataSource, { regionCode: 'JP-06-OKITAMA' });
  const lab = await makeInstitution(dataSource, { kind: InstitutionKind.UNIVERSITY, regionCode: 'JP-06-OKITAMA', fieldCodes: ['clusters.electronics'] });
  const researcher = await makeResearcher(dataSource, lab);
  await makeSeed(dataSource, [researcher], {
    title: 'はんだボイドの低減',
    summary: 'リフロー条件の最適化でボイドを減らす。',
    fieldCodes: ['clusters.electronics.soldering'],
  });
  return makeNeed(dataSource, company, {
    title: 'はんだ付けのボイドを減らしたい',
    description: 'リフロー後のボイドが多い。',
    fieldCodes: ['clusters.electronics.soldering'],
  });
}
