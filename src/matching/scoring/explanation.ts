import type { CollaborationFormDetail } from './factors/collaboration-form-fit';
import type { FieldProximityDetail } from './factors/field-proximity';
import type { FreshnessDetail } from './factors/freshness';
import type { RegionFitDetail } from './factors/region-fit';
import type { ResearcherLoadDetail } from './factors/researcher-load';
import type { TextRelevanceDetail } from './factors/text-relevance';
import type { TrlFitDetail } from './factors/trl-fit';
import type { WarmPathDetail } from './factors/warm-path';
import type { Fit } from './combine';
import type { LocalisedText } from './types';
import type { FactorName } from './weights';

/** The facts behind each factor's value. */
export interface FactorDetails {
  readonly textRelevance: TextRelevanceDetail;
  readonly fieldProximity: FieldProximityDetail;
  readonly trlFit: TrlFitDetail;
  readonly regionFit: RegionFitDetail;
  readonly collaborationFormFit: CollaborationFormDetail;
  readonly warmPath: WarmPathDetail;
  readonly researcherLoad: ResearcherLoadDetail;
  readonly freshness: FreshnessDetail;
}

/** One line of an explanation: what the coordinator sees per factor. */
export type FactorExplanation = {
  readonly [F in FactorName]: {
    readonly factor: F;
    /** The factor's value in [0, 1]. */
    readonly value: number;
    /** The normalised weight (the weights sum to 1). */
    readonly weight: number;
    /** weight × value; the contributions of a candidate sum exactly to its score. */
    readonly contribution: number;
    /** A human sentence in Japanese and English (worded when first read). */
    readonly sentence: LocalisedText;
    readonly detail: FactorDetails[F];
  };
}[FactorName];

/** A scored pair: the score and its explanation, factors in FACTOR_NAMES order. */
export interface PairScore {
  readonly score: number;
  /** The score read as a coordinator reads it (thresholds in MatchingParameters.fit). */
  readonly fit: Fit;
  readonly factors: readonly FactorExplanation[];
  /** Why this candidate in one line per language (worded when first asked for). */
  summary(): LocalisedText;
}
