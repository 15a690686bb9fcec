import { AccountRole, ApiKeyScope } from './auth.enums';

/** Nobody signed in and no key: the public. */
export interface AnonymousViewer {
  kind: 'ANONYMOUS';
}

/** A signed-in account: its role and the records that are its own. */
export interface AccountViewer {
  kind: 'ACCOUNT';
  accountId: string;
  email: string;
  role: AccountRole;
  coordinatorId: string | null;
  researcherId: string | null;
  companyId: string | null;
  /** A coordinator's institution: the scope of their work. */
  institutionId: string | null;
}

/** A partner portal calling with an API key. */
export interface PartnerViewer {
  kind: 'PARTNER';
  apiKeyId: string;
  apiKeyPrefix: string;
  scopes: readonly ApiKeyScope[];
  institutionId: string;
  rateLimitPerMinute: number;
}

/** Who is calling: decided once per request by request-auth.ts, read by the policy and the services. */
export type Viewer = AnonymousViewer | AccountViewer | PartnerViewer;

export const ANONYMOUS: AnonymousViewer = Object.freeze({ kind: 'ANONYMOUS' });

export const isAccount = (viewer: Viewer): viewer is AccountViewer => viewer.kind === 'ACCOUNT';

/** Coordinators and administrators: they see every need in full (and their reads of confidential ones are logged). */
export const isStaff = (viewer: Viewer): viewer is AccountViewer =>
  viewer.kind === 'ACCOUNT' && (viewer.role === AccountRole.ADMIN || viewer.role === AccountRole.COORDINATOR);

export const hasRole = (viewer: Viewer, role: AccountRole): viewer is AccountViewer => viewer.kind === 'ACCOUNT' && viewer.role === role;

/** The researcher record of a researcher account, else null. */
export const ownResearcherId = (viewer: Viewer): string | null => (hasRole(viewer, AccountRole.RESEARCHER) ? viewer.researcherId : null);

/** The company of a company user, else null. */
export const ownCompanyId = (viewer: Viewer): string | null => (hasRole(viewer, AccountRole.COMPANY_USER) ? viewer.companyId : null);

/** For logs: who, without secrets. */
export function describeViewer(viewer: Viewer): string {
  switch (viewer.kind) {
    case 'ANONYMOUS':
      return 'anonymous';
    case 'ACCOUNT':
      return `account ${viewer.accountId} (${viewer.role})`;
    case 'PARTNER':
      return `api key ${viewer.apiKeyPrefix}`;
  }
}

/** Where a request came from: sign-ins are throttled and recorded by address. */
export interface ClientInfo {
  address: string;
  userAgent: string | null;
}
