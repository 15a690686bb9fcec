import { grantOf } from '../auth/policy';
import { ownCompanyId, Viewer } from '../auth/viewer';

/** THE rule of which companies a viewer may see (policy READ_COMPANIES); one they may not see is as missing. */
export function canSeeCompany(viewer: Viewer, companyId: string): boolean {
  const grant = grantOf(viewer, 'READ_COMPANIES');
  return grant === 'ALL' || (grant === 'OWN' && companyId === ownCompanyId(viewer));
}
