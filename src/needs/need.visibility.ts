import type { RequestContext } from '../graphql/context';
import { Need } from './need.entity';
import { Confidentiality } from './need.enums';

/**
 * Who is looking at a need. Until sign-in exists every caller is treated as a coordinator;
 * the other roles are here so the rule below is complete when they arrive.
 */
export type NeedViewer = 'COORDINATOR' | 'RESEARCHER' | 'PARTNER';

/** The viewer of this request. The one place to change when authentication arrives. */
export function needViewerOf(ctx: RequestContext): NeedViewer {
  void ctx;
  return 'COORDINATOR';
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
 * readiness, timeline, wanted forms and the holder to contact). Every Need field that can
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
      return { ...full, companyId: null, showRegion: false, description: WITHHELD, keywords: [], budgetMinYen: null, budgetMaxYen: null };
  }
}
