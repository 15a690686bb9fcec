import { CollaborationForm, enumValues, Language, RecordStatus } from '../common/enums';
import { CompanySize } from '../companies/company.enums';
import { FundingKind, FundingPurpose } from '../funding/funding.enums';
import { MemberRole, MemberType } from '../consortia/consortium.enums';
import { InstitutionKind, SupportMenu } from '../institutions/institution.enums';
import { Confidentiality, NeedCategory, NeedStatus, NeedTimeline } from '../needs/need.enums';
import { RegionKind } from '../regions/region.enums';
import { PatentStatus, SeedStatus } from '../seeds/seed.enums';
import { limitsOf, type InputLimits } from '../common/input-limits';
import { CertificationInput, RegisterCompanyInput } from '../companies/company.inputs';
import { CreateConsortiumInput } from '../consortia/consortium.inputs';
import { CreateInstitutionInput, EquipmentInput } from '../institutions/institution.inputs';
import { SubmitNeedInput } from '../needs/need.inputs';
import { RegisterCoordinatorInput } from '../people/coordinator.inputs';
import { RegisterResearcherInput } from '../people/researcher.inputs';
import { CreateRegionInput } from '../regions/region.inputs';
import { PatentInput, RegisterSeedInput } from '../seeds/seed.inputs';
import { CreateResearchFieldInput } from '../taxonomy/research-field.inputs';
import type { PropertySpec, RecordSpec } from './property-spec';
import type { RecordType } from './record-types';

// Limits are read from the GraphQL inputs' decorators (src/*/*.inputs.ts), so a record an import accepts can also be
// edited there. Numbers written here are limits the inputs do not declare (they check a pattern or an enum instead).
const seed = <K extends keyof InputLimits>(property: string, ...pick: K[]) => limitsOf(RegisterSeedInput, property, ...pick);
const need = <K extends keyof InputLimits>(property: string, ...pick: K[]) => limitsOf(SubmitNeedInput, property, ...pick);
const company = <K extends keyof InputLimits>(property: string, ...pick: K[]) => limitsOf(RegisterCompanyInput, property, ...pick);
const institution = <K extends keyof InputLimits>(property: string, ...pick: K[]) => limitsOf(CreateInstitutionInput, property, ...pick);
const researcher = <K extends keyof InputLimits>(property: string, ...pick: K[]) => limitsOf(RegisterResearcherInput, property, ...pick);
const REGION_CODE = limitsOf(CreateRegionInput, 'code', 'maxLength');
const FIELD_CODE = limitsOf(CreateResearchFieldInput, 'code', 'maxLength');
const NAME = institution('nameJa', 'maxLength');

const key: PropertySpec = { name: 'key', kind: 'key', required: true };
const isFictional: PropertySpec = { name: 'isFictional', kind: 'bool', default: false };
const status: PropertySpec = { name: 'status', kind: 'enum', values: enumValues(RecordStatus), default: RecordStatus.ACTIVE };
const fields = (limits: Required<Pick<InputLimits, 'maxItems'>>): PropertySpec => ({
  name: 'fields',
  kind: 'list',
  item: 'fieldCode',
  ...limits,
  ...FIELD_CODE,
  ref: 'fields',
});
const region: PropertySpec = { name: 'region', kind: 'regionCode', ...REGION_CODE, ref: 'regions' };
const description: PropertySpec = { name: 'description', kind: 'paragraph', ...institution('description', 'maxLength') };
const websiteUrl = (limits: Required<Pick<InputLimits, 'maxLength'>>): PropertySpec => ({ name: 'websiteUrl', kind: 'url', ...limits });
const email: PropertySpec = { name: 'email', kind: 'email', ...institution('email', 'maxLength') };
// The inputs bound a phone number by its pattern (PHONE_PATTERN).
const phone: PropertySpec = { name: 'phone', kind: 'phone', maxLength: 30 };
const keywords: PropertySpec = { name: 'keywords', kind: 'list', item: 'line', ...seed('keywords', 'maxItems', 'maxLength') };
const nameJa: PropertySpec = { name: 'nameJa', kind: 'line', required: true, ...NAME };
const nameEn: PropertySpec = { name: 'nameEn', kind: 'line', ...NAME };

const MEMBER_TARGETS: Record<MemberType, RecordType> = { COMPANY: 'companies', INSTITUTION: 'institutions', RESEARCHER: 'researchers' };
const memberTarget = (item: Record<string, unknown>): RecordType | null => MEMBER_TARGETS[item.type as MemberType] ?? null;

/**
 * The data format of docs/data-format.md, one property list per section. Funding programmes and
 * consortium members have no GraphQL input: their limits are written here.
 */
export const RECORD_SPECS: Record<RecordType, RecordSpec> = {
  regions: [
    { name: 'code', kind: 'regionCode', required: true, ...REGION_CODE },
    { name: 'kind', kind: 'enum', values: enumValues(RegionKind), required: true },
    { name: 'parent', kind: 'regionCode', ...REGION_CODE, ref: 'regions' },
    nameJa,
    { name: 'nameEn', kind: 'line', required: true, ...NAME },
    { name: 'cooperatesWith', kind: 'list', item: 'regionCode', ...limitsOf(CreateRegionInput, 'cooperatesWith', 'maxItems'), ...REGION_CODE, ref: 'regions' },
  ],
  fields: [
    { name: 'code', kind: 'fieldCode', required: true, ...FIELD_CODE },
    { name: 'parent', kind: 'fieldCode', ...FIELD_CODE, ref: 'fields' },
    nameJa,
    { name: 'nameEn', kind: 'line', required: true, ...NAME },
  ],
  institutions: [
    key,
    nameJa,
    nameEn,
    { name: 'kind', kind: 'enum', values: enumValues(InstitutionKind), required: true },
    region,
    { name: 'parent', kind: 'key', ref: 'institutions' },
    fields(institution('fieldCodes', 'maxItems')),
    { name: 'supportMenus', kind: 'list', item: 'enum', values: enumValues(SupportMenu), maxItems: 20 },
    {
      name: 'equipment',
      kind: 'objects',
      ...institution('equipment', 'maxItems'),
      properties: [
        { name: 'name', kind: 'line', required: true, ...limitsOf(EquipmentInput, 'name', 'maxLength') },
        { name: 'description', kind: 'paragraph', ...limitsOf(EquipmentInput, 'description', 'maxLength') },
      ],
    },
    description,
    websiteUrl(institution('websiteUrl', 'maxLength')),
    email,
    phone,
    { name: 'address', kind: 'line', ...institution('address', 'maxLength') },
    status,
    isFictional,
  ],
  researchers: [
    key,
    nameJa,
    nameEn,
    { name: 'institution', kind: 'key', required: true, ref: 'institutions' },
    { name: 'title', kind: 'line', ...researcher('title', 'maxLength') },
    email,
    phone,
    { name: 'contactPublic', kind: 'bool', default: false },
    fields(researcher('fieldCodes', 'maxItems')),
    keywords,
    status,
    isFictional,
  ],
  coordinators: [
    key,
    { name: 'name', kind: 'line', required: true, ...limitsOf(RegisterCoordinatorInput, 'name', 'maxLength') },
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
    { name: 'industry', kind: 'line', ...company('industry', 'maxLength') },
    region,
    { name: 'size', kind: 'enum', values: enumValues(CompanySize) },
    { name: 'employees', kind: 'int', ...company('employees', 'min') },
    { name: 'capabilities', kind: 'list', item: 'line', ...company('capabilities', 'maxItems', 'maxLength') },
    fields(company('fieldCodes', 'maxItems')),
    {
      name: 'certifications',
      kind: 'objects',
      ...company('certifications', 'maxItems'),
      properties: [
        { name: 'name', kind: 'line', required: true, ...limitsOf(CertificationInput, 'name', 'maxLength') },
        { name: 'issuer', kind: 'line', ...limitsOf(CertificationInput, 'issuer', 'maxLength') },
        { name: 'issuedOn', kind: 'date' },
        { name: 'validUntil', kind: 'date' },
      ],
    },
    description,
    websiteUrl(company('websiteUrl', 'maxLength')),
    status,
    isFictional,
  ],
  consortia: [
    key,
    nameJa,
    nameEn,
    region,
    { name: 'secretariat', kind: 'key', ref: 'institutions' },
    fields(limitsOf(CreateConsortiumInput, 'fieldCodes', 'maxItems')),
    description,
    websiteUrl(limitsOf(CreateConsortiumInput, 'websiteUrl', 'maxLength')),
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
    { name: 'title', kind: 'line', required: true, ...seed('title', 'maxLength') },
    { name: 'summary', kind: 'paragraph', required: true, ...seed('summary', 'maxLength') },
    { name: 'language', kind: 'enum', values: enumValues(Language) },
    keywords,
    fields(seed('fieldCodes', 'maxItems')),
    { name: 'trl', kind: 'int', required: true, ...seed('trl', 'min', 'max') },
    { name: 'collaborationForms', kind: 'list', item: 'enum', values: enumValues(CollaborationForm), maxItems: 10 },
    {
      name: 'patents',
      kind: 'objects',
      ...seed('patents', 'maxItems'),
      properties: [
        { name: 'number', kind: 'line', required: true, ...limitsOf(PatentInput, 'number', 'maxLength') },
        { name: 'title', kind: 'line', ...limitsOf(PatentInput, 'title', 'maxLength') },
        { name: 'status', kind: 'enum', values: enumValues(PatentStatus), default: PatentStatus.PENDING },
      ],
    },
    { name: 'owners', kind: 'list', item: 'key', ...seed('ownerIds', 'maxItems'), minItems: 1, ref: 'researchers', required: true },
    { name: 'institution', kind: 'key', ref: 'institutions' },
    { name: 'status', kind: 'enum', values: enumValues(SeedStatus), default: SeedStatus.DRAFT },
    { name: 'publishedAt', kind: 'dateTime' },
    isFictional,
  ],
  needs: [
    key,
    { name: 'company', kind: 'key', required: true, ref: 'companies' },
    { name: 'title', kind: 'line', required: true, ...need('title', 'maxLength') },
    { name: 'description', kind: 'paragraph', required: true, ...need('description', 'maxLength') },
    { name: 'category', kind: 'enum', values: enumValues(NeedCategory), required: true },
    { name: 'language', kind: 'enum', values: enumValues(Language) },
    fields(need('fieldCodes', 'maxItems')),
    keywords,
    { name: 'desiredTrl', kind: 'int', ...need('desiredTrl', 'min', 'max') },
    { name: 'timeline', kind: 'enum', values: enumValues(NeedTimeline), default: NeedTimeline.UNDECIDED },
    { name: 'budgetMinYen', kind: 'int', ...need('budgetMinYen', 'min') },
    { name: 'budgetMaxYen', kind: 'int', ...need('budgetMaxYen', 'min') },
    { name: 'wantedForms', kind: 'list', item: 'enum', values: enumValues(CollaborationForm), maxItems: 10 },
    { name: 'confidentiality', kind: 'enum', values: enumValues(Confidentiality), default: Confidentiality.PUBLIC },
    { name: 'status', kind: 'enum', values: enumValues(NeedStatus), default: NeedStatus.OPEN },
    { name: 'consultationStep', kind: 'int', ...need('consultationStep', 'min', 'max'), default: 1 },
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
    { name: 'regions', kind: 'list', item: 'regionCode', maxItems: 60, ...REGION_CODE, ref: 'regions' },
    fields({ maxItems: 20 }),
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
    websiteUrl(institution('websiteUrl', 'maxLength')),
    status,
    isFictional,
  ],
};

/** The property that identifies a record of the section: `code` for regions and fields, `key` otherwise. */
export const identityProperty = (type: RecordType): 'code' | 'key' => (type === 'regions' || type === 'fields' ? 'code' : 'key');
