import { isStaff, Viewer } from '../auth/viewer';
import { RecordStatus } from '../common/enums';
import { Institution } from './institution.entity';

/** THE rule of which institutions a viewer may see: archived ones show to staff only; for anyone else they are as missing. */
export function visibleInstitution(viewer: Viewer, institution: Institution | null): Institution | null {
  return institution && (institution.status === RecordStatus.ACTIVE || isStaff(viewer)) ? institution : null;
}
