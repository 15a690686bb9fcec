import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { Certification } from '../companies/certification.entity';
import { MemberRole, MemberType } from '../consortia/consortium.enums';
import { ConsortiumMembership } from '../consortia/membership.entity';
import { SeedOwner } from '../seeds/seed-owner.entity';
import type { KeyDirectory } from './key-directory';
import { canonical } from './same-value';
import type { RecordValues } from './validate-record';
import { findInChunks } from './in-chunks';
import { insertRows } from './insert-rows';

/**
 * Rows that belong to one record and are listed inside it in the file (seed owners,
 * certifications, consortium members). The list in the file replaces the stored one.
 */
export interface ChildList<T> {
  /** Where the list's rows are stored. */
  entity: EntityTarget<ObjectLiteral>;
  /** The stored lists of these parents, by parent id. */
  load(manager: EntityManager, parentIds: string[]): Promise<Map<string, T>>;
  /** The list the file asks for. */
  desired(values: RecordValues, ids: KeyDirectory): T;
  same(stored: T | undefined, desired: T): boolean;
  /** The rows that store a new parent's list (written in bulk for all new parents of a section). */
  rows(parentId: string, desired: T): ObjectLiteral[];
  /** Makes an existing parent's stored list the desired one. */
  replace(manager: EntityManager, parentId: string, desired: T, stored: T | undefined): Promise<void>;
}

/** Owners in order: the first owner is the seed's main contact. */
export const seedOwners: ChildList<string[]> = {
  entity: SeedOwner,
  async load(manager, seedIds) {
    const rows = await findInChunks(seedIds, (chunk) => manager.find(SeedOwner, { where: { seedId: chunk }, order: { position: 'ASC' } }));
    const bySeed = new Map<string, string[]>();
    for (const row of rows) bySeed.set(row.seedId, [...(bySeed.get(row.seedId) ?? []), row.researcherId]);
    return bySeed;
  },
  desired: (values, ids) => (values.owners as string[]).map((key) => ids.require('researchers', key)),
  same: (stored, desired) => canonical(stored ?? []) === canonical(desired),
  rows: seedOwnerRows,
  async replace(manager, seedId, researcherIds) {
    await manager.delete(SeedOwner, { seedId });
    await insertRows(manager, SeedOwner, seedOwnerRows(seedId, researcherIds));
  },
};

function seedOwnerRows(seedId: string, researcherIds: string[]): Partial<SeedOwner>[] {
  return researcherIds.map((researcherId, position) => ({ seedId, researcherId, position }));
}

export type CertificationValues = Pick<Certification, 'name' | 'issuer' | 'issuedOn' | 'validUntil'>;

/** Certifications have no key of their own: a changed list is replaced as a whole. */
export const companyCertifications: ChildList<CertificationValues[]> = {
  entity: Certification,
  async load(manager, companyIds) {
    const rows = await findInChunks(companyIds, (chunk) => manager.find(Certification, { where: { companyId: chunk } }));
    const byCompany = new Map<string, CertificationValues[]>();
    for (const row of rows) byCompany.set(row.companyId, [...(byCompany.get(row.companyId) ?? []), certificationValues(row)]);
    return byCompany;
  },
  desired: (values) => (values.certifications as RecordValues[]).map((c) => certificationValues(c as unknown as CertificationValues)),
  same: (stored, desired) => sortedCanonical(stored ?? []) === sortedCanonical(desired),
  rows: certificationRows,
  async replace(manager, companyId, certifications) {
    await manager.delete(Certification, { companyId });
    await insertRows(manager, Certification, certificationRows(companyId, certifications));
  },
};

function certificationRows(companyId: string, certifications: CertificationValues[]): Partial<Certification>[] {
  return certifications.map((c) => ({ ...c, companyId }));
}

const certificationValues = (c: CertificationValues): CertificationValues => ({
  name: c.name,
  issuer: c.issuer ?? null,
  issuedOn: dateText(c.issuedOn),
  validUntil: dateText(c.validUntil),
});

/** `date` columns may come back as strings or Dates depending on the driver settings. */
const dateText = (value: string | Date | null | undefined): string | null =>
  value === null || value === undefined ? null : value instanceof Date ? value.toISOString().slice(0, 10) : value;

const sortedCanonical = (items: unknown[]): string => items.map(canonical).sort().join('\n');

export interface MemberValues {
  memberType: MemberType;
  memberId: string;
  role: MemberRole;
}
type StoredMember = MemberValues & { id: string };

const MEMBER_COLUMN = { COMPANY: 'companyId', INSTITUTION: 'institutionId', RESEARCHER: 'researcherId' } as const;
const MEMBER_TARGET = { COMPANY: 'companies', INSTITUTION: 'institutions', RESEARCHER: 'researchers' } as const;

/** Memberships are diffed rather than replaced, so unchanged ones keep their ids (they are Nodes). */
export const consortiumMembers: ChildList<MemberValues[]> = {
  entity: ConsortiumMembership,
  async load(manager, consortiumIds) {
    const rows = await findInChunks(consortiumIds, (chunk) => manager.find(ConsortiumMembership, { where: { consortiumId: chunk } }));
    const byConsortium = new Map<string, StoredMember[]>();
    for (const row of rows) {
      const member: StoredMember = { id: row.id, memberType: row.memberType, memberId: row[MEMBER_COLUMN[row.memberType]] as string, role: row.role };
      byConsortium.set(row.consortiumId, [...(byConsortium.get(row.consortiumId) ?? []), member]);
    }
    return byConsortium;
  },
  desired: (values, ids) =>
    (values.members as Array<{ type: MemberType; key: string; role: MemberRole }>).map((m) => ({
      memberType: m.type,
      memberId: ids.require(MEMBER_TARGET[m.type], m.key),
      role: m.role,
    })),
  same: (stored, desired) => sortedCanonical((stored ?? []).map(memberIdentity)) === sortedCanonical(desired.map(memberIdentity)),
  rows: (consortiumId, members) => members.map((m) => memberRow(consortiumId, m)),
  async replace(manager, consortiumId, desired, stored = []) {
    const storedMembers = stored as StoredMember[];
    const wanted = new Map(desired.map((m) => [`${m.memberType}:${m.memberId}`, m]));
    const kept = new Set<string>();
    for (const member of storedMembers) {
      const want = wanted.get(`${member.memberType}:${member.memberId}`);
      if (!want) await manager.delete(ConsortiumMembership, { id: member.id });
      else {
        kept.add(`${member.memberType}:${member.memberId}`);
        if (want.role !== member.role) await manager.update(ConsortiumMembership, { id: member.id }, { role: want.role });
      }
    }
    const added = desired.filter((m) => !kept.has(`${m.memberType}:${m.memberId}`));
    await insertRows(
      manager,
      ConsortiumMembership,
      added.map((m) => memberRow(consortiumId, m)),
    );
  },
};

function memberRow(consortiumId: string, m: MemberValues): ObjectLiteral {
  return {
    consortiumId,
    memberType: m.memberType,
    role: m.role,
    companyId: null,
    institutionId: null,
    researcherId: null,
    [MEMBER_COLUMN[m.memberType]]: m.memberId,
  };
}

const memberIdentity = (m: MemberValues) => ({ memberType: m.memberType, memberId: m.memberId, role: m.role });
