import type { EntityManager } from 'typeorm';
import { CollaborationForm, Language, RecordStatus } from '../common/enums';
import { detectLanguage } from '../common/text';
import { Company } from '../companies/company.entity';
import { CompanySize } from '../companies/company.enums';
import { Consortium } from '../consortia/consortium.entity';
import { FundingProgramme } from '../funding/funding-programme.entity';
import { FundingKind, FundingPurpose } from '../funding/funding.enums';
import { Equipment } from '../institutions/equipment';
import { Institution } from '../institutions/institution.entity';
import { InstitutionKind, SupportMenu } from '../institutions/institution.enums';
import { Need } from '../needs/need.entity';
import { Confidentiality, NeedCategory, NeedStatus, NeedTimeline } from '../needs/need.enums';
import { Coordinator } from '../people/coordinator.entity';
import { Researcher } from '../people/researcher.entity';
import { Region } from '../regions/region.entity';
import { RegionKind } from '../regions/region.enums';
import { Patent } from '../seeds/patent';
import { Seed } from '../seeds/seed.entity';
import { SeedStatus } from '../seeds/seed.enums';
import { seedSearchText } from '../seeds/seed.service';
import { companySearchText } from '../companies/company-record';
import { consortiumSearchText } from '../consortia/consortium.service';
import { institutionSearchText } from '../institutions/institution.service';
import { needSearchText } from '../needs/need.service';
import { coordinatorSearchText } from '../people/coordinator.service';
import { researcherSearchText } from '../people/researcher.service';
import { ResearchField } from '../taxonomy/research-field.entity';
import { ChildList, companyCertifications, consortiumMembers, seedOwners } from './child-lists';
import { findInChunks } from './in-chunks';
import type { KeyDirectory } from './key-directory';
import type { RecordType } from './record-types';
import type { RecordValues } from './validate-record';

/** What a section's columns need from the database besides ids, loaded once per section rather than per record. */
export interface SectionLookups {
  /** Researcher id → institution id, for the first owners of seeds that name no institution. */
  institutionOfResearcher?: ReadonlyMap<string, string>;
}

export interface WriteContext {
  ids: KeyDirectory;
  lookups: SectionLookups;
  /** The stored row with this key, when there is one. */
  existing?: Record<string, unknown>;
}

/** How a validated record becomes columns of its entity (references already resolved to ids). */
export interface SectionWriter {
  /** Loads the section's lookups, once before its records are written (after earlier sections are). */
  lookUp?(manager: EntityManager, records: RecordValues[], ids: KeyDirectory): Promise<SectionLookups>;
  columns(values: RecordValues, context: WriteContext): Record<string, unknown>;
  // Each section's child list has its own shape; the writer only passes it from desired() to replace().
  children?: ChildList<unknown>;
}

// The validator guarantees types and presence; these accessors only name them.
const text = (values: RecordValues, name: string) => values[name] as string;
const optional = (values: RecordValues, name: string) => (values[name] as string | null) ?? null;
const list = <T = string>(values: RecordValues, name: string) => values[name] as T[];
const ref = (ids: KeyDirectory, type: RecordType, key: unknown) => (typeof key === 'string' ? ids.require(type, key) : null);

const region = (v: RecordValues): Partial<Region> => ({
  code: text(v, 'code'),
  kind: v.kind as RegionKind,
  parentCode: optional(v, 'parent'),
  nameJa: text(v, 'nameJa'),
  nameEn: text(v, 'nameEn'),
  cooperatesWith: list(v, 'cooperatesWith'),
});

const field = (v: RecordValues): Partial<ResearchField> => ({
  code: text(v, 'code'),
  parentCode: optional(v, 'parent'),
  nameJa: text(v, 'nameJa'),
  nameEn: text(v, 'nameEn'),
});

function institution(v: RecordValues, { ids }: WriteContext): Partial<Institution> {
  const row = {
    key: text(v, 'key'),
    nameJa: text(v, 'nameJa'),
    nameEn: optional(v, 'nameEn'),
    kind: v.kind as InstitutionKind,
    regionCode: optional(v, 'region'),
    parentId: ref(ids, 'institutions', v.parent),
    fieldCodes: list(v, 'fields'),
    supportMenus: list<SupportMenu>(v, 'supportMenus'),
    equipment: list<Equipment>(v, 'equipment').map((e) => ({ name: e.name, description: e.description ?? null })),
    description: optional(v, 'description'),
    websiteUrl: optional(v, 'websiteUrl'),
    email: optional(v, 'email'),
    phone: optional(v, 'phone'),
    address: optional(v, 'address'),
    status: v.status as RecordStatus,
    isFictional: v.isFictional as boolean,
  };
  return { ...row, searchText: institutionSearchText(row) };
}

function researcher(v: RecordValues, { ids }: WriteContext): Partial<Researcher> {
  const row = {
    key: text(v, 'key'),
    nameJa: text(v, 'nameJa'),
    nameEn: optional(v, 'nameEn'),
    institutionId: ids.require('institutions', text(v, 'institution')),
    title: optional(v, 'title'),
    email: optional(v, 'email'),
    phone: optional(v, 'phone'),
    contactPublic: v.contactPublic as boolean,
    fieldCodes: list(v, 'fields'),
    keywords: list(v, 'keywords'),
    status: v.status as RecordStatus,
    isFictional: v.isFictional as boolean,
  };
  return { ...row, searchText: researcherSearchText(row) };
}

function coordinator(v: RecordValues, { ids }: WriteContext): Partial<Coordinator> {
  const row = {
    key: text(v, 'key'),
    name: text(v, 'name'),
    institutionId: ids.require('institutions', text(v, 'institution')),
    regionCode: optional(v, 'region'),
    email: optional(v, 'email'),
    phone: optional(v, 'phone'),
    status: v.status as RecordStatus,
    isFictional: v.isFictional as boolean,
  };
  return { ...row, searchText: coordinatorSearchText(row) };
}

function company(v: RecordValues): Partial<Company> {
  const row = {
    key: text(v, 'key'),
    nameJa: text(v, 'nameJa'),
    nameEn: optional(v, 'nameEn'),
    industry: optional(v, 'industry'),
    regionCode: optional(v, 'region'),
    size: (v.size as CompanySize | null) ?? null,
    employees: (v.employees as number | null) ?? null,
    capabilities: list(v, 'capabilities'),
    fieldCodes: list(v, 'fields'),
    description: optional(v, 'description'),
    websiteUrl: optional(v, 'websiteUrl'),
    status: v.status as RecordStatus,
    isFictional: v.isFictional as boolean,
  };
  return { ...row, searchText: companySearchText(row) };
}

function consortium(v: RecordValues, { ids }: WriteContext): Partial<Consortium> {
  const row = {
    key: text(v, 'key'),
    nameJa: text(v, 'nameJa'),
    nameEn: optional(v, 'nameEn'),
    regionCode: optional(v, 'region'),
    secretariatId: ref(ids, 'institutions', v.secretariat),
    fieldCodes: list(v, 'fields'),
    description: optional(v, 'description'),
    websiteUrl: optional(v, 'websiteUrl'),
    status: v.status as RecordStatus,
    isFictional: v.isFictional as boolean,
  };
  return { ...row, searchText: consortiumSearchText(row) };
}

// Like registerSeed: without an institution, a seed belongs to its first owner's.
const firstOwnerId = (v: RecordValues, ids: KeyDirectory) => ids.require('researchers', list(v, 'owners')[0]);

/** The institutions of the first owners of seeds without one: a query per chunk of owners, not one per seed. */
async function seedLookups(manager: EntityManager, records: RecordValues[], ids: KeyDirectory): Promise<SectionLookups> {
  const ownerIds = [...new Set(records.filter((v) => typeof v.institution !== 'string').map((v) => firstOwnerId(v, ids)))];
  const owners = await findInChunks(ownerIds, (chunk) => manager.find(Researcher, { where: { id: chunk }, select: { id: true, institutionId: true } }));
  return { institutionOfResearcher: new Map(owners.map((owner) => [owner.id, owner.institutionId])) };
}

function ownerInstitution(lookups: SectionLookups, researcherId: string): string {
  const institutionId = lookups.institutionOfResearcher?.get(researcherId);
  if (institutionId === undefined) throw new Error('Import bug: a seed owner was not looked up before writing');
  return institutionId;
}

function seed(v: RecordValues, { ids, lookups, existing }: WriteContext): Partial<Seed> {
  const institutionId = ref(ids, 'institutions', v.institution) ?? ownerInstitution(lookups, firstOwnerId(v, ids));
  const status = v.status as SeedStatus;
  // publishedAt records the first publication: kept on re-import unless the file gives one.
  const publishedAt = (v.publishedAt as Date | null) ?? (existing?.publishedAt as Date | null) ?? (status === SeedStatus.PUBLISHED ? new Date() : null);
  const row = {
    key: text(v, 'key'),
    title: text(v, 'title'),
    summary: text(v, 'summary'),
    language: (v.language as Language | null) ?? detectLanguage(text(v, 'title'), text(v, 'summary')),
    keywords: list(v, 'keywords'),
    fieldCodes: list(v, 'fields'),
    trl: v.trl as number,
    collaborationForms: list<CollaborationForm>(v, 'collaborationForms'),
    patents: list<Patent>(v, 'patents').map((p) => ({ number: p.number, title: p.title ?? null, status: p.status })),
    institutionId,
    status,
    publishedAt,
    isFictional: v.isFictional as boolean,
  };
  return { ...row, searchText: seedSearchText(row) };
}

function need(v: RecordValues, { ids }: WriteContext): Partial<Need> {
  const row = {
    key: text(v, 'key'),
    companyId: ids.require('companies', text(v, 'company')),
    title: text(v, 'title'),
    description: text(v, 'description'),
    category: v.category as NeedCategory,
    language: (v.language as Language | null) ?? detectLanguage(text(v, 'title'), text(v, 'description')),
    fieldCodes: list(v, 'fields'),
    keywords: list(v, 'keywords'),
    desiredTrl: (v.desiredTrl as number | null) ?? null,
    timeline: v.timeline as NeedTimeline,
    budgetMinYen: (v.budgetMinYen as number | null) ?? null,
    budgetMaxYen: (v.budgetMaxYen as number | null) ?? null,
    wantedForms: list<CollaborationForm>(v, 'wantedForms'),
    confidentiality: v.confidentiality as Confidentiality,
    status: v.status as NeedStatus,
    consultationStep: v.consultationStep as number,
    holderId: ref(ids, 'coordinators', v.holder),
    isFictional: v.isFictional as boolean,
  };
  return { ...row, searchText: needSearchText(row) };
}

function fundingProgramme(v: RecordValues, { ids }: WriteContext): Partial<FundingProgramme> {
  const row = {
    key: text(v, 'key'),
    nameJa: text(v, 'nameJa'),
    nameEn: optional(v, 'nameEn'),
    kind: v.kind as FundingKind,
    providerId: ids.require('institutions', text(v, 'provider')),
    purposes: list<FundingPurpose>(v, 'purposes'),
    description: optional(v, 'description'),
    eligibleSizes: list<CompanySize>(v, 'eligibleSizes'),
    regionCodes: list(v, 'regions'),
    fieldCodes: list(v, 'fields'),
    trlMin: (v.trlMin as number | null) ?? null,
    trlMax: (v.trlMax as number | null) ?? null,
    amountMinYen: (v.amountMinYen as number | null) ?? null,
    amountMaxYen: (v.amountMaxYen as number | null) ?? null,
    coFundingRate: v.coFundingPercent == null ? null : (v.coFundingPercent as number) / 100,
    windows: list<{ opensOn: string; closesOn: string }>(v, 'windows').map((w) => ({ opensOn: w.opensOn, closesOn: w.closesOn })),
    websiteUrl: optional(v, 'websiteUrl'),
    status: v.status as RecordStatus,
    isFictional: v.isFictional as boolean,
  };
  return { ...row, searchText: [row.nameJa, row.nameEn ?? '', row.description ?? ''].join(' ').normalize('NFKC').toLowerCase() };
}

export const SECTION_WRITERS: Record<RecordType, SectionWriter> = {
  regions: { columns: region },
  fields: { columns: field },
  institutions: { columns: institution },
  researchers: { columns: researcher },
  coordinators: { columns: coordinator },
  companies: { columns: company, children: companyCertifications },
  consortia: { columns: consortium, children: consortiumMembers },
  seeds: { lookUp: seedLookups, columns: seed, children: seedOwners },
  needs: { columns: need },
  fundingProgrammes: { columns: fundingProgramme },
};
