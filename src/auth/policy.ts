import { ForbiddenError, UnauthenticatedError } from '../common/errors';
import { AccountRole, ApiKeyScope } from './auth.enums';
import type { Viewer } from './viewer';

/**
 * Authorisation, in two layers:
 * - Operation level (may this caller run this query, mutation or field at all?) is decided at
 *   the GraphQL edge only: `@Allowed(operation)` on the resolver method, and for root fields
 *   ROOT_FIELD_OPERATIONS below, checked before arguments are validated (src/graphql/field-guards.ts);
 *   a test holds the two equal. Resolvers and services do not repeat it.
 * - Record level (which records: ownership, visibility, confidentiality) is the domain
 *   service's and `*.visibility.ts`'s: they ask `recordScope` whether the caller acts on ALL
 *   records or only its OWN, and filter or refuse accordingly.
 * Code that runs without a GraphQL request (CLI, importer, demo loader, jobs, webhooks) calls
 * no method that relies on the edge: it uses its own entry points (createUnchecked, importWithin,
 * calibrate…), which trust their caller, as a command run on the server is trusted.
 *
 * Who may do what: ONE table, role × operation. `OWN` means "only on
 * records that are the caller's own" (a researcher's seeds, a company user's company and
 * needs, a researcher's own profile); the service that owns the records checks which those are.
 * A partner key's rights are the union of its scopes' columns.
 */
export const OPERATIONS = [
  'READ_PUBLIC',
  'READ_UNPUBLISHED_SEEDS',
  'WRITE_SEEDS',
  'READ_COMPANIES',
  'WRITE_COMPANIES',
  'READ_NEEDS',
  'READ_NEED_DETAILS',
  'SUBMIT_NEEDS',
  'EDIT_NEEDS',
  'WRITE_RESEARCHERS',
  'READ_PRIVATE_CONTACTS',
  'READ_STAFF_CONTACTS',
  'WRITE_COORDINATORS',
  'WRITE_DIRECTORY',
  'RUN_MATCHING',
  'NEEDS_FOR_OWN_SEEDS',
  'IMPORT_RECORDS',
  'EXPORT_RECORDS',
  'MANAGE_ACCOUNTS',
  'MANAGE_API_KEYS',
  'READ_ACCESS_LOG',
  'SIGN_OUT',
  'READ_OWN_SIGN_IN_ACTIVITY',
  'READ_CONSULTATIONS',
  'MANAGE_CONSULTATIONS',
  'READ_INTRODUCTIONS',
  'MANAGE_INTRODUCTIONS',
  'ANSWER_INTRODUCTIONS',
  'RECORD_PAST_OUTCOMES',
  'READ_KPIS',
  'MANAGE_WEIGHTS',
  'MANAGE_DUPLICATES',
  'READ_PLANS',
  'MANAGE_PLANS',
  'MANAGE_CAPACITY',
  'MANAGE_WEBHOOKS',
  'READ_NOTIFICATIONS',
  'FIND_COMPANIES_FOR_SUBMISSION',
  'READ_SUBMITTED_NEEDS',
] as const;
export type Operation = (typeof OPERATIONS)[number];

export const PRINCIPALS = [
  'ANONYMOUS',
  AccountRole.ADMIN,
  AccountRole.COORDINATOR,
  AccountRole.RESEARCHER,
  AccountRole.COMPANY_USER,
  ApiKeyScope.READ_PUBLISHED,
  ApiKeyScope.SUBMIT_NEEDS,
] as const;
export type Principal = (typeof PRINCIPALS)[number];

export type Grant = 'ALL' | 'OWN' | 'NONE';

const row = (grants: Partial<Record<Principal, Grant>>): Record<Principal, Grant> => ({
  ANONYMOUS: 'NONE',
  ADMIN: 'NONE',
  COORDINATOR: 'NONE',
  RESEARCHER: 'NONE',
  COMPANY_USER: 'NONE',
  READ_PUBLISHED: 'NONE',
  SUBMIT_NEEDS: 'NONE',
  ...grants,
});
const STAFF = { ADMIN: 'ALL', COORDINATOR: 'ALL' } as const;
const ACCOUNTS = { ...STAFF, RESEARCHER: 'ALL', COMPANY_USER: 'ALL' } as const;

/** What each operation covers is described next to it; README and the matrix test read this table. */
export const POLICY: Record<Operation, Record<Principal, Grant>> = {
  /** Published seeds; active institutions, consortia, taxonomy, regions; people's names (contacts per the rows below). */
  READ_PUBLIC: row({ ANONYMOUS: 'ALL', ...ACCOUNTS, READ_PUBLISHED: 'ALL' }),
  /** Draft and archived seeds: all for staff, their own for researchers. */
  READ_UNPUBLISHED_SEEDS: row({ ...STAFF, RESEARCHER: 'OWN' }),
  /** registerSeed, updateSeed, archiveSeed. */
  WRITE_SEEDS: row({ ...STAFF, RESEARCHER: 'OWN' }),
  /** Companies and their certifications and memberships. */
  READ_COMPANIES: row({ ...STAFF, RESEARCHER: 'ALL', COMPANY_USER: 'OWN' }),
  /** registerCompany, updateCompany, archiveCompany. */
  WRITE_COMPANIES: row({ ...STAFF }),
  /** Needs at all; what of each need shows is READ_NEED_DETAILS and need.visibility.ts. */
  READ_NEEDS: row({ ...STAFF, RESEARCHER: 'ALL', COMPANY_USER: 'OWN' }),
  /** What RESTRICTED and CONFIDENTIAL needs withhold from others (company, description, budget…). */
  READ_NEED_DETAILS: row({ ...STAFF, COMPANY_USER: 'OWN' }),
  /** submitNeed: for the caller's own company, or for any company with a SUBMIT_NEEDS key. */
  SUBMIT_NEEDS: row({ ...STAFF, COMPANY_USER: 'OWN', SUBMIT_NEEDS: 'ALL' }),
  /** updateNeed, archiveNeed. */
  EDIT_NEEDS: row({ ...STAFF, COMPANY_USER: 'OWN' }),
  /** registerResearcher, archiveResearcher; updateResearcher (researchers: their own profile). */
  WRITE_RESEARCHERS: row({ ...STAFF, RESEARCHER: 'OWN' }),
  /** A researcher's e-mail and phone they did not make public: only they see them. */
  READ_PRIVATE_CONTACTS: row({ RESEARCHER: 'OWN' }),
  /** Coordinators' e-mail and phone: signed-in accounts only. */
  READ_STAFF_CONTACTS: row({ ...ACCOUNTS }),
  /** registerCoordinator, updateCoordinator, archiveCoordinator. */
  WRITE_COORDINATORS: row({ ADMIN: 'ALL' }),
  /** Institutions, consortia and memberships, taxonomy, regions. */
  WRITE_DIRECTORY: row({ ADMIN: 'ALL' }),
  /** The matching queries (candidates for needs and seeds). */
  RUN_MATCHING: row({ ...STAFF }),
  /** needCandidatesForSeed: staff for any seed; researchers for seeds they own, seeing each need only as its confidentiality allows (a confidential need's company, description, keywords, budget and region never, and none of it used in the ranking). */
  NEEDS_FOR_OWN_SEEDS: row({ ...STAFF, RESEARCHER: 'OWN' }),
  IMPORT_RECORDS: row({ ...STAFF }),
  EXPORT_RECORDS: row({ ...STAFF }),
  /** accounts, createAccount, updateAccount, disableAccount, revokeTokens. */
  MANAGE_ACCOUNTS: row({ ADMIN: 'ALL' }),
  /** apiKeys, createApiKey, revokeApiKey. */
  MANAGE_API_KEYS: row({ ADMIN: 'ALL' }),
  /** needAccessLog: who read a confidential need, when. */
  READ_ACCESS_LOG: row({ ADMIN: 'ALL' }),
  /** signOut: revoke every token of one's own account. */
  SIGN_OUT: row({ ...ACCOUNTS }),
  /** mySignInActivity: one's own account's sign-ins and failed attempts. */
  READ_OWN_SIGN_IN_ACTIVITY: row({ ...ACCOUNTS }),
  /** consultations, consultation, routeConsultation: all for staff; a company user their company's needs' consultations. */
  READ_CONSULTATIONS: row({ ...STAFF, COMPANY_USER: 'OWN' }),
  /** openConsultation, escalateConsultation, resolveConsultation, closeConsultation. */
  MANAGE_CONSULTATIONS: row({ ...STAFF }),
  /** matches, match, need.matches, seed.matches: all for staff; a researcher those proposed to them or their seeds; a company user those of its needs. */
  READ_INTRODUCTIONS: row({ ...STAFF, RESEARCHER: 'OWN', COMPANY_USER: 'OWN' }),
  /** proposeMatch, transitionMatch. */
  MANAGE_INTRODUCTIONS: row({ ...STAFF }),
  /** answerMatch: accept or decline a proposal (researchers: only one made to them or their seed). */
  ANSWER_INTRODUCTIONS: row({ ...STAFF, RESEARCHER: 'OWN' }),
  /** recordPastOutcome: a dated outcome recorded without the steps in between. */
  RECORD_PAST_OUTCOMES: row({ ADMIN: 'ALL' }),
  /** kpis, kpiCsv: the year's figures, counted from the records. */
  READ_KPIS: row({ ...STAFF }),
  /** weightSets, activateWeightSet, rollbackWeightSet (the calibrated ranking weights). */
  MANAGE_WEIGHTS: row({ ADMIN: 'ALL' }),
  /** markSeedDuplicate, unmarkSeedDuplicate, need.possibleDuplicates (a seed's are shown to whoever sees the seed). */
  MANAGE_DUPLICATES: row({ ...STAFF }),
  /** supportPlans, supportPlan: support plans and their parts (each part's introduction is also read under READ_INTRODUCTIONS). */
  READ_PLANS: row({ ...STAFF }),
  /** proposePlan, addPlanPart, replacePlanPart, dropPlanPart. */
  MANAGE_PLANS: row({ ...STAFF }),
  /** setResearcherCapacity, declareConflictOfInterest, withdrawConflictOfInterest (researchers: their own), setTestingCapacity (staff); reading declarations. */
  MANAGE_CAPACITY: row({ ...STAFF, RESEARCHER: 'OWN' }),
  /** webhookSubscriptions, create/update/deleteWebhookSubscription, rotateWebhookSecret, webhookDeliveries, redeliverWebhook: all for administrators; a partner key its institution's, for the events its scopes allow. */
  MANAGE_WEBHOOKS: row({ ADMIN: 'ALL', READ_PUBLISHED: 'OWN', SUBMIT_NEEDS: 'OWN' }),
  /** notifications, markNotificationsRead, notificationSettings, updateNotificationSettings: one's own. */
  READ_NOTIFICATIONS: row({ ...ACCOUNTS }),
  /** partnerCompany, registerPartnerCompany: find by key or 法人番号, or register, the company a need is submitted for (its name and ids only). */
  FIND_COMPANIES_FOR_SUBMISSION: row({ ...STAFF, SUBMIT_NEEDS: 'ALL' }),
  /** partnerNeeds: the needs the key's institution submitted, their status, step and introductions, within confidentiality. */
  READ_SUBMITTED_NEEDS: row({ SUBMIT_NEEDS: 'OWN' }),
};

const RANK: Record<Grant, number> = { NONE: 0, OWN: 1, ALL: 2 };

/** The principals a viewer acts as: one for anonymous and accounts, one per scope for a partner key. */
export function principalsOf(viewer: Viewer): Principal[] {
  switch (viewer.kind) {
    case 'ANONYMOUS':
      return ['ANONYMOUS'];
    case 'ACCOUNT':
      return [viewer.role];
    case 'PARTNER':
      return [...viewer.scopes];
  }
}

/** The viewer's grant for an operation (the widest of its principals'). */
export function grantOf(viewer: Viewer, operation: Operation): Grant {
  return principalsOf(viewer)
    .map((principal) => POLICY[operation][principal])
    .reduce<Grant>((best, grant) => (RANK[grant] > RANK[best] ? grant : best), 'NONE');
}

export const allows = (viewer: Viewer, operation: Operation): boolean => grantOf(viewer, operation) !== 'NONE';

export const signInRequired = () => new UnauthenticatedError({ ja: 'ログインが必要です', en: 'Sign in first: this operation needs an account or an API key' });
export const notAllowed = () => new ForbiddenError({ ja: 'この操作を行う権限がありません', en: 'You are not allowed to do this' });

/**
 * The viewer's grant, or the refusal: UNAUTHENTICATED for anonymous callers, FORBIDDEN for
 * everyone else. The message names no record, so a refusal reveals nothing about what exists.
 */
export function authorize(viewer: Viewer, operation: Operation): 'ALL' | 'OWN' {
  const grant = grantOf(viewer, operation);
  if (grant !== 'NONE') return grant;
  throw viewer.kind === 'ANONYMOUS' ? signInRequired() : notAllowed();
}

/**
 * The caller's reach within an operation the edge has allowed: ALL records, or only its OWN.
 * For the record-level rules of services; it still refuses a caller without the operation
 * (as `authorize` does), so a path that skipped the edge fails closed.
 */
export function recordScope(viewer: Viewer, operation: Operation): 'ALL' | 'OWN' {
  return authorize(viewer, operation);
}

/**
 * The operation each root field needs at the least, checked at the GraphQL edge before its
 * arguments are validated (src/graphql/field-guards.ts): a caller who may not run an operation
 * gets UNAUTHENTICATED or FORBIDDEN, never a validation error about a body it may not send.
 * `null`: anyone. Services still check OWN grants on the records themselves. A test fails when a
 * root field is missing here.
 */
export const ROOT_FIELD_OPERATIONS: Record<string, Operation | null> = {
  // Queries
  me: null,
  node: null, // answers null for what the caller may not see, whoever it is
  history: null, // NOT_FOUND for what the caller may not see, whoever it is; withheld values per field
  seed: 'READ_PUBLIC',
  seedByKey: 'READ_PUBLIC',
  seeds: 'READ_PUBLIC',
  institution: 'READ_PUBLIC',
  institutionByKey: 'READ_PUBLIC',
  institutions: 'READ_PUBLIC',
  consortium: 'READ_PUBLIC',
  consortiumByKey: 'READ_PUBLIC',
  consortia: 'READ_PUBLIC',
  coordinator: 'READ_PUBLIC',
  coordinatorByKey: 'READ_PUBLIC',
  coordinators: 'READ_PUBLIC',
  researcher: 'READ_PUBLIC',
  researcherByKey: 'READ_PUBLIC',
  researchers: 'READ_PUBLIC',
  region: 'READ_PUBLIC',
  regions: 'READ_PUBLIC',
  researchField: 'READ_PUBLIC',
  researchFields: 'READ_PUBLIC',
  company: 'READ_COMPANIES',
  companyByKey: 'READ_COMPANIES',
  companies: 'READ_COMPANIES',
  need: 'READ_NEEDS',
  needByKey: 'READ_NEEDS',
  needs: 'READ_NEEDS',
  needAccessLog: 'READ_ACCESS_LOG',
  matchCandidates: 'RUN_MATCHING',
  needCandidatesForSeed: 'NEEDS_FOR_OWN_SEEDS',
  researcherCandidatesForNeed: 'RUN_MATCHING',
  institutionCandidatesForNeed: 'RUN_MATCHING',
  consortiumCandidatesForNeed: 'RUN_MATCHING',
  routeConsultation: 'RUN_MATCHING',
  consultation: 'READ_CONSULTATIONS',
  consultations: 'READ_CONSULTATIONS',
  match: 'READ_INTRODUCTIONS',
  matches: 'READ_INTRODUCTIONS',
  fundingProgrammes: 'READ_PUBLIC',
  fundingProgramme: 'READ_PUBLIC',
  fundingCandidatesForNeed: 'RUN_MATCHING',
  planCandidates: 'RUN_MATCHING',
  supportPlans: 'READ_PLANS',
  supportPlan: 'READ_PLANS',
  kpis: 'READ_KPIS',
  kpiCsv: 'READ_KPIS',
  exportRecords: 'EXPORT_RECORDS',
  accounts: 'MANAGE_ACCOUNTS',
  apiKeys: 'MANAGE_API_KEYS',
  weightSets: 'MANAGE_WEIGHTS',
  mySignInActivity: 'READ_OWN_SIGN_IN_ACTIVITY',
  partnerCompany: 'FIND_COMPANIES_FOR_SUBMISSION',
  partnerNeeds: 'READ_SUBMITTED_NEEDS',
  // Mutations
  signIn: null,
  signOut: 'SIGN_OUT',
  createAccount: 'MANAGE_ACCOUNTS',
  updateAccount: 'MANAGE_ACCOUNTS',
  disableAccount: 'MANAGE_ACCOUNTS',
  revokeTokens: 'MANAGE_ACCOUNTS',
  createApiKey: 'MANAGE_API_KEYS',
  revokeApiKey: 'MANAGE_API_KEYS',
  registerSeed: 'WRITE_SEEDS',
  updateSeed: 'WRITE_SEEDS',
  archiveSeed: 'WRITE_SEEDS',
  registerCompany: 'WRITE_COMPANIES',
  updateCompany: 'WRITE_COMPANIES',
  archiveCompany: 'WRITE_COMPANIES',
  submitNeed: 'SUBMIT_NEEDS',
  updateNeed: 'EDIT_NEEDS',
  archiveNeed: 'EDIT_NEEDS',
  registerResearcher: 'WRITE_RESEARCHERS',
  updateResearcher: 'WRITE_RESEARCHERS',
  archiveResearcher: 'WRITE_RESEARCHERS',
  registerCoordinator: 'WRITE_COORDINATORS',
  updateCoordinator: 'WRITE_COORDINATORS',
  archiveCoordinator: 'WRITE_COORDINATORS',
  createInstitution: 'WRITE_DIRECTORY',
  updateInstitution: 'WRITE_DIRECTORY',
  archiveInstitution: 'WRITE_DIRECTORY',
  createConsortium: 'WRITE_DIRECTORY',
  updateConsortium: 'WRITE_DIRECTORY',
  archiveConsortium: 'WRITE_DIRECTORY',
  addConsortiumMember: 'WRITE_DIRECTORY',
  updateConsortiumMember: 'WRITE_DIRECTORY',
  removeConsortiumMember: 'WRITE_DIRECTORY',
  createRegion: 'WRITE_DIRECTORY',
  updateRegion: 'WRITE_DIRECTORY',
  createResearchField: 'WRITE_DIRECTORY',
  updateResearchField: 'WRITE_DIRECTORY',
  openConsultation: 'MANAGE_CONSULTATIONS',
  escalateConsultation: 'MANAGE_CONSULTATIONS',
  resolveConsultation: 'MANAGE_CONSULTATIONS',
  closeConsultation: 'MANAGE_CONSULTATIONS',
  proposeMatch: 'MANAGE_INTRODUCTIONS',
  transitionMatch: 'MANAGE_INTRODUCTIONS',
  answerMatch: 'ANSWER_INTRODUCTIONS',
  recordPastOutcome: 'RECORD_PAST_OUTCOMES',
  importRecords: 'IMPORT_RECORDS',
  activateWeightSet: 'MANAGE_WEIGHTS',
  rollbackWeightSet: 'MANAGE_WEIGHTS',
  webhookSubscriptions: 'MANAGE_WEBHOOKS',
  webhookDeliveries: 'MANAGE_WEBHOOKS',
  createWebhookSubscription: 'MANAGE_WEBHOOKS',
  updateWebhookSubscription: 'MANAGE_WEBHOOKS',
  deleteWebhookSubscription: 'MANAGE_WEBHOOKS',
  rotateWebhookSecret: 'MANAGE_WEBHOOKS',
  redeliverWebhook: 'MANAGE_WEBHOOKS',
  notifications: 'READ_NOTIFICATIONS',
  markNotificationsRead: 'READ_NOTIFICATIONS',
  notificationSettings: 'READ_NOTIFICATIONS',
  updateNotificationSettings: 'READ_NOTIFICATIONS',
  markSeedDuplicate: 'MANAGE_DUPLICATES',
  unmarkSeedDuplicate: 'MANAGE_DUPLICATES',
  proposePlan: 'MANAGE_PLANS',
  addPlanPart: 'MANAGE_PLANS',
  replacePlanPart: 'MANAGE_PLANS',
  dropPlanPart: 'MANAGE_PLANS',
  setResearcherCapacity: 'MANAGE_CAPACITY',
  setTestingCapacity: 'MANAGE_CAPACITY',
  declareConflictOfInterest: 'MANAGE_CAPACITY',
  withdrawConflictOfInterest: 'MANAGE_CAPACITY',
  registerPartnerCompany: 'FIND_COMPANIES_FOR_SUBMISSION',
};
