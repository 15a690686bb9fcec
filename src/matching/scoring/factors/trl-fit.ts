import type { TrlFitParameters } from '../parameters';
import { FactorResult, LocalisedText, unitInterval } from '../types';

export interface TrlFitDetail {
  readonly desiredTrl: number | null;
  readonly seedTrl: number | null;
  /** seedTrl − desiredTrl; negative when the seed is less mature than wished. */
  readonly gap: number | null;
}

/**
 * TRL fit in [0, 1]: 1 at the wished level, falling linearly per level of gap, faster below
 * than above (a need for production use is not served by a TRL 2 idea, while a TRL 8
 * product may still fit a TRL 6 wish). No wished TRL, or none on the seed: neutral.
 */
export function trlFit(desiredTrl: number | null, seedTrl: number | null, parameters: TrlFitParameters): FactorResult<TrlFitDetail> {
  if (desiredTrl === null || seedTrl === null) {
    return { value: parameters.unknown, detail: { desiredTrl, seedTrl, gap: null } };
  }
  const gap = seedTrl - desiredTrl;
  const penalty = gap < 0 ? -gap * parameters.penaltyPerLevelBelow : gap * parameters.penaltyPerLevelAbove;
  return { value: unitInterval(1 - penalty), detail: { desiredTrl, seedTrl, gap } };
}

/** "TRL差: シーズ4 / 希望6" / "TRL gap: seed 4 / wanted 6". */
export function describeTrlFit(detail: TrlFitDetail): LocalisedText {
  const { desiredTrl, seedTrl } = detail;
  if (desiredTrl === null && seedTrl === null) return { ja: 'TRLの情報なし', en: 'No TRL given' };
  if (desiredTrl === null) return { ja: `希望TRLの指定なし(シーズ${seedTrl})`, en: `No TRL wished (seed ${seedTrl})` };
  if (seedTrl === null) return { ja: `シーズのTRL不明(希望${desiredTrl})`, en: `Seed TRL unknown (wanted ${desiredTrl})` };
  if (detail.gap === 0) return { ja: `TRLが一致: ${seedTrl}`, en: `TRL matches: ${seedTrl}` };
  return { ja: `TRL差: シーズ${seedTrl} / 希望${desiredTrl}`, en: `TRL gap: seed ${seedTrl} / wanted ${desiredTrl}` };
}
