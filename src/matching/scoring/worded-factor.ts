import type { FactorDetails, FactorExplanation } from './explanation';
import { describeCollaborationFormFit } from './factors/collaboration-form-fit';
import { describeFieldProximity } from './factors/field-proximity';
import { describeFreshness } from './factors/freshness';
import { describeRegionFit } from './factors/region-fit';
import { describeResearcherLoad } from './factors/researcher-load';
import { describeTextRelevance } from './factors/text-relevance';
import { describeTrlFit } from './factors/trl-fit';
import { describeWarmPath } from './factors/warm-path';
import type { MatchingParameters } from './parameters';
import { defaultTermLabels, termScoreShare } from './text-evidence';
import type { LocalisedText, NameLookup } from './types';
import type { FactorName } from './weights';

/** What the sentences of one scored pair are worded from: shared by its factors. */
export interface PairWording {
  readonly names: NameLookup;
  readonly parameters: MatchingParameters;
  readonly score: number;
  /** The text factor's contribution: its matched terms are worded as shares of the score. */
  readonly textContribution: number;
}

const DESCRIBE: { readonly [F in FactorName]: (detail: FactorDetails[F], wording: PairWording) => LocalisedText } = {
  textRelevance: (detail, w) =>
    describeTextRelevance(
      detail,
      w.names.terms ?? defaultTermLabels(),
      w.parameters.text.explainedTerms,
      termScoreShare(w.textContribution, w.score, detail.rawScore),
    ),
  fieldProximity: (detail, w) => describeFieldProximity(detail, w.names),
  trlFit: (detail) => describeTrlFit(detail),
  regionFit: (detail, w) => describeRegionFit(detail, w.names),
  collaborationFormFit: (detail) => describeCollaborationFormFit(detail),
  warmPath: (detail, w) => describeWarmPath(detail, w.names),
  researcherLoad: (detail) => describeResearcherLoad(detail),
  freshness: (detail) => describeFreshness(detail),
};

/**
 * One factor of a scored pair, its sentence worded when first read: a ranking scores hundreds of
 * candidates and shows a page. A class, so that the factors of every pair share one shape
 * (object literals with their own getter closures each got a hidden class of their own, and
 * were a large part of a ranking's garbage).
 */
class WordedFactor {
  readonly factor: FactorName;
  readonly value: number;
  readonly weight: number;
  readonly contribution: number;
  readonly detail: FactorDetails[FactorName];
  readonly #wording: PairWording;
  #sentence: LocalisedText | undefined = undefined;

  constructor(factor: FactorName, value: number, weight: number, contribution: number, detail: FactorDetails[FactorName], wording: PairWording) {
    this.factor = factor;
    this.value = value;
    this.weight = weight;
    this.contribution = contribution;
    this.detail = detail;
    this.#wording = wording;
  }

  get sentence(): LocalisedText {
    return (this.#sentence ??= (DESCRIBE[this.factor] as (detail: unknown, wording: PairWording) => LocalisedText)(this.detail, this.#wording));
  }
}

/** A factor explanation whose sentence is worded on first read, from the pair's shared wording. */
export function wordedFactor<F extends FactorName>(
  factor: F,
  value: number,
  weight: number,
  contribution: number,
  detail: FactorDetails[F],
  wording: PairWording,
): FactorExplanation {
  return new WordedFactor(factor, value, weight, contribution, detail, wording) as FactorExplanation;
}
