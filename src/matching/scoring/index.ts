/**
 * The ranking step of matching: pure functions over plain profiles (no TypeORM, no GraphQL).
 * Retrieval of candidates happens elsewhere, in SQL.
 */
export type {
  Language,
  NeedCategory,
  CollaborationForm,
  MatchableProfile,
  NeedProfile,
  SeedProfile,
  LocalisedText,
  FieldTaxonomy,
  RegionKind,
  RegionNode,
  RegionTree,
  NameLookup,
  MatchingContext,
  FactorResult,
} from './types';
export { unitInterval } from './types';
export { FACTOR_NAMES, DEFAULT_MATCHING_WEIGHTS, InvalidMatchingWeightsError, resolveWeights } from './weights';
export type { FactorName, MatchingWeights } from './weights';
export { DEFAULT_MATCHING_PARAMETERS, InvalidMatchingParametersError, resolveParameters } from './parameters';
export type {
  MatchingParameters,
  MatchingParametersOverride,
  TextRelevanceParameters,
  FieldProximityLevels,
  TrlFitParameters,
  RegionLevels,
  CollaborationFormParameters,
  WarmPathLevels,
  ResearcherLoadParameters,
  FreshnessParameters,
} from './parameters';
export { GATING_FACTOR, combine, fitOf } from './combine';
export type { Combination, Fit, FitThresholds } from './combine';
export type { FactorDetails, FactorExplanation, PairScore } from './explanation';
export { attachDocumentSurfaces, textRelevance, selfScore, describeTextRelevance } from './factors/text-relevance';
export type { TextRelevanceDetail, MatchedTerm, MatchedTerm as MatchedTermDetail } from './factors/text-relevance';
export { fieldProximity, fieldRelation, fieldAncestry, describeFieldProximity } from './factors/field-proximity';
export type { FieldProximityDetail, FieldRelation } from './factors/field-proximity';
export { trlFit, describeTrlFit } from './factors/trl-fit';
export type { TrlFitDetail } from './factors/trl-fit';
export { regionFit, regionRelation, describeRegionFit } from './factors/region-fit';
export type { RegionFitDetail, RegionRelation } from './factors/region-fit';
export { collaborationFormFit, describeCollaborationFormFit, COLLABORATION_FORM_NAMES } from './factors/collaboration-form-fit';
export type { CollaborationFormDetail } from './factors/collaboration-form-fit';
export { warmPath, describeWarmPath } from './factors/warm-path';
export type { WarmPathDetail } from './factors/warm-path';
export { researcherLoad, describeResearcherLoad } from './factors/researcher-load';
export type { ResearcherLoadDetail } from './factors/researcher-load';
export { freshness, describeFreshness } from './factors/freshness';
export type { FreshnessDetail } from './factors/freshness';
export { needDocument, seedDocument, analysedNeed, analysedSeed } from './profile-text';
export { createSeedScorer, createNeedScorer, reachableTerms, scoreSeedForNeed, scoreNeedForSeed } from './score-pair';
export type { MatchDirection, ScoringOptions } from './score-pair';
export { DEFAULT_DIVERSITY, DEFAULT_LAB_CAP, DEFAULT_MMR_LAMBDA, InvalidDiversityOptionsError, diversify } from './diversity';
export type { DiversityOptions, DiversityItem } from './diversity';
export { rankCandidates, rankSeedsForNeed, rankNeedsForSeed } from './rank';
export type { RankingOptions, RankedCandidate } from './rank';
export { fieldTaxonomyOf, regionTreeOf, namesOf } from './lookups';
export { defaultTermLabels, evidenceItems, percent, termItem, termLabelsOf, termScoreShare } from './text-evidence';
export type { EvidenceItem, EvidenceTerm, LexiconLabels, TermLabels } from './text-evidence';
export { summarise } from './summary';
