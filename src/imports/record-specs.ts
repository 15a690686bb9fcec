import { CollaborationForm, enumValues, Language, RecordStatus } from '../common/enums';
import { CompanySize } from '../companies/company.enums';
import { FundingKind, FundingPurpose } from '../funding/funding.enums';
import { MemberRole, MemberType } from '../consortia/consortium.enums';
import { InstitutionKind, SupportMenu } from '../institutions/institution.enums';
import { Confidentiality, NeedCategory, NeedStatus, NeedTimeline } from '../needs/need.enums';
import { RegionKind } from '../regions/region.enums';
import { PatentStatus, SeedStatus } from '../seeds/seed.enums';
import type { PropertySpec, RecordSpec } from './property-spec';
import type { RecordType } from './record-types';

// Limits follow the GraphQL inputs (src/*/*.inputs.ts), so a record an import accepts can also be edited there.
const NAME = 200;
const TEXT = 5000;

const key: PropertySpec = { name: 'key', kind: 'key', required: true };
const isFictional: PropertySpec = { name: 'isFictional', kind: 'bool', default: false };
const status: PropertySpec = { name: 'status', kind: 'enum', values: enumValues(RecordStatus), default: RecordStatus.ACTIVE };
const fields = (maxItems: number): PropertySpec => ({ name: 'fields', kind: 'list', item: 'fieldCode', maxItems, maxLength: 200, ref: 'fields' });
const region: PropertySpec = { name: 'region', kind: 'regionCode', maxLength: 50, ref: 'regions' };
const description: PropertySpec = { name: 'description', kind: 'paragraph', maxLength: TEXT };
const websiteUrl = (maxLength = 500): PropertySpec => ({ name: 'websiteUrl', kind: 'url', maxLength });
const email: PropertySpec = { name: 'email', kind: 'email', maxLength: 254 };
const phone: PropertySpec = { name: 'phone', kind: 'phone', maxLength: 30 };
const keywords: PropertySpec = { name: 'keywords', kind: 'list', item: 'line', maxItems: 30, maxLength: 50 };
const nameJa: PropertySpec = { name: 'nameJa', kind: 'line', required: true, maxLength: NAME };
const nameEn: PropertySpec = { name: 'nameEn', kind: 'line', maxLength: NAME };

const MEMBER_TARGETS: Record<MemberType, RecordType> = { COMPANY: 'companies', INSTITUTION: 'institutions', RESEARCHER: 'researchers' };
const memberTarget = (item: Record<string, unknown>): RecordType | null => MEMBER_TARGETS[item.type as MemberType] ?? null;

/** The data format of docs/data-format.md, one property list per section. */
export const RECORD_SPECS: Record<RecordType, RecordSpec> = {
  regions: [
    { name: 'code', kind: 'regionCode', required: true, maxLength: 50 },
    { name: 'kind', kind: 'enum', values: enumValues(RegionKind), required: true },
    { name: 'parent', kind: 'regionCode', maxLength: 50, ref: 'regions' },
    nameJa,
    { name: 'nameEn', kind: 'line', required: true, maxLength: NAME },
    { name: 'cooperatesWith', kind: 'list', item: 'regionCode', maxItems: 60, maxLength: 50, ref: 'regions' },
  ],
  fields: [
    { name: 'code', kind: 'fieldCode', required: true, maxLength: 200 },
    { name: 'parent', kind: 'fieldCode', maxLength: 200, ref: 'fields' },
    nameJa,
    { name: 'nameEn', kind: 'line', required: true, maxLength: NAME },
  ],
  institutions: [
    key,
    nameJa,
    nameEn,
    { name: 'kind', kind: 'enum', values: enumValues(InstitutionKind), required: true },
    region,
    { name: 'parent', kind: 'key', ref: 'institutions' },
    fields(20),
    { name: 'supportMenus', kind: 'list', item: 'enum', values: enumValues(SupportMenu), maxItems: 20 },
    {
      name: 'equipment',
      kind: 'objects',
      maxItems: 100,
      properties: [
        { name: 'name', kind: 'line', required: true, maxLength: NAME },
        { name: 'description', kind: 'paragraph', maxLength: TEXT },
      ],
    },
    description,
    websiteUrl(2000),
    email,
    phone,
    { name: 'address', kind: 'line', maxLength: 300 },
    status,
    isFictional,
  ],
  researchers: [
    key,
    nameJa,
    nameEn,
    { name: 'institution', kind: 'key', required: true, ref: 'institutions' },
    { name: 'title', kind: 'line', maxLength: 100 },
    email,
    phone,
    { name: 'contactPublic', kind: 'bool', default: false },
    fields(20),
    keywords,
    status,
    isFictional,
  ],
  coordinators: [
    key,
    { name: 'name', kind: 'line', required: true, maxLength: NAME },
    { name: 'institution', kind: 'key', required: true, ref: 'institutions' },
    region,
    email,
    phone,
    status,
    isFictional,
  ],
  companies: [
    key,
    nameJa,
    nameEn,
    { name: 'industry', kind: 'line', maxLength: 100 },
    region,
    { name: 'size', kind: 'enum', values: enumValues(CompanySize) },
    { name: 'employees', kind: 'int', min: 0 },
    { name: 'capabilities', kind: 'list', item: 'line', maxItems: 30, maxLength: 100 },
    fields(10),
    {
      name: 'certifications',
      kind: 'objects',
      maxItems: 50,
      properties: [
        { name: 'name', kind: 'line', required: true, maxLength: NAME },
        { name: 'issuer', kind: 'line', maxLength: NAME },
        { name: 'issuedOn', kind: 'date' },
        { name: 'validUntil', kind: 'date' },
      ],
    },
    description,
    websiteUrl(),
    status,
    isFictional,
  ],
  consortia: [
    key,
    nameJa,
    nameEn,
    region,
    { name: 'secretariat', kind: 'key', ref: 'institutions' },
    fields(10),
    description,
    websiteUrl(),
    {
      name: 'members',
      kind: 'objects',
      maxItems: 2000,
      properties: [
        { name: 'type', kind: 'enum', values: enumValues(MemberType), required: true },
        { name: 'key', kind: 'key', required: true, ref: memberTarget },
        { name: 'role', kind: 'enum', values: enumValues(MemberRole), default: MemberRole.MEMBER },
      ],
    },
    status,
    isFictional,
  ],
  seeds: [
    key,
    { name: 'title', kind: 'line', required: true, maxLength: NAME },
    { name: 'summary', kind: 'paragraph', required: true, maxLength: TEXT },
    { name: 'language', kind: 'enum', values: enumValues(Language) },
    keywords,
    fields(10),
    { name: 'trl', kind: 'int', required: true, min: 1, max: 9 },
    { name: 'collaborationForms', kind: 'list', item: 'enum', values: enumValues(CollaborationForm), maxItems: 10 },
    {
      name: 'patents',
      kind: 'objects',
      maxItems: 20,
      properties: [
        { name: 'number', kind: 'line', required: true, maxLength: 50 },
        { name: 'title', kind: 'line', maxLength: 300 },
        { name: 'status', kind: 'enum', values: enumValues(PatentStatus), default: PatentStatus.PENDING },
      ],
    },
    { name: 'owners', kind: 'list', item: 'key', maxItems: 10, minItems: 1, ref: 'researchers', required: true },
    { name: 'institution', kind: 'key', ref: 'institutions' },
    { name: 'status', kind: 'enum', values: enumValues(SeedStatus), default: SeedStatus.DRAFT },
    { name: 'publishedAt', kind: 'dateTime' },
    isFictional,
  ],
  needs: [
    key,
    { name: 'company', kind: 'key', required: true, ref: 'companies' },
    { name: 'title', kind: 'line', required: true, maxLength: NAME },
    { name: 'description', kind: 'paragraph', required: true, maxLength: 10_000 },
    { name: 'category', kind: 'enum', values: enumValues(NeedCategory), required: true },
    { name: 'language', kind: 'enum', values: enumValues(Language) },
    fields(10),
    keywords,
    { name: 'desiredTrl', kind: 'int', min: 1, max: 9 },
    { name: 'timeline', kind: 'enum', values: enumValues(NeedTimeline), default: NeedTimeline.UNDECIDED },
    { name: 'budgetMinYen', kind: 'int', min: 0 },
    { name: 'budgetMaxYen', kind: 'int', min: 0 },
    { name: 'wantedForms', kind: 'list', item: 'enum', values: enumValues(CollaborationForm), maxItems: 10 },
    { name: 'confidentiality', kind: 'enum', values: enumValues(Confidentiality), default: Confidentiality.PUBLIC },
    { name: 'status', kind: 'enum', values: enumValues(NeedStatus), default: NeedStatus.OPEN },
    { name: 'consultationStep', kind: 'int', min: 1, max: 3, default: 1 },
    { name: 'holder', kind: 'key', ref: 'coordinators' },
    isFictional,
  ],
  fundingProgrammes: [
    key,
    nameJa,
    nameEn,
    { name: 'kind', kind: 'enum', values: enumValues(FundingKind), required: true },
    { name: 'provider', kind: 'key', required: true, ref: 'institutions' },
    { name: 'purposes', kind: 'list', item: 'enum', values: enumValues(FundingPurpose), maxItems: 10 },
    description,
    { name: 'eligibleSizes', kind: 'list', item: 'enum', values: enumValues(CompanySize), maxItems: 4 },
    { name: 'regions', kind: 'list', item: 'regionCode', maxItems: 60, maxLength: 50, ref: 'regions' },
    fields(20),
    { name: 'trlMin', kind: 'int', min: 1, max: 9 },
    { name: 'trlMax', kind: 'int', min: 1, max: 9 },
    { name: 'amountMinYen', kind: 'int', min: 0 },
    { name: 'amountMaxYen', kind: 'int', min: 0 },
    // 補助率 as a whole percentage (50 for 1/2); stored as a rate.
    { name: 'coFundingPercent', kind: 'int', min: 1, max: 100 },
    {
      name: 'windows',
      kind: 'objects',
      maxItems: 24,
      properties: [
        { name: 'opensOn', kind: 'date', required: true },
        { name: 'closesOn', kind: 'date', required: true },
      ],
    },
    websiteUrl(2000),
    status,
    isFictional,
  ],
};

/** The property that identifies a record of the section: `code` for regions and fields, `key` otherwise. */
export const identityProperty = (type: RecordType): 'code' | 'key' => (type === 'regions' || type === 'fields' ? 'code' : 'key');
