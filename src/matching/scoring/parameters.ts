import { Bm25Parameters, DEFAULT_BM25_PARAMETERS } from '../text/bm25';
import type { FitThresholds } from './combine';

/**
 * The tunable levels and rates of the factors, as configuration. Each level is a value in
 * [0, 1] that a factor returns for one kind of relation.
 */

export interface TextRelevanceParameters {
  /** Saturation of the value over the relative score r (BM25 / the need's self-score): value = min(1, r(1+k)/(r+k)). */
  readonly saturation: number;
  /** How many matched terms an explanation lists. */
  readonly explainedTerms: number;
}

export interface FieldProximityLevels {
  readonly same: number;
  readonly parentChild: number;
  readonly sibling: number;
  /** One field is an ancestor of the other two or more levels up. */
  readonly ancestor: number;
  /** The fields share only their top-level field. */
  readonly sameTopLevel: number;
  readonly unrelated: number;
  /** One side names no field. */
  readonly unknown: number;
}

export interface TrlFitParameters {
  /** Value lost per level the seed is below the wished TRL (an idea where a product is needed). */
  readonly penaltyPerLevelBelow: number;
  /** Value lost per level above it (mature technology may still fit, or cost more). */
  readonly penaltyPerLevelAbove: number;
  /** No wished TRL, or a seed without TRL. */
  readonly unknown: number;
}

export interface RegionLevels {
  readonly sameArea: number;
  readonly samePrefecture: number;
  readonly cooperatingPrefecture: number;
  readonly sameCountry: number;
  readonly elsewhere: number;
  readonly unknown: number;
}

export interface CollaborationFormParameters {
  /** Value when at least one wanted form is offered; rises linearly to 1 when all are. */
  readonly anyOverlap: number;
  readonly noOverlap: number;
  readonly unknown: number;
}

export interface WarmPathLevels {
  readonly pastCollaboration: number;
  readonly sharedConsortium: number;
  readonly none: number;
}

export interface ResearcherLoadParameters {
  /** Open introductions at which the value has fallen to one half. */
  readonly halfValueAt: number;
}

export interface FreshnessParameters {
  readonly halfLifeDays: number;
}

export interface MatchingParameters {
  readonly bm25: Bm25Parameters;
  readonly text: TextRelevanceParameters;
  readonly field: FieldProximityLevels;
  readonly trl: TrlFitParameters;
  readonly region: RegionLevels;
  readonly forms: CollaborationFormParameters;
  readonly warmPath: WarmPathLevels;
  readonly load: ResearcherLoadParameters;
  readonly freshness: FreshnessParameters;
  /** Score thresholds of STRONG / POSSIBLE fit (below: WEAK). */
  readonly fit: FitThresholds;
}

export const DEFAULT_MATCHING_PARAMETERS: MatchingParameters = {
  bm25: DEFAULT_BM25_PARAMETERS,
  text: { saturation: 0.3, explainedTerms: 5 },
  field: { same: 1, parentChild: 0.8, sibling: 0.6, ancestor: 0.5, sameTopLevel: 0.25, unrelated: 0, unknown: 0.5 },
  trl: { penaltyPerLevelBelow: 0.2, penaltyPerLevelAbove: 0.08, unknown: 0.5 },
  region: { sameArea: 1, samePrefecture: 0.8, cooperatingPrefecture: 0.6, sameCountry: 0.3, elsewhere: 0.1, unknown: 0.3 },
  forms: { anyOverlap: 0.7, noOverlap: 0, unknown: 0.5 },
  warmPath: { pastCollaboration: 1, sharedConsortium: 0.8, none: 0 },
  load: { halfValueAt: 3 },
  freshness: { halfLifeDays: 730 },
  fit: { strong: 0.5, possible: 0.3 },
};

/** Overrides one or more groups, and within a group one or more values (BM25 kind weights one by one too). */
export type MatchingParametersOverride = {
  readonly [G in Exclude<keyof MatchingParameters, 'bm25'>]?: Partial<MatchingParameters[G]>;
} & {
  readonly bm25?: Partial<Omit<Bm25Parameters, 'kindWeights'>> & { readonly kindWeights?: Partial<Bm25Parameters['kindWeights']> };
};

export class InvalidMatchingParametersError extends Error {
  readonly code = 'INVALID_MATCHING_PARAMETERS';
  constructor(readonly problems: readonly string[]) {
    super(`Invalid matching parameters: ${problems.join('; ')}`);
    this.name = 'InvalidMatchingParametersError';
  }
}

// Groups whose every number is a factor value and so must lie in [0, 1].
const LEVEL_GROUPS: ReadonlyArray<keyof MatchingParameters> = ['field', 'region', 'forms', 'warmPath'];

/**
 * Merges overrides into the defaults and validates: levels in [0, 1], rates and half-lives
 * positive, BM25 constants non-negative.
 * @throws InvalidMatchingParametersError
 */
export function resolveParameters(overrides: MatchingParametersOverride = {}, base: MatchingParameters = DEFAULT_MATCHING_PARAMETERS): MatchingParameters {
  const merged: MatchingParameters = {
    bm25: { ...base.bm25, ...overrides.bm25, kindWeights: { ...base.bm25.kindWeights, ...overrides.bm25?.kindWeights } },
    text: { ...base.text, ...overrides.text },
    field: { ...base.field, ...overrides.field },
    trl: { ...base.trl, ...overrides.trl },
    region: { ...base.region, ...overrides.region },
    forms: { ...base.forms, ...overrides.forms },
    warmPath: { ...base.warmPath, ...overrides.warmPath },
    load: { ...base.load, ...overrides.load },
    freshness: { ...base.freshness, ...overrides.freshness },
    fit: { ...base.fit, ...overrides.fit },
  };
  const problems: string[] = [];
  const check = (path: string, value: unknown, ok: (x: number) => boolean, rule: string) => {
    if (typeof value !== 'number' || !Number.isFinite(value) || !ok(value)) problems.push(`${path} must be ${rule} (got ${String(value)})`);
  };
  for (const group of LEVEL_GROUPS) {
    for (const [key, value] of Object.entries(merged[group])) check(`${group}.${key}`, value, (x) => x >= 0 && x <= 1, 'in [0, 1]');
  }
  check('trl.unknown', merged.trl.unknown, (x) => x >= 0 && x <= 1, 'in [0, 1]');
  check('trl.penaltyPerLevelBelow', merged.trl.penaltyPerLevelBelow, (x) => x >= 0, 'non-negative');
  check('trl.penaltyPerLevelAbove', merged.trl.penaltyPerLevelAbove, (x) => x >= 0, 'non-negative');
  check('text.saturation', merged.text.saturation, (x) => x > 0, 'positive');
  check('text.explainedTerms', merged.text.explainedTerms, (x) => x >= 0 && Number.isInteger(x), 'a non-negative integer');
  check('load.halfValueAt', merged.load.halfValueAt, (x) => x > 0, 'positive');
  check('fit.strong', merged.fit.strong, (x) => x > 0 && x <= 1, 'in (0, 1]');
  check('fit.possible', merged.fit.possible, (x) => x > 0 && x <= merged.fit.strong, 'positive and at most fit.strong');
  check('freshness.halfLifeDays', merged.freshness.halfLifeDays, (x) => x > 0, 'positive');
  for (const key of ['k1', 'b', 'k3'] as const) check(`bm25.${key}`, merged.bm25[key], (x) => x >= 0, 'non-negative');
  check('bm25.b', merged.bm25.b, (x) => x <= 1, 'at most 1');
  for (const [kind, w] of Object.entries(merged.bm25.kindWeights)) check(`bm25.kindWeights.${kind}`, w, (x) => x >= 0, 'non-negative');
  if (problems.length > 0) throw new InvalidMatchingParametersError(problems);
  return merged;
}
