import { grantOf } from '../auth/policy';
import { ownCompanyId, Viewer } from '../auth/viewer';
import type { Need } from '../needs/need.entity';
import type { Consultation } from './consultation.entity';

/** What deciding on consultations needs: the viewer, and the request's loader of needs. */
export interface ConsultationVisibilityScope {
  viewer: Viewer;
  loaders: { needById: { load(needId: string): Promise<Need | null> } };
}

/** THE rule of which consultations a viewer may see (policy READ_CONSULTATIONS): all for staff, a company user those of its needs. */
export function canSeeConsultation(viewer: Viewer, consultation: Pick<Consultation, 'needId'>, need: Pick<Need, 'id' | 'companyId'> | null): boolean {
  const grant = grantOf(viewer, 'READ_CONSULTATIONS');
  if (grant === 'NONE') return false;
  if (grant === 'ALL') return true;
  return need !== null && need.id === consultation.needId && need.companyId === ownCompanyId(viewer);
}

/** The consultation, or null when the viewer may not see it (its need is loaded only when the rule needs it). */
export async function visibleConsultation(scope: ConsultationVisibilityScope, consultation: Consultation | null): Promise<Consultation | null> {
  if (!consultation) return null;
  const grant = grantOf(scope.viewer, 'READ_CONSULTATIONS');
  const need = grant === 'OWN' ? await scope.loaders.needById.load(consultation.needId) : null;
  return canSeeConsultation(scope.viewer, consultation, need) ? consultation : null;
}
