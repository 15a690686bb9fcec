import { grantOf } from '../auth/policy';
import { ownCompanyId, ownResearcherId, Viewer } from '../auth/viewer';
import type { MatchFactor } from '../matching/matching.types';
import type { Need } from '../needs/need.entity';
import { Confidentiality } from '../needs/need.enums';
import type { SeedVisibilityScope } from '../seeds/seed.visibility';
import type { Introduction } from './introduction.entity';

/** What deciding on introductions needs: the viewer, and the request's loaders of needs and seed owners. */
export interface IntroductionVisibilityScope extends SeedVisibilityScope {
  loaders: SeedVisibilityScope['loaders'] & { needById: { load(needId: string): Promise<Need | null> } };
}

/**
 * THE rule of which introductions a viewer may see (policy READ_INTRODUCTIONS): all for staff;
 * a researcher those proposed to them or to their seeds; a company user those of its needs.
 */
export async function canSeeIntroduction(scope: IntroductionVisibilityScope, introduction: Introduction): Promise<boolean> {
  const { viewer, loaders } = scope;
  const grant = grantOf(viewer, 'READ_INTRODUCTIONS');
  if (grant === 'ALL') return true;
  if (grant === 'NONE') return false;
  const researcherId = ownResearcherId(viewer);
  if (researcherId) {
    if (introduction.researcherId === researcherId) return true;
    return introduction.seedId !== null && (await loaders.ownersBySeed.load(introduction.seedId)).some((owner) => owner.researcherId === researcherId);
  }
  const need = await loaders.needById.load(introduction.needId);
  return need !== null && need.companyId === ownCompanyId(viewer);
}

/** The introductions of a list the viewer may see, in order. */
export async function visibleIntroductions(scope: IntroductionVisibilityScope, introductions: readonly Introduction[]): Promise<Introduction[]> {
  const visible: Introduction[] = [];
  for (const introduction of introductions) if (await canSeeIntroduction(scope, introduction)) visible.push(introduction);
  return visible;
}

/**
 * The explanation snapshot as the viewer may see it: whole for staff and the need's company;
 * for researchers only when the need is PUBLIC (matched terms could reveal a restricted or
 * confidential need's text, shared consortia its company).
 */
export function explanationFor(viewer: Viewer, introduction: Introduction, need: Need | null): MatchFactor[] {
  if (grantOf(viewer, 'READ_INTRODUCTIONS') === 'ALL') return introduction.explanation;
  if (need && need.companyId === ownCompanyId(viewer)) return introduction.explanation;
  return need?.confidentiality === Confidentiality.PUBLIC ? introduction.explanation : [];
}
