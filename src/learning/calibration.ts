import { compareCodePoints } from '../common/compare';

/**
 * Fitting ranking weights from recorded outcomes: pure functions over plain arrays (factor
 * values in FACTOR_NAMES order), no database.
 *
 * Model: logistic regression P(positive) = σ(b + Σ v_f · x_f) over the factor values x_f ∈ [0,1]
 * stored with each introduction, with every v_f ≥ 0 (a factor may only help, so the weights stay
 * explainable as "how much this reason counts"), fitted by projected gradient descent on the
 * weighted log-loss plus an L2 pull toward the current weights (scaled): with few outcomes the
 * fit stays near today's ranking. The fitted v is normalised to sum to 1 for the ranking (which
 * only uses relative weights).
 */

export interface Example {
  /** Stable id (the introduction's): orders the held-out split. */
  readonly id: string;
  /** Factor values 0–1, FACTOR_NAMES order. */
  readonly x: readonly number[];
  /** 1 positive (agreed, or progressing), 0 negative (declined). */
  readonly y: 0 | 1;
  /** Sample weight: agreed 1, introduced-and-beyond but open 0.5, declined 1. */
  readonly weight: number;
}

export interface CalibrationOptions {
  /** Strength of the pull toward the current weights. */
  readonly l2: number;
  /** Logit scale the current weights are compared at (a 0.1 score difference ≈ scale/10 logits). */
  readonly scale: number;
  readonly iterations: number;
  readonly learningRate: number;
}

export const DEFAULT_CALIBRATION_OPTIONS: CalibrationOptions = { l2: 0.01, scale: 10, iterations: 3000, learningRate: 1 };

/** A linear-logistic model: bias and non-negative coefficients. */
export interface LogisticModel {
  readonly bias: number;
  readonly coefficients: readonly number[];
}

export interface CalibrationReport {
  /** Fitted weights, normalised to sum to 1 (the prior's when nothing could be fitted). */
  readonly weights: number[];
  readonly trainCount: number;
  readonly testCount: number;
  readonly logLossBefore: number | null;
  readonly logLossAfter: number | null;
  readonly aucBefore: number | null;
  readonly aucAfter: number | null;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const dot = (a: readonly number[], b: readonly number[]) => a.reduce((sum, v, i) => sum + v * (b[i] ?? 0), 0);
export const predict = (model: LogisticModel, x: readonly number[]) => sigmoid(model.bias + dot(model.coefficients, x));

/** FNV-1a hash of an id: orders outcomes the same way on every run. */
function idHash(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i += 1) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * Deterministic held-out split, stratified by outcome: in each class, ordered by id hash,
 * every fifth outcome is held out, and at least one when the class has two or more. Both
 * classes then reach the held-out set whenever they can, so its AUC and log-loss exist
 * (a split by hash alone left small sets with one class only, and no figures).
 */
export function splitHeldOut(examples: readonly Example[]): { train: Example[]; test: Example[] } {
  const train: Example[] = [];
  const test: Example[] = [];
  for (const label of [0, 1] as const) {
    const ordered = examples.filter((e) => e.y === label).sort((a, b) => idHash(a.id) - idHash(b.id) || compareCodePoints(a.id, b.id));
    const held = ordered.length >= 2 ? Math.max(1, Math.round(ordered.length / 5)) : 0;
    ordered.forEach((e, index) => (index < held ? test : train).push(e));
  }
  return { train, test };
}

/** Weighted mean log-loss of a model on examples (probabilities clipped away from 0 and 1). */
export function logLoss(examples: readonly Example[], model: LogisticModel): number | null {
  let total = 0;
  let weights = 0;
  for (const e of examples) {
    const p = Math.min(1 - 1e-9, Math.max(1e-9, predict(model, e.x)));
    total += -e.weight * (e.y === 1 ? Math.log(p) : Math.log(1 - p));
    weights += e.weight;
  }
  return weights > 0 ? total / weights : null;
}

/** Area under the ROC curve of a scoring (ties count half); null without both classes. */
export function auc(examples: readonly Example[], score: (x: readonly number[]) => number): number | null {
  const pos = examples.filter((e) => e.y === 1).map((e) => score(e.x));
  const neg = examples.filter((e) => e.y === 0).map((e) => score(e.x));
  if (pos.length === 0 || neg.length === 0) return null;
  let wins = 0;
  for (const p of pos) for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return wins / (pos.length * neg.length);
}

/**
 * Fits bias and non-negative coefficients by projected gradient descent, pulled toward
 * `anchor` (coefficients) with strength `l2`; `free` lets only the bias and a common scale
 * move (the "before" model of fixed weights: `anchor` then gives the direction).
 */
function fit(examples: readonly Example[], anchor: readonly number[], options: CalibrationOptions, mode: 'weights' | 'scaleOnly'): LogisticModel {
  const n = anchor.length;
  const totalWeight = examples.reduce((sum, e) => sum + e.weight, 0) || 1;
  let bias = 0;
  let v = [...anchor];
  let k = 1;
  for (let iteration = 0; iteration < options.iterations; iteration += 1) {
    const coefficients = mode === 'weights' ? v : anchor.map((a) => a * k);
    const gradV = new Array<number>(n).fill(0);
    let gradB = 0;
    for (const e of examples) {
      const residual = (e.weight * (predict({ bias, coefficients }, e.x) - e.y)) / totalWeight;
      gradB += residual;
      for (let j = 0; j < n; j += 1) gradV[j] += residual * (e.x[j] ?? 0);
    }
    bias -= options.learningRate * gradB;
    if (mode === 'weights') {
      v = v.map((value, j) => Math.max(0, value - options.learningRate * (gradV[j] + 2 * options.l2 * (value - anchor[j]))));
    } else {
      k = Math.max(0, k - options.learningRate * dot(gradV, anchor));
    }
  }
  return { bias, coefficients: mode === 'weights' ? v : anchor.map((a) => a * k) };
}

const normalised = (values: readonly number[]): number[] => {
  const total = values.reduce((a, b) => a + b, 0);
  return total > 0 ? values.map((v) => v / total) : [...values];
};

/**
 * Fits weights on the training outcomes and reports log-loss and AUC on the held-out ones,
 * before (the current weights, with only a bias and scale fitted) and after.
 */
export function calibrate(
  examples: readonly Example[],
  current: readonly number[],
  options: CalibrationOptions = DEFAULT_CALIBRATION_OPTIONS,
): CalibrationReport {
  const { train, test } = splitHeldOut(examples);
  const prior = normalised(current).map((w) => w * options.scale);
  const before = fit(train, prior, options, 'scaleOnly');
  const after = fit(train, prior, options, 'weights');
  const weights = after.coefficients.some((c) => c > 0) ? normalised(after.coefficients) : normalised(current);
  return {
    weights,
    trainCount: train.length,
    testCount: test.length,
    logLossBefore: round(logLoss(test, before)),
    logLossAfter: round(logLoss(test, after)),
    aucBefore: round(auc(test, (x) => dot(current, x))),
    aucAfter: round(auc(test, (x) => dot(weights, x))),
  };
}

const round = (x: number | null) => (x === null ? null : Math.round(x * 10000) / 10000);
