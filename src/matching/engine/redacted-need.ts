import { Need } from '../../needs/need.entity';
import { NeedViewer, redactNeedFor, WITHHELD } from '../../needs/need.visibility';
import { analyseNeedText } from '../index/analyser-version';
import type { LoadedNeed } from '../retrieval';
import type { NeedProfile } from '../scoring';
import type { AnalysedText } from '../text';

/**
 * The need as `viewer` may see it (need.visibility.ts), both as the entity returned to the
 * client and as the profile ranked: withheld text is neither matched nor explained, a hidden
 * company brings no consortium, a hidden region no region.
 */
export function redactedNeed(loaded: LoadedNeed, viewer: NeedViewer): LoadedNeed {
  if (viewer === 'COORDINATOR') return loaded;
  const view = redactNeedFor(viewer, loaded.need);
  const need: Need = Object.assign(Object.create(Object.getPrototypeOf(loaded.need) as object) as Need, loaded.need, {
    description: view.description,
    keywords: view.keywords,
    budgetMinYen: view.budgetMinYen,
    budgetMaxYen: view.budgetMaxYen,
    holderId: view.holderId,
    // The search text holds the description and keywords: never carried to a viewer who may not read them.
    searchText: '',
  });
  const description = view.description === WITHHELD ? '' : view.description;
  const textChanged = description !== loaded.need.description || view.keywords.join('\u0001') !== loaded.need.keywords.join('\u0001');
  const analysed: AnalysedText = textChanged ? analyseNeedText({ title: loaded.need.title, keywords: view.keywords, description }) : loaded.profile.analysed!;
  const profile: NeedProfile = {
    ...loaded.profile,
    description,
    keywords: view.keywords,
    regionCode: view.showRegion ? loaded.profile.regionCode : null,
    consortiumIds: view.companyId ? loaded.profile.consortiumIds : [],
    companyId: view.companyId ?? undefined,
    analysed,
  };
  return { need, profile };
}
