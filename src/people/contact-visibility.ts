import { allows, grantOf } from '../auth/policy';
import { ownResearcherId, Viewer } from '../auth/viewer';
import { Researcher } from './researcher.entity';

/**
 * Personal contact data: a researcher's e-mail and phone show only if they made them public
 * (`contactPublic`), or to themselves. Partner portals and the public read this API.
 */
export function showsResearcherContact(viewer: Viewer, researcher: Pick<Researcher, 'id' | 'contactPublic'>): boolean {
  if (researcher.contactPublic) return true;
  return grantOf(viewer, 'READ_PRIVATE_CONTACTS') === 'OWN' && ownResearcherId(viewer) === researcher.id;
}

/** Coordinators' work e-mail and phone: for signed-in accounts, not for the public or partner keys. */
export function showsCoordinatorContact(viewer: Viewer): boolean {
  return allows(viewer, 'READ_STAFF_CONTACTS');
}
