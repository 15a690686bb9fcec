import { compareCodePoints } from '../../common/compare';

/**
 * Diversity re-ranking: one laboratory's near-duplicate seeds should not fill a coordinator's
 * top five when other laboratories' seeds fit too. Scores are not changed, only the order.
 */

export type DiversityOptions =
  | { readonly mode: 'none' }
  /**
   * At most `maxPerLab` items of one group before every other fitting item; an item over the
   * cap yields only to items scoring at least `minRelativeScore` × its own score.
   */
  | { readonly mode: 'labCap'; readonly maxPerLab: number; readonly minRelativeScore?: number }
  /** Maximal marginal relevance: λ·score − (1 − λ)·[an item of the same group is already placed]. */
  | { readonly mode: 'mmr'; readonly lambda: number };

/** The defaults, also read by the GraphQL input's descriptions and the request mapping (matching-options.ts). */
export const DEFAULT_LAB_CAP = { mode: 'labCap', maxPerLab: 2, minRelativeScore: 0.5 } as const;
export const DEFAULT_MMR_LAMBDA = 0.7;
export const DEFAULT_DIVERSITY: DiversityOptions = DEFAULT_LAB_CAP;

export interface DiversityItem {
  readonly id: string;
  /** The laboratory (or company) an item belongs to. */
  readonly group: string;
  readonly score: number;
}

export class InvalidDiversityOptionsError extends Error {
  readonly code = 'INVALID_DIVERSITY_OPTIONS';
  constructor(message: string) {
    super(message);
    this.name = 'InvalidDiversityOptionsError';
  }
}

const byScoreThenId = (a: DiversityItem, b: DiversityItem) => b.score - a.score || compareCodePoints(a.id, b.id);

function labCap<T extends DiversityItem>(sorted: readonly T[], maxPerLab: number, minRelativeScore: number): T[] {
  const remaining = [...sorted];
  const placed = new Map<string, number>();
  const result: T[] = [];
  while (remaining.length > 0) {
    const head = remaining[0];
    let index = 0;
    if ((placed.get(head.group) ?? 0) >= maxPerLab) {
      const alternative = remaining.findIndex((r) => (placed.get(r.group) ?? 0) < maxPerLab && r.score >= head.score * minRelativeScore);
      if (alternative >= 0) index = alternative;
    }
    const [chosen] = remaining.splice(index, 1);
    placed.set(chosen.group, (placed.get(chosen.group) ?? 0) + 1);
    result.push(chosen);
  }
  return result;
}

function mmr<T extends DiversityItem>(sorted: readonly T[], lambda: number): T[] {
  const remaining = [...sorted];
  const placedGroups = new Set<string>();
  const result: T[] = [];
  while (remaining.length > 0) {
    let best = 0;
    let bestValue = -Infinity;
    remaining.forEach((item, i) => {
      const value = lambda * item.score - (1 - lambda) * (placedGroups.has(item.group) ? 1 : 0);
      // Strictly greater: among equal values the earlier (higher score, then smaller id) wins.
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    });
    const [chosen] = remaining.splice(best, 1);
    placedGroups.add(chosen.group);
    result.push(chosen);
  }
  return result;
}

/**
 * Re-orders items for diversity. Input order does not matter: items are first sorted by
 * score (descending) then id, so the result is deterministic.
 * @throws InvalidDiversityOptionsError for a cap below 1 or λ outside [0, 1]
 */
export function diversify<T extends DiversityItem>(items: readonly T[], options: DiversityOptions = DEFAULT_DIVERSITY): T[] {
  const sorted = [...items].sort(byScoreThenId);
  switch (options.mode) {
    case 'none':
      return sorted;
    case 'labCap':
      if (!Number.isInteger(options.maxPerLab) || options.maxPerLab < 1) throw new InvalidDiversityOptionsError('maxPerLab must be an integer of at least 1');
      return labCap(sorted, options.maxPerLab, Math.min(1, Math.max(0, options.minRelativeScore ?? 0)));
    case 'mmr':
      if (!(options.lambda >= 0 && options.lambda <= 1)) throw new InvalidDiversityOptionsError('lambda must be in [0, 1]');
      return mmr(sorted, options.lambda);
  }
}
