/**
 * Factor weights. Administrators set the defaults in configuration; coordinators may override
 * them per query. Whatever comes in is validated and normalised to sum to 1, so a score stays
 * in [0, 1] and stays comparable between queries.
 */

/** The factors, in the fixed order in which contributions are summed (the order is part of determinism). */
export const FACTOR_NAMES = [
  'textRelevance',
  'fieldProximity',
  'trlFit',
  'regionFit',
  'collaborationFormFit',
  'warmPath',
  'researcherLoad',
  'freshness',
] as const;

export type FactorName = (typeof FACTOR_NAMES)[number];

export type MatchingWeights = Readonly<Record<FactorName, number>>;

/**
 * Text says most about whether a seed solves a need, and gates the rest (combine.ts). Among the
 * structured factors TRL and collaboration form weigh most because they are what a coordinator
 * checks next: a seed solves a need when the technology fits, its TRL is usable and it offers a
 * form of collaboration the company wants. Region, warm path, load and freshness refine.
 */
export const DEFAULT_MATCHING_WEIGHTS: MatchingWeights = {
  textRelevance: 0.38,
  fieldProximity: 0.13,
  trlFit: 0.17,
  regionFit: 0.06,
  collaborationFormFit: 0.14,
  warmPath: 0.06,
  researcherLoad: 0.03,
  freshness: 0.03,
};

export class InvalidMatchingWeightsError extends Error {
  readonly code = 'INVALID_MATCHING_WEIGHTS';
  constructor(readonly problems: readonly string[]) {
    super(`Invalid matching weights: ${problems.join('; ')}`);
    this.name = 'InvalidMatchingWeightsError';
  }
}

/**
 * Merges overrides into the base weights, validates them (known factors, finite,
 * non-negative, not all zero) and normalises them to sum to 1.
 * (normaliseInOrder, in FACTOR_NAMES order).
 * @throws InvalidMatchingWeightsError
 */
export function resolveWeights(overrides: Partial<Record<string, number>> = {}, base: MatchingWeights = DEFAULT_MATCHING_WEIGHTS): MatchingWeights {
  const problems: string[] = [];
  for (const key of Object.keys(overrides)) {
    if (!(FACTOR_NAMES as readonly string[]).includes(key)) problems.push(`unknown factor "${key}"`);
  }
  const merged = FACTOR_NAMES.map((name) => {
    const w = overrides[name] ?? base[name];
    if (typeof w !== 'number' || !Number.isFinite(w) || w < 0) problems.push(`${name} must be a non-negative number (got ${String(w)})`);
    return Number.isFinite(w) && w > 0 ? w : 0;
  });
  let total = 0;
  for (const w of merged) total += w;
  if (problems.length === 0 && total <= 0) problems.push('at least one weight must be positive');
  if (problems.length > 0) throw new InvalidMatchingWeightsError(problems);

  const normalised = normaliseInOrder(merged, total);
  return Object.fromEntries(FACTOR_NAMES.map((name, i) => [name, normalised[i]])) as Record<FactorName, number>;
}

/**
 * Divides non-negative weights (at least one positive, `total` their sum in this order) by their
 * total. The last positive weight is set to 1 minus the sum of the others, so the floating-point
 * sum taken in this order is exactly 1 and a weighted sum of values in [0, 1] never exceeds 1.
 * Seed weights and routing weights both normalise through here.
 */
export function normaliseInOrder(weights: readonly number[], total: number): number[] {
  const lastPositive = weights.reduce((last, w, i) => (w > 0 ? i : last), -1);
  const normalised = weights.map((w) => w / total);
  let othersSum = 0;
  normalised.forEach((w, i) => {
    if (i !== lastPositive) othersSum += w;
  });
  normalised[lastPositive] = Math.max(0, 1 - othersSum);
  return normalised;
}
