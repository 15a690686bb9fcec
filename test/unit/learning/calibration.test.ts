import { auc, calibrate, Example, logLoss, splitHeldOut } from '../../../src/learning/calibration';

/** A small deterministic generator (LCG), so the synthetic outcomes are the same on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Outcomes drawn from a known non-negative weight direction: P(agreed) = σ(12·(w·x) − 12·mean). */
function synthetic(truth: number[], n: number, seed = 7): Example[] {
  const next = random(seed);
  const examples: Example[] = [];
  for (let i = 0; i < n; i += 1) {
    const x = truth.map(() => next());
    const z = 12 * (truth.reduce((s, w, j) => s + w * x[j], 0) - 0.5);
    examples.push({ id: `m-${i}`, x, y: next() < 1 / (1 + Math.exp(-z)) ? 1 : 0, weight: 1 });
  }
  return examples;
}

const cosine = (a: number[], b: number[]) => a.reduce((s, v, i) => s + v * b[i], 0) / Math.hypot(...a) / Math.hypot(...b);

describe('calibration: non-negative logistic regression pulled toward the current weights', () => {
  const truth = [0.5, 0.2, 0, 0, 0.2, 0.1, 0, 0];
  const uniform = new Array(8).fill(1 / 8);

  it('recovers a known non-negative weight direction from synthetic outcomes, and scores better on held-out ones', () => {
    const report = calibrate(synthetic(truth, 1500), uniform, { l2: 0.0005, scale: 10, iterations: 1500, learningRate: 2 });
    expect(report.weights.every((w) => w >= 0)).toBe(true);
    expect(report.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(cosine(report.weights, truth)).toBeGreaterThan(0.95);
    expect(report.testCount).toBeGreaterThan(200);
    expect(report.trainCount + report.testCount).toBe(1500);
    expect(report.aucAfter!).toBeGreaterThan(report.aucBefore!);
    expect(report.logLossAfter!).toBeLessThan(report.logLossBefore!);
  });

  it('stays near the current weights when the pull is strong or outcomes are few', () => {
    const current = [0.45, 0.15, 0.1, 0.07, 0.08, 0.07, 0.04, 0.04];
    const report = calibrate(synthetic(truth, 30, 3), current, { l2: 10, scale: 10, iterations: 500, learningRate: 0.05 });
    expect(cosine(report.weights, current)).toBeGreaterThan(0.99);
  });

  it('is deterministic, with a stable held-out split of about one in five', () => {
    const examples = synthetic(truth, 400);
    expect(calibrate(examples, uniform)).toEqual(calibrate(examples, uniform));
    const { test: held } = splitHeldOut(examples);
    expect(held.length).toBeGreaterThan(50);
    expect(held.length).toBeLessThan(110);
    expect(
      splitHeldOut([...examples].reverse())
        .test.map((e) => e.id)
        .sort(),
    ).toEqual(held.map((e) => e.id).sort());
  });

  it('holds out both outcomes even when there are few, so the figures exist', () => {
    const e = (id: string, y: 0 | 1): Example => ({ id, x: [0.5], y, weight: 1 });
    for (let run = 0; run < 50; run += 1) {
      const examples = [...Array.from({ length: 30 }, (_, i) => e(`p-${run}-${i}`, 1)), ...Array.from({ length: 4 }, (_, i) => e(`n-${run}-${i}`, 0))];
      const { train, test } = splitHeldOut(examples);
      expect(new Set(test.map((x) => x.y))).toEqual(new Set([0, 1]));
      expect(train.length + test.length).toBe(34);
    }
    const single = splitHeldOut([e('only', 1), e('n1', 0), e('n2', 0)]);
    expect(single.test.map((x) => x.y)).toEqual([0]);
  });

  it('measures AUC (ties half) and weighted log-loss', () => {
    const e = (id: string, x: number, y: 0 | 1): Example => ({ id, x: [x], y, weight: 1 });
    expect(auc([e('a', 0.9, 1), e('b', 0.1, 0), e('c', 0.5, 1), e('d', 0.5, 0)], (x) => x[0])).toBe(0.875);
    expect(auc([e('a', 0.9, 1)], (x) => x[0])).toBeNull();
    expect(logLoss([e('a', 0, 1)], { bias: 0, coefficients: [0] })).toBeCloseTo(Math.log(2), 9);
  });
});
