import type { FreshnessParameters } from '../parameters';
import { FactorResult, LocalisedText } from '../types';

export interface FreshnessDetail {
  /** Whole days between the last update and the ranking moment (0 for future dates). */
  readonly ageDays: number;
  readonly halfLifeDays: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Freshness in [0, 1]: halves every `halfLifeDays` since the candidate was last updated. The
 * ranking moment is an argument so that a ranking can be reproduced later.
 */
export function freshness(updatedAt: Date, now: Date, parameters: FreshnessParameters): FactorResult<FreshnessDetail> {
  const ageMs = Math.max(0, now.getTime() - updatedAt.getTime());
  const value = Number.isFinite(ageMs) ? 0.5 ** (ageMs / DAY_MS / parameters.halfLifeDays) : 0;
  return { value, detail: { ageDays: Number.isFinite(ageMs) ? Math.floor(ageMs / DAY_MS) : 0, halfLifeDays: parameters.halfLifeDays } };
}

/** "更新から120日" / "Updated 120 days ago". */
export function describeFreshness(detail: FreshnessDetail): LocalisedText {
  if (detail.ageDays === 0) return { ja: '本日更新', en: 'Updated today' };
  return { ja: `更新から${detail.ageDays}日`, en: `Updated ${detail.ageDays} day${detail.ageDays === 1 ? '' : 's'} ago` };
}
