/**
 * Ranking metrics of the evaluation, as plain functions. Definitions (also printed by run.ts):
 * - nDCG@k: gain 2^grade − 1, discount log2(position + 1); the ideal ordering is the need's
 *   judged grades sorted, so a perfect top k scores 1.
 * - MRR: 1 / position of the first seed with grade ≥ 1 (0 when none is listed).
 * - recall@k: share of the seeds with grade ≥ 1 found in the first k of a list.
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

export const mean = (xs: readonly number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
