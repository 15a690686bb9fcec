/**
 * Part and plan scores on one scale, so that a research part of 0.7 and a funding part of 0.7
 * mean the same thing and a plan of 0.9 is better than one of 0.8 for a reason. Pure.
 *
 * Each source scores on its own scale: the matching engine calls a pair a possible fit from 0.3
 * and a strong one from 0.5; the funding rules call a programme eligible from 0.4 and a strong
 * fit from 0.7. A part's score maps its source's two verdict thresholds onto shared anchors
 * (possible → 0.4, strong → 0.7), linearly in between, so the same number means the same
 * verdict whatever the kind of part. Adjustments for how the parts fit each other move a plan
 * within [0, 1] (a share of the headroom up, a share of the score down) instead of being clipped.
 */

export interface ScoreAnchors {
  /** The source's score from which a candidate is a possible fit. */
  readonly possible: number;
  /** The source's score from which a candidate is a strong fit. */
  readonly strong: number;
}

/** The matching engine's fit thresholds (DEFAULT_MATCHING_PARAMETERS.fit): seeds, researchers, institutions, consortia. */
export const ENGINE_ANCHORS: ScoreAnchors = { possible: 0.3, strong: 0.5 };
/** The funding rules' (funding-eligibility.ts): eligible programmes score from 0.4, a strong fit from 0.7. */
export const FUNDING_ANCHORS: ScoreAnchors = { possible: 0.4, strong: 0.7 };
/** Where every source's thresholds land on the plan scale. */
export const PLAN_ANCHORS: ScoreAnchors = { possible: 0.4, strong: 0.7 };

const round = (n: number) => Math.round(n * 1000) / 1000;

/** A source score 0–1 on the plan scale: piecewise linear through (0,0), the two anchors, and (1,1); monotone, never clipped. */
export function calibrated(raw: number, anchors: ScoreAnchors = ENGINE_ANCHORS): number {
  const x = Math.max(0, Math.min(1, raw));
  const points: Array<[number, number]> = [
    [0, 0],
    [anchors.possible, PLAN_ANCHORS.possible],
    [anchors.strong, PLAN_ANCHORS.strong],
    [1, 1],
  ];
  for (let i = 1; i < points.length; i++) {
    const [x0, y0] = points[i - 1];
    const [x1, y1] = points[i];
    if (x <= x1) return round(x1 === x0 ? y1 : y0 + ((x - x0) / (x1 - x0)) * (y1 - y0));
  }
  return 1;
}

/** Moves a score up by a share of what is left to 1 (a fit between parts): stays below 1. */
export const raised = (score: number, share: number): number => score + (1 - score) * share;

/** Moves a score down by a share of itself (a misfit or a gap): stays above 0. */
export const lowered = (score: number, share: number): number => score * (1 - share);

/** How much each way the parts fit (or not) moves the plan score. */
export const FIT_ADJUSTMENTS = {
  /** A lab that can prototype takes a seed below the wished TRL towards it. */
  prototypingBridge: 0.15,
  /** Nobody prototypes a seed below the wished TRL. */
  noPrototyping: 0.08,
  /** The funding programme's TRL range covers the work. */
  fundingTrlInside: 0.1,
  /** It does not. */
  fundingTrlOutside: 0.15,
  /** Per other part that belongs to the plan's consortium (a warm path), at most two counted. */
  warmPathPerMember: 0.08,
  /**
   * The category's required part is missing. The weighted mean already counts the empty role as
   * 0, so this only marks the plan incomplete: at 0.5 the two together took a plan a coordinator
   * had just dropped its lab from from 0.91 to 0.27, below plans that never fitted.
   */
  missingRequired: 0.2,
} as const;

export { round as roundScore };
