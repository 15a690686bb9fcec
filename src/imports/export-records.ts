import { EntityManager } from 'typeorm';
import { Certification } from '../companies/certification.entity';
import { Company } from '../companies/company.entity';
import { Consortium } from '../consortia/consortium.entity';
import { ConsortiumMembership } from '../consortia/membership.entity';
import { Institution } from '../institutions/institution.entity';
import { Need } from '../needs/need.entity';
import { FundingProgramme } from '../funding/funding-programme.entity';
import { Coordinator } from '../people/coordinator.entity';
import { Researcher } from '../people/researcher.entity';
import { Region } from '../regions/region.entity';
import { SeedOwner } from '../seeds/seed-owner.entity';
import { Seed } from '../seeds/seed.entity';
import { ResearchField } from '../taxonomy/research-field.entity';
import type { RecordType } from './record-types';

export type ExportRecord = Record<string, unknown>;
type KeyedType = 'institutions' | 'researchers' | 'coordinators' | 'companies';

const MEMBER_TYPE_ORDER = ['INSTITUTION', 'RESEARCHER', 'COMPANY'];
const dateText = (value: string | Date | null): string | null => (value instanceof Date ? value.toISOString().slice(0, 10) : value);
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Id → key of every record another record can refer to, read once per export. */
export class KeysById {
  private constructor(private readonly maps: Record<KeyedType, Map<string, string>>) {}

  static async read(manager: EntityManager): Promise<KeysById> {
    const read = async (entity: typeof Institution | typeof Researcher | typeof Coordinator | typeof Company) =>
      new Map((await manager.find(entity, { select: { id: true, key: true } })).map((row) => [row.id, row.key]));
    return new KeysById({
      institutions: await read(Institution),
      researchers: await read(Researcher),
      coordinators: await read(Coordinator),
      companies: await read(Company),
    });
  }

  key(type: KeyedType, id: string | null): string | null {
    return id === null ? null : (this.maps[type].get(id) ?? null);
  }
}

/**
 * Reads one section from the database in the data format: references as keys, every property
 * present (null or [] when empty), records sorted by key so that exports diff well.
 */
export async function exportSection(manager: EntityManager, type: RecordType, keys: KeysById): Promise<ExportRecord[]> {
  switch (type) {
    case 'regions':
      return (await manager.find(Region, { order: { code: 'ASC' } })).map(region);
    case 'fields':
      return (await manager.find(ResearchField, { order: { code: 'ASC' } })).map(field);
    case 'institutions':
      return (await manager.find(Institution, { order: { key: 'ASC' } })).map((row) => institution(row, keys));
    case 'researchers':
      return (await manager.find(Researcher, { order: { key: 'ASC' } })).map((row) => researcher(row, keys));
    case 'coordinators':
      return (await manager.find(Coordinator, { order: { key: 'ASC' } })).map((row) => coordinator(row, keys));
    case 'companies': {
      const certifications = await manager.find(Certification);
      return (await manager.find(Company, { order: { key: 'ASC' } })).map((row) =>
        company(
          row,
          certifications.filter((c) => c.companyId === row.id),
        ),
      );
    }
    case 'consortia': {
      const memberships = await manager.find(ConsortiumMembership);
      return (await manager.find(Consortium, { order: { key: 'ASC' } })).map((row) =>
        consortium(
          row,
          memberships.filter((m) => m.consortiumId === row.id),
          keys,
        ),
      );
    }
    case 'seeds': {
      const owners = await manager.find(SeedOwner, { order: { position: 'ASC' } });
      return (await manager.find(Seed, { order: { key: 'ASC' } })).map((row) =>
        seed(
          row,
          owners.filter((o) => o.seedId === row.id),
          keys,
        ),
      );
    }
    case 'needs':
      return (await manager.find(Need, { order: { key: 'ASC' } })).map((row) => need(row, keys));
    case 'fundingProgrammes':
      return (await manager.find(FundingProgramme, { order: { key: 'ASC' } })).map((row) => fundingProgramme(row, keys));
  }
}

const region = (r: Region): ExportRecord => ({
  code: r.code,
  kind: r.kind,
  parent: r.parentCode,
  nameJa: r.nameJa,
  nameEn: r.nameEn,
  cooperatesWith: r.cooperatesWith,
});

const field = (f: ResearchField): ExportRecord => ({ code: f.code, parent: f.parentCode, nameJa: f.nameJa, nameEn: f.nameEn });

const institution = (i: Institution, keys: KeysById): ExportRecord => ({
  key: i.key,
  nameJa: i.nameJa,
  nameEn: i.nameEn,
  kind: i.kind,
  region: i.regionCode,
  parent: keys.key('institutions', i.parentId),
  fields: i.fieldCodes,
  supportMenus: i.supportMenus,
  equipment: i.equipment.map((e) => ({ name: e.name, description: e.description ?? null })),
  description: i.description,
  websiteUrl: i.websiteUrl,
  email: i.email,
  phone: i.phone,
  address: i.address,
  status: i.status,
  isFictional: i.isFictional,
});

const researcher = (r: Researcher, keys: KeysById): ExportRecord => ({
  key: r.key,
  nameJa: r.nameJa,
  nameEn: r.nameEn,
  institution: keys.key('institutions', r.institutionId),
  title: r.title,
  email: r.email,
  phone: r.phone,
  contactPublic: r.contactPublic,
  fields: r.fieldCodes,
  keywords: r.keywords,
  status: r.status,
  isFictional: r.isFictional,
});

const coordinator = (c: Coordinator, keys: KeysById): ExportRecord => ({
  key: c.key,
  name: c.name,
  institution: keys.key('institutions', c.institutionId),
  region: c.regionCode,
  email: c.email,
  phone: c.phone,
  status: c.status,
  isFictional: c.isFictional,
});

const company = (c: Company, certifications: Certification[]): ExportRecord => ({
  key: c.key,
  nameJa: c.nameJa,
  nameEn: c.nameEn,
  industry: c.industry,
  region: c.regionCode,
  size: c.size,
  employees: c.employees,
  capabilities: c.capabilities,
  fields: c.fieldCodes,
  certifications: certifications
    .map((cert) => ({ name: cert.name, issuer: cert.issuer, issuedOn: dateText(cert.issuedOn), validUntil: dateText(cert.validUntil) }))
    .sort((a, b) => compareText(a.name, b.name) || compareText(a.issuedOn ?? '', b.issuedOn ?? '')),
  description: c.description,
  websiteUrl: c.websiteUrl,
  status: c.status,
  isFictional: c.isFictional,
});

function consortium(c: Consortium, memberships: ConsortiumMembership[], keys: KeysById): ExportRecord {
  const memberKey = (m: ConsortiumMembership) =>
    m.memberType === 'COMPANY'
      ? keys.key('companies', m.companyId)
      : m.memberType === 'INSTITUTION'
        ? keys.key('institutions', m.institutionId)
        : keys.key('researchers', m.researcherId);
  return {
    key: c.key,
    nameJa: c.nameJa,
    nameEn: c.nameEn,
    region: c.regionCode,
    secretariat: keys.key('institutions', c.secretariatId),
    fields: c.fieldCodes,
    description: c.description,
    websiteUrl: c.websiteUrl,
    members: memberships
      .map((m) => ({ type: m.memberType, key: memberKey(m) ?? '', role: m.role }))
      .sort((a, b) => MEMBER_TYPE_ORDER.indexOf(a.type) - MEMBER_TYPE_ORDER.indexOf(b.type) || compareText(a.key, b.key)),
    status: c.status,
    isFictional: c.isFictional,
  };
}

const seed = (s: Seed, owners: SeedOwner[], keys: KeysById): ExportRecord => ({
  key: s.key,
  title: s.title,
  summary: s.summary,
  language: s.language,
  keywords: s.keywords,
  fields: s.fieldCodes,
  trl: s.trl,
  collaborationForms: s.collaborationForms,
  patents: s.patents.map((p) => ({ number: p.number, title: p.title ?? null, status: p.status })),
  owners: owners.map((o) => keys.key('researchers', o.researcherId)),
  institution: keys.key('institutions', s.institutionId),
  status: s.status,
  publishedAt: s.publishedAt ? s.publishedAt.toISOString() : null,
  isFictional: s.isFictional,
});

const need = (n: Need, keys: KeysById): ExportRecord => ({
  key: n.key,
  company: keys.key('companies', n.companyId),
  title: n.title,
  description: n.description,
  category: n.category,
  language: n.language,
  fields: n.fieldCodes,
  keywords: n.keywords,
  desiredTrl: n.desiredTrl,
  timeline: n.timeline,
  budgetMinYen: n.budgetMinYen,
  budgetMaxYen: n.budgetMaxYen,
  wantedForms: n.wantedForms,
  confidentiality: n.confidentiality,
  status: n.status,
  consultationStep: n.consultationStep,
  holder: keys.key('coordinators', n.holderId),
  isFictional: n.isFictional,
});

const fundingProgramme = (p: FundingProgramme, keys: KeysById): ExportRecord => ({
  key: p.key,
  nameJa: p.nameJa,
  nameEn: p.nameEn,
  kind: p.kind,
  provider: keys.key('institutions', p.providerId),
  purposes: p.purposes,
  description: p.description,
  eligibleSizes: p.eligibleSizes,
  regions: p.regionCodes,
  fields: p.fieldCodes,
  trlMin: p.trlMin,
  trlMax: p.trlMax,
  amountMinYen: p.amountMinYen,
  amountMaxYen: p.amountMaxYen,
  coFundingPercent: p.coFundingRate === null ? null : Math.round(p.coFundingRate * 100),
  windows: p.windows.map((w) => ({ opensOn: w.opensOn, closesOn: w.closesOn })),
  websiteUrl: p.websiteUrl,
  status: p.status,
  isFictional: p.isFictional,
});
