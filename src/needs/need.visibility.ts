import { AccountRole } from '../auth/auth.enums';
import { grantOf } from '../auth/policy';
import { hasRole, isStaff, ownCompanyId, Viewer } from '../auth/viewer';
import { Need } from './need.entity';
import { Confidentiality } from './need.enums';

/**
 * Who is looking at a need, for the confidentiality rule below: coordinators (and
 * administrators) see everything; researchers and everyone else see what the level allows.
 */
export type NeedViewer = 'COORDINATOR' | 'RESEARCHER' | 'PARTNER';

/** The kind of viewer a request's caller is (src/auth/request-auth.ts decides who that is). */
export function needViewerOf(ctx: { viewer: Viewer }): NeedViewer {
  return needViewerKind(ctx.viewer);
}

export function needViewerKind(viewer: Viewer): NeedViewer {
  if (isStaff(viewer)) return 'COORDINATOR';
  if (hasRole(viewer, AccountRole.RESEARCHER)) return 'RESEARCHER';
  return 'PARTNER';
}

/**
 * Whether the viewer may know the need exists at all (policy READ_NEEDS): staff and
 * researchers see every need (redacted below), a company user only their company's.
 * Anything else gets null, exactly as for a need that does not exist.
 */
export function canSeeNeed(viewer: Viewer, need: Pick<Need, 'companyId'>): boolean {
  const grant = grantOf(viewer, 'READ_NEEDS');
  return grant === 'ALL' || (grant === 'OWN' && need.companyId === ownCompanyId(viewer));
}

/** The need as this viewer may see it: whole for staff and for the need's own company, else by its confidentiality. */
export function needViewFor(viewer: Viewer, need: Need): NeedView {
  const details = grantOf(viewer, 'READ_NEED_DETAILS');
  if (details === 'ALL' || (details === 'OWN' && need.companyId === ownCompanyId(viewer))) return redactNeedFor('COORDINATOR', need);
  const kind = needViewerKind(viewer);
  return redactNeedFor(kind === 'COORDINATOR' ? 'PARTNER' : kind, need);
}

/** A full read of a CONFIDENTIAL need by staff is recorded (who, when): AccessLog. */
export function isLoggedRead(viewer: Viewer, need: Need): boolean {
  return need.confidentiality === Confidentiality.CONFIDENTIAL && isStaff(viewer);
}

/** Shown instead of text a viewer may not read. */
export const WITHHELD = '(非公開 / withheld)';

/** What of a need a viewer may see; null means hidden. */
export interface NeedView {
  /** The company; null when the viewer may not know which company it is. */
  companyId: string | null;
  /** Whether the company's region may be shown (it can narrow down a small company). */
  showRegion: boolean;
  holderId: string | null;
  description: string;
  keywords: string[];
  budgetMinYen: number | null;
  budgetMaxYen: number | null;
}

/**
 * THE rule of what of a need may be shown to whom (docs/data-format.md, `confidentiality`):
 * coordinators see everything; others see PUBLIC needs whole, RESTRICTED needs without the
 * company, and CONFIDENTIAL needs only as an anonymised summary (title, category, fields,
 * readiness, timeline, wanted forms; not the holder, who would locate the company). Every Need field that can
 * reveal something resolves through this function, so `node(id:)` and other features'
 * lists are covered too.
 */
export function redactNeedFor(viewer: NeedViewer, need: Need): NeedView {
  const full: NeedView = {
    companyId: need.companyId,
    showRegion: true,
    holderId: need.holderId,
    description: need.description,
    keywords: need.keywords,
    budgetMinYen: need.budgetMinYen,
    budgetMaxYen: need.budgetMaxYen,
  };
  if (viewer === 'COORDINATOR') return full;
  switch (need.confidentiality) {
    case Confidentiality.PUBLIC:
      return full;
    case Confidentiality.RESTRICTED:
      return { ...full, companyId: null };
    case Confidentiality.CONFIDENTIAL:
      // The holder is the coordinator of the company's area (or their office): showing them would show the area.
      return { ...full, companyId: null, showRegion: false, holderId: null, description: WITHHELD, keywords: [], budgetMinYen: null, budgetMaxYen: null };
  }
}
