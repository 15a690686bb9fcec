/**
 * Ranking metrics of the evaluation, as plain functions. Definitions (also printed by run.ts):
 * - nDCG@k: gain 2^grade − 1, discount log2(position + 1); the ideal ordering is the need's
 *   judged grades sorted, so a perfect top k scores 1.
 * - MRR: 1 / position of the first seed with grade ≥ 1 (0 when none is listed).
 * - recall@k: share of the seeds with grade ≥ 1 found in the first k of a list.
 * - pooled ROC AUC: the probability that a relevant pair (grade ≥ 1) scores above a
 *   non-relevant one, over the pairs of all needs at once (one threshold for all needs).
 */

/** Grade of each judged seed for one need; seeds not listed count as 0. */
export type Grades = ReadonlyMap<string, number>;

const gain = (grade: number) => 2 ** grade - 1;

export function dcgAt(ranked: readonly string[], grades: Grades, k: number): number {
  let dcg = 0;
  ranked.slice(0, k).forEach((id, i) => {
    dcg += gain(grades.get(id) ?? 0) / Math.log2(i + 2);
  });
  return dcg;
}

export function ndcgAt(ranked: readonly string[], grades: Grades, k: number): number {
  const ideal = [...grades.values()].sort((a, b) => b - a);
  let idcg = 0;
  ideal.slice(0, k).forEach((grade, i) => {
    idcg += gain(grade) / Math.log2(i + 2);
  });
  return idcg > 0 ? dcgAt(ranked, grades, k) / idcg : 0;
}

export function reciprocalRank(ranked: readonly string[], grades: Grades): number {
  const position = ranked.findIndex((id) => (grades.get(id) ?? 0) >= 1);
  return position >= 0 ? 1 / (position + 1) : 0;
}

export function recallAt(list: readonly string[], grades: Grades, k: number): number {
  const relevant = [...grades].filter(([, grade]) => grade >= 1).map(([id]) => id);
  if (relevant.length === 0) return 0;
  const top = new Set(list.slice(0, k));
  return relevant.filter((id) => top.has(id)).length / relevant.length;
}

/** Whether one of the first k holds a seed listed at grade 0 (a designed distractor). */
export function distractorInTop(ranked: readonly string[], grades: Grades, k: number): boolean {
  return ranked.slice(0, k).some((id) => grades.get(id) === 0);
}

/**
 * ROC AUC of scores between positives and negatives (Mann–Whitney, ties count one half),
 * by sorting once: O(n log n) for the tens of thousands of pairs of a pooled evaluation.
 */
export function rocAuc(positives: readonly number[], negatives: readonly number[]): number {
  if (positives.length === 0 || negatives.length === 0) return Number.NaN;
  const all = [...positives.map((s) => ({ s, p: 1 })), ...negatives.map((s) => ({ s, p: 0 }))].sort((a, b) => a.s - b.s);
  let rankSum = 0;
  for (let i = 0; i < all.length;) {
    let j = i;
    while (j < all.length && all[j].s === all[i].s) j++;
    const averageRank = (i + 1 + j) / 2; // 1-based ranks i+1 … j share their mean
    for (let t = i; t < j; t++) if (all[t].p === 1) rankSum += averageRank;
    i = j;
  }
  const n1 = positives.length;
  return (rankSum - (n1 * (n1 + 1)) / 2) / (n1 * negatives.length);
}

export const mean = (xs: readonly number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
